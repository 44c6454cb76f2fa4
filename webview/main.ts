// The dashboard's front end: header cards, history charts, the process table and the detail pane.
// Talks to src/ui/dashboard.ts only through the typed messages of src/protocol.ts.
import 'uplot/dist/uPlot.min.css';
import './dashboard.css';
import type { DashAction, DashThreshold, DashTick, FromWebview, SignalName, ToWebview } from '../src/protocol';
import { Chart, ChartSpec, clearThemeColors, palette, themeColor } from './charts';
import { DetailPane } from './details';
import { batteryLevel, formatBytes, formatPercent, formatTemperature, formatUptime, Level, levelOf, printable } from './format';
import { Grid } from './grid';
import { Column, ColumnId, COLUMNS, DEFAULT_COLUMNS, flatRows, RowState, SortSpec, TableModel, treeRows } from './model';
import { SeriesStore } from './series';
import { ProfilePanel } from './profile';

declare function acquireVsCodeApi(): { postMessage(m: FromWebview): void; getState(): unknown; setState(s: unknown): void };

interface UiState { mode: 'editor' | 'all'; sort: SortSpec; filter: string; columns: ColumnId[]; selected?: number; collapsed: number[] }

const vscode = acquireVsCodeApi();
const saved = (vscode.getState() ?? {}) as Partial<UiState>;
const state: UiState = {
  mode: saved.mode === 'all' ? 'all' : 'editor',
  sort: saved.sort && COLUMNS.some((c) => c.id === saved.sort!.column) ? saved.sort : { column: 'cpuPercent', descending: true },
  filter: typeof saved.filter === 'string' ? saved.filter : '',
  columns: Array.isArray(saved.columns) ? saved.columns.filter((c) => COLUMNS.some((k) => k.id === c)) : [...DEFAULT_COLUMNS],
  selected: typeof saved.selected === 'number' ? saved.selected : undefined,
  collapsed: Array.isArray(saved.collapsed) ? saved.collapsed.filter((n) => typeof n === 'number') : [],
};
if (!state.columns.includes('name')) state.columns.unshift('name');
const persist = (): void => vscode.setState(state);

let thresholds: Record<'cpu' | 'memory' | 'temperature', DashThreshold> = {
  cpu: { warning: 70, error: 90 }, memory: { warning: 70, error: 90 }, temperature: { warning: 80, error: 95 },
};
let tempUnit: 'celsius' | 'fahrenheit' = 'celsius';
let selfPid = 0;
let last: DashTick | undefined;
let roots: number[] = [];
let tableSeen = false;
const store = new SeriesStore();
const model = new TableModel();
const collapsed = new Set<number>(state.collapsed);

/** Render timings, read by the benchmark and the e2e test. */
const perf = { renders: [] as number[], ticks: 0, parts: {} as Record<string, number> };
(window as unknown as { __vitals: unknown }).__vitals = { perf, model, store };

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

// ---- header cards ----

/** value and sub are the text nodes of their lines: setting .data writes no new nodes. */
interface Card { root: HTMLElement; value: Text; sub: Text }
function card(id: string, title: string): Card {
  const root = el('div', 'card');
  root.id = `card-${id}`;
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', title);
  const value = el('div', 'card-value');
  const sub = el('div', 'card-sub');
  const texts = { value: document.createTextNode('-'), sub: document.createTextNode('') };
  value.append(texts.value);
  sub.append(texts.sub);
  root.append(el('div', 'card-title', title), value, sub);
  return { root, ...texts };
}
const cards = {
  cpu: card('cpu', 'CPU'), memory: card('memory', 'Memory'), swap: card('swap', 'Swap'),
  temp: card('temperature', 'Hottest sensor'), battery: card('battery', 'Battery'), uptime: card('uptime', 'Uptime'),
  container: card('container', 'Container'),
};
cards.container.root.hidden = true;
function setCard(c: Card, value: string, sub: string, level: Level = 'ok'): void {
  if (c.value.data !== value) c.value.data = value;
  if (c.sub.data !== sub) c.sub.data = sub;
  if (c.root.dataset.level !== level) c.root.dataset.level = level;
}

let bootShown = -1;
let bootText = '';
function renderCards(t: DashTick): void {
  const c = t.container;
  const load = t.loadAvg ? ` · load ${t.loadAvg.map((l) => l.toFixed(2)).join(' ')}` : '';
  if (c && c.effectiveCores !== null && c.cpuPercent !== null && c.effectiveCores < t.cpu.count) {
    const cores = Number(c.effectiveCores.toFixed(2));
    setCard(cards.cpu, formatPercent(c.cpuPercent), `of ${cores} ${cores === 1 ? 'core' : 'cores'} (container limit) · host ${formatPercent(t.cpu.percent)} of ${t.cpu.count}${load}`, levelOf(c.cpuPercent, thresholds.cpu));
  } else {
    setCard(cards.cpu, formatPercent(t.cpu.percent), `${t.cpu.count} cores${load}`, levelOf(t.cpu.percent, thresholds.cpu));
  }
  if (c && c.memoryLimit !== null && c.memoryUsed !== null && c.memoryPercent !== null) {
    setCard(cards.memory, formatPercent(c.memoryPercent), `${formatBytes(c.memoryUsed)} of ${formatBytes(c.memoryLimit)} container limit · host ${formatBytes(t.memory.used)} of ${formatBytes(t.memory.total)}`, levelOf(c.memoryPercent, thresholds.memory));
  } else {
    setCard(cards.memory, formatPercent(t.memory.percent), `${formatBytes(t.memory.used)} of ${formatBytes(t.memory.total)} · ${formatBytes(t.memory.available)} available`, levelOf(t.memory.percent, thresholds.memory));
  }
  // the container card only where it says something: a limit applies, or the OOM killer struck
  const showContainer = !!c && (c.limited || !!c.oomKills);
  if (cards.container.root.hidden !== !showContainer) cards.container.root.hidden = !showContainer;
  if (c && showContainer) {
    const throttled = c.throttledPerSec === null ? '' : ` · throttled ${(c.throttledPerSec * 1000).toFixed(0)} ms/s`;
    const psi = t.pressure?.memorySome != null ? ` · memory pressure ${formatPercent(t.pressure.memorySome)}` : '';
    setCard(cards.container, `${c.oomKills ?? '-'} OOM kills`, `cgroup v${c.cgroupVersion}${throttled}${psi}`, c.oomKills ? 'error' : 'ok');
  }
  if (t.swap.total) setCard(cards.swap, formatPercent(t.swap.percent), `${formatBytes(t.swap.used)} of ${formatBytes(t.swap.total)}`, levelOf(t.swap.percent, thresholds.memory));
  else setCard(cards.swap, 'none', 'No swap is configured on this machine');
  const hot = t.sensors.reduce<DashTick['sensors'][number] | undefined>((a, s) => (!a || s.current > a.current ? s : a), undefined);
  if (hot) setCard(cards.temp, formatTemperature(hot.current, tempUnit), `${printable(hot.chip)} ${printable(hot.label)}`, levelOf(hot.current, thresholds.temperature));
  else setCard(cards.temp, 'n/a', 'No temperature sensors are exposed on this machine');
  const b = t.battery;
  if (b) setCard(cards.battery, formatPercent(b.percent, 0), b.secsLeft === -2 ? 'plugged in' : b.secsLeft < 0 ? (b.powerPlugged ? 'plugged in' : 'time left unknown') : `${formatUptime(b.secsLeft)} left`, batteryLevel(b.percent, b.powerPlugged));
  else setCard(cards.battery, 'n/a', 'No battery on this machine');
  if (t.bootTime !== bootShown) { bootShown = t.bootTime; bootText = t.bootTime ? `since ${new Date(t.bootTime * 1000).toLocaleString()}` : ''; }
  setCard(cards.uptime, t.bootTime ? formatUptime(t.time - t.bootTime) : '-', bootText);
}

// ---- charts ----

const color = (i: number): string => { const p = palette(); return p[i % p.length]; };
const specs: ChartSpec[] = [
  {
    id: 'cpu', title: 'CPU', unit: 'percent', fixedMax: 100, empty: 'No CPU readings yet.',
    series: (s) => [{ key: 'cpu', label: 'total', color: color(0), width: 2.5 },
      ...(last?.container?.limited && s.hasData('ctrCpu') ? [{ key: 'ctrCpu', label: 'container (of its cores)', color: color(4), width: 2.5, dash: [6, 3] }] : []),
      ...s.keys().filter((k) => /^cpu\d+$/.test(k)).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
        .map((k, i) => ({ key: k, label: k, color: color(i + 1), width: 1 }))],
  },
  {
    id: 'memory', title: 'Memory and swap', unit: 'bytes', empty: 'No memory readings yet.',
    series: () => [{ key: 'memUsed', label: 'used', color: color(0), width: 2 }, { key: 'memAvailable', label: 'available', color: color(1) },
      { key: 'memCached', label: 'cached', color: color(3) }, { key: 'swapUsed', label: 'swap used', color: color(5), dash: [4, 3] }],
  },
  {
    id: 'temperature', title: 'Temperatures', unit: 'temp', empty: 'No temperature sensors are exposed on this machine.',
    series: (s) => s.keys().filter((k) => k.startsWith('temp:')).sort().map((k, i) => ({ key: k, label: k.slice(5), color: color(i) })),
    lines: () => {
      const out = new Map<number, { value: number; color: string; label: string }>();
      for (const s of last?.sensors ?? []) {
        if (s.critical !== null) out.set(s.critical, { value: s.critical, color: themeColor('--vscode-charts-red', '#f14c4c'), label: `critical ${formatTemperature(s.critical, tempUnit)}` });
        if (s.high !== null && !out.has(s.high)) out.set(s.high, { value: s.high, color: themeColor('--vscode-charts-orange', '#d18616'), label: `high ${formatTemperature(s.high, tempUnit)}` });
      }
      return [...out.values()];
    },
  },
  {
    id: 'battery', title: 'Battery', unit: 'percent', fixedMax: 100, empty: 'No battery on this machine.',
    series: () => [{ key: 'battery', label: 'charge', color: color(1), width: 2 }],
    note: () => {
      const b = last?.battery;
      if (!b) return '';
      return b.secsLeft >= 0 ? `${formatUptime(b.secsLeft)} left` : b.powerPlugged ? 'plugged in' : '';
    },
  },
  {
    id: 'disk', title: 'Disk I/O', unit: 'rate', empty: 'Disk rates appear after the second reading (or this machine exposes no disk counters).',
    series: () => [{ key: 'diskRead', label: 'read', color: color(0) }, { key: 'diskWrite', label: 'write', color: color(2) }],
  },
  {
    id: 'net', title: 'Network', unit: 'rate', empty: 'Network rates appear after the second reading (or this machine exposes no network counters).',
    series: () => [{ key: 'netRecv', label: 'received', color: color(1) }, { key: 'netSent', label: 'sent', color: color(3) }],
  },
];
specs.push(
  {
    id: 'container', title: 'Container memory', unit: 'bytes', empty: 'No container memory limit.', hideWhenEmpty: true,
    // only under a memory limit: without one the memory chart above says it all
    series: () => (last?.container?.memoryLimit != null
      ? [{ key: 'ctrMemUsed', label: 'working set', color: color(0), width: 2 }, { key: 'ctrMemLimit', label: 'limit', color: color(5), dash: [4, 3] }] : []),
    note: () => (last?.container?.oomKills ? `${last.container.oomKills} OOM kills` : ''),
  },
  {
    id: 'throttling', title: 'CPU throttling', unit: 'percent', floor: 10, hideWhenEmpty: true,
    empty: 'No cpu quota throttling readings.',
    series: () => (last?.container?.limited ? [{ key: 'ctrThrottled', label: 'throttled time per second', color: color(5), width: 2 }] : []),
  },
  {
    id: 'pressure', title: 'Pressure (PSI, some avg10)', unit: 'percent', fixedMax: 100, hideWhenEmpty: true,
    empty: 'This kernel exposes no pressure stall information.',
    series: () => [{ key: 'psiCpu', label: 'cpu', color: color(0) }, { key: 'psiMemory', label: 'memory', color: color(1), width: 2 },
      { key: 'psiMemoryFull', label: 'memory full', color: color(5), dash: [4, 3] }, { key: 'psiIo', label: 'io', color: color(2) }],
    note: () => (last?.pressure ? (last.pressure.source === 'cgroup' ? 'cgroup' : 'machine') : ''),
  },
);
const charts = specs.map((s) => new Chart(s, () => tempUnit));

// ---- process table ----

const detail = new DetailPane({
  details: (pid) => send({ type: 'details', pid, createTime: model.rows.get(pid)?.createTime ?? -1 }),
  environ: (pid) => send({ type: 'environ', pid, createTime: model.rows.get(pid)?.createTime ?? -1 }),
  action: (action, row, signal) => act(action, row, signal),
  select: (pid) => selectPid(pid),
  extra: (row) => (row.pid === selfPid ? [profilePanel.hostButton()] : []),
});
const profilePanel = new ProfilePanel((m) => send(m));

const grid = new Grid({
  select: (row) => {
    state.selected = row?.pid;
    persist();
    detail.show(row);
  },
  sort: (column) => {
    // measures start with the largest first; pids and text start ascending
    state.sort = state.sort.column === column ? { column, descending: !state.sort.descending } : { column, descending: COLUMNS.find((c) => c.id === column)!.numeric && column !== 'pid' };
    persist();
    configureGrid();
    renderTable();
  },
  toggle: (pid, expand) => {
    if (expand) collapsed.delete(pid); else collapsed.add(pid);
    state.collapsed = [...collapsed];
    persist();
    renderTable();
  },
  open: () => detail.focus(),
  action: (kind, row) => act(kind, row),
});

function send(m: FromWebview): void {
  vscode.postMessage(m);
}

function act(action: DashAction, row: RowState, signal?: SignalName): void {
  if (row.goneAt !== undefined) { detail.setResult(row.pid, false, 'This process has already exited.'); return; }
  send({ type: 'action', action, pid: row.pid, createTime: row.createTime, name: row.name, signal });
}

let pendingSelect: number | undefined;
/** A selection asked by the host lands once the process is in the table. */
function trySelect(): void {
  if (pendingSelect === undefined || !model.rows.has(pendingSelect)) return;
  const pid = pendingSelect;
  pendingSelect = undefined;
  selectPid(pid);
}

function selectPid(pid: number): void {
  if (state.mode === 'editor' && !grid.visibleRows.some((r) => r.row.pid === pid)) {
    setMode('all');
  }
  grid.activate(pid);
}

function visibleColumns(): Column[] {
  const hasLabels = [...model.rows.values()].some((r) => r.label);
  return COLUMNS.filter((c) => state.columns.includes(c.id) && (c.id !== 'label' || hasLabels));
}

let lastColumnsKey = '';
function configureGrid(): void {
  const cols = visibleColumns();
  grid.configure(cols, state.mode === 'editor', state.sort, selfPid);
  lastColumnsKey = cols.map((c) => c.id).join();
}

const countText = el('span', 'count');
function renderTable(): void {
  const now = performance.now();
  const rows = state.mode === 'editor'
    ? treeRows(model.rows.values(), roots, state.filter, state.sort, collapsed)
    : flatRows(model.rows.values(), state.filter, state.sort);
  grid.setEmpty(last?.processesUnavailable ? last.processesUnavailable
    : !tableSeen ? 'Reading the process table…'
    : state.filter.trim() ? `No process matches “${state.filter.trim()}”.`
      : state.mode === 'editor' ? 'The editor\'s processes are not known yet.' : 'No processes.');
  grid.setRows(rows, now);
  const total = state.mode === 'editor' ? [...model.rows.values()].filter((r) => r.root).length : model.rows.size;
  const count = state.filter.trim() ? `${rows.length} of ${total} processes` : `${total} processes`;
  if (countText.textContent !== count) countText.textContent = count;
  if (state.selected !== undefined && grid.activePid === undefined && rows.some((r) => r.row.pid === state.selected)) {
    grid.activate(state.selected);
  }
  const sel = grid.activePid !== undefined ? model.rows.get(grid.activePid) : undefined;
  if (sel && sel.pid === detail.pid) { detail.show(sel); }
}

const modeButtons = new Map<UiState['mode'], HTMLButtonElement>();
function setMode(mode: UiState['mode']): void {
  state.mode = mode;
  persist();
  for (const [m, b] of modeButtons) b.setAttribute('aria-pressed', String(m === mode));
  configureGrid();
  renderTable();
}

// ---- layout ----

function build(): void {
  const app = document.getElementById('app')!;
  app.removeAttribute('aria-busy');
  const cardRow = el('section', 'cards');
  cardRow.setAttribute('aria-label', 'Current readings');
  cardRow.append(...Object.values(cards).map((c) => c.root));
  const chartGrid = el('section', 'charts');
  chartGrid.setAttribute('aria-label', 'History');
  chartGrid.append(...charts.map((c) => c.root));

  const procs = el('section', 'procs');
  procs.setAttribute('aria-label', 'Processes');
  const toolbar = el('div', 'toolbar');
  const modes = el('div', 'modes');
  modes.setAttribute('role', 'group');
  modes.setAttribute('aria-label', 'Which processes');
  for (const [m, label] of [['editor', 'This editor'], ['all', 'All processes']] as const) {
    const b = el('button', 'mode', label);
    b.dataset.mode = m;
    b.setAttribute('aria-pressed', String(state.mode === m));
    b.addEventListener('click', () => setMode(m));
    modeButtons.set(m, b);
    modes.append(b);
  }
  const filter = el('input', 'filter');
  filter.type = 'search';
  filter.placeholder = 'Filter: name, pid, user or command line';
  filter.setAttribute('aria-label', 'Filter processes by name, pid, user or command line');
  filter.value = state.filter;
  filter.addEventListener('input', () => { state.filter = filter.value; persist(); renderTable(); });
  filter.addEventListener('keydown', (e) => { if (e.key === 'ArrowDown' || e.key === 'Enter') { e.preventDefault(); grid.el.focus(); } });
  const cols = el('details', 'columns');
  const summary = el('summary', undefined, 'Columns');
  const box = el('fieldset');
  box.append(el('legend', 'sr-only', 'Visible columns'));
  for (const c of COLUMNS) {
    if (c.id === 'name') continue;
    const label = el('label');
    const cb = el('input');
    cb.type = 'checkbox';
    cb.checked = state.columns.includes(c.id);
    cb.dataset.column = c.id;
    cb.addEventListener('change', () => {
      state.columns = COLUMNS.map((k) => k.id).filter((id) => id === 'name' || (id === c.id ? cb.checked : state.columns.includes(id)));
      persist();
      configureGrid();
      renderTable();
    });
    label.append(cb, document.createTextNode(` ${c.title}`));
    box.append(label);
  }
  cols.append(summary, box);
  cols.addEventListener('keydown', (e) => { if (e.key === 'Escape' && cols.open) { cols.open = false; summary.focus(); } });
  toolbar.append(modes, filter, cols, countText);
  const split = el('div', 'split');
  split.append(grid.el, detail.el);
  procs.append(el('h2', 'section-title', 'Processes'), toolbar, split);

  const historyBar = el('div', 'toolbar');
  const exportButton = el('button', 'export-history', 'Export history…');
  exportButton.title = 'Write the charts\' history to a CSV or JSON file';
  exportButton.addEventListener('click', () => send({ type: 'exportHistory' }));
  historyBar.append(exportButton);
  app.replaceChildren(cardRow, historyBar, chartGrid, procs, profilePanel.el);
  document.addEventListener('keydown', (e) => {
    if ((e.key === 'f' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !(e.target instanceof HTMLInputElement))) {
      e.preventDefault();
      filter.focus();
      filter.select();
    }
  });
  configureGrid();
  renderTable();
  // theme switches (body class vscode-light / vscode-dark / vscode-high-contrast) rebuild the charts' colors
  new MutationObserver(() => { clearThemeColors(); for (const c of charts) { c.invalidate(); c.update(store); } detail.updateLive(); })
    .observe(document.body, { attributes: true, attributeFilter: ['class'] });
  setInterval(() => { if (model.prune(performance.now())) renderTable(); }, 1000);
}

// ---- messages ----

function onTick(t: DashTick): void {
  last = t;
  roots = t.roots;
  store.push(t);
  const t0 = performance.now();
  renderCards(t);
  const t1 = performance.now();
  for (const c of charts) c.update(store);
  const t2 = performance.now();
  if (t.table) {
    tableSeen = true;
    model.apply(t.table, performance.now());
    if (visibleColumns().map((c) => c.id).join() !== lastColumnsKey) configureGrid();
  }
  renderTable();
  trySelect();
  perf.parts = { cards: t1 - t0, charts: t2 - t1, table: performance.now() - t2 };
  perf.ticks++;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  const started = performance.now();
  switch (m.type) {
    case 'init':
      selfPid = m.selfPid;
      thresholds = m.thresholds;
      tempUnit = m.temperatureUnit;
      store.load(m.history, m.capacity);
      configureGrid();
      for (const c of charts) c.update(store);
      break;
    case 'tick':
      onTick(m.tick);
      // uPlot draws in a microtask: time until it has run
      const handled = performance.now();
      queueMicrotask(() => {
        const now = performance.now();
        perf.parts.draw = now - handled;
        perf.renders.push(now - started);
        if (perf.renders.length > 200) perf.renders.shift();
      });
      break;
    case 'details':
      detail.setDetails(m.pid, m.details, m.error);
      break;
    case 'environ':
      detail.setEnviron(m.pid, m.environ, m.error);
      break;
    case 'actionResult':
      detail.setResult(m.pid, m.ok, m.message);
      break;
    case 'select':
      pendingSelect = m.pid;
      trySelect();
      break;
    case 'profile':
      profilePanel.show(m.profile);
      break;
    case 'profileState':
      profilePanel.setState(m.running, m.secondsLeft, m.message);
      break;
  }
});

build();
send({ type: 'ready' });

// ---- Vitals' own cost (issue #20): one line under everything, as text; its own message after each tick ----
const selfCostFooter = el('footer', 'self-cost');
document.getElementById('app')!.append(selfCostFooter);
window.addEventListener('message', (event: MessageEvent<{ type?: unknown; text?: unknown }>) => {
  if (event.data?.type === 'selfCost' && typeof event.data.text === 'string') selfCostFooter.textContent = event.data.text;
});

// History charts (uPlot). Each chart reads its series from the SeriesStore, rebuilds itself when
// its set of series changes (a sensor appears) or the theme changes, and otherwise only sets data.
import uPlot from 'uplot';
import { bitmapAxisLabels, clearLabelCache, drawLabel } from './axisLabels';
import { formatBytes, formatPercent, formatRate, formatTemperature } from './format';
import { drawAllLines, LineStyle, noPaths } from './lines';
import { SeriesStore } from './series';

export type Unit = 'percent' | 'bytes' | 'rate' | 'temp';

export interface SeriesDef { key: string; label: string; color: string; width?: number; dash?: number[] }
export interface LineDef { value: number; color: string; label: string }

export interface ChartSpec {
  id: string;
  title: string;
  unit: Unit;
  /** y range fixed (percent charts), otherwise from 0 to the data's max */
  fixedMax?: number;
  series(store: SeriesStore): SeriesDef[];
  /** Horizontal reference lines (high/critical temperatures). */
  lines?(): LineDef[];
  /** What to say when the machine has no such data. */
  empty: string;
  /** Extra words after the title (battery time left). */
  note?(): string;
  /** Hidden, not "empty", while no series has data (container and PSI charts on a machine without them). */
  hideWhenEmpty?: boolean;
  /** Smallest y maximum of a chart without fixedMax (default 50 for temperatures, 1024 otherwise). */
  floor?: number;
}

const colorCache = new Map<string, string>();

/** A theme color by CSS variable; cached (reading computed style forces a layout), cleared on theme change. */
export function themeColor(name: string, fallback: string): string {
  let c = colorCache.get(name);
  if (c === undefined) {
    c = getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
    colorCache.set(name, c);
  }
  return c;
}

export function clearThemeColors(): void {
  colorCache.clear();
  clearLabelCache();
}

export function palette(): string[] {
  return [
    themeColor('--vscode-charts-blue', '#3794ff'), themeColor('--vscode-charts-green', '#89d185'),
    themeColor('--vscode-charts-orange', '#d18616'), themeColor('--vscode-charts-purple', '#b180d7'),
    themeColor('--vscode-charts-yellow', '#cca700'), themeColor('--vscode-charts-red', '#f14c4c'),
  ];
}

export function formatValue(unit: Unit, v: number | null | undefined, tempUnit: 'celsius' | 'fahrenheit'): string {
  switch (unit) {
    case 'percent': return formatPercent(v);
    case 'bytes': return v === null || v === undefined ? '-' : formatBytes(v);
    case 'rate': return formatRate(v);
    case 'temp': return formatTemperature(v, tempUnit);
  }
}

export class Chart {
  readonly root: HTMLElement;
  private readonly body: HTMLElement;
  private readonly nowText: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly emptyText: HTMLElement;
  private readonly noteText: HTMLElement;
  private plot: uPlot | undefined;
  private keys = '';
  private defs: SeriesDef[] = [];
  private width = 0;
  /** Charts scrolled out of view skip their redraw until they come back (the store keeps the data); their texts still update. */
  private inView = true;
  private pending: SeriesStore | undefined;

  constructor(readonly spec: ChartSpec, private readonly tempUnit: () => 'celsius' | 'fahrenheit') {
    this.root = document.createElement('section');
    this.root.className = 'chart';
    this.root.id = `chart-${spec.id}`;
    const head = document.createElement('header');
    const h = document.createElement('h3');
    h.id = `chart-${spec.id}-title`;
    h.textContent = spec.title;
    this.noteText = document.createElement('span');
    this.noteText.className = 'note';
    this.nowText = document.createElement('span');
    this.nowText.className = 'now';
    head.append(h, this.noteText, this.nowText);
    this.root.setAttribute('aria-labelledby', h.id);
    this.summary = document.createElement('p');
    this.summary.className = 'sr-only';
    this.emptyText = document.createElement('p');
    this.emptyText.className = 'empty';
    this.emptyText.textContent = spec.empty;
    this.emptyText.hidden = true;
    this.body = document.createElement('div');
    this.body.className = 'plot';
    this.root.append(head, this.summary, this.emptyText, this.body);
    new ResizeObserver(() => {
      const w = Math.floor(this.body.clientWidth);
      if (w > 0 && w !== this.width) {
        this.width = w;
        this.plot?.setSize({ width: w, height: 150 });
      }
    }).observe(this.body);
    new IntersectionObserver((entries) => {
      this.inView = entries.some((e) => e.isIntersecting);
      if (this.inView && this.pending) this.update(this.pending);
    }).observe(this.root);
  }

  /** Forces a rebuild on the next update (theme change). */
  invalidate(): void {
    this.keys = '';
  }

  get points(): number {
    return this.plot ? this.plot.data[0].length : 0;
  }

  update(store: SeriesStore): void {
    const defs = this.spec.series(store).filter((d) => store.has(d.key));
    const hasData = defs.some((d) => store.hasData(d.key));
    // writes only on change: a write, even of the same value, invalidates style for the next frame
    if (this.emptyText.hidden !== hasData) this.emptyText.hidden = hasData;
    if (this.body.hidden === hasData) this.body.hidden = !hasData;
    if (this.root.classList.contains('is-empty') === hasData) this.root.classList.toggle('is-empty', !hasData);
    if (this.spec.hideWhenEmpty && this.root.hidden === hasData) this.root.hidden = !hasData;
    setText(this.noteText, this.spec.note?.() ?? '');
    const u = this.spec.unit;
    const t = this.tempUnit();
    const current = defs.map((d) => `${d.label} ${formatValue(u, store.latest(d.key), t)}`);
    setText(this.summary, hasData ? `${this.spec.title} now: ${current.join(', ')}.` : this.spec.empty);
    setText(this.nowText, hasData && defs.length ? formatValue(u, store.latest(defs[0].key), t) : '');
    if (!hasData) return;
    // off screen: the texts above stay current (they are the chart's text alternative), the drawing waits
    if (!this.inView && this.plot) { this.pending = store; return; }
    this.pending = undefined;
    const keys = defs.map((d) => `${d.key}|${d.color}`).join(',');
    const data = [store.time, ...defs.map((d) => store.get(d.key))] as uPlot.AlignedData;
    if (keys !== this.keys || !this.plot) {
      this.keys = keys;
      this.defs = defs;
      this.build(data);
    } else {
      this.plot.setData(data);
    }
    this.showLatestInLegend();
  }

  /**
   * Without a hover the legend shows the newest values (the chart's text alternative stays current).
   * uPlot rewrites the legend at the index it last showed on every setData, so once that index is
   * the newest point (a full history keeps it there) nothing more is needed: a second setLegend per
   * tick would rewrite every cell again. `force` after a hover ended (uPlot cleared the index).
   */
  private showLatestInLegend(force = false): void {
    const u = this.plot;
    if (!u || (u.cursor.left ?? -1) >= 0) return;
    const n = u.data[0].length;
    if (n && (force || u.legend.idx !== n - 1)) u.setLegend({ idx: n - 1 });
  }

  private build(data: uPlot.AlignedData): void {
    this.plot?.destroy();
    const fg = themeColor('--vscode-foreground', '#cccccc');
    const grid = themeColor('--vscode-editorWidget-border', 'rgba(128,128,128,0.25)');
    const unit = this.spec.unit;
    const tempUnit = this.tempUnit;
    const axisValue = (v: number): string => {
      if (unit === 'percent') return `${v}%`;
      if (unit === 'temp') return formatTemperature(v, tempUnit());
      const s = formatBytes(v, 0);
      return unit === 'rate' ? `${s}/s` : s;
    };
    const fixedMax = this.spec.fixedMax;
    const lines = this.spec.lines;
    const labels = bitmapAxisLabels(() => fg);
    const styles: LineStyle[] = this.defs.map((d) => ({ color: d.color, width: d.width ?? 1.5, dash: d.dash }));
    const opts: uPlot.Options = {
      width: Math.max(200, this.width || this.body.clientWidth || 400),
      height: 150,
      series: [
        { label: 'time' },
        ...this.defs.map((d) => ({
          label: d.label, stroke: d.color, width: d.width ?? 1.5, dash: d.dash, spanGaps: false,
          points: { show: false }, paths: noPaths,
          value: (_u: uPlot, v: number | null) => formatValue(unit, v, tempUnit()),
        })),
      ],
      scales: {
        x: { time: true },
        y: fixedMax !== undefined
          ? { range: [0, fixedMax] } // a fixed range: uPlot skips the min/max scan of every series
          : { range: (_u, _min, max) => [0, niceMax(Math.max(max ?? 0, ...(lines?.().map((l) => l.value * 1.05) ?? []), this.spec.floor ?? (unit === 'temp' ? 50 : 1024)))] },
      },
      axes: [
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, space: 120, values: labels.values(0, clock) },
        { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, size: 70, space: 40, values: labels.values(1, axisValue) },
      ],
      legend: { live: true },
      cursor: { drag: { x: false, y: false } },
      hooks: {
        drawAxes: [labels.drawAxes],
        draw: [(u: uPlot) => drawAllLines(u, styles), ...(lines ? [(u: uPlot) => drawLines(u, lines())] : [])],
      },
    };
    this.plot = new uPlot(opts, data, this.body);
    this.plot.over.addEventListener('mouseleave', () => setTimeout(() => this.showLatestInLegend(true)));
    this.makeLegendKeyboardFriendly();
  }

  /** Legend entries toggle their series on click (uPlot); make them do so from the keyboard too. */
  private makeLegendKeyboardFriendly(): void {
    const plot = this.plot!;
    this.body.querySelectorAll<HTMLElement>('.u-legend .u-series').forEach((row, i) => {
      if (i === 0) return; // the time column
      row.tabIndex = 0;
      row.setAttribute('role', 'switch');
      const sync = (): void => row.setAttribute('aria-checked', String(plot.series[i].show !== false));
      sync();
      row.addEventListener('click', () => setTimeout(sync));
      row.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        plot.setSeries(i, { show: plot.series[i].show === false });
        sync();
      });
    });
  }
}

function setText(e: HTMLElement, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}

/** "14:05" on whole minutes, "14:05:30" otherwise: short labels that never overlap. */
export function clock(sec: number): string {
  const d = new Date(sec * 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  const hm = `${two(d.getHours())}:${two(d.getMinutes())}`;
  return d.getSeconds() ? `${hm}:${two(d.getSeconds())}` : hm;
}

export function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function drawLines(u: uPlot, lines: LineDef[]): void {
  const ctx = u.ctx;
  ctx.save();
  ctx.setLineDash([6, 4]);
  ctx.lineWidth = 1;
  for (const l of lines) {
    const y = Math.round(u.valToPos(l.value, 'y', true)) + 0.5;
    if (y < u.bbox.top || y > u.bbox.top + u.bbox.height) continue;
    ctx.strokeStyle = l.color;
    ctx.beginPath();
    ctx.moveTo(u.bbox.left, y);
    ctx.lineTo(u.bbox.left + u.bbox.width, y);
    ctx.stroke();
    const px = Math.round(10 * devicePixelRatio);
    drawLabel(ctx, l.label, l.color, px, u.bbox.left + 4, y - 3 - Math.round(px * 0.4), 'left');
  }
  ctx.restore();
}

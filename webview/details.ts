// The detail pane: everything the probe knows about the selected process, its CPU history as a
// small chart, the environment behind a reveal, its children, and the actions. Text only.
import type { DashAction, ProcessDetails, SignalName } from '../src/protocol';
import { SIGNAL_NAMES } from '../src/protocol';
import { cellText, displayName, formatBytes, formatPercent, formatRate, printable } from './format';
import type { RowState } from './model';
import { themeColor } from './charts';

export interface DetailHandlers {
  details(pid: number): void;
  environ(pid: number): void;
  action(action: DashAction, row: RowState, signal?: SignalName): void;
  select(pid: number): void;
  /** More buttons for this process (the extension host's "Profile Extension Host"). */
  extra?(row: RowState): HTMLElement[];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function section(title: string): { root: HTMLElement; body: HTMLElement } {
  const root = el('section', 'detail-section');
  const h = el('h4', undefined, title);
  const body = el('div');
  root.append(h, body);
  return { root, body };
}

function pairs(rows: [string, string][]): HTMLElement {
  const dl = el('dl', 'pairs');
  for (const [k, v] of rows) dl.append(el('dt', undefined, k), el('dd', undefined, v));
  return dl;
}

export class DetailPane {
  readonly el: HTMLElement;
  private readonly title = el('h3', 'detail-title');
  private readonly live = el('div', 'detail-live');
  private readonly spark = el('canvas', 'spark');
  private readonly sparkText = el('p', 'sr-only');
  private readonly result = el('p', 'detail-result');
  private readonly actions = el('div', 'detail-actions');
  private readonly body = el('div', 'detail-body');
  private readonly extra = el('div', 'detail-actions detail-extra');
  private readonly signalSelect = el('select');
  private row: RowState | undefined;
  private detailsFor: number | undefined;

  constructor(private readonly h: DetailHandlers) {
    this.el = el('aside', 'details');
    this.el.setAttribute('aria-label', 'Process details');
    this.result.setAttribute('role', 'status');
    this.spark.width = 280;
    this.spark.height = 48;
    this.spark.setAttribute('aria-hidden', 'true');
    const buttons: [DashAction, string, string][] = [
      ['terminate', 'Terminate', 'SIGTERM: ask it to exit (Delete)'], ['kill', 'Kill', 'SIGKILL: end it now (Shift+Delete)'],
      ['suspend', 'Suspend', 'SIGSTOP'], ['resume', 'Resume', 'SIGCONT'], ['killTree', 'Kill Tree', 'SIGKILL to it and all its descendants'],
    ];
    for (const [action, label, tip] of buttons) {
      const b = el('button', action === 'kill' || action === 'killTree' ? 'danger' : undefined, label);
      b.dataset.action = action;
      b.title = tip;
      b.addEventListener('click', () => { if (this.row) this.h.action(action, this.row); });
      this.actions.append(b);
    }
    const sig = el('span', 'send-signal');
    this.signalSelect.setAttribute('aria-label', 'Signal to send');
    for (const s of SIGNAL_NAMES) this.signalSelect.append(new Option(s, s));
    const send = el('button', undefined, 'Send Signal…');
    send.dataset.action = 'signal';
    send.addEventListener('click', () => { if (this.row) this.h.action('signal', this.row, this.signalSelect.value as SignalName); });
    sig.append(this.signalSelect, send);
    this.actions.append(sig);
    this.el.append(this.title, this.actions, this.extra, this.result, this.live, this.spark, this.sparkText, this.body);
    this.show(undefined);
  }

  get pid(): number | undefined {
    return this.row?.pid;
  }

  focus(): void {
    (this.actions.querySelector('button') as HTMLElement | null)?.focus();
  }

  show(row: RowState | undefined): void {
    const changed = row?.pid !== this.row?.pid || row?.createTime !== this.row?.createTime;
    this.row = row;
    this.actions.hidden = !row;
    if (!row) this.extra.replaceChildren();
    this.spark.hidden = !row;
    if (!row) {
      this.title.textContent = 'No process selected';
      this.live.replaceChildren();
      this.body.replaceChildren(el('p', 'empty', 'Select a process in the table (arrow keys or click) to see everything Vitals knows about it.'));
      this.result.textContent = '';
      this.detailsFor = undefined;
      return;
    }
    if (changed) {
      this.extra.replaceChildren(...(this.h.extra?.(row) ?? []));
      this.result.textContent = '';
      this.body.replaceChildren(el('p', 'empty', 'Reading…'));
      this.detailsFor = row.pid;
      this.h.details(row.pid);
    }
    this.updateLive();
  }

  /** Live values from the table row (every tick). */
  updateLive(): void {
    const r = this.row;
    if (!r) return;
    this.title.textContent = `${displayName(r)} — pid ${r.pid}${r.goneAt !== undefined ? ' (exited)' : ''}`;
    this.live.replaceChildren(pairs([
      ['CPU', formatPercent(r.cpuPercent)],
      ['RSS', formatBytes(r.rss)],
      ['USS', formatBytes(r.uss)],
      ['I/O', `read ${formatRate(r.readRate)}, write ${formatRate(r.writeRate)}`],
      ['uptime', cellText(r, 'uptime', Date.now() / 1000)],
      ...(r.label ? [['role', printable(r.label)] as [string, string]] : []),
    ]));
    this.drawSpark(r.cpuHist);
  }

  private drawSpark(hist: number[]): void {
    const c = this.spark;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const w = c.width;
    const hgt = c.height;
    ctx.clearRect(0, 0, w, hgt);
    const max = Math.max(100, ...hist);
    ctx.strokeStyle = themeColor('--vscode-editorWidget-border', 'rgba(128,128,128,0.4)');
    ctx.strokeRect(0.5, 0.5, w - 1, hgt - 1);
    if (hist.length > 1) {
      ctx.strokeStyle = themeColor('--vscode-charts-blue', '#3794ff');
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      hist.forEach((v, i) => {
        const x = (i / 59) * (w - 2) + 1 + (60 - hist.length) / 59 * (w - 2);
        const y = hgt - 2 - (v / max) * (hgt - 4);
        if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
      });
      ctx.stroke();
    }
    const peak = hist.length ? Math.max(...hist) : 0;
    this.sparkText.textContent = `CPU over the last ${hist.length} samples: now ${formatPercent(hist[hist.length - 1] ?? 0)}, peak ${formatPercent(peak)}.`;
    c.title = this.sparkText.textContent;
  }

  setDetails(pid: number, d: ProcessDetails | undefined, error: string | undefined): void {
    if (pid !== this.detailsFor) return;
    if (!d) { this.body.replaceChildren(el('p', 'empty', error ?? 'No details.')); return; }
    const parts: HTMLElement[] = [];
    const add = (title: string, content: HTMLElement): void => { const s = section(title); s.body.append(content); parts.push(s.root); };
    add('Identity', pairs(d.identity));
    add('CPU', pairs(d.cpu));
    add('Memory', pairs(d.memory));
    add('I/O', pairs(d.io));
    const list = (items: string[] | string, none: string): HTMLElement => {
      if (typeof items === 'string') return el('p', 'empty', items);
      if (!items.length) return el('p', 'empty', none);
      const ul = el('ul', 'plain');
      for (const i of items.slice(0, 500)) ul.append(el('li', undefined, i));
      if (items.length > 500) ul.append(el('li', 'empty', `… and ${items.length - 500} more`));
      return ul;
    };
    add(`Open files (${typeof d.openFiles === 'string' ? '?' : d.openFiles.length})`, list(d.openFiles, 'No regular files open.'));
    add(`Connections (${typeof d.connections === 'string' ? '?' : d.connections.length})`, list(d.connections, 'No sockets.'));
    const kids = el('ul', 'plain');
    for (const c of d.children) {
      const b = el('button', 'link', `${printable(c.name)} (${c.pid})`);
      b.addEventListener('click', () => this.h.select(c.pid));
      const li = el('li');
      li.append(b);
      kids.append(li);
    }
    add(`Children (${d.children.length})`, d.children.length ? kids : el('p', 'empty', 'No child processes.'));
    const env = section('Environment');
    const reveal = el('button', undefined, 'Reveal Environment');
    reveal.setAttribute('aria-expanded', 'false');
    reveal.addEventListener('click', () => { reveal.disabled = true; this.h.environ(pid); });
    env.body.append(el('p', 'hint', 'Hidden by default: environments often hold tokens and passwords.'), reveal);
    env.root.classList.add('env');
    parts.push(env.root);
    const refresh = el('button', 'link', 'Refresh details');
    refresh.addEventListener('click', () => this.h.details(pid));
    parts.push(refresh);
    this.body.replaceChildren(...parts);
  }

  setEnviron(pid: number, env: [string, string][] | undefined, error: string | undefined): void {
    if (pid !== this.detailsFor) return;
    const host = this.body.querySelector('.env > div');
    if (!host) return;
    if (!env) { host.replaceChildren(el('p', 'empty', error ?? 'Not readable.')); return; }
    const dl = pairs(env.map(([k, v]) => [printable(k), printable(v)]));
    dl.classList.add('environ');
    host.replaceChildren(el('p', 'hint', `${env.length} variables`), dl);
  }

  setResult(pid: number, ok: boolean, message: string): void {
    if (pid !== this.row?.pid) return;
    this.result.textContent = message;
    this.result.className = `detail-result ${ok ? 'ok' : 'failed'}`;
  }
}

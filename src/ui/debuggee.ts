// Debuggees, for every debug type: the vitals.debuggee status bar item (the debuggee trees' CPU and
// memory, the peak in the tooltip), each session's history in ring buffers (charted by the
// dashboard), and vitals.inspectDebugProcess / vitals.killDebugProcess.
import * as vscode from 'vscode';
import { formatBytes } from '../format';
import { debugOriginId, EditorProcesses } from '../monitor/editorProcesses';
import { History } from '../monitor/history';
import type { Sampler } from '../monitor/sampler';
import type { ProcessSample, Snapshot } from '../protocol';
import { confirm, notify, showError } from './actions';
import { openDetails } from './inspector';
import { labelOf, totals } from './processModel';
import { markdownText, messageText, quickPickText } from '../text/sinks';

export interface DebuggeeHistory {
  sessionId: string;
  name: string;
  running: boolean;
  /** Seconds since epoch, CPU percent (of one core, summed over the tree) and resident bytes. */
  time: Float64Array;
  cpu: Float64Array;
  rss: Float64Array;
  peakCpu: number;
  peakRss: number;
}

interface Track { name: string; running: boolean; history: History; peakCpu: number; peakRss: number; pids: number[] }

/** How many ended sessions keep their history (the dashboard can still chart the last runs). */
const KEEP_ENDED = 5;

export class Debuggees implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly tracks = new Map<string, Track>();
  private readonly disposables: vscode.Disposable[] = [];
  private shown = false;

  constructor(private readonly sampler: Sampler, private readonly editor: EditorProcesses, private capacity: number) {
    this.item = vscode.window.createStatusBarItem('vitals.debuggee', vscode.StatusBarAlignment.Right, 105);
    this.item.name = 'Vitals: Debuggee';
    this.item.command = 'vitals.inspectDebugProcess';
    this.disposables.push(this.item, vscode.debug.onDidTerminateDebugSession((s) => {
      const t = this.tracks.get(s.id);
      if (t) t.running = false;
      const ended = [...this.tracks].filter(([, t]) => !t.running);
      for (const [id] of ended.slice(0, Math.max(0, ended.length - KEEP_ENDED))) this.tracks.delete(id);
      if (!this.editor.debugSessions().length) this.setVisible(false);
    }));
  }

  setCapacity(capacity: number): void {
    this.capacity = capacity;
  }

  /** The processes of a session and of its child sessions (js-debug starts one per process). */
  processesOf(session: vscode.DebugSession, s: Snapshot | undefined = this.sampler.last): ProcessSample[] {
    const ids = new Set([debugOriginId(session)]);
    for (const other of this.editor.debugSessions()) {
      for (let p = other.parentSession; p; p = p.parentSession) if (p.id === session.id) ids.add(debugOriginId(other));
    }
    return (s?.processes ?? []).filter((p) => p.kind === 'debug' && p.origin !== undefined && ids.has(p.origin));
  }

  update(s: Snapshot): void {
    const sessions = this.editor.debugSessions();
    const rows: string[] = [];
    let all: ProcessSample[] = [];
    for (const session of sessions) {
      const own = s.processes.filter((p) => p.kind === 'debug' && p.origin === debugOriginId(session));
      let t = this.tracks.get(session.id);
      if (!t) { t = { name: session.name, running: true, history: new History(this.capacity), peakCpu: 0, peakRss: 0, pids: [] }; this.tracks.set(session.id, t); }
      if (!own.length) continue;
      const sum = totals(own);
      t.history.push(s.time / 1000, { cpu: sum.cpu, rss: sum.rss });
      t.peakCpu = Math.max(t.peakCpu, sum.cpu);
      t.peakRss = Math.max(t.peakRss, sum.rss);
      t.pids = own.filter((p) => !p.depth).map((p) => p.pid);
      all = all.concat(own);
      rows.push(`| ${markdownText(session.name)} | ${t.pids.join(', ')} | ${sum.cpu.toFixed(1)} % | ${formatBytes(sum.rss)} | ${t.peakCpu.toFixed(1)} % | ${formatBytes(t.peakRss)} |`);
    }
    if (!all.length) { this.setVisible(false); return; }
    const sum = totals(all);
    const cpu = Math.round(sum.cpu);
    this.item.text = `$(debug) ${cpu}% ${formatBytes(sum.rss)}`;
    const md = new vscode.MarkdownString(`**Debuggee** (${all.length} process${all.length === 1 ? '' : 'es'})\n\n| session | pid | cpu | memory | peak cpu | peak memory |\n|---|---|---:|---:|---:|---:|\n${rows.join('\n')}\n\nClick to inspect the debuggee.`);
    md.isTrusted = false;
    md.supportHtml = false;
    this.item.tooltip = md;
    const peakRss = Math.max(...[...this.tracks.values()].filter((t) => t.running).map((t) => t.peakRss));
    this.item.accessibilityInformation = { label: `Debuggee CPU ${cpu} percent, memory ${spokenBytes(sum.rss)}, peak memory ${spokenBytes(peakRss)}` };
    this.setVisible(true);
  }

  state(): { text: string; tooltip: string; accessibilityLabel: string; visible: boolean } {
    const tip = this.item.tooltip;
    return { text: this.item.text, tooltip: typeof tip === 'string' ? tip : tip?.value ?? '', accessibilityLabel: this.item.accessibilityInformation?.label ?? '', visible: this.shown };
  }

  /** Each tracked session's history (running ones and the last few that ended). */
  histories(): DebuggeeHistory[] {
    return [...this.tracks].map(([sessionId, t]) => ({
      sessionId, name: t.name, running: t.running,
      time: t.history.time.toArray(), cpu: t.history.get('cpu')?.toArray() ?? new Float64Array(), rss: t.history.get('rss')?.toArray() ?? new Float64Array(),
      peakCpu: t.peakCpu, peakRss: t.peakRss,
    }));
  }

  /** The session a command acts on: the one the Call Stack menu names, else the active one, else ask. */
  async pickSession(arg: unknown, verb: string): Promise<vscode.DebugSession | undefined> {
    const sessions = this.editor.debugSessions();
    const byId = (id: unknown): vscode.DebugSession | undefined => sessions.find((s) => s.id === id);
    const a = arg as { sessionId?: unknown; id?: unknown } | undefined;
    const named = byId(a?.sessionId) ?? byId(a?.id);
    if (named) return named;
    const withProcesses = sessions.filter((s) => this.sampler.last?.processes.some((p) => p.origin === debugOriginId(s)));
    if (!withProcesses.length) {
      void vscode.window.showInformationMessage(sessions.length
        ? 'Vitals has not found the process of the running debug session yet.'
        : 'No debug session is running.');
      return undefined;
    }
    if (withProcesses.length === 1) return withProcesses[0];
    const items = withProcesses.map((s) => {
      const own = this.processesOf(s);
      const sum = totals(own);
      return { label: quickPickText(s.name), description: `${own.filter((p) => !p.depth).map((p) => `pid ${p.pid}`).join(', ')} · ${sum.cpu.toFixed(1)} % · ${formatBytes(sum.rss)}`, session: s };
    });
    return (await vscode.window.showQuickPick(items, { title: `Vitals: ${verb} which debug session's process?` }))?.session;
  }

  async inspect(arg: unknown): Promise<void> {
    const session = await this.pickSession(arg, 'Inspect');
    if (!session) return;
    const top = this.processesOf(session).filter((p) => !p.depth);
    const target = top.length === 1 ? top[0] : (await vscode.window.showQuickPick(top.map((p) => ({ label: quickPickText(labelOf(p)), description: `pid ${p.pid}`, p })), { title: `Debuggee processes of ${quickPickText(session.name)}` }))?.p;
    if (target) await openDetails({ pid: target.pid, createTime: target.createTime, label: `${session.name}: ${labelOf(target)}` });
  }

  /** Kills the session's debuggee tree(s) after a confirmation, then makes sure the session ends. */
  async kill(arg: unknown): Promise<boolean> {
    const session = await this.pickSession(arg, 'Kill');
    if (!session) return false;
    const top = this.processesOf(session).filter((p) => !p.depth);
    if (!top.length) return false;
    const names = top.map((p) => `"${messageText(labelOf(p), 256)}" (pid ${p.pid})`).join(', ');
    if (!await confirm(`Kill the debuggee of '${messageText(session.name, 256)}': ${names} and its child processes?`,
      'The debug session ends with it.', 'Kill')) return false;
    let sub: vscode.Disposable | undefined;
    const ended = new Promise<'ended'>((resolve) => {
      sub = vscode.debug.onDidTerminateDebugSession((s) => { if (s.id === session.id) resolve('ended'); });
    });
    const killed: string[] = [];
    try {
      for (const p of top) {
        try {
          const r = await this.sampler.call('killTree', p.pid, p.createTime) as { signalled: { pid: number }[] };
          killed.push(`"${messageText(labelOf(p), 256)}" (pid ${p.pid}${r.signalled.length > 1 ? ` and ${r.signalled.length - 1} descendant${r.signalled.length === 2 ? '' : 's'}` : ''})`);
        } catch (e) {
          showError(e);
        }
      }
      if (!killed.length) return false;
      // an adapter that does not notice its debuggee died is stopped, so the session never lingers
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((r) => { timer = setTimeout(() => r('late'), 5000); });
      const outcome = await Promise.race([ended, late]);
      clearTimeout(timer);
      if (outcome === 'late') {
        let top: vscode.DebugSession = session;
        while (top.parentSession) top = top.parentSession;
        await vscode.debug.stopDebugging(top);
      }
    } finally {
      sub?.dispose();
    }
    notify(`Vitals killed ${killed.join(', ')}, the debuggee of '${messageText(session.name, 256)}'; the debug session ended.`);
    return true;
  }

  private setVisible(show: boolean): void {
    if (show === this.shown) return;
    this.shown = show;
    if (show) this.item.show(); else this.item.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function spokenBytes(n: number): string {
  return formatBytes(n).replace('KiB', 'kibibytes').replace('MiB', 'mebibytes').replace('GiB', 'gibibytes').replace(/ B$/, ' bytes');
}

// "Which processes belong to this editor", host side: what only the vscode API knows. Terminals
// (name, shell pid), tasks (name, pid), debug sessions (the DAP `process` event's systemProcessId,
// the pid a runInTerminal request answered with, else a fallback the worker resolves), and the
// extensions' folders. The worker walks the process tree with these each tick (one scan) and
// returns every process classified; nothing here touches /proc.
import * as vscode from 'vscode';
import type { ExtensionInfo, Origin } from '../protocol';

interface DebugRecord {
  session: vscode.DebugSession;
  since: number;
  /** From the DAP `process` event, or the runInTerminal response's processId. */
  pid?: number;
  /** The runInTerminal response's shellProcessId: the debuggee is below it. */
  shellPid?: number;
}

/** A DAP message as the tracker sees it (only the fields read here). */
interface DapMessage { type?: string; event?: string; command?: string; success?: boolean; body?: Record<string, unknown> }

export class EditorProcesses implements vscode.Disposable {
  private readonly terminals = new Map<vscode.Terminal, { id: number; pid: number }>();
  private readonly tasks = new Map<vscode.TaskExecution, { id: number; pid: number }>();
  private readonly sessions = new Map<string, DebugRecord>();
  /** Sessions that ended: a late tracker message must not bring them back. */
  private readonly ended = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  private nextId = 1;
  /** Fires when the terminals, tasks, debug sessions or extensions change. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(
      this.changed,
      vscode.window.onDidOpenTerminal((t) => void this.addTerminal(t)),
      vscode.window.onDidCloseTerminal((t) => { if (this.terminals.delete(t)) this.fire(); }),
      vscode.tasks.onDidStartTaskProcess((e) => { if (e.processId) { this.tasks.set(e.execution, { id: this.nextId++, pid: e.processId }); this.fire(); } }),
      vscode.tasks.onDidEndTaskProcess((e) => { if (this.tasks.delete(e.execution)) this.fire(); }),
      vscode.debug.onDidStartDebugSession((s) => { this.session(s); this.fire(); }),
      vscode.debug.onDidTerminateDebugSession((s) => { this.ended.add(s.id); if (this.sessions.delete(s.id)) this.fire(); }),
      vscode.debug.registerDebugAdapterTrackerFactory('*', { createDebugAdapterTracker: (s) => this.tracker(s) }),
      vscode.extensions.onDidChange(() => this.fire()),
    );
    for (const t of vscode.window.terminals) void this.addTerminal(t);
    const active = vscode.debug.activeDebugSession;
    if (active) this.session(active);
  }

  /** The root pids whose process trees Vitals follows; the extension host comes first. */
  roots(): number[] {
    const pids = [process.pid, ...[...this.terminals.values()].map((t) => t.pid), ...[...this.tasks.values()].map((t) => t.pid)];
    for (const r of this.sessions.values()) if (r.pid) pids.push(r.pid);
    return [...new Set(pids)];
  }

  /** Terminals, then tasks (a task's terminal shares its pid: the task's name wins), then debug sessions. */
  origins(): Origin[] {
    const out: Origin[] = [];
    for (const [t, r] of this.terminals) out.push({ id: `terminal:${r.id}`, kind: 'terminal', label: t.name, pid: r.pid });
    for (const [e, r] of this.tasks) out.push({ id: `task:${r.id}`, kind: 'task', label: e.task.name, pid: r.pid });
    const parents = new Set([...this.sessions.values()].map((r) => r.session.parentSession?.id).filter((id): id is string => !!id));
    for (const r of this.sessions.values()) {
      const parent = r.session.parentSession;
      const label = parent && this.sessions.has(parent.id) ? `${parent.name} › ${r.session.name}` : r.session.name;
      const o: Origin = { id: debugOriginId(r.session), kind: 'debug', label, pid: r.pid };
      // a parent session (js-debug's launcher) whose children name their own processes needs no guess
      if (r.pid === undefined && !parents.has(r.session.id)) {
        o.fallbackPid = r.shellPid ?? process.pid;
        o.since = r.since;
      }
      out.push(o);
    }
    return out;
  }

  /** Running debug sessions, oldest first. */
  debugSessions(): vscode.DebugSession[] {
    return [...this.sessions.values()].map((r) => r.session);
  }

  extensions(): ExtensionInfo[] {
    return vscode.extensions.all.map((e) => ({
      id: e.id,
      displayName: typeof e.packageJSON?.displayName === 'string' ? e.packageJSON.displayName : undefined,
      extensionPath: e.extensionPath,
    }));
  }

  private session(s: vscode.DebugSession): DebugRecord {
    let r = this.sessions.get(s.id);
    if (!r) {
      if (this.ended.has(s.id)) return { session: s, since: 0 }; // a late message: recorded nowhere
      r = { session: s, since: Date.now() / 1000, pid: childSessionPid(s) };
      this.sessions.set(s.id, r);
    }
    return r;
  }

  private tracker(s: vscode.DebugSession): vscode.DebugAdapterTracker {
    // the tracker exists before the adapter launches anything: the session's processes start after this
    const record = (): DebugRecord => this.session(s);
    record();
    return {
      onDidSendMessage: (m: DapMessage) => {
        if (m?.type === 'event' && m.event === 'process') {
          const pid = m.body?.systemProcessId;
          if (typeof pid === 'number' && pid > 0 && record().pid !== pid) { record().pid = pid; this.fire(); }
        }
      },
      // the client's answer to the adapter's runInTerminal request carries the pids
      onWillReceiveMessage: (m: DapMessage) => {
        if (m?.type !== 'response' || m.command !== 'runInTerminal' || !m.success) return;
        const pid = m.body?.processId;
        const shell = m.body?.shellProcessId;
        const r = record();
        if (typeof pid === 'number' && pid > 0 && r.pid === undefined) r.pid = pid;
        if (typeof shell === 'number' && shell > 0) r.shellPid = shell;
        this.fire();
      },
    };
  }

  private async addTerminal(t: vscode.Terminal): Promise<void> {
    try {
      const pid = await t.processId;
      if (pid) { this.terminals.set(t, { id: this.nextId++, pid }); this.fire(); }
    } catch { /* terminal closed before it had a process */ }
  }

  private fire(): void {
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * js-debug starts one child session per process it debugs, named "<script> [<pid>]", with a
 * `__pendingTargetId` in its configuration; it sends no DAP `process` event with the pid.
 */
function childSessionPid(s: vscode.DebugSession): number | undefined {
  if (!s.parentSession || !s.configuration || !('__pendingTargetId' in s.configuration)) return undefined;
  const m = /\[(\d+)\]$/.exec(s.name);
  return m ? Number(m[1]) : undefined;
}

export function debugOriginId(s: vscode.DebugSession): string {
  return `debug:${s.id}`;
}

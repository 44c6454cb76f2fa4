// "Which processes belong to this editor": the extension host's own tree (language servers are
// its children), terminals and task processes. Debug sessions join in a later change.
import * as vscode from 'vscode';

export class EditorProcesses implements vscode.Disposable {
  private readonly terminals = new Map<vscode.Terminal, number>();
  private readonly tasks = new Map<vscode.TaskExecution, number>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<number[]>();
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(
      this.changed,
      vscode.window.onDidOpenTerminal((t) => void this.addTerminal(t)),
      vscode.window.onDidCloseTerminal((t) => { if (this.terminals.delete(t)) this.fire(); }),
      vscode.tasks.onDidStartTaskProcess((e) => { if (e.processId) { this.tasks.set(e.execution, e.processId); this.fire(); } }),
      vscode.tasks.onDidEndTaskProcess((e) => { if (this.tasks.delete(e.execution)) this.fire(); }),
    );
    for (const t of vscode.window.terminals) void this.addTerminal(t);
  }

  /** The root pids whose process trees Vitals follows; the extension host comes first. */
  roots(): number[] {
    return [...new Set([process.pid, ...this.terminals.values(), ...this.tasks.values()])];
  }

  private async addTerminal(t: vscode.Terminal): Promise<void> {
    try {
      const pid = await t.processId;
      if (pid) { this.terminals.set(t, pid); this.fire(); }
    } catch { /* terminal closed before it had a process */ }
  }

  private fire(): void {
    this.changed.fire(this.roots());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

// The dashboard panel's host side: owns the WebviewPanel, posts one small delta per tick while the
// panel is visible (nothing while hidden), validates every message from the webview and turns
// actions into worker calls after a modal confirmation.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { printable } from '../format';
import type { History } from '../monitor/history';
import type { Sampler } from '../monitor/sampler';
import type { FromWebview, Snapshot, ToWebview } from '../protocol';
import type { VitalsConfig } from './config';
import { explain } from './dashboardExplain';
import { buildTick, confirmText, historyPayload, TableDiffer, validateFromWebview } from './dashboardModel';

export const DASHBOARD_VIEW_TYPE = 'vitals.dashboard';
const TABLE_VIEW = 'dashboard';

export interface DashboardDeps {
  extensionUri: vscode.Uri;
  sampler: Sampler;
  history: () => History;
  config: () => VitalsConfig;
  log: (message: string) => void;
}

export class Dashboard implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private ready = false;
  private readonly differ = new TableDiffer();
  private readonly logged = new Set<string>();
  private readonly visibility = new vscode.EventEmitter<boolean>();
  readonly onDidChangeVisibility = this.visibility.event;
  /** Sizes of the last messages posted, for tests and the benchmark. */
  readonly stats = { ticksPosted: 0, lastTickBytes: 0, refused: 0, refusalsLogged: 0 };

  constructor(private readonly deps: DashboardDeps) {}

  get visible(): boolean {
    return this.panel?.visible ?? false;
  }

  show(): void {
    if (this.panel) { this.panel.reveal(); return; }
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, 'Vitals', vscode.ViewColumn.Active, {});
    this.attach(panel);
  }

  /** A panel VS Code restored after a reload (WebviewPanelSerializer). */
  restore(panel: vscode.WebviewPanel): void {
    if (this.panel) this.panel.dispose();
    this.attach(panel);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    const roots = [vscode.Uri.joinPath(this.deps.extensionUri, 'dist'), vscode.Uri.joinPath(this.deps.extensionUri, 'media')];
    panel.webview.options = { enableScripts: true, localResourceRoots: roots };
    panel.iconPath = vscode.Uri.joinPath(this.deps.extensionUri, 'media', 'icon.png');
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((m) => void this.onMessage(m)),
      panel.onDidChangeViewState(() => this.onVisibility()),
      panel.onDidDispose(() => this.detach(panel)),
    ];
    this.onVisibility();
  }

  private detach(panel: vscode.WebviewPanel): void {
    if (this.panel !== panel) return;
    this.panel = undefined;
    this.ready = false;
    for (const d of this.panelDisposables) d.dispose();
    this.panelDisposables = [];
    this.deps.sampler.needTable(TABLE_VIEW, false);
    this.visibility.fire(false);
  }

  private onVisibility(): void {
    const visible = this.visible;
    // a hidden webview is torn down (no retainContextWhenHidden): wait for the new one's 'ready'
    if (!visible) this.ready = false;
    this.deps.sampler.needTable(TABLE_VIEW, visible);
    if (visible && this.ready) this.sendInit();
    this.visibility.fire(visible);
  }

  /** Called after each snapshot has been pushed into the history. */
  onSnapshot(s: Snapshot, values: Record<string, number>): void {
    if (!this.panel || !this.panel.visible || !this.ready) return;
    if (s.table) copyLabels(s);
    const table = s.table ? this.differ.diff(s.table) : undefined;
    this.post({ type: 'tick', tick: buildTick(s, values, s.processes.length ? [...new Set(s.processes.map((p) => p.root))] : [process.pid], table) }, true);
  }

  /** Settings changed (history length, interval, thresholds, unit): the webview starts over from the new history. */
  refresh(): void {
    if (this.visible && this.ready) this.sendInit();
  }

  private sendInit(): void {
    const config = this.deps.config();
    const h = this.deps.history();
    this.differ.reset();
    this.post({
      type: 'init', selfPid: process.pid, intervalMs: config.refreshInterval, thresholds: config.thresholds,
      temperatureUnit: config.temperatureUnit, history: historyPayload(h), capacity: h.capacity,
    });
    this.deps.sampler.sampleNow(); // the table's first rows without waiting a whole interval
  }

  private post(msg: ToWebview, isTick = false): void {
    if (!this.panel) return;
    if (isTick) {
      this.stats.ticksPosted++;
      this.stats.lastTickBytes = Buffer.byteLength(JSON.stringify(msg));
    }
    void this.panel.webview.postMessage(msg);
  }

  private refuse(reason: string): void {
    this.stats.refused++;
    if (this.logged.has(reason)) return;
    this.logged.add(reason);
    this.stats.refusalsLogged++;
    this.deps.log(`dashboard: refused a webview message: ${reason}`);
  }

  /** Every message from the webview comes through here (public for the integration tests). */
  async onMessage(raw: unknown): Promise<void> {
    const v = validateFromWebview(raw);
    if (!v.ok) { this.refuse(v.reason); return; }
    const msg = v.msg;
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        if (this.visible) this.sendInit();
        return;
      case 'details':
        try {
          this.post({ type: 'details', pid: msg.pid, details: await this.deps.sampler.call('details', msg.pid) as never });
        } catch (e) {
          this.post({ type: 'details', pid: msg.pid, error: explain(e, msg.pid) });
        }
        return;
      case 'environ':
        try {
          this.post({ type: 'environ', pid: msg.pid, environ: await this.deps.sampler.call('environ', msg.pid) as never });
        } catch (e) {
          this.post({ type: 'environ', pid: msg.pid, error: explain(e, msg.pid) });
        }
        return;
      case 'action':
        await this.act(msg);
        return;
    }
  }

  private async act(msg: FromWebview & { type: 'action' }): Promise<void> {
    // the name shown is the one the sampler read for (pid, createTime), not what the webview claims
    const row = this.deps.sampler.last?.table?.find((r) => r.pid === msg.pid && Math.abs(r.createTime - msg.createTime) < 0.01);
    const name = printable(row?.name ?? msg.name).slice(0, 100);
    const { question, button } = confirmText(msg, name);
    const answer = await vscode.window.showWarningMessage(question, { modal: true, detail: 'Vitals checks that the pid still belongs to the same process before it signals.' }, button);
    if (answer !== button) {
      this.post({ type: 'actionResult', pid: msg.pid, ok: false, message: 'Cancelled.' });
      return;
    }
    try {
      const pids = await this.deps.sampler.call(msg.action, msg.pid, msg.createTime, msg.signal) as number[];
      this.post({ type: 'actionResult', pid: msg.pid, ok: true, message: `${button}: done (${pids.length === 1 ? `pid ${pids[0]}` : `${pids.length} processes`}).` });
      this.deps.sampler.sampleNow();
    } catch (e) {
      const message = explain(e, msg.pid, true);
      this.post({ type: 'actionResult', pid: msg.pid, ok: false, message });
      void vscode.window.showErrorMessage(`Vitals: ${message}`);
    }
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(18).toString('base64url');
    const dist = (f: string): string => webview.asWebviewUri(vscode.Uri.joinPath(this.deps.extensionUri, 'dist', f)).toString();
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} data:`,
      `style-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${dist('webview.css')}">
<title>Vitals</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="loading">Loading Vitals…</p></main>
<script nonce="${nonce}" src="${dist('webview.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.panel?.dispose();
    this.visibility.dispose();
  }
}

/** Role labels the monitor put on the editor's processes (ProcessSample.label, when it has one) win over the table's own. */
function copyLabels(s: Snapshot): void {
  const labels = new Map<number, string>();
  for (const p of s.processes as (Snapshot['processes'][number] & { label?: unknown })[]) if (typeof p.label === 'string' && p.label) labels.set(p.pid, p.label);
  if (!labels.size) return;
  for (const r of s.table!) { const l = labels.get(r.pid); if (l) r.label = l; }
}

export function registerDashboard(dashboard: Dashboard): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('vitals.openDashboard', () => dashboard.show()),
    vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => dashboard.restore(panel),
    }),
  );
}

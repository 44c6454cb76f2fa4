// The dashboard panel's host side: owns the WebviewPanel, posts one small delta per tick while the
// panel is visible (nothing while hidden), validates every message from the webview and turns
// actions into worker calls after a modal confirmation.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { History } from '../monitor/history';
import type { Sampler } from '../monitor/sampler';
import type { FromWebview, ProfileView, SelfCostMessage, Snapshot, TableRow, ToWebview } from '../protocol';
import { formatSelfCost } from '../monitor/selfCost';
import type { VitalsConfig } from './config';
import { signalWithConfirm } from './actions';
import { explain } from './dashboardExplain';
import { buildTick, confirmText, historyPayload, validateFromWebview } from './dashboardModel';

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
  private pendingSelect: number | undefined;
  /** A reset was asked of the worker: deltas until its reset belong to the old webview and are not forwarded. */
  private awaitingReset = true;
  private readonly logged = new Set<string>();
  private readonly visibility = new vscode.EventEmitter<boolean>();
  readonly onDidChangeVisibility = this.visibility.event;
  /** Sizes of the last messages posted, for tests and the benchmark. */
  readonly stats = { ticksPosted: 0, lastTickBytes: 0, refused: 0, refusalsLogged: 0 };

  private profile: ProfileView | undefined;
  private profileHandler: ((m: FromWebview & { type: 'profileRun' | 'profileAction' }) => Promise<void>) | undefined;

  constructor(private readonly deps: DashboardDeps) {}

  /** Where the webview's profile messages go (ui/profileCommand). */
  setProfileHandler(h: (m: FromWebview & { type: 'profileRun' | 'profileAction' }) => Promise<void>): void {
    this.profileHandler = h;
  }

  /** The latest extension host profile; kept for a panel that opens or reloads later. */
  showProfile(view: ProfileView, reveal: boolean): void {
    this.profile = view;
    if (reveal) this.show();
    if (this.ready) this.post({ type: 'profile', profile: view });
  }

  profileState(s: { running: boolean; secondsLeft?: number; message?: string }): void {
    if (this.ready) this.post({ type: 'profileState', ...s });
  }

  get visible(): boolean {
    return this.panel?.visible ?? false;
  }

  /** Opens (or reveals) the panel; `select` picks that process in the table. */
  show(select?: number): void {
    this.pendingSelect = select;
    if (this.panel) {
      this.panel.reveal();
      if (select !== undefined && this.ready) this.post({ type: 'select', pid: select });
      return;
    }
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
    // the worker diffed the table: this thread forwards its delta and never walks the rows
    let table = s.tableDelta;
    if (table && this.awaitingReset) {
      if (table.reset) this.awaitingReset = false;
      else table = undefined;
    }
    const tick = buildTick(s, values, s.treeRoots?.length ? s.treeRoots : [process.pid]);
    this.postTick(tick, table, s.tableDeltaBytes ?? 0);
    this.postSelfCost();
  }

  /** The footer's "Vitals itself" line (issue #20): a message of its own after each tick. */
  private postSelfCost(): void {
    const meter = this.deps.sampler.cost;
    meter.setBytesPerTick(this.stats.lastTickBytes);
    const cost = meter.current();
    const msg: SelfCostMessage = { type: 'selfCost', cost, text: formatSelfCost(cost) };
    void this.panel?.webview.postMessage(msg);
  }

  /** Settings changed (history length, interval, thresholds, unit): the webview starts over from the new history. */
  refresh(): void {
    if (this.visible && this.ready) this.sendInit();
  }

  private sendInit(): void {
    const config = this.deps.config();
    const h = this.deps.history();
    this.awaitingReset = true;
    this.deps.sampler.tableReset(); // before sampleNow below: that reading's delta is the whole table
    this.post({
      type: 'init', selfPid: process.pid, intervalMs: config.refreshInterval, thresholds: config.thresholds,
      temperatureUnit: config.temperatureUnit, history: historyPayload(h), capacity: h.capacity,
    });
    if (this.pendingSelect !== undefined) this.post({ type: 'select', pid: this.pendingSelect });
    if (this.profile) this.post({ type: 'profile', profile: this.profile });
    this.deps.sampler.sampleNow(); // the table's first rows without waiting a whole interval
  }

  private post(msg: ToWebview): void {
    if (!this.panel) return;
    void this.panel.webview.postMessage(msg);
  }

  /** The tick's size without serialising the table here: its delta's size comes measured from the worker. */
  private postTick(tick: ReturnType<typeof buildTick>, table: Snapshot['tableDelta'], tableBytes: number): void {
    if (!this.panel) return;
    this.stats.ticksPosted++;
    this.stats.lastTickBytes = Buffer.byteLength(JSON.stringify({ type: 'tick', tick })) + (table ? tableBytes + 9 : 0); // 9: ,"table":
    void this.panel.webview.postMessage({ type: 'tick', tick: table ? { ...tick, table } : tick });
  }

  private refuse(raw: string): void {
    this.stats.refused++;
    // bounded: each reason cut short, each logged once, at most 50 distinct ones
    const reason = raw.slice(0, 200);
    if (this.logged.has(reason) || this.logged.size > 50) return;
    this.logged.add(reason);
    this.stats.refusalsLogged++;
    this.deps.log(this.logged.size > 50 ? 'dashboard: refused more webview messages; further reasons are not logged' : `dashboard: refused a webview message: ${reason}`);
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
          this.post({ type: 'details', pid: msg.pid, details: await this.deps.sampler.call('details', msg.pid, msg.createTime) as never });
        } catch (e) {
          this.post({ type: 'details', pid: msg.pid, error: explain(e, msg.pid) });
        }
        return;
      case 'environ':
        try {
          this.post({ type: 'environ', pid: msg.pid, environ: await this.deps.sampler.call('environ', msg.pid, msg.createTime) as never });
        } catch (e) {
          this.post({ type: 'environ', pid: msg.pid, error: explain(e, msg.pid) });
        }
        return;
      case 'action':
        await this.act(msg);
        return;
      case 'profileRun':
      case 'profileAction':
        await this.profileHandler?.(msg);
        break;
      case 'exportHistory':
        await vscode.commands.executeCommand('vitals.exportHistory');
        return;
    }
  }

  /** Through the same confirmation and worker call as the inspector and the Processes view (ui/actions). */
  private async act(msg: FromWebview & { type: 'action' }): Promise<void> {
    // the name shown is the one the sampler read for (pid, createTime), not what the webview claims
    const row = await this.deps.sampler.call('tableRow', msg.pid, msg.createTime).catch(() => null) as TableRow | null;
    const label = (row?.label ? `${row.label}: ${row.name}` : row?.name ?? msg.name).slice(0, 100);
    const r = await signalWithConfirm(this.deps.sampler, { pid: msg.pid, createTime: msg.createTime, label, cmdline: row?.cmdline }, msg.action, msg.signal);
    if (!r) {
      this.post({ type: 'actionResult', pid: msg.pid, ok: false, message: 'Not done: cancelled, or refused (see the notification).' });
      return;
    }
    const { button } = confirmText(msg, label);
    const done = r.signalled.length === 1 ? `pid ${r.signalled[0].pid}` : `${r.signalled.length} processes`;
    const failed = r.failed.length ? `; not signalled: ${r.failed.map((f) => f.error).join('; ')}` : '';
    this.post({ type: 'actionResult', pid: msg.pid, ok: !r.failed.length, message: `${button}: done (${done})${failed}.` });
    this.deps.sampler.sampleNow();
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

export function registerDashboard(dashboard: Dashboard): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('vitals.openDashboard', (arg?: unknown) => {
      const pid = typeof arg === 'object' && arg !== null ? (arg as { pid?: unknown }).pid : arg;
      dashboard.show(typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : undefined);
    }),
    vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => dashboard.restore(panel),
    }),
  );
}

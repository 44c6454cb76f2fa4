// activate/deactivate: wiring only.
import * as vscode from 'vscode';
import { EditorProcesses } from './monitor/editorProcesses';
import { History } from './monitor/history';
import { mergeRestored } from './monitor/historyCodec';
import { loadHistory, saveHistory } from './monitor/historyStore';
import { chooseBackend, needsCanary } from './monitor/backendCanary';
import { Sampler } from './monitor/sampler';
import { formatSelfCost } from './monitor/selfCost';
import type { ProbeRoots, Snapshot } from './protocol';
import { seriesValues } from './monitor/series';
import { readConfig } from './ui/config';
import { ProcessRef, processActions, runAction, setConfirmHook, confirmations, notices } from './ui/actions';
import { Dashboard, registerDashboard } from './ui/dashboard';
import { Debuggees, DebuggeeHistory } from './ui/debuggee';
import { inspectProcess, killProcess, openDetails, PROCINFO_SCHEME, ProcinfoProvider, refFromUri, refOf } from './ui/inspector';
import { cleanUpOrphans } from './ui/orphans';
import { ProcessView, sampleOf } from './ui/processView';
import { Alerts } from './ui/alerts';
import type { Alert } from './monitor/alerts';
import { StatusBar, StatusItemState } from './ui/statusBar';
import { ProfileController, ProfileOptions } from './ui/profileCommand';
import type { ProfileView } from './protocol';
import { exportHistory } from './ui/exportHistory';
import { testOnly } from './ui/testHooks';

/** What activate() returns: used by the integration tests and other extensions. */
export interface VitalsApi {
  sampler: Sampler;
  /** Time activate() took on the extension host's thread, ms. */
  activationMs: number;
  history(): History;
  dashboard: Dashboard;
  statusBar(): StatusItemState[];
  nextSnapshot(): Promise<Snapshot>;
  /** Test hook: read /proc and /sys from other roots (fixture trees); refused outside an extension test run. */
  configureProbe(roots: ProbeRoots): void;
  /** Each debug session's debuggee CPU and memory history (ring buffers; the dashboard charts them). */
  debuggeeHistory(): DebuggeeHistory[];
  /** The alerts shown so far this session, newest last. */
  alertsShown(): readonly Alert[];
  /** Saves the history rings now (as deactivate does); resolves with the file, undefined where global storage is not a local folder. */
  saveHistory(): Promise<string | undefined>;
  /** The vitals.debuggee status bar item as shown now. */
  debuggeeStatus(): { text: string; tooltip: string; accessibilityLabel: string; visible: boolean };
  /** For the integration tests only: answer confirmations without a modal (refused outside an extension test run), and read what was asked and said. */
  test: {
    answerConfirmations(answer: boolean | undefined): void;
    confirmations: string[];
    notices: string[];
    /** The Processes view's rows as text. */
    processView(): string[];
    /** Reads the saved history file back into the charts, as activation does. */
    restoreHistory(): Promise<{ restored: number; error?: string }>;
    /** Calls the window-state handler as VS Code does when the window gains or loses focus. */
    windowState(focused: boolean): void;
  };
  /** The extension host profile (issue #21): run one (no QuickPick), the last result, its text. */
  profile: {
    run(opts?: ProfileOptions): Promise<ProfileView | undefined>;
    last(): ProfileView | undefined;
    text(): string;
    running(): boolean;
  };
}

let active: { sampler: Sampler; disposables: vscode.Disposable[]; saveHistory: () => Promise<void> } | undefined;

/** How often the history rings are saved besides deactivate (a crash loses at most this much). */
const HISTORY_SAVE_MS = 3 * 60_000;

export function activate(context: vscode.ExtensionContext): VitalsApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Vitals', { log: true });
  let config = readConfig();
  const editor = new EditorProcesses();
  let history = History.forDuration(config.historyMinutes, config.refreshInterval);
  const sampler = new Sampler({
    workerPath: context.asAbsolutePath('dist/worker.js'),
    config: { intervalMs: config.refreshInterval, roots: editor.roots(), origins: editor.origins(), extensions: editor.extensions(), exportPort: exportPort() },
    log: (m) => log.error(m),
  });
  const statusBar = new StatusBar(config, 'vitals.openDashboard');
  const alerts = new Alerts(sampler, context.globalState);
  const debuggees = new Debuggees(sampler, editor, history.capacity);
  const processView = new ProcessView(sampler);
  const dashboard = new Dashboard({
    extensionUri: context.extensionUri, sampler, history: () => history, config: () => config, log: (m) => log.warn(m),
  });
  const profiles = new ProfileController(dashboard, sampler, (m) => log.info(m));
  const refArg = (arg: unknown): ProcessRef | undefined => {
    const s = sampleOf(arg);
    if (s) return refOf(s);
    return arg instanceof vscode.Uri ? refFromUri(arg) : vscode.window.activeTextEditor ? refFromUri(vscode.window.activeTextEditor.document.uri) : undefined;
  };

  const disposables: vscode.Disposable[] = [
    log, editor, statusBar, debuggees, processView, dashboard, alerts, profiles,
    sampler.onSnapshot((s) => {
      statusBar.update(s);
      alerts.update(s);
      debuggees.update(s);
      const values = seriesValues(s);
      history.push(s.time / 1000, values);
      dashboard.onSnapshot(s, values);
    }),
    registerDashboard(dashboard),
    sampler.onExportStatus((st) => statusBar.setExport(st)),
    dashboard.onDidChangeVisibility(() => applyFocus(vscode.window.state.focused)),
    editor.onDidChange(() => sampler.configure({ roots: editor.roots(), origins: editor.origins(), extensions: editor.extensions() })),
    processView.onDidChangeVisibility(() => applyFocus(vscode.window.state.focused)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('vitals')) return;
      if (e.affectsConfiguration('vitals.export')) sampler.configure({ exportPort: exportPort() });
      const next = readConfig();
      if (next.refreshInterval !== config.refreshInterval || next.historyMinutes !== config.historyMinutes) {
        history = History.forDuration(next.historyMinutes, next.refreshInterval);
        debuggees.setCapacity(history.capacity);
        sampler.configure({ intervalMs: next.refreshInterval });
      }
      config = next;
      statusBar.updateConfig(config);
      alerts.updateConfig();
      dashboard.refresh();
      applyFocus(vscode.window.state.focused);
    }),
    vscode.window.onDidChangeWindowState((s) => applyFocus(s.focused)),
    vscode.workspace.registerTextDocumentContentProvider(PROCINFO_SCHEME, new ProcinfoProvider(sampler)),
    vscode.commands.registerCommand('vitals.inspectProcess', (pid?: number) => inspectProcess(sampler, typeof pid === 'number' ? pid : undefined)),
    vscode.commands.registerCommand('vitals.showLog', () => { log.info(formatSelfCost(sampler.cost.current())); log.show(); }),
    vscode.commands.registerCommand('vitals.killProcess', () => killProcess(sampler)),
    vscode.commands.registerCommand('vitals.inspectDebugProcess', (arg?: unknown) => debuggees.inspect(arg)),
    vscode.commands.registerCommand('vitals.killDebugProcess', (arg?: unknown) => debuggees.kill(arg)),
    vscode.commands.registerCommand('vitals.cleanUpOrphans', (arg?: unknown) => cleanUpOrphans(sampler, typeof arg === 'string' ? arg : undefined)),
    vscode.commands.registerCommand('vitals.processActions', async (arg?: unknown) => {
      const ref = refArg(arg);
      if (ref) await processActions(sampler, ref, openDetails);
      else void vscode.window.showInformationMessage('Open a process from Vitals: Inspect Process… first.');
    }),
    vscode.commands.registerCommand('vitals.processes.inspect', (arg?: unknown) => { const r = refArg(arg); return r && openDetails(r); }),
    vscode.commands.registerCommand('vitals.processes.kill', (arg?: unknown) => { const r = refArg(arg); return r && runAction(sampler, 'kill', r, openDetails); }),
    vscode.commands.registerCommand('vitals.processes.killTree', (arg?: unknown) => { const r = refArg(arg); return r && runAction(sampler, 'killTree', r, openDetails); }),
    vscode.commands.registerCommand('vitals.processes.refresh', () => sampler.sampleNow()),
    vscode.commands.registerCommand('vitals.revealEnvironment', async (arg?: unknown) => {
      const r = refArg(arg);
      if (r) await openDetails(r, true);
      else void vscode.window.showInformationMessage('Open a process from Vitals: Inspect Process… first.');
    }),
    vscode.commands.registerCommand('vitals.exportHistory', () => exportHistory(history, (m) => log.error(m))),
  ];

  function applyFocus(focused: boolean): void {
    if (!config.pauseWhenHidden || focused || processView.visible || dashboard.visible) sampler.resume();
    else sampler.pause();
  }

  // the charts show the minutes before a window reload: the rings are saved on deactivate and every few minutes
  const historyFile = context.globalStorageUri.scheme === 'file' ? vscode.Uri.joinPath(context.globalStorageUri, 'history.bin').fsPath : undefined;
  let historyLoaded = false;
  const persist = async (): Promise<void> => {
    if (!historyFile || !historyLoaded) return; // never overwrite the saved rings before they were read back
    try { await saveHistory(historyFile, history); } catch (e) { log.warn(`history not saved: ${e instanceof Error ? e.message : String(e)}`); }
  };
  async function restoreHistory(): Promise<{ restored: number; error?: string }> {
    if (!historyFile) return { restored: 0 };
    const r = await loadHistory(historyFile);
    historyLoaded = true;
    if (r.error) { log.warn(`history file ${historyFile} ignored: ${r.error}`); return { restored: 0, error: r.error }; }
    if (!r.decoded) return { restored: 0 };
    const merged = mergeRestored(history, r.decoded, Date.now() / 1000 - config.historyMinutes * 60);
    history = merged.history;
    if (merged.restored) dashboard.refresh(); // a dashboard restored with the window shows them too
    log.info(`restored ${merged.restored} history points`);
    return { restored: merged.restored };
  }
  if (historyFile) {
    void restoreHistory();
    const saveTimer = setInterval(() => void persist(), HISTORY_SAVE_MS);
    disposables.push({ dispose: () => clearInterval(saveTimer) });
  }

  if (needsCanary(process.platform, process.env)) {
    // macOS: the native backend serves the worker only once it has passed its self-check in a child process
    void chooseBackend({ canaryPath: context.asAbsolutePath('dist/canary.js') }).then((choice) => {
      if (choice.report) log.info(choice.report);
      sampler.setBackend(choice.backend);
      sampler.start();
    });
  } else {
    sampler.start();
  }
  applyFocus(vscode.window.state.focused);
  context.subscriptions.push(...disposables, { dispose: () => void sampler.dispose() });
  active = { sampler, disposables, saveHistory: persist };
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);

  return {
    sampler,
    activationMs,
    history: () => history,
    dashboard,
    statusBar: () => statusBar.state(),
    nextSnapshot: () => new Promise((resolve) => {
      const sub = sampler.onSnapshot((s) => { sub.dispose(); resolve(s); });
      sampler.sampleNow();
    }),
    // only under an extension test run: another extension must not point the probe at a fake /proc
    configureProbe: testOnly('configureProbe', () => context.extensionMode, (roots: ProbeRoots) => sampler.configure({ probe: roots })),
    debuggeeHistory: () => debuggees.histories(),
    alertsShown: () => alerts.shown,
    saveHistory: async () => { await persist(); return historyFile; },
    debuggeeStatus: () => debuggees.state(),
    test: {
      // only under an extension test run: no other extension may answer a kill confirmation
      answerConfirmations: testOnly('answerConfirmations', () => context.extensionMode,
        (answer: boolean | undefined) => setConfirmHook(answer === undefined ? undefined : () => answer)),
      confirmations, notices,
      processView: () => processView.render(),
      restoreHistory,
      windowState: (focused) => applyFocus(focused),
    },
    profile: {
      run: (opts) => profiles.run({ show: false, ...opts }),
      last: () => profiles.lastView,
      text: () => profiles.provideTextDocumentContent(),
      running: () => profiles.profiler.running,
    },
  };
}

/** vitals.export.*: the port of the opt-in /metrics endpoint (127.0.0.1 only), null while off. */
function exportPort(): number | null {
  const c = vscode.workspace.getConfiguration('vitals.export');
  const port = c.get<number>('port') ?? 9465;
  return c.get<boolean>('enabled') === true && Number.isInteger(port) && port > 0 && port < 65536 ? port : null;
}

export async function deactivate(): Promise<void> {
  const current = active;
  active = undefined;
  if (!current) return;
  await current.saveHistory();
  await current.sampler.dispose();
  for (const d of current.disposables) d.dispose();
}

// activate/deactivate: wiring only.
import * as vscode from 'vscode';
import { EditorProcesses } from './monitor/editorProcesses';
import { History } from './monitor/history';
import { Sampler } from './monitor/sampler';
import type { ProbeRoots, Snapshot } from './protocol';
import { seriesValues } from './monitor/series';
import { readConfig } from './ui/config';
import { Dashboard, registerDashboard } from './ui/dashboard';
import { inspectProcess, PROCINFO_SCHEME, ProcinfoProvider } from './ui/inspector';
import { StatusBar, StatusItemState } from './ui/statusBar';

/** What activate() returns: used by the integration tests and other extensions. */
export interface VitalsApi {
  sampler: Sampler;
  /** Time activate() took on the extension host's thread, ms. */
  activationMs: number;
  history(): History;
  dashboard: Dashboard;
  statusBar(): StatusItemState[];
  nextSnapshot(): Promise<Snapshot>;
  /** Test hook: read /proc and /sys from other roots (fixture trees). */
  configureProbe(roots: ProbeRoots): void;
}

let active: { sampler: Sampler; disposables: vscode.Disposable[] } | undefined;

export function activate(context: vscode.ExtensionContext): VitalsApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Vitals', { log: true });
  let config = readConfig();
  const editor = new EditorProcesses();
  let history = History.forDuration(config.historyMinutes, config.refreshInterval);
  const sampler = new Sampler({
    workerPath: context.asAbsolutePath('dist/worker.js'),
    config: { intervalMs: config.refreshInterval, roots: editor.roots() },
    log: (m) => log.error(m),
  });
  const statusBar = new StatusBar(config, 'vitals.openDashboard');
  const dashboard = new Dashboard({
    extensionUri: context.extensionUri, sampler, history: () => history, config: () => config, log: (m) => log.warn(m),
  });

  const disposables: vscode.Disposable[] = [
    log, editor, statusBar, dashboard,
    sampler.onSnapshot((s) => {
      statusBar.update(s);
      const values = seriesValues(s);
      history.push(s.time / 1000, values);
      dashboard.onSnapshot(s, values);
    }),
    registerDashboard(dashboard),
    dashboard.onDidChangeVisibility(() => applyFocus(vscode.window.state.focused)),
    editor.onDidChange((roots) => sampler.configure({ roots })),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('vitals')) return;
      const next = readConfig();
      if (next.refreshInterval !== config.refreshInterval || next.historyMinutes !== config.historyMinutes) {
        history = History.forDuration(next.historyMinutes, next.refreshInterval);
        sampler.configure({ intervalMs: next.refreshInterval });
      }
      config = next;
      statusBar.updateConfig(config);
      dashboard.refresh();
      applyFocus(vscode.window.state.focused);
    }),
    vscode.window.onDidChangeWindowState((s) => applyFocus(s.focused)),
    vscode.workspace.registerTextDocumentContentProvider(PROCINFO_SCHEME, new ProcinfoProvider(sampler)),
    vscode.commands.registerCommand('vitals.inspectProcess', (pid?: number) => inspectProcess(sampler, typeof pid === 'number' ? pid : undefined)),
    vscode.commands.registerCommand('vitals.showLog', () => log.show()),
  ];

  function applyFocus(focused: boolean): void {
    if (!config.pauseWhenHidden || focused || dashboard.visible) sampler.resume();
    else sampler.pause();
  }

  sampler.start();
  applyFocus(vscode.window.state.focused);
  context.subscriptions.push(...disposables, { dispose: () => void sampler.dispose() });
  active = { sampler, disposables };
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
    configureProbe: (roots) => sampler.configure({ probe: roots }),
  };
}

export async function deactivate(): Promise<void> {
  const current = active;
  active = undefined;
  if (!current) return;
  await current.sampler.dispose();
  for (const d of current.disposables) d.dispose();
}

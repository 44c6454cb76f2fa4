// "Vitals: Profile Extension Host…": asks for the window, shows a cancellable progress notification,
// profiles the host in process (ui/profiler), attributes the samples (monitor/profileBreakdown) and
// shows the result in the dashboard and as a text document. Also the result's actions: the
// extension's page, disable it (asked first), save the raw .cpuprofile.
import { promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { distill, profiledExtensions } from '../monitor/profileBreakdown';
import type { Sampler } from '../monitor/sampler';
import type { FromWebview, ProfileView, Snapshot } from '../protocol';
import { confirm, notify } from './actions';
import type { Dashboard } from './dashboard';
import { DEFAULT_INTERVAL_US, DEFAULT_WINDOW_MS, HostProfiler, ProfileError, ProfileResult, WINDOW_MAX_MS, WINDOW_MIN_MS } from './profiler';
import { AutoSettings, AutoTrigger } from './profileAuto';
import { autoProfileNotice, childCpuByExtension, profileText, rowTitle, toView, withChildCpu } from './profileView';

export const PROFILE_SCHEME = 'vitals-profile';
export const PROFILE_COMMAND = 'vitals.profileExtensionHost';
const DISABLE_COMMAND = 'workbench.extensions.action.disableExtension';
const TEXT_URI = vscode.Uri.from({ scheme: PROFILE_SCHEME, path: '/Extension host profile.txt' });

export interface ProfileOptions {
  /** 5-60; asked with a QuickPick when absent and `ask` is set. */
  windowSeconds?: number;
  intervalMs?: number;
  trigger?: string;
  /** Show the result in the dashboard (default true). */
  show?: boolean;
  ask?: boolean;
}

export function profileSettings(): { windowMs: number; intervalUs: number } {
  const c = vscode.workspace.getConfiguration('vitals.profile');
  const w = Number(c.get('windowSeconds', DEFAULT_WINDOW_MS / 1000));
  const i = Number(c.get('samplingIntervalMs', DEFAULT_INTERVAL_US / 1000));
  return { windowMs: clampWindow(w * 1000), intervalUs: Math.round(Math.min(100, Math.max(0.1, Number.isFinite(i) ? i : 10)) * 1000) };
}

export function autoSettings(): AutoSettings {
  const c = vscode.workspace.getConfiguration('vitals.profile.auto');
  return { enabled: c.get<boolean>('enabled', false) === true, thresholdPercent: Number(c.get('thresholdPercent', 80)) || 80, seconds: Math.max(5, Number(c.get('seconds', 30)) || 30) };
}

const clampWindow = (ms: number): number => (Number.isFinite(ms) ? Math.min(WINDOW_MAX_MS, Math.max(WINDOW_MIN_MS, ms)) : DEFAULT_WINDOW_MS);

export class ProfileController implements vscode.Disposable, vscode.TextDocumentContentProvider {
  readonly profiler = new HostProfiler();
  private last: { result: ProfileResult; view: ProfileView } | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly dashboard: Dashboard, private readonly sampler: Sampler, private readonly log: (m: string) => void) {
    this.disposables = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(PROFILE_SCHEME, this),
      vscode.commands.registerCommand(PROFILE_COMMAND, (opts?: ProfileOptions) => this.run(typeof opts === 'object' && opts ? opts : { ask: true })),
    ];
    dashboard.setProfileHandler(async (m) => {
      try {
        await this.onDashboard(m);
      } catch (e) {
        notify(`Vitals could not ${m.type === 'profileRun' ? 'profile the extension host' : `do "${m.action}"`}: ${(e as Error).message?.split('\n')[0]}`);
      }
    });
    this.auto = new AutoTrigger(autoSettings());
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('vitals.profile')) this.auto.configure(autoSettings()); }),
      sampler.onSnapshot((s) => this.onSnapshot(s)),
    );
  }

  private readonly auto: AutoTrigger;

  /** The opt-in automatic profile: the host above the threshold for T seconds, at most once per 10 minutes. */
  private onSnapshot(s: Snapshot): void {
    const host = s.processes.find((p) => p.pid === process.pid);
    if (!this.auto.observe(s.time / 1000, host?.cpuPercent, this.profiler.running)) return;
    const a = autoSettings();
    void this.run({ trigger: `automatic: the extension host above ${a.thresholdPercent} % CPU for ${a.seconds} s`, show: false }).then((v) => {
      if (!v) return;
      void vscode.window.showInformationMessage(autoProfileNotice(v), 'Show').then((b) => {
        if (b === 'Show' && this.last) this.dashboard.showProfile(this.last.view, true);
      });
    });
  }

  get lastView(): ProfileView | undefined {
    return this.last?.view;
  }

  get lastResult(): ProfileResult | undefined {
    return this.last?.result;
  }

  provideTextDocumentContent(): string {
    return this.last ? profileText(this.last.view) : 'No profile yet: run "Vitals: Profile Extension Host…".\n';
  }

  /** Runs one profile; resolves with its view, or undefined when it was cancelled, refused or failed (the user was told). */
  async run(opts: ProfileOptions = {}): Promise<ProfileView | undefined> {
    const settings = profileSettings();
    let windowMs = opts.windowSeconds !== undefined ? clampWindow(opts.windowSeconds * 1000) : settings.windowMs;
    const intervalUs = opts.intervalMs !== undefined ? Math.round(Math.min(100, Math.max(0.1, opts.intervalMs)) * 1000) : settings.intervalUs;
    if (this.profiler.running) {
      notify(`A profile of the extension host is already running (${this.profiler.secondsLeft()} s left). Wait for it, or cancel it.`);
      return undefined;
    }
    if (opts.ask && opts.windowSeconds === undefined) {
      const picked = await pickWindow(windowMs);
      if (picked === undefined) return undefined;
      windowMs = picked;
    }
    const trigger = opts.trigger ?? 'command';
    // the sampler's readings in the window: what the extensions' child processes cost meanwhile
    const snapshots: Snapshot[] = [];
    const snapSub = this.sampler.onSnapshot((s) => { if (this.profiler.running) snapshots.push(s); });
    let result: ProfileResult | undefined;
    try {
      result = await this.withProgress(windowMs, intervalUs);
    } finally {
      snapSub.dispose();
    }
    if (!result) { this.postState(); return undefined; }
    const extensions = await this.extensions();
    const last = this.sampler.last;
    const kids = childCpuByExtension(snapshots.length ? snapshots : last ? [last] : [], process.pid);
    const view = withChildCpu(toView(distill(result.profile, extensions, { firstSampleIsStartup: true }), { time: Date.now(), intervalUs: result.intervalUs, trigger, debuggerUrl: result.debuggerUrl }),
      kids, new Map(extensions.map((e) => [e.id, e.displayName])));
    this.last = { result, view };
    this.changed.fire(TEXT_URI);
    this.log(`profiled the extension host for ${(windowMs / 1000).toFixed(0)} s (${trigger}): ${view.rows.slice(0, 3).map((r) => `${rowTitle(r)} ${r.percent.toFixed(1)} %`).join(', ')}`);
    this.dashboard.showProfile(view, opts.show !== false);
    this.postState();
    return view;
  }

  private withProgress(windowMs: number, intervalUs: number): Thenable<ProfileResult | undefined> {
    return vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification, title: 'Vitals: profiling the extension host', cancellable: true,
    }, async (progress, token) => {
      const ac = new AbortController();
      const sub = token.onCancellationRequested(() => ac.abort());
      const seconds = windowMs / 1000;
      progress.report({ message: `${seconds} s…` });
      const tick = setInterval(() => {
        const left = this.profiler.secondsLeft();
        if (left !== undefined) progress.report({ message: `${left} s left`, increment: 100 / seconds });
        this.postState();
      }, 1000);
      try {
        const p = this.profiler.profile({ windowMs, intervalUs, signal: ac.signal });
        this.postState();
        return await p;
      } catch (e) {
        if (e instanceof ProfileError) {
          if (e.kind !== 'cancelled') notify(e.message);
          this.postState(e.kind === 'cancelled' ? 'Cancelled.' : e.message);
          return undefined;
        }
        throw e;
      } finally {
        clearInterval(tick);
        sub.dispose();
      }
    });
  }

  /** The extensions with their folders' real paths (Node names a symlinked extension's scripts by their target). */
  private async extensions(): Promise<ReturnType<typeof profiledExtensions>> {
    const list = vscode.extensions.all.map((e) => ({
      id: e.id, displayName: typeof e.packageJSON?.displayName === 'string' && !/^%.*%$/.test(e.packageJSON.displayName) ? e.packageJSON.displayName : undefined,
      extensionPath: e.extensionPath,
    }));
    const real = new Map<string, string>();
    await Promise.all(list.map(async (e) => { try { real.set(e.extensionPath, await fsp.realpath(e.extensionPath)); } catch { /* kept as named */ } }));
    return profiledExtensions(list, (p) => real.get(p) ?? p);
  }

  private postState(message?: string): void {
    this.dashboard.profileState({ running: this.profiler.running, secondsLeft: this.profiler.secondsLeft(), message });
  }

  private async onDashboard(m: FromWebview & { type: 'profileRun' | 'profileAction' }): Promise<void> {
    if (m.type === 'profileRun') { await this.run({ trigger: 'dashboard' }); return; }
    switch (m.action) {
      case 'open': case 'disable': {
        // only an extension this profile named, and one VS Code knows
        const row = this.last?.view.rows.find((r) => r.kind === 'extension' && r.id === m.id);
        const ext = row && vscode.extensions.getExtension(row.id);
        if (!row || !ext) { notify(`No extension ${m.id ?? ''} in the last profile.`); return; }
        if (m.action === 'open') await this.openPage(ext.id);
        else await this.disable(ext.id, rowTitle(row));
        return;
      }
      case 'save': await this.save(); return;
      case 'text': await this.openText(); return;
    }
  }

  /**
   * VS Code's disable command where this VS Code has one (asked first); VS Code 1.9x-1.10x register
   * none that takes an id, so there the extension's page opens on its own Disable button.
   */
  async disable(id: string, title: string): Promise<void> {
    if ((await vscode.commands.getCommands(true)).includes(DISABLE_COMMAND)) {
      if (!await confirm(`Disable ${title}?`, 'VS Code disables it; the extension host may need a restart.', 'Disable')) return;
      await vscode.commands.executeCommand(DISABLE_COMMAND, id);
      return;
    }
    const where = await this.openPage(id);
    notify(`This VS Code has no command to disable an extension by id: ${title} is shown ${where}; use its Disable button.`);
  }

  /** The extension's page; where VS Code cannot open it (offline, no gallery entry), the Extensions view searching for its id. */
  async openPage(id: string): Promise<'on its page' | 'in the Extensions view'> {
    try {
      await vscode.commands.executeCommand('extension.open', id);
      return 'on its page';
    } catch (e) {
      this.log(`extension.open ${id} failed (${(e as Error).message?.split('\n')[0]}): showing it in the Extensions view`);
      await vscode.commands.executeCommand('workbench.extensions.search', `@id:${id}`);
      return 'in the Extensions view';
    }
  }

  async openText(): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(TEXT_URI);
    await vscode.window.showTextDocument(doc, { preview: true });
  }

  async save(): Promise<void> {
    if (!this.last) { notify('No profile to save yet.'); return; }
    const stamp = new Date(this.last.view.time).toISOString().replace(/[:.]/g, '-').slice(0, 19);
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(path.join(os.homedir(), `extension-host-${stamp}.cpuprofile`)),
      filters: { 'CPU profile': ['cpuprofile'] }, title: 'Save the extension host profile',
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, Buffer.from(JSON.stringify(this.last.result.profile)));
  }

  dispose(): void {
    this.profiler.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

async function pickWindow(defaultMs: number): Promise<number | undefined> {
  const choices = [...new Set([defaultMs / 1000, 5, 10, 20, 30, 60])];
  const picked = await vscode.window.showQuickPick(choices.map((s, i) => ({
    label: `${s} seconds`, description: i === 0 ? 'vitals.profile.windowSeconds' : undefined, seconds: s,
  })), { title: 'Vitals: Profile Extension Host', placeHolder: 'How long to profile? Keep doing what makes it slow meanwhile.' });
  return picked ? picked.seconds * 1000 : undefined;
}

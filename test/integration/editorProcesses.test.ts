// Issue #11 in the real VS Code host: the editor's processes found and labelled as users know them,
// with the pids the OS gives; debuggees of two debug types; kill, orphans, recycled identities.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { VitalsApi } from '../../src/extension';
import * as probe from '../../src/probe';
import type { ProcessSample } from '../../src/protocol';
import { editorItems } from '../../src/ui/inspector';
import { until as untilUnit } from '../unit/helpers';

const until = <T>(fn: () => T | undefined | false, what: string, ms = 30000): Promise<T> => untilUnit(fn, what, ms);

interface FixtureApi { debuggeePids: number[]; startServer(): number }

function alive(pid: number): boolean {
  try {
    const p = new probe.Process(pid);
    return p.status() !== 'zombie';
  } catch {
    return false;
  }
}

describe('Editor processes by role (issue #11)', function () {
  this.timeout(120000);
  let api: VitalsApi;
  let fixture: FixtureApi;
  let workspace: string;
  /** The VS Code server in a browser (this project's hosts), not a desktop build. */
  const web = vscode.env.uiKind === vscode.UIKind.Web;
  const cleanups: (() => unknown)[] = [];

  /** The process with this pid in a fresh snapshot, once it satisfies `ok`. */
  async function found(pid: number, ok: (p: ProcessSample) => boolean = () => true, what = `pid ${pid} in the editor's processes`): Promise<ProcessSample> {
    let last: ProcessSample | undefined;
    for (const end = Date.now() + 30000; Date.now() < end;) {
      const s = await api.nextSnapshot();
      last = s.processes.find((p) => p.pid === pid);
      if (last && ok(last)) return last;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
  }

  before(async () => {
    api = await vscode.extensions.getExtension<VitalsApi>('vitals.vitals')!.activate();
    fixture = await vscode.extensions.getExtension<FixtureApi>('vitals-test.vitals-fixture')!.activate();
    workspace = vscode.workspace.workspaceFolders![0].uri.fsPath;
  });

  afterEach(async () => {
    api.test.answerConfirmations(undefined);
    while (cleanups.length) {
      try { await cleanups.pop()!(); } catch { /* best effort */ }
    }
  });

  it('labels the extension host "extension host", never the thread name', async () => {
    const me = await found(process.pid);
    assert.equal(me.label, 'extension host');
    assert.equal(me.kind, 'editor');
    const s = api.sampler.last!;
    assert.ok(!s.processes.some((p) => p.label === 'MainThread'), 'no process is labelled by its thread name');
    // the VS Code server above it is named by its role too (Electron's main process on a desktop)
    const parent = web ? 'VS Code server' : 'main process';
    assert.equal(s.processes.find((p) => p.pid === me.ppid)?.label, parent);
    // the Processes view nests it under the server, in the VS Code group
    const rows = api.test.processView();
    const server = rows.findIndex((r) => r.startsWith(`  ${parent} — `));
    assert.ok(server > 0 && rows[server - 1].startsWith('VS Code — '), rows.join('\n'));
    assert.ok(rows.slice(server + 1).some((r) => r.startsWith(`    extension host — pid ${process.pid} · `)), rows.join('\n'));
  });

  it('labels a language-server-like child by the extension whose folder holds its script', async () => {
    const pid = fixture.startServer();
    cleanups.push(() => process.kill(pid, 'SIGKILL'));
    const p = await found(pid);
    assert.equal(p.label, 'Vitals Fixture (vitals-test.vitals-fixture)');
    assert.equal(p.kind, 'extension');
    assert.equal(p.ppid, process.pid);
    // the inspector's QuickPick: groups as separators; label, then pid, CPU and memory; name and command line matched too
    const items = editorItems(api.sampler.last!.processes);
    const separators = items.filter((i) => i.kind === vscode.QuickPickItemKind.Separator).map((i) => i.label);
    assert.deepEqual(separators.slice(0, 2), ['VS Code', 'Extensions']);
    const item = items.find((i) => i.ref?.pid === pid)!;
    assert.equal(item.label, 'Vitals Fixture (vitals-test.vitals-fixture)');
    assert.match(item.description!, new RegExp(`^pid ${pid} · \\d+\\.\\d % · [\\d.]+ (KiB|MiB|GiB)$`));
    assert.match(item.detail!, /server\.js/);
    assert.ok(items.indexOf(item) > items.findIndex((i) => i.label === 'Extensions'), 'listed under Extensions');
  });

  it('finds a terminal running a long sleep, the sleep as the shell\'s child', async () => {
    const t = vscode.window.createTerminal({ name: 'vitals sleep', shellPath: '/bin/bash', shellArgs: ['--norc'] });
    cleanups.push(() => t.dispose());
    const shellPid = await t.processId;
    assert.ok(shellPid);
    t.sendText('sleep 612');
    const shell = await found(shellPid, (p) => p.kind === 'terminal');
    assert.equal(shell.label, 'vitals sleep');
    // the server names its pty host with --type=ptyHost (a desktop runs it as an unnamed utility process)
    if (web) assert.equal(api.sampler.last!.processes.find((p) => p.pid === shell.ppid)?.label, 'pty host', 'VS Code\'s pty host, named by its --type=');
    const sleep = await until(() => api.sampler.last?.processes.find((p) => p.ppid === shellPid && p.label === 'sleep'), 'the sleep under the terminal');
    assert.equal(sleep.kind, 'terminal');
    assert.equal(sleep.origin, shell.origin);
    assert.deepEqual(new probe.Process(sleep.pid).cmdline(), ['sleep', '612'], 'the pid is the OS\'s');
  });

  it('finds a shell task by its name and pid', async () => {
    const task = new vscode.Task({ type: 'shell' }, vscode.TaskScope.Workspace, 'vitals-long-task', 'vitals', new vscode.ShellExecution('sleep 613; echo done'));
    const started = new Promise<number>((resolve) => {
      const sub = vscode.tasks.onDidStartTaskProcess((e) => { if (e.execution.task.name === 'vitals-long-task' && e.processId) { sub.dispose(); resolve(e.processId); } });
    });
    const execution = await vscode.tasks.executeTask(task);
    cleanups.push(() => execution.terminate());
    const pid = await started;
    const p = await found(pid, (x) => x.kind === 'task');
    assert.equal(p.label, 'vitals-long-task');
    const sleep = await until(() => api.sampler.last?.processes.find((x) => x.kind === 'task' && x.origin === p.origin && x.label === 'sleep'), 'the task\'s sleep');
    assert.deepEqual(new probe.Process(sleep.pid).cmdline(), ['sleep', '613']);
  });

  it('finds the debuggee of a debug type that sends no process event, through the fallback', async () => {
    const before = fixture.debuggeePids.length;
    assert.ok(await vscode.debug.startDebugging(undefined, { type: 'vitals-fixture', request: 'launch', name: 'fixture run' }));
    const session = vscode.debug.activeDebugSession!;
    cleanups.push(() => vscode.debug.stopDebugging(session));
    const pid = await until(() => fixture.debuggeePids[before], 'the fixture adapter to spawn its program');
    const p = await found(pid, (x) => x.kind === 'debug');
    assert.equal(p.label, 'fixture run');
    assert.equal(p.origin, `debug:${session.id}`);
    await until(() => api.debuggeeStatus().visible, 'vitals.debuggee shown');
    const status = api.debuggeeStatus();
    assert.match(status.text, /^\$\(debug\) \d+% [\d.]+ (KiB|MiB|GiB)$/);
    assert.match(status.tooltip, /fixture run/);
    assert.match(status.tooltip, /peak/);
    assert.match(status.accessibilityLabel, /^Debuggee CPU \d+ percent, memory [\d.]+ (kibi|mebi|gibi)bytes, peak memory [\d.]+ (kibi|mebi|gibi)bytes$/);
    const h = await until(() => api.debuggeeHistory().find((x) => x.sessionId === session.id && x.time.length >= 2), 'two history samples');
    assert.ok(h.rss.every((v) => v > 0));
    assert.ok(api.test.processView().some((row) => row.startsWith('Debug sessions — 1')), 'the Processes view has the group');
    assert.ok(api.test.processView().some((row) => row.startsWith(`  fixture run — pid ${pid} · `)), api.test.processView().join('\n'));
    // the Call Stack view's context menu passes { sessionId }
    await vscode.commands.executeCommand('vitals.inspectDebugProcess', { sessionId: session.id });
    const doc = await until(() => vscode.window.activeTextEditor?.document.uri.scheme === 'vitals-procinfo' && vscode.window.activeTextEditor.document, 'the debuggee\'s procinfo');
    assert.equal(new URLSearchParams(doc.uri.query).get('pid'), String(pid));
    await vscode.debug.stopDebugging(session);
    await until(() => !alive(pid), 'the adapter ended its program');
    await until(() => !api.debuggeeStatus().visible, 'vitals.debuggee hidden after the session');
  });

  it('finds a debuggee run in the integrated terminal (runInTerminal answers the shell pid only) below that shell', async () => {
    const pidFile = path.join(workspace, 'interm.pid');
    fs.rmSync(pidFile, { force: true });
    const program = [process.execPath, '-e', `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); setInterval(() => {}, 1000)`];
    assert.ok(await vscode.debug.startDebugging(undefined, { type: 'vitals-fixture', request: 'launch', name: 'fixture in terminal', program, cwd: workspace }));
    const session = vscode.debug.activeDebugSession!;
    cleanups.push(() => vscode.debug.stopDebugging(session));
    const pid = Number(await until(() => fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8'), 'the program to write its pid'));
    cleanups.push(() => process.kill(pid, 'SIGKILL'));
    const p = await found(pid, (x) => x.kind === 'debug', 'the terminal\'s program as the debuggee');
    assert.equal(p.label, 'fixture in terminal');
    assert.equal(api.sampler.last!.processes.find((x) => x.pid === p.ppid)?.kind, 'terminal', 'below the terminal\'s shell');
  });

  it('finds a Node debuggee (js-debug) with the pid process.pid prints, and vitals.killDebugProcess ends it and its session', async () => {
    const program = path.join(workspace, 'loop.js');
    const pidFile = path.join(workspace, 'loop.pid');
    fs.rmSync(pidFile, { force: true });
    fs.writeFileSync(program, `require('fs').writeFileSync(${JSON.stringify(pidFile)}, String(process.pid));\nsetInterval(() => { for (let i = 0; i < 1e5; i++); }, 50);\n`);
    const ended = new Set<string>();
    const sub = vscode.debug.onDidTerminateDebugSession((s) => ended.add(s.id));
    cleanups.push(() => sub.dispose());
    const sessions: vscode.DebugSession[] = [];
    const sub2 = vscode.debug.onDidStartDebugSession((s) => sessions.push(s));
    cleanups.push(() => sub2.dispose());
    assert.ok(await vscode.debug.startDebugging(undefined, { type: 'node', request: 'launch', name: 'vitals loop', program, console: 'internalConsole' }));
    cleanups.push(() => { for (const s of sessions) void vscode.debug.stopDebugging(s); });
    const pid = Number(await until(() => fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8'), 'the debuggee to write its pid'));
    const p = await found(pid, (x) => x.kind === 'debug', `the debuggee pid ${pid} as a debug process`);
    const owner = sessions.find((s) => p.origin === `debug:${s.id}`);
    assert.ok(owner, `the debuggee belongs to one of the sessions ${sessions.map((s) => s.name).join(', ')}`);
    const top = owner.parentSession ?? owner;
    assert.equal(top.name, 'vitals loop');

    api.test.answerConfirmations(true);
    const asked = api.test.confirmations.length;
    assert.equal(await vscode.commands.executeCommand('vitals.killDebugProcess'), true);
    assert.match(api.test.confirmations[asked], new RegExp(`pid ${pid}\\b`), 'the confirmation names the pid');
    await until(() => !alive(pid), 'the debuggee is gone');
    await until(() => sessions.every((s) => ended.has(s.id)), 'every session of the launch ended');
    assert.match(api.test.notices.at(-1) ?? '', new RegExp(`Vitals killed .*pid ${pid}.*the debug session ended`));
  });

  it('keeps a task\'s child that outlived the task as an orphan, and cleans it up in one step', async () => {
    const pidFile = path.join(workspace, 'orphan.pid');
    const go = path.join(workspace, 'orphan.go');
    for (const f of [pidFile, go]) fs.rmSync(f, { force: true });
    const script = `nohup sleep 614 >/dev/null 2>&1 & echo $! > ${pidFile}; while [ ! -e ${go} ]; do sleep 0.1; done`;
    const task = new vscode.Task({ type: 'shell' }, vscode.TaskScope.Workspace, 'watch', 'vitals', new vscode.ShellExecution(script));
    const ended = new Promise<void>((resolve) => {
      const sub = vscode.tasks.onDidEndTaskProcess((e) => { if (e.execution.task.name === 'watch') { sub.dispose(); resolve(); } });
    });
    await vscode.tasks.executeTask(task);
    const pid = Number(await until(() => fs.existsSync(pidFile) && fs.readFileSync(pidFile, 'utf8').trim(), 'the orphan-to-be pid'));
    cleanups.push(() => { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } });
    await found(pid, (p) => p.kind === 'task', 'the sleep seen under its task');
    fs.writeFileSync(go, '');
    await ended;
    const orphan = await found(pid, (p) => p.kind === 'orphan', 'the sleep marked as an orphan');
    assert.equal(orphan.note, "orphaned (was: task 'watch')");
    assert.notEqual(orphan.ppid, process.pid);
    api.test.answerConfirmations(true);
    const killed = await vscode.commands.executeCommand<number[]>('vitals.cleanUpOrphans');
    assert.ok(killed?.includes(pid));
    await until(() => !alive(pid), 'the orphan is gone');
    await until(() => !api.sampler.last?.processes.some((p) => p.pid === pid), 'the orphan left the tree');
  });

  it('refuses to signal a faked recycled identity, from the worker and from the Processes view', async () => {
    const pid = fixture.startServer();
    cleanups.push(() => process.kill(pid, 'SIGKILL'));
    const p = await found(pid);
    await assert.rejects(api.sampler.call('kill', pid, p.createTime + 3), (e: Error) => e.name === 'NoSuchProcess' && /now belongs to another process/.test(e.message));
    api.test.answerConfirmations(true);
    await vscode.commands.executeCommand('vitals.processes.kill', { node: { sample: { ...p, createTime: p.createTime - 7 }, children: [] } });
    assert.match(api.test.notices.at(-1) ?? '', /^error: pid \d+ now belongs to another process/);
    assert.ok(alive(pid), 'the process was not hit');
    assert.equal(api.test.confirmations.at(-1), `Kill "Vitals Fixture (vitals-test.vitals-fixture)" (pid ${pid})?`, 'the modal names the process and its pid');
    // the same command with the true identity kills it
    await vscode.commands.executeCommand('vitals.processes.kill', { node: { sample: p, children: [] } });
    await until(() => !alive(pid), 'killed with its true identity');
    assert.match(api.test.notices.at(-1) ?? '', new RegExp(`^Vitals killed "Vitals Fixture \\(vitals-test\\.vitals-fixture\\)" \\(pid ${pid}\\)\\.$`));
  });
});

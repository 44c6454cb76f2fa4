import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VitalsApi } from '../../src/extension';
import { until as untilUnit } from '../unit/helpers';

const until = <T>(fn: () => T | undefined | false, what: string, ms = 20000): Promise<T> => untilUnit(fn, what, ms);

describe('The dashboard panel in a real VS Code', () => {
  let api: VitalsApi;

  before(async () => {
    api = await vscode.extensions.getExtension<VitalsApi>('vitals.vitals')!.activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('every status bar item opens the dashboard; the inspector keeps its own command', async () => {
    await api.nextSnapshot();
    for (const item of api.statusBar().filter((i) => i.visible)) assert.equal(item.command, 'vitals.openDashboard', item.id);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('vitals.openDashboard') && commands.includes('vitals.inspectProcess'));
  });

  it('opens with vitals.openDashboard, turns the table on and posts small ticks while visible', async () => {
    assert.equal(api.sampler.tableOn, false, 'the status bar alone does not collect the table');
    await vscode.commands.executeCommand('vitals.openDashboard');
    await until(() => api.dashboard.visible, 'the panel to show');
    await until(() => api.sampler.tableOn, 'the table to be requested');
    const posted = api.dashboard.stats.ticksPosted;
    await until(() => api.dashboard.stats.ticksPosted >= posted + 2, 'two ticks posted to the webview (the webview said ready)');
    const s = await api.nextSnapshot();
    // the worker keeps the table and posts deltas: ask it for this process's row
    assert.equal(s.table, undefined, 'the whole table never comes to the host');
    const me = await api.sampler.call('tableRow', process.pid, await api.sampler.call('identify', process.pid) as number) as { root: number } | null;
    assert.ok(me?.root === process.pid,
      `the table has the extension host, marked as the editor's: ${JSON.stringify({ me, mine: s.processes.find((p) => p.pid === process.pid) })}`);
    assert.ok(api.dashboard.stats.lastTickBytes > 0 && api.dashboard.stats.lastTickBytes < 200_000);
    assert.ok(api.history().get('memUsed') && api.history().get('cpu0'), 'the history has the dashboard series');
  });

  it('sends nothing while hidden and stops the table; showing again resumes', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: 'covers the panel' });
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Active, preview: false });
    await until(() => !api.dashboard.visible, 'the panel to be hidden');
    await until(() => !api.sampler.tableOn, 'the table to be released');
    const posted = api.dashboard.stats.ticksPosted;
    await api.nextSnapshot();
    await api.nextSnapshot();
    assert.equal(api.dashboard.stats.ticksPosted, posted, 'no tick posted while hidden');
    await vscode.commands.executeCommand('vitals.openDashboard');
    await until(() => api.dashboard.visible && api.sampler.tableOn, 'visible again with the table');
    await until(() => api.dashboard.stats.ticksPosted > posted, 'ticks again');
  });

  it('refuses unknown commands and bad pids from the webview, logging each once', async () => {
    const before = { ...api.dashboard.stats };
    await api.dashboard.onMessage({ type: 'runShell', cmd: 'rm -rf /' });
    await api.dashboard.onMessage({ type: 'runShell', cmd: 'rm -rf /' });
    await api.dashboard.onMessage({ type: 'action', action: 'kill', pid: -1, createTime: 1 });
    await api.dashboard.onMessage({ type: 'details', pid: 'self' });
    assert.equal(api.dashboard.stats.refused, before.refused + 4);
    assert.equal(api.dashboard.stats.refusalsLogged, before.refusalsLogged + 3, 'the repeated refusal is logged once');
  });
});

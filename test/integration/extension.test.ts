import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import type { VitalsApi } from '../../src/extension';
import * as probe from '../../src/probe';
import type { StatusItemState } from '../../src/ui/statusBar';
import { until as untilUnit } from '../unit/helpers';

const EXTENSION_ID = 'vitals.vitals';

const until = <T>(fn: () => T | undefined | false, what: string, ms = 20000): Promise<T> => untilUnit(fn, what, ms);

function item(api: VitalsApi, id: string): StatusItemState {
  const s = api.statusBar().find((i) => i.id === id);
  assert.ok(s, `status bar item ${id} exists`);
  return s;
}

describe('Vitals in a real VS Code extension host', () => {
  let api: VitalsApi;
  let ext: vscode.Extension<VitalsApi>;
  const fixtures = (name: string): string => path.join(ext.extensionPath, 'test', 'fixtures', 'linux', name, 'sys');

  before(async () => {
    ext = vscode.extensions.getExtension<VitalsApi>(EXTENSION_ID)!;
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    api = await ext.activate();
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration('vitals').update('statusBar.items', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('vitals').update('temperatureUnit', undefined, vscode.ConfigurationTarget.Global);
    api.configureProbe({ sysfs: '/sys' });
  });

  it('activates and samples in a worker thread', async () => {
    assert.equal(ext.isActive, true);
    assert.equal(api.sampler.running, true);
    assert.ok(api.sampler.threadId! > 0);
    const s = await api.nextSnapshot();
    assert.ok(s.processes.some((p) => p.pid === process.pid), 'the extension host itself is followed');
  });

  it('shows cpu and memory readings consistent with the probe', async () => {
    const s = await api.nextSnapshot();
    const cpu = item(api, 'vitals.cpu');
    assert.equal(cpu.visible, true);
    assert.match(cpu.text, /^\$\(pulse\) \d+%$/);
    assert.equal(cpu.text, `$(pulse) ${Math.round(s.cpu.percent)}%`);
    assert.equal(s.cpu.count, probe.cpuCount());
    const mem = item(api, 'vitals.memory');
    const total = probe.virtualMemory().total;
    assert.equal(s.memory.total, total);
    assert.match(mem.text, new RegExp(`^\\$\\(server\\) \\d+\\.\\d/${(total / 1024 ** 3).toFixed(1)} GiB$`));
    assert.match(mem.tooltip, / GiB \|/, 'tooltip and text use the same binary units');
    assert.equal(cpu.accessibilityLabel, `CPU ${Math.round(s.cpu.percent)} percent of ${s.cpu.count} cores`);
    assert.match(mem.accessibilityLabel, new RegExp(`^Memory \\d+\\.\\d of ${(total / 1024 ** 3).toFixed(1)} gibibytes used, \\d+ percent$`));
    assert.match(mem.tooltip, /available/);
    assert.ok(Math.abs(s.memory.used - probe.virtualMemory().used) < total * 0.05, 'used memory agrees within 5 %');
  });

  it('hides temperature and battery where this machine has none', async () => {
    await api.nextSnapshot();
    assert.equal(Object.keys(probe.sensorsTemperatures()).length, 0, 'this VM has no sensors');
    assert.equal(item(api, 'vitals.temperature').visible, false);
    assert.equal(item(api, 'vitals.battery').visible, false);
  });

  it('shows a battery and temperatures from fixture trees, and hides the battery when it goes away', async () => {
    api.configureProbe({ sysfs: fixtures('battery-energy') });
    await until(() => item(api, 'vitals.battery').visible, 'battery item');
    assert.match(item(api, 'vitals.battery').text, /50%$/);
    assert.match(item(api, 'vitals.battery').tooltip, /2h00m left/);
    assert.equal(item(api, 'vitals.battery').accessibilityLabel, 'Battery 50 percent, 2 hours 0 minutes left');
    api.configureProbe({ sysfs: fixtures('no-battery') });
    await until(() => !item(api, 'vitals.battery').visible, 'battery item hidden');
    api.configureProbe({ sysfs: fixtures('hwmon') });
    await until(() => item(api, 'vitals.temperature').visible, 'temperature item');
    assert.equal(item(api, 'vitals.temperature').text, '$(flame) 46 °C');
    assert.match(item(api, 'vitals.temperature').accessibilityLabel, /^Hottest sensor 46 degrees Celsius, \S/);
    assert.doesNotMatch(item(api, 'vitals.temperature').accessibilityLabel, /[|*#]/, 'no markdown in what a screen reader says');
    await vscode.workspace.getConfiguration('vitals').update('temperatureUnit', 'fahrenheit', vscode.ConfigurationTarget.Global);
    await until(() => item(api, 'vitals.temperature').text === '$(flame) 114 °F', 'fahrenheit reading');
  });

  it('hides an item removed from vitals.statusBar.items without a reload', async () => {
    await api.nextSnapshot();
    assert.equal(item(api, 'vitals.memory').visible, true);
    await vscode.workspace.getConfiguration('vitals').update('statusBar.items', ['cpu'], vscode.ConfigurationTarget.Global);
    await until(() => !item(api, 'vitals.memory').visible, 'memory item hidden');
    assert.equal(item(api, 'vitals.cpu').visible, true);
  });

  it('colors every item by the shared level rule: cpu, memory, temperature on both sides of warning and error, the battery the other way', async () => {
    const cfg = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('vitals');
    const W = 'statusBarItem.warningBackground';
    const E = 'statusBarItem.errorBackground';
    const expect = async (id: string, background: string | undefined, what: string): Promise<void> => {
      await until(() => item(api, id).background === background, `${id} ${what}: ${background ?? 'no color'}`);
    };
    try {
      // live percents lie in [0, 100]: thresholds around that range put them on each side
      for (const kind of ['cpu', 'memory'] as const) {
        await cfg().update(`thresholds.${kind}`, { warning: 101, error: 102 }, vscode.ConfigurationTarget.Global);
        await expect(`vitals.${kind}`, undefined, 'below warning');
        await cfg().update(`thresholds.${kind}`, { warning: 0, error: 101 }, vscode.ConfigurationTarget.Global);
        await expect(`vitals.${kind}`, W, 'at or above warning, below error');
        await cfg().update(`thresholds.${kind}`, { warning: 0, error: 0 }, vscode.ConfigurationTarget.Global);
        await expect(`vitals.${kind}`, E, 'at or above error');
      }
      // the hwmon fixture's hottest sensor reads exactly 45.5 °C (shown as 46): each boundary is met exactly
      api.configureProbe({ sysfs: fixtures('hwmon') });
      await until(() => item(api, 'vitals.temperature').text === '$(flame) 46 °C', 'the fixture temperature');
      for (const [t, background, what] of [
        [{ warning: 45.6, error: 50 }, undefined, 'just below warning'], [{ warning: 45.5, error: 50 }, W, 'exactly at warning'],
        [{ warning: 40, error: 45.6 }, W, 'just below error'], [{ warning: 40, error: 45.5 }, E, 'exactly at error'],
      ] as const) {
        await cfg().update('thresholds.temperature', t, vscode.ConfigurationTarget.Global);
        await expect('vitals.temperature', background, what);
      }
      // the battery: 20 % or less unplugged warns, 10 % or less is an error; charging never alarms
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-bat-'));
      const battery = (capacity: number, status: string): string => {
        const dir = path.join(root, `${capacity}-${status}`, 'class', 'power_supply', 'BAT0');
        fs.mkdirSync(dir, { recursive: true });
        for (const [f, v] of [['type', 'Battery'], ['status', status], ['capacity', String(capacity)]]) fs.writeFileSync(path.join(dir, f), `${v}\n`);
        return path.join(root, `${capacity}-${status}`);
      };
      for (const [capacity, status, background] of [
        [21, 'Discharging', undefined], [20, 'Discharging', W], [11, 'Discharging', W], [10, 'Discharging', E], [5, 'Charging', undefined],
      ] as const) {
        api.configureProbe({ sysfs: battery(capacity, status) });
        await until(() => item(api, 'vitals.battery').visible && item(api, 'vitals.battery').text.endsWith(` ${capacity}%`), `the battery at ${capacity} %`);
        await expect('vitals.battery', background, `at ${capacity} %, ${status}`);
      }
    } finally {
      for (const kind of ['cpu', 'memory', 'temperature']) await cfg().update(`thresholds.${kind}`, undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('pauses sampling while the window is unfocused when vitals.pauseWhenHidden is on: no tick arrives, and focus brings them back', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors'); // no Vitals view visible
    await vscode.workspace.getConfiguration('vitals').update('pauseWhenHidden', true, vscode.ConfigurationTarget.Global);
    let ticks = 0;
    const sub = api.sampler.onSnapshot(() => ticks++);
    try {
      api.test.windowState(false); // what VS Code's onDidChangeWindowState calls when the window loses focus
      assert.equal(api.sampler.isPaused, true);
      // the worker answers in order: once this reply is in, every tick it took before the pause has arrived
      await api.sampler.call('procinfo', process.pid);
      ticks = 0;
      const interval = vscode.workspace.getConfiguration('vitals').get<number>('refreshInterval', 2000);
      await new Promise((r) => setTimeout(r, 3 * interval)); // three intervals in which a running sampler ticks three times
      assert.equal(ticks, 0, 'no tick while the window is unfocused');
      api.test.windowState(true);
      assert.equal(api.sampler.isPaused, false);
      await until(() => ticks >= 2, 'two ticks after the window is focused again', 10 * interval);
    } finally {
      sub.dispose();
      api.test.windowState(vscode.window.state.focused);
      await vscode.workspace.getConfiguration('vitals').update('pauseWhenHidden', false, vscode.ConfigurationTarget.Global);
    }
    await until(() => !api.sampler.isPaused, 'sampling resumed with the setting off');
  });

  it('inspects the extension host process into a read-only document', async () => {
    await vscode.commands.executeCommand('vitals.inspectProcess', process.pid);
    const doc = await until(() => vscode.window.activeTextEditor?.document.uri.scheme === 'vitals-procinfo' && vscode.window.activeTextEditor.document, 'procinfo document');
    const text = doc.getText();
    assert.match(text, new RegExp(`^  pid +${process.pid}$`, 'm'));
    assert.match(text, /^Resource limits$/m);
  });

  it('the inspector\'s QuickPick lists the editor\'s processes and opens the one picked', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const snapshot = api.sampler.last ?? await api.nextSnapshot();
    const first = snapshot.processes[0];
    assert.ok(first, 'the sampler follows at least the extension host');
    let picked = false;
    const shown = Promise.resolve(vscode.commands.executeCommand('vitals.inspectProcess')).then(() => { picked = true; });
    // accept the first item as soon as the QuickPick is up (before that, accepting does nothing)
    for (let i = 0; i < 50 && !picked; i++) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await Promise.race([shown, new Promise((r) => setTimeout(r, 200))]);
    }
    await shown;
    const doc = await until(() => vscode.window.activeTextEditor?.document.uri.scheme === 'vitals-procinfo' && vscode.window.activeTextEditor.document, 'procinfo document');
    assert.equal(new URLSearchParams(doc.uri.query).get('pid'), String(first.pid));
    assert.match(doc.getText(), new RegExp(`^  pid +${first.pid}$`, 'm'));
  });

  it('restarts a dead worker and keeps sampling', async () => {
    const before = api.sampler.restarts;
    const oldThread = api.sampler.threadId;
    (api.sampler as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await until(() => api.sampler.restarts > before && api.sampler.running, 'worker restart', 10000);
    assert.notEqual(api.sampler.threadId, oldThread);
    await api.nextSnapshot();
  });
});

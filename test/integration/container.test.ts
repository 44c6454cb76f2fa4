// The container view in a real extension host: the probe pointed at a fixture tree standing for a
// cgroup v2 container (2 GiB memory limit, 1.5 cores of 4), then the status bar and an alert.
import assert from 'node:assert/strict';
import path from 'node:path';
import * as vscode from 'vscode';
import type { VitalsApi } from '../../src/extension';
import type { StatusItemState } from '../../src/ui/statusBar';
import { until as untilUnit } from '../unit/helpers';

const until = <T>(fn: () => T | undefined | false, what: string, ms = 20000): Promise<T> => untilUnit(fn, what, ms);

describe('Vitals in a container (fixture cgroup v2, real extension host)', () => {
  let api: VitalsApi;
  let root: string;
  const item = (id: string): StatusItemState => api.statusBar().find((i) => i.id === id)!;

  before(async () => {
    const ext = vscode.extensions.getExtension<VitalsApi>('vitals.vitals')!;
    api = await ext.activate();
    root = path.join(ext.extensionPath, 'test', 'fixtures', 'linux', 'cgroup-v2-ns');
  });

  after(async () => {
    await vscode.workspace.getConfiguration('vitals').update('alerts', undefined, vscode.ConfigurationTarget.Global);
    api.configureProbe({ procfs: '/proc', sysfs: '/sys' });
  });

  it('memory shows used of the container limit and says so; cpu shows percent of its 1.5 cores', async () => {
    api.configureProbe({ procfs: path.join(root, 'proc'), sysfs: path.join(root, 'sys') });
    await until(() => item('vitals.memory').text === '$(server) 1.1/2.0 GiB', `memory item under the limit (now ${item('vitals.memory').text})`);
    const mem = item('vitals.memory');
    assert.match(mem.accessibilityLabel, /^Memory 1\.1 of 2\.0 gibibytes used of the container limit, 56 percent$/);
    assert.match(mem.tooltip, /container limit \| host \|/);
    assert.match(mem.tooltip, /\| total \| 2\.0 GiB \| 15\.6 GiB \|/);
    assert.match(mem.tooltip, /Pressure \(cgroup, last 10 s\): memory some 40\.0 %/, 'memory pressure is up in this tree');
    // the fixture's cpu.stat does not move: 0 % of the container's cores from the second tick on
    await until(() => item('vitals.cpu').accessibilityLabel.includes('container limit'), 'cpu item under the quota');
    assert.equal(item('vitals.cpu').accessibilityLabel, 'CPU 0 percent of the container limit of 1.5 cores');
    assert.match(item('vitals.cpu').tooltip, /Host: [\d.]+ % of 4 cpus/);
  });

  it('an alert on the container headroom shows once, however many ticks it holds', async () => {
    await vscode.workspace.getConfiguration('vitals').update('alerts', { memoryLow: { enabled: true, threshold: 50, seconds: 0 } }, vscode.ConfigurationTarget.Global);
    api.configureProbe({ procfs: path.join(root, 'proc'), sysfs: path.join(root, 'sys') });
    const before = api.alertsShown().length;
    await until(() => api.alertsShown().length > before, 'memoryLow alert');
    for (let i = 0; i < 3; i++) await api.nextSnapshot();
    const mine = api.alertsShown().slice(before).filter((a) => a.rule === 'memoryLow');
    assert.equal(mine.length, 1);
    assert.match(mine[0].message, /^The container has 44\.0 % of its memory limit left \(\d+ MiB\)\.$/);
  });
});

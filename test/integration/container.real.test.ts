// Run only by test/host/cgroupHost.mjs, which starts the whole VS Code host inside a cgroup with a
// memory limit and names the limit in VITALS_EXPECT_MEMORY_LIMIT: the memory item must show it.
// Registered only then (an ordinary host run has no limit to check, and a skipped test is not allowed).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VitalsApi } from '../../src/extension';
import { until } from '../unit/helpers';

const expected = Number(process.env.VITALS_EXPECT_MEMORY_LIMIT);

if (process.env.VITALS_EXPECT_MEMORY_LIMIT) {
  describe('Vitals in a real memory-limited cgroup (the whole host runs inside it)', () => {
    it('the memory item shows used of the limit, and its accessible label says container limit', async () => {
      const api = await vscode.extensions.getExtension<VitalsApi>('vitals.vitals')!.activate();
      api.configureProbe({ procfs: '/proc', sysfs: '/sys' });
      let snap = await api.nextSnapshot();
      for (let i = 0; i < 20 && snap.container?.memoryLimit !== expected; i++) snap = await api.nextSnapshot();
      assert.equal(snap.container?.memoryLimit, expected, `the sampler reads the group's limit (path ${snap.container?.path})`);
      const gib = (expected / 1024 ** 3).toFixed(1);
      const mem = await until(() => api.statusBar().find((i) => i.id === 'vitals.memory' && i.text.endsWith(`/${gib} GiB`)), `memory item "…/${gib} GiB"`, 20000);
      assert.match(mem.accessibilityLabel, new RegExp(`^Memory \\d+\\.\\d of ${gib} gibibytes used of the container limit, \\d+ percent$`));
      assert.match(mem.tooltip, /container limit \| host \|/);
    });
  });
}

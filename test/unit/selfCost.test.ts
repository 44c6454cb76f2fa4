// Vitals' own cost: the worker's per-thread CPU clock, the meter's shares, the guard that halves the
// all-processes table's rate, and the Collector that then reads the table every other tick.
import assert from 'node:assert/strict';
import path from 'node:path';
import { Collector } from '../../src/monitor/collect';
import { Sampler } from '../../src/monitor/sampler';
import { formatSelfCost, GUARD_WINDOW_S, SelfCostMeter, threadCpu } from '../../src/monitor/selfCost';
import type { Snapshot } from '../../src/protocol';
import { useLive } from './helpers';

const WORKER = path.resolve(__dirname, '..', '..', '..', 'dist', 'worker.js');

/** Burns about `ms` of this thread's CPU. */
function burn(ms: number): void {
  const start = threadCpu().seconds;
  let x = 0;
  while (threadCpu().seconds - start < ms / 1000) for (let i = 0; i < 1e5; i++) x += i;
  if (x < 0) throw new Error('unreachable');
}

describe('self cost', () => {
  before(() => useLive());

  it('the worker\'s cost is its own thread\'s time, not the process\'s (process.cpuUsage() in a worker is the whole process)', async function () {
    if (process.platform !== 'linux') this.skip();
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 60000, roots: [process.pid] }, log: () => {} });
    const next = () => new Promise<Snapshot>((r) => { const sub = s.onSnapshot((x) => { sub.dispose(); r(x); }); });
    try {
      s.start();
      await next();
      s.pause();
      // a paused worker samples once per sampleNow: read its clock, burn 300 ms of CPU here, read it again
      const first = next();
      s.sampleNow();
      const a = (await first).cost!;
      const p0 = process.cpuUsage();
      burn(300);
      const burnt = process.cpuUsage(p0);
      const second = next();
      s.sampleNow();
      const b = (await second).cost!;
      assert.equal(b.cpuSource, 'thread');
      const processDelta = (burnt.user + burnt.system) / 1e6;
      const workerDelta = b.cpuSeconds - a.cpuSeconds;
      assert.ok(processDelta >= 0.3, `the process's clock saw this thread's 300 ms (${processDelta} s)`);
      assert.ok(workerDelta < processDelta / 2, `the worker's own clock did not: ${workerDelta} s against the process's ${processDelta} s`);
    } finally {
      await s.dispose(30000);
    }
  });

  it('the meter gives the last minute\'s share of a core, worker and host apart', () => {
    const m = new SelfCostMeter();
    for (let t = 0; t <= 120; t += 2) m.add({ cpuSeconds: t * 0.01, cpuSource: 'thread', heapBytes: 5 << 20, keptFiles: 2048 }, 0.001, t);
    const c = m.current();
    assert.ok(Math.abs(c.workerCpuPercent - 1) < 1e-9, String(c.workerCpuPercent)); // 10 ms per s
    assert.ok(Math.abs(c.hostCpuPercent - 0.05) < 1e-9, String(c.hostCpuPercent)); // 1 ms per 2 s
    m.setBytesPerTick(3 * 1024);
    assert.match(formatSelfCost(m.current()), /^Vitals itself: 1\.05 % of a core \(sampler 1\.00 %, extension host 0\.05 %\), sampler heap 5\.0 MB, 2,048 \/proc files kept open \(about 8\.0 MB of kernel memory\), 3\.0 KB to the dashboard per tick$/);
  });

  it('the guard halves the table\'s rate once, only after a whole minute with the table on above 2 % of a core', () => {
    const m = new SelfCostMeter();
    const feed = (from: number, to: number, perSecond: number, base: number): number => {
      let cpu = base;
      for (let t = from; t <= to; t += 2) { cpu = base + (t - from) * perSecond; m.add({ cpuSeconds: cpu, cpuSource: 'thread', heapBytes: 0 }, 0, t); }
      return cpu;
    };
    // 3 % of a core, table off: nothing to halve
    let cpu = feed(0, 100, 0.03, 0);
    assert.equal(m.guard(), false);
    // table on at 100 s: not before a whole minute with it
    m.setTable(true, 100);
    cpu = feed(102, 140, 0.03, cpu);
    assert.equal(m.guard(), false);
    cpu = feed(142, 100 + GUARD_WINDOW_S + 10, 0.03, cpu);
    assert.equal(m.guard(), true);
    assert.equal(m.tableEvery, 2);
    assert.equal(m.guard(), false, 'once');
    assert.match(formatSelfCost(m.current()), /all-processes table every 2 ticks \(self-cost guard\)/);
    // under 2 %: never
    const calm = new SelfCostMeter();
    calm.setTable(true, 0);
    for (let t = 0; t <= 200; t += 2) calm.add({ cpuSeconds: t * 0.015, cpuSource: 'thread', heapBytes: 0 }, 0, t);
    assert.equal(calm.guard(), false);
  });

  it('with tableEvery 2 the Collector reads the table every other tick, and the editor tree on every tick', () => {
    const c = new Collector();
    c.setTable(true);
    c.tableEvery = 2;
    const got = [0, 1, 2, 3].map(() => c.collect([process.pid]));
    assert.deepEqual(got.map((s) => s.table !== undefined), [true, false, true, false]);
    assert.ok(got.every((s) => s.processes.some((p) => p.pid === process.pid)));
  });

  it('each snapshot from the worker carries its own thread\'s cost, and the sampler\'s meter reads it', async () => {
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 250, roots: [process.pid] }, log: () => {} });
    try {
      s.start();
      const snaps: Snapshot[] = [];
      await new Promise<void>((resolve) => { const sub = s.onSnapshot((x) => { snaps.push(x); if (snaps.length === 3) { sub.dispose(); resolve(); } }); });
      assert.ok(snaps.every((x) => x.cost && x.cost.cpuSeconds > 0 && x.cost.heapBytes > 0));
      if (process.platform === 'linux') assert.ok(snaps.every((x) => x.cost!.keptFiles! > 0), 'the /proc files the worker keeps open (/proc/stat, the tree\'s stat files)');
      assert.ok(snaps[2].cost!.cpuSeconds >= snaps[0].cost!.cpuSeconds);
      const c = s.cost.current();
      assert.ok(c.workerCpuPercent > 0 && c.heapBytes > 0, JSON.stringify(c));
    } finally {
      await s.dispose(30000);
    }
  });
});

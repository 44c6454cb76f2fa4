import assert from 'node:assert/strict';
import fs from 'node:fs';
import { printable } from '../../src/format';
import { TableCollector } from '../../src/monitor/table';
import { renderProcinfo } from '../../src/report/procinfo';
import { cellText } from '../../webview/format';
import { COLUMNS, DEFAULT_COLUMNS, sortValue } from '../../webview/model';
import { ContainerCollector } from '../../src/monitor/container';
import { seriesValues } from '../../src/monitor/series';
import * as probe from '../../src/probe';
import type { Snapshot } from '../../src/protocol';
import { containerCpu, containerMemory } from '../../src/ui/containerStatus';

const GiB = 1024 ** 3;

function limits(over: Partial<probe.ContainerLimits> = {}): probe.ContainerLimits {
  return {
    cgroupVersion: 2, hybrid: false, path: '/pod', memoryLimit: 2 * GiB, memoryUsage: 1.6 * GiB, workingSet: 1.4 * GiB,
    swapLimit: null, swapUsage: null, cpuQuota: 1.5, cpusetCpus: 16, cpus: 16, effectiveCores: 1.5, cpuUsage: 10,
    nrThrottled: 0, throttledTime: 1, pidsCurrent: 3, pidsMax: null, oomKills: 2, errors: [], ...over,
  };
}

function snapshot(over: Partial<Snapshot> = {}): Snapshot {
  return {
    time: 0, host: 'h', cpu: { percent: 12.5, perCpu: [], cpuIds: [], count: 16 },
    memory: { total: 23.5 * GiB, available: 20 * GiB, used: 3.5 * GiB, percent: 14.9 }, swap: { total: 0, used: 0, percent: 0 },
    loadAvg: null, temperatures: {}, battery: null, processes: [], errors: {}, sampleMs: 0, ...over,
  };
}

describe('container readings in the monitor', () => {
  it('ContainerCollector: working set of the limit, cpu percent of the effective cores from the second tick, malformed files reported, reading kept', () => {
    const col = new ContainerCollector();
    const errors: string[] = [];
    const first = col.container(16, (m) => errors.push(m), () => limits())!;
    assert.equal(first.memoryPercent, 70);
    assert.equal(first.cpuPercent, null, 'nothing to compare with yet');
    assert.equal(first.throttledPerSec, null);
    assert.equal(first.limited, true);
    const second = col.container(16, (m) => errors.push(m), () => limits({ cpuUsage: 10.001, memoryLimit: null, errors: ['malformed /x/memory.max: expected an integer'] }))!;
    assert.ok(second.cpuPercent !== null && second.cpuPercent >= 0);
    assert.equal(second.throttledPerSec, 0);
    assert.equal(second.memoryPercent, null);
    assert.equal(second.limited, true, 'still cpu-limited: 1.5 of 16 cores');
    assert.deepEqual(errors, ['malformed /x/memory.max: expected an integer']);
    const unlimited = col.container(16, () => {}, () => limits({ memoryLimit: null, cpuQuota: null, effectiveCores: 16 }))!;
    assert.equal(unlimited.limited, false);
  });

  it('ContainerCollector: off for good after UnsupportedPlatform (no error every tick), null without cgroup', () => {
    const col = new ContainerCollector();
    let calls = 0;
    const read = (): probe.ContainerLimits | null => { calls++; throw new probe.UnsupportedPlatform('win32', 'containerLimits'); };
    assert.equal(col.container(4, () => {}, read), null);
    assert.equal(col.container(4, () => {}, read), null);
    assert.equal(calls, 1);
    assert.equal(new ContainerCollector().container(4, () => {}, () => null), null);
  });

  it('pressure: the cgroup\'s files when it has them, else the machine\'s; none at all is null', () => {
    const line = (avg10: number): probe.PressureLine => ({ avg10, avg60: 0, avg300: 0, total: 0 });
    const set = (m: number): probe.PressureSet => ({ cpu: { some: line(1), full: null }, memory: { some: line(m), full: line(m / 2) }, io: null });
    const col = new ContainerCollector();
    const scopes: probe.PressureScope[] = [];
    const both = (scope: probe.PressureScope): probe.Pressure => { scopes.push(scope); return { system: set(5), cgroup: set(30), errors: [] }; };
    assert.deepEqual(col.pressure(() => {}, both), { source: 'cgroup', cpuSome: 1, memorySome: 30, memoryFull: 15, ioSome: null });
    col.pressure(() => {}, both);
    assert.deepEqual(scopes, [{}, { system: false }], 'once the cgroup answered, the machine\'s files are not read');
    assert.equal(col.pressure(() => {}, () => ({ system: set(5), cgroup: null, errors: [] }))?.source, 'system');
    const none = { cpu: null, memory: null, io: null };
    assert.equal(col.pressure(() => {}, () => ({ system: none, cgroup: none, errors: [] })), null);
  });

  it('status bar under a container limit: "1.4/2.0 GiB", percent of the limit, host numbers beside, accessible label says so', () => {
    const c = { cgroupVersion: 2 as const, path: '/pod', memoryLimit: 2 * GiB, memoryUsed: 1.4 * GiB, memoryPercent: 70, effectiveCores: 1.5, cpuPercent: 80, throttledPerSec: 0.25, oomKills: 1, limited: true };
    const s = snapshot({ container: c, pressure: { source: 'cgroup', cpuSome: 2, memorySome: 12.5, memoryFull: 3, ioSome: 0 } });
    const mem = containerMemory(s)!;
    assert.equal(mem.text, '$(server) 1.4/2.0 GiB');
    assert.equal(mem.percent, 70);
    assert.equal(mem.label, 'Memory 1.4 of 2.0 gibibytes used of the container limit, 70 percent');
    assert.match(mem.tooltip, /container limit \| host \|/);
    assert.match(mem.tooltip, /\| total \| 2\.0 GiB \| 23\.5 GiB \|/);
    assert.match(mem.tooltip, /OOM kills in the container: 1/);
    assert.match(mem.tooltip, /Pressure \(cgroup, last 10 s\): memory some 12\.5 %/);
    const cpu = containerCpu(s)!;
    assert.equal(cpu.text, '$(pulse) 80%');
    assert.equal(cpu.label, 'CPU 80 percent of the container limit of 1.5 cores');
    assert.match(cpu.tooltip, /of 1\.5 cores \(container limit\)\n\nHost: 12\.5 % of 16 cpus\n\nThrottled: 250 ms per second/);
    assert.equal(containerMemory(snapshot({ container: { ...c, memoryLimit: null, memoryPercent: null } })), undefined, 'no limit: the host view');
    assert.equal(containerCpu(snapshot({ container: { ...c, effectiveCores: 16 } })), undefined, 'all the cores: the host view');
    assert.doesNotMatch(containerMemory(snapshot({ container: c, pressure: { source: 'system', cpuSome: 0, memorySome: 0.2, memoryFull: 0, ioSome: 0 } }))!.tooltip, /Pressure/, 'PSI only once memory pressure rises');
  });

  it('history series: container and PSI keys only where the snapshot has them', () => {
    assert.equal('ctrCpu' in seriesValues(snapshot()), false);
    assert.equal('psiMemory' in seriesValues(snapshot()), false);
    const v = seriesValues(snapshot({
      container: { cgroupVersion: 1, path: '/', memoryLimit: null, memoryUsed: 5, memoryPercent: null, effectiveCores: 2, cpuPercent: null, throttledPerSec: 0.5, oomKills: 0, limited: false },
      pressure: { source: 'system', cpuSome: 4, memorySome: null, memoryFull: null, ioSome: 1 },
    }));
    assert.equal(v.ctrMemUsed, 5);
    assert.ok(Number.isNaN(v.ctrMemLimit) && Number.isNaN(v.ctrCpu), 'absent readings are gaps');
    assert.equal(v.ctrThrottled, 50);
    assert.equal(v.psiCpu, 4);
    assert.ok(Number.isNaN(v.psiMemory));
  });
});

describe('the cgroup of each process', () => {
  // the path as /proc/self/cgroup gives it, read by hand: v2's unless it is "/", else the memory controller's
  const lines = fs.readFileSync('/proc/self/cgroup', 'utf8').trim().split('\n').map((l) => l.split(':'));
  const v2 = lines.find((f) => f[0] === '0' && f[1] === '');
  const own = v2 && v2[2] !== '/' ? v2[2] : (lines.find((f) => f[1].split(',').includes('memory')) ?? v2)![2];

  it('a table row carries it (read once per process), sortable and shown as text', () => {
    const rows = new TableCollector().collect([]);
    const me = rows.find((r) => r.pid === process.pid)!;
    assert.equal(me.cgroup, own);
    const hostile = { ...me, cgroup: '/a\x1bb' };
    assert.equal(cellText(hostile, 'cgroup', 0), printable('/a\x1bb'));
    assert.doesNotMatch(cellText(hostile, 'cgroup', 0), /\x1b/);
    assert.equal(sortValue({ ...me, cgroup: null }, 'cgroup'), null);
    assert.ok(COLUMNS.some((c) => c.id === 'cgroup') && !DEFAULT_COLUMNS.includes('cgroup'), 'a column to choose, off by default');
  });

  it('procinfo has a cgroup line', () => {
    assert.match(renderProcinfo(process.pid), new RegExp(`^ {2}cgroup +${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });
});

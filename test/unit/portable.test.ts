// The portable backend (Node's os and fs only): pure conversions, then forced on this Linux
// machine and compared with the Linux backend, which reads /proc itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { backendFor } from '../../src/probe/backend';
import type { SystemBackend } from '../../src/probe/platform';
import { cpuTimesFromNode, netIfAddrsFromNode, sumCpuTimes, virtualMemoryFrom, bootTimeFrom, cpuFreqFromNode } from '../../src/probe/portable/system';
import type { NetIfAddr } from '../../src/probe/types';
import { UnsupportedPlatform } from '../../src/probe/errors';
import { useLive } from './helpers';

const portable = backendFor('portable');
const linux = backendFor('linux');
const fn = <K extends keyof SystemBackend>(b: typeof portable, k: K): SystemBackend[K] => {
  const f = b.system[k];
  assert.ok(f, `${b.platform} has ${k}`);
  return f as SystemBackend[K];
};
/** One clock tick of /proc/stat (USER_HZ is 100 on every Linux VS Code runs on). */
const TICK = 0.01;

/** Retries a bracketed comparison (Linux read, portable read, Linux read) until it holds; fails with the last attempt. */
function bracketed<T>(read: () => [T, T, T], holds: (before: T, mid: T, after: T) => boolean, what: string): void {
  let last: [T, T, T] | undefined;
  for (let i = 0; i < 20; i++) {
    last = read();
    if (holds(...last)) return;
  }
  assert.fail(`${what}: portable ${JSON.stringify(last![1])} not between Linux ${JSON.stringify(last![0])} and ${JSON.stringify(last![2])}`);
}
const between = (a: number, x: number, b: number, slack = 0): boolean => x >= Math.min(a, b) - slack && x <= Math.max(a, b) + slack;

describe('portable backend: pure conversions', () => {
  it('os.cpus() times (ms) become seconds; what libuv does not pass on is null', () => {
    const t = cpuTimesFromNode({ times: { user: 82880, nice: 10, sys: 34910, idle: 212540, irq: 20 } });
    assert.deepEqual(t, { user: 82.88, nice: 0.01, system: 34.91, idle: 212.54, iowait: null, irq: 0.02, softirq: null, steal: null, guest: null, guestNice: null });
    const sum = sumCpuTimes([t, t]);
    assert.equal(sum.user, 165.76);
    assert.equal(sum.irq, 0.04);
    assert.equal(sum.iowait, null);
  });

  it('memory: freemem is both available and free, used is the rest, the other fields unknown', () => {
    const vm = virtualMemoryFrom(8 * 2 ** 30, 2 * 2 ** 30);
    assert.deepEqual(vm, {
      total: 8 * 2 ** 30, available: 2 * 2 ** 30, percent: 75, used: 6 * 2 ** 30, free: 2 * 2 ** 30,
      active: null, inactive: null, buffers: null, cached: null, shared: null, slab: null,
    });
  });

  it('boot time is whole seconds: now minus uptime', () => {
    assert.equal(bootTimeFrom(1_700_000_000_400, 100.3), 1_699_999_900);
  });

  it('cpu frequency only when every cpu reports one', () => {
    assert.deepEqual(cpuFreqFromNode([{ speed: 2400 }, { speed: 2600 }]), [{ current: 2400, min: null, max: null }, { current: 2600, min: null, max: null }]);
    assert.deepEqual(cpuFreqFromNode([{ speed: 0 }]), []);
  });

  it('interfaces as psutil lists them: broadcast for non-internal IPv4, link-local scope by name, the MAC last', () => {
    // os.networkInterfaces() of a Linux container (recorded on the CI machine)
    const got = netIfAddrsFromNode({
      lo: [
        { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
        { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 },
      ],
      eth0: [
        { address: '192.0.2.2', netmask: '255.255.255.0', family: 'IPv4', mac: '02:fc:00:00:00:01', internal: false, cidr: '192.0.2.2/24' },
        { address: 'fe80::fc:ff:fe00:1', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '02:fc:00:00:00:01', internal: false, cidr: 'fe80::fc:ff:fe00:1/64', scopeid: 4 },
      ],
      tun0: [{ address: '10.8.0.2', netmask: '255.255.255.255', family: 'IPv4', mac: '00:00:00:00:00:00', internal: false, cidr: '10.8.0.2/32' }],
    });
    assert.deepEqual(got.lo.map((a) => [a.family, a.address, a.broadcast]), [['AF_INET', '127.0.0.1', null], ['AF_INET6', '::1', null], ['AF_LINK', '00:00:00:00:00:00', null]]);
    assert.deepEqual(got.eth0.map((a) => [a.family, a.address, a.broadcast]), [
      ['AF_INET', '192.0.2.2', '192.0.2.255'], ['AF_INET6', 'fe80::fc:ff:fe00:1%eth0', null], ['AF_LINK', '02:fc:00:00:00:01', null],
    ]);
    assert.deepEqual(got.tun0.map((a) => a.family), ['AF_INET'], 'no hardware address, no AF_LINK');
  });
});

describe('portable backend forced on Linux agrees with the Linux backend', () => {
  before(useLive);

  it('per-cpu times: each column within a tick of /proc/stat read around it', () => {
    const cols = ['user', 'nice', 'system', 'idle', 'irq'] as const;
    bracketed(() => [fn(linux, 'perCpuTimes')(), fn(portable, 'perCpuTimes')(), fn(linux, 'perCpuTimes')()],
      (a, p, b) => p.length === a.length && p.every((t, i) => cols.every((c) => between(a[i][c]!, t[c]!, b[i][c]!, TICK))),
      'per-cpu times');
    const total = fn(portable, 'cpuTimes')();
    assert.equal(total.iowait, null, 'libuv drops iowait: absent, not zero');
  });

  it('cpu count and total memory are the same; available (MemAvailable) is between two Linux reads', () => {
    assert.equal(fn(portable, 'cpuCountLogical')(), fn(linux, 'perCpuTimes')().length);
    assert.equal(fn(portable, 'virtualMemory')().total, fn(linux, 'virtualMemory')().total);
    bracketed(() => [fn(linux, 'virtualMemory')(), fn(portable, 'virtualMemory')(), fn(linux, 'virtualMemory')()],
      (a, p, b) => between(a.available, p.available, b.available), 'available memory');
  });

  it('load average and boot time', () => {
    bracketed(() => [fn(linux, 'getLoadAvg')(), fn(portable, 'getLoadAvg')(), fn(linux, 'getLoadAvg')()],
      (a, p, b) => p.every((x, i) => between(a[i], x, b[i], 0.005)), 'load average');
    assert.ok(Math.abs(fn(portable, 'bootTime')() - fn(linux, 'bootTime')()) <= 1, 'boot time within a second');
  });

  it('disk usage of / and of the temp dir', () => {
    for (const p of ['/', os.tmpdir()]) {
      assert.equal(fn(portable, 'diskUsage')(p).total, fn(linux, 'diskUsage')(p).total, p);
      bracketed(() => [fn(linux, 'diskUsage')(p), fn(portable, 'diskUsage')(p), fn(linux, 'diskUsage')(p)],
        (a, u, b) => between(a.used, u.used, b.used) && between(a.free, u.free, b.free), `disk usage of ${p}`);
    }
  });

  it('interface addresses: the same IPv4/IPv6 addresses and netmasks, MACs and broadcasts, for every interface Node lists', () => {
    const key = (a: NetIfAddr) => `${a.family} ${a.address} ${a.netmask}`;
    const p = fn(portable, 'netIfAddrs')();
    const l = fn(linux, 'netIfAddrs')();
    assert.ok(Object.keys(p).length > 0);
    for (const [nic, addrs] of Object.entries(p)) {
      assert.ok(Object.hasOwn(l, nic), `${nic} in the Linux backend's list`);
      const lin = l[nic];
      assert.deepEqual(addrs.filter((a) => a.family !== 'AF_LINK').map(key).sort(), lin.filter((a) => a.family !== 'AF_LINK').map(key).sort(), nic);
      assert.deepEqual(addrs.filter((a) => a.family === 'AF_LINK').map((a) => a.address), lin.filter((a) => a.family === 'AF_LINK').map((a) => a.address), `${nic} MAC`);
      for (const a of addrs.filter((x) => x.family === 'AF_INET')) {
        const match = lin.find((x) => x.family === 'AF_INET' && x.address === a.address)!;
        assert.equal(a.broadcast, match.broadcast, `${nic} ${a.address} broadcast`);
      }
    }
  });

  it('what Node cannot tell raises UnsupportedPlatform naming the function', () => {
    assert.equal(portable.system.swapMemory, undefined);
    for (const name of ['swapMemory', 'diskPartitions', 'diskIoCounters', 'netIoCounters', 'sensorsTemperatures', 'users', 'cpuCountPhysical'] as const) {
      assert.equal(portable.system[name], undefined, name);
    }
    assert.throws(() => portable.pids(), (e: unknown) => e instanceof UnsupportedPlatform && /pids/.test(e.message) && e.platform === 'portable');
    assert.throws(() => portable.scan(), (e: unknown) => e instanceof UnsupportedPlatform && /processIter/.test(e.message));
    assert.throws(() => portable.newProcess(process.ppid).createTime(), (e: unknown) => e instanceof UnsupportedPlatform && /createTime/.test(e.message));
  });
});

describe('VITALS_BACKEND=portable: the probe and one sampler tick', () => {
  let out: {
    cpuPercent: number; perCpu: number[]; memory: { total: number }; loadAvg: number[]; bootTime: number;
    self: Record<string, unknown>; selfName: string; attrs: string[];
    errors: Record<string, { name: string; message: string } | null>;
    pidExists: Record<string, boolean>;
    snapshot: { cpu: { count: number; perCpu: number[] }; memory: { total: number }; processes: unknown[]; table: unknown[]; processesUnavailable?: string; errors: Record<string, string> };
    tick?: string;
    worker: {
      listAll: string;
      snapshots: { cpu: { count: number; perCpu: number[]; percent: number }; memory: { total: number; percent: number }; loadAvg: number[] | null; bootTime: number; processesUnavailable?: string; errors: Record<string, string> }[];
    };
  };
  const t0 = Date.now() / 1000;
  before(() => {
    const child = spawnSync(process.execPath, [path.join(__dirname, 'portable.child.js')], {
      env: { ...process.env, VITALS_BACKEND: 'portable' }, encoding: 'utf8', timeout: 60_000,
    });
    assert.equal(child.status, 0, child.stderr);
    out = JSON.parse(child.stdout);
  });

  it('system readings the status bar and charts need', () => {
    assert.equal(out.perCpu.length, os.cpus().length);
    assert.ok(out.cpuPercent >= 0 && out.cpuPercent <= 100);
    assert.equal(out.memory.total, os.totalmem());
    assert.equal(out.snapshot.cpu.count, os.cpus().length);
    assert.equal(out.snapshot.memory.total, os.totalmem());
    assert.equal(out.loadAvg.length, 3);
    assert.ok(Math.abs(out.bootTime - (Date.now() / 1000 - os.uptime())) <= 2);
  });

  it('its own process through Node: pid, ppid, name, exe, create time, cpu times, rss', () => {
    const s = out.self;
    assert.equal(s.ppid, process.pid, 'the child\'s parent is this mocha process');
    assert.equal(s.exe, process.execPath);
    assert.equal(out.selfName, path.basename(process.execPath));
    assert.equal(s.status, 'running');
    assert.ok(typeof s.createTime === 'number' && s.createTime >= t0 - 1 && s.createTime <= Date.now() / 1000);
    assert.ok((s.memoryInfo as { rss: number }).rss > 10 * 2 ** 20);
    assert.ok((s.cpuTimes as { user: number }).user > 0);
    assert.ok(!out.attrs.includes('numThreads') && !out.attrs.includes('openFiles'), 'asDict leaves out what it cannot read');
    assert.equal(s.username, os.userInfo().username);
  });

  it('the real sampler worker thread: CPU and memory for the status bar, load and boot time for the dashboard, every tick', () => {
    assert.equal(out.worker.snapshots.length, 2);
    for (const w of out.worker.snapshots) {
      assert.equal(w.cpu.count, os.cpus().length);
      assert.equal(w.cpu.perCpu.length, os.cpus().length);
      assert.ok(w.cpu.percent >= 0 && w.cpu.percent <= 100);
      assert.equal(w.memory.total, os.totalmem());
      assert.ok(w.memory.percent > 0 && w.memory.percent < 100);
      assert.equal(w.loadAvg?.length, 3);
      assert.ok(Math.abs(w.bootTime - (Date.now() / 1000 - os.uptime())) <= 2);
      assert.match(w.processesUnavailable ?? '', /^Per-process data needs a native backend/);
      // what the portable backend cannot read is logged by name, never a crash
      assert.deepEqual(Object.keys(w.errors).sort(), ['diskIoCounters', 'netIoCounters', 'sensorsBattery', 'sensorsTemperatures', 'swapMemory']);
      for (const [name, msg] of Object.entries(w.errors)) assert.match(msg, new RegExp(`^${name} is not supported on this platform \\(portable\\)`));
    }
    assert.equal(out.worker.listAll, 'UnsupportedPlatform', 'the inspector\'s "all processes" is refused by name');
  });

  it('per-process data is refused by name, and the process table says why', () => {
    assert.equal(out.errors.swapMemory?.name, 'UnsupportedPlatform');
    assert.match(out.errors.swapMemory!.message, /swapMemory is not supported on this platform \(portable\)/);
    assert.equal(out.errors.processIter?.name, 'UnsupportedPlatform');
    assert.equal(out.errors.otherProcess?.name, 'UnsupportedPlatform');
    assert.equal(out.errors.numThreads?.name, 'UnsupportedPlatform');
    assert.deepEqual(out.pidExists, { self: true, parent: true, none: false });
    assert.deepEqual(out.snapshot.processes, []);
    assert.deepEqual(out.snapshot.table, []);
    assert.match(out.snapshot.processesUnavailable ?? '', /^Per-process data needs a native backend/);
    assert.equal(out.tick, out.snapshot.processesUnavailable, 'the dashboard tick carries it to the table');
    assert.ok(!('processes' in out.snapshot.errors), 'not logged as a failure every tick');
  });
});

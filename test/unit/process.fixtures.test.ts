import assert from 'node:assert/strict';
import * as probe from '../../src/probe';
import { useFixture, useLive } from './helpers';

describe('Linux Process on fixture trees (psutil edge cases)', () => {
  beforeEach(() => useFixture('procs'));
  afterEach(() => useLive());

  it('completes a 15-character comm from cmdline[0]', () => {
    const p = new probe.Process(100);
    assert.equal(p.name(), 'python3-long-name-server');
    assert.deepEqual(p.cmdline(), ['/usr/bin/python3-long-name-server', '--port', '8080']);
  });

  it('splits a space-separated cmdline and a NUL-terminated one with spaces', () => {
    assert.deepEqual(new probe.Process(101).cmdline(), ['/opt/chrome/chrome', '--type=renderer', '--lang=en-US']);
    assert.deepEqual(new probe.Process(102).cmdline(), ['nginx:', 'worker', 'process']);
  });

  it('a zombie: stat getters answer, cmdline/environ are empty, exe raises ZombieProcess', () => {
    const p = new probe.Process(103);
    assert.equal(p.status(), probe.STATUS_ZOMBIE);
    assert.equal(p.name(), 'cat');
    assert.equal(p.ppid(), 1);
    assert.deepEqual(p.cmdline(), []);
    assert.deepEqual(p.environ(), {});
    assert.throws(() => p.exe(), (e: unknown) => e instanceof probe.ZombieProcess && e instanceof probe.NoSuchProcess && e.pid === 103);
    const d = p.asDict(['name', 'exe', 'status'], 'n/a');
    assert.deepEqual(d, { name: 'cat', exe: 'n/a', status: 'zombie' });
  });

  it('a zombie whose cmdline is gone keeps its truncated 15-character name', () => {
    const p = new probe.Process(114);
    assert.throws(() => p.cmdline(), probe.ZombieProcess);
    assert.equal(p.name(), 'long-zombie-nam');
    assert.equal(p.status(), probe.STATUS_ZOMBIE);
  });

  it('a name with spaces and parentheses is read up to the last ")"', () => {
    const p = new probe.Process(104);
    assert.equal(p.name(), '(a) b)');
    assert.equal(p.ppid(), 1);
    assert.equal(p.status(), probe.STATUS_SLEEPING);
  });

  it('multi-valued Uid/Gid lines and a Cpus_allowed_list with ranges', () => {
    const p = new probe.Process(105);
    assert.deepEqual(p.uids(), { real: 1000, effective: 0, saved: 1001 });
    assert.deepEqual(p.gids(), { real: 100, effective: 101, saved: 102 });
    assert.deepEqual(p.cpuAffinity(), [0, 1, 2, 3, 8]);
  });

  it('createTime is bootTime + starttime / CLK_TCK; cpuTimes in seconds', () => {
    const p = new probe.Process(100);
    assert.equal(p.createTime(), 1700000000 + 12345 / 100);
    assert.deepEqual(p.cpuTimes(), { user: 2.5, system: 0.5, childrenUser: 0.03, childrenSystem: 0.01, iowait: 0.07 });
    assert.equal(p.numThreads(), 2);
    assert.equal(p.cpuNum(), 1);
    assert.deepEqual(p.numCtxSwitches(), { voluntary: 11, involuntary: 3 });
  });

  it('memoryInfo from statm, and the same numbers from status inside a oneshot', () => {
    const p = new probe.Process(100);
    const page = 4096;
    const fromStatm = p.memoryInfo();
    assert.deepEqual(fromStatm, { rss: 500 * page, vms: 2560 * page, shared: 300 * page, text: 16 * page, lib: 0, data: 183 * page, dirty: 0 });
    const fromStatus = p.oneshot(() => { p.uids(); return p.memoryInfo(); });
    assert.deepEqual(fromStatus, { rss: 2000 * 1024, vms: 10240 * 1024, shared: 1200 * 1024, text: 64 * 1024, lib: 0, data: 732 * 1024, dirty: 0 });
  });

  it('uss/pss/swap from smaps_rollup (uss = Private_*)', () => {
    const m = new probe.Process(106).memoryFullInfo();
    assert.equal(m.uss, (300 + 700) * 1024);
    assert.equal(m.pss, 1500 * 1024, 'Pss_Anon/Pss_File lines are not added');
    assert.equal(m.swap, 40 * 1024, 'SwapPss is not added');
  });

  it('falls back to smaps, summing every mapping and Private_Hugetlb', () => {
    const p = new probe.Process(107);
    const m = p.memoryFullInfo();
    assert.equal(m.uss, (200 + 4 + 8 + 16) * 1024);
    assert.equal(m.pss, (200 + 4 + 16) * 1024);
    assert.equal(m.swap, 12 * 1024);
    const grouped = p.memoryMaps();
    assert.deepEqual(grouped.map((g) => [g.path, g.rss]), [['/usr/bin/my app', 304 * 1024], ['[anon]', 16 * 1024]]);
    const flat = p.memoryMaps(false);
    assert.equal(flat.length, 3);
    assert.equal(flat[0].perms, 'r-xp');
  });

  it('environ and cmdline with invalid UTF-8 decode with U+FFFD and keep the rest', () => {
    const p = new probe.Process(108);
    assert.deepEqual(p.environ(), { GOOD: '1', BAD: '\uFFFD\uFFFD', EMPTY: '', K: 'a=b' });
    assert.deepEqual(p.cmdline(), ['badutf8', 'caf\uFFFD']);
  });

  it('hostile names keep their exact characters (HTML, newline, escape)', () => {
    const p = new probe.Process(109);
    assert.equal(p.name(), '<b>\n)x\x1b[31m');
    assert.equal(p.ppid(), 1);
    assert.deepEqual(p.cmdline(), ['<script>alert(1)</script>']);
  });

  it('a pid that vanished between listdir and read raises NoSuchProcess and is skipped by processIter', () => {
    assert.throws(() => new probe.Process(110), probe.NoSuchProcess);
    const seen = [...probe.processIter({ attrs: ['pid', 'name', 'cmdline', 'username', 'memoryInfo', 'status'] })].map((p) => p.pid);
    assert.ok(!seen.includes(110));
    assert.ok(seen.includes(103), 'the zombie is listed');
  });

  it('a pid directory that outlived its files is a vanished process, not an error (psutil #2418)', () => {
    assert.throws(() => new probe.Process(115), (e: unknown) => e instanceof probe.NoSuchProcess && !(e instanceof probe.ZombieProcess));
    assert.ok(![...probe.processIter({ attrs: ['name'] })].some((p) => p.pid === 115));
  });

  it('a missing exe or cwd link reads as "" for a live process and raises ZombieProcess for a zombie (psutil #2514)', () => {
    const p = new probe.Process(100);
    assert.equal(p.cwd(), '');
    assert.equal(p.exe(), '', 'no link, and cmdline[0] is not a file here');
    assert.throws(() => new probe.Process(103).cwd(), probe.ZombieProcess);
  });

  it('processIter fills info and replaces AccessDenied/ZombieProcess fields with adValue', () => {
    const byPid = new Map([...probe.processIter({ attrs: ['name', 'exe', 'cmdline'], adValue: 'DENIED' })].map((p) => [p.pid, p.info]));
    assert.equal(byPid.get(103)!.exe, 'DENIED');
    assert.equal(byPid.get(100)!.name, 'python3-long-name-server');
  });

  it('a truncated stat gives an error naming the file', () => {
    assert.throws(() => new probe.Process(112), /malformed .*112\/stat: truncated/);
  });

  it('processIter skips a pid with a malformed stat and reports it through onError', () => {
    const errors: [number, string][] = [];
    const pids = [...probe.processIter({ onError: (pid, e) => errors.push([pid, e.message]) })].map((p) => p.pid);
    assert.ok(!pids.includes(112));
    assert.equal(errors.length, 1);
    assert.equal(errors[0][0], 112);
    assert.match(errors[0][1], /malformed .*112\/stat: truncated/);
  });

  it('a kernel worker: a long name with parentheses, no address space, zeros from every memory path', () => {
    const p = new probe.Process(113);
    const zeros = { rss: 0, vms: 0, shared: 0, text: 0, lib: 0, data: 0, dirty: 0 };
    assert.equal(p.name(), 'kworker/u8:3-events_(unbound)');
    assert.equal(p.status(), probe.STATUS_IDLE);
    assert.deepEqual(p.cmdline(), []);
    assert.deepEqual(p.memoryInfo(), zeros, 'from statm');
    assert.deepEqual(p.oneshot(() => { p.uids(); return p.memoryInfo(); }), zeros, 'from status, which has no Vm lines');
    const info = [...probe.processIter({ attrs: ['name', 'username', 'memoryInfo'] })].find((q) => q.pid === 113)!.info;
    assert.deepEqual(info, { name: 'kworker/u8:3-events_(unbound)', username: 'root', memoryInfo: zeros });
  });

  it('a thread id is not a pid', () => {
    assert.equal(probe.pidExists(100), true);
    assert.equal(probe.pidExists(111), false);
    assert.equal(probe.pidExists(99999), false);
  });

  it('children and parent from a single scan', () => {
    const init = new probe.Process(105);
    assert.deepEqual(init.children().map((c) => c.pid), []);
    assert.equal(new probe.Process(100).ppid(), 1);
  });
});

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as probe from '../../src/probe';
import { LinuxProcess } from '../../src/probe/linux/process';
import { setPageSize } from '../../src/probe/linux/native';
import { bundleForNobody, FIXTURES, PYTHON, useFixture, useLive, useTree, writeTree } from './helpers';

/** A /proc/PID/stat line: ppid, starttime (clock ticks after boot), utime/stime and thread count. */
function statLine(pid: number, name: string, o: { ppid?: number; start?: number; utime?: number; stime?: number; threads?: number; state?: string } = {}): string {
  return `${pid} (${name}) ${o.state ?? 'S'} ${o.ppid ?? 1} ${pid} ${pid} 0 -1 4194304 100 0 0 0 ${o.utime ?? 250} ${o.stime ?? 50} 3 1 20 0 ${o.threads ?? 1} 0 ${o.start ?? 12345} 10485760 500 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 7 0 0\n`;
}

function statusText(pid: number, name: string, ppid = 1): string {
  return `Name:\t${name}\nState:\tS (sleeping)\nTgid:\t${pid}\nPid:\t${pid}\nPPid:\t${ppid}\nUid:\t1000\t1000\t1000\t1000\nGid:\t1000\t1000\t1000\t1000\nThreads:\t1\n`;
}

/** A minimal readable /proc/PID for writeTree. */
function pidFiles(pid: number, name: string, ppid = 1): Record<string, string> {
  return {
    [`proc/${pid}/stat`]: statLine(pid, name, { ppid }), [`proc/${pid}/status`]: statusText(pid, name, ppid),
    [`proc/${pid}/cmdline`]: `${name}\0--flag\0`, [`proc/${pid}/statm`]: '2560 500 300 16 0 183 0\n',
  };
}

const PROC_STAT = 'cpu  1 0 1 8 0 0 0 0 0 0\ncpu0 1 0 1 8 0 0 0 0 0 0\nbtime 1700000000\n';

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
    assert.deepEqual(p.cpuAffinity(), [0, 1, 2, 3, 8, 9, 10, 11]);
  });

  it('cpu affinity names CPUs by kernel number: offline CPUs 4-7 leave a gap (Cpus_allowed_list 0-3,8-11)', () => {
    const p = new probe.Process(105);
    assert.throws(() => p.setCpuAffinity([4]), (e: unknown) => e instanceof RangeError && e.message === 'invalid CPU 4; choose between 0-3,8-11');
    assert.throws(() => p.setCpuAffinity([0, 12]), /invalid CPU 12; choose between 0-3,8-11/);
    assert.throws(() => p.setCpuAffinity([-1]), RangeError);
    assert.throws(() => p.setCpuAffinity([1.5]), RangeError);
    // CPU 11 is the 8th cpuN line: a valid number, so the call gets as far as the syscall, which a fixture tree refuses
    for (const cpus of [[11], [8, 9], []]) {
      assert.throws(() => p.setCpuAffinity(cpus), (e: unknown) => !(e instanceof RangeError) && /need the live \/proc/.test(String(e)), JSON.stringify(cpus));
    }
    assert.deepEqual((p.impl as LinuxProcess).eligibleCpus(), [0, 1, 2, 3, 8, 9, 10, 11], 'what an empty list sets');
    assert.deepEqual((new probe.Process(100).impl as LinuxProcess).eligibleCpus(), [0, 1, 2, 3, 8, 9, 10, 11], 'no Cpus_allowed_list: the online CPUs');
    // a Cpus_allowed_list of possible CPUs, some not online (VMs with hotplug): the kernel takes them, so do we
    const vm = new probe.Process(116);
    assert.deepEqual((vm.impl as LinuxProcess).eligibleCpus(), Array.from({ length: 16 }, (_, i) => i));
    for (const cpus of [[], [5], [0, 15]]) {
      assert.throws(() => vm.setCpuAffinity(cpus), (e: unknown) => !(e instanceof RangeError) && /need the live \/proc/.test(String(e)), JSON.stringify(cpus));
    }
    assert.throws(() => vm.setCpuAffinity([16]), /invalid CPU 16; choose between 0-15/);
  });

  it('createTime is bootTime + starttime / CLK_TCK; cpuTimes in seconds', () => {
    const p = new probe.Process(100);
    assert.equal(p.createTime(), 1700000000 + 12345 / 100);
    assert.deepEqual(p.cpuTimes(), { user: 2.5, system: 0.5, childrenUser: 0.03, childrenSystem: 0.01, iowait: 0.07 });
    assert.equal(p.numThreads(), 2);
    assert.equal(p.cpuNum(), 1);
    assert.deepEqual(p.numCtxSwitches(), { voluntary: 11, involuntary: 3 });
  });

  for (const page of [4096, 16384, 65536]) {
    it(`memoryInfo from statm counts pages of ${page} bytes (x86 4K, arm64 16K/64K); status is in kB whatever the page`, () => {
      setPageSize(page);
      try {
        const p = new probe.Process(100);
        const fromStatm = p.memoryInfo();
        assert.deepEqual(fromStatm, { rss: 500 * page, vms: 2560 * page, shared: 300 * page, text: 16 * page, lib: 0, data: 183 * page, dirty: 0 });
        const fromStatus = p.oneshot(() => { p.uids(); return p.memoryInfo(); });
        assert.deepEqual(fromStatus, { rss: 2000 * 1024, vms: 10240 * 1024, shared: 1200 * 1024, text: 64 * 1024, lib: 0, data: 732 * 1024, dirty: 0 });
        const iter = [...probe.processIter({ attrs: ['memoryInfo'] })].find((q) => q.pid === 100)!.info.memoryInfo;
        assert.deepEqual(iter, fromStatm, 'processIter without status reads statm too');
      } finally {
        setPageSize(undefined);
      }
    });
  }

  it('uss/pss/swap from smaps_rollup (uss = Private_*)', () => {
    const m = new probe.Process(106).memoryFullInfo() as probe.LinuxMemoryFullInfo;
    assert.equal(m.uss, (300 + 700) * 1024);
    assert.equal(m.pss, 1500 * 1024, 'Pss_Anon/Pss_File lines are not added');
    assert.equal(m.swap, 40 * 1024, 'SwapPss is not added');
  });

  it('falls back to smaps, summing every mapping and Private_Hugetlb', () => {
    const p = new probe.Process(107);
    const m = p.memoryFullInfo() as probe.LinuxMemoryFullInfo;
    assert.equal(m.uss, (200 + 4 + 8 + 16) * 1024);
    assert.equal(m.pss, (200 + 4 + 16) * 1024);
    assert.equal(m.swap, 12 * 1024);
    const grouped = p.memoryMaps();
    assert.deepEqual(grouped.map((g) => [g.path, g.rss]), [['/usr/bin/my app', 304 * 1024], ['[anon]', 16 * 1024]]);
    const flat = p.memoryMaps(false);
    assert.equal(flat.length, 3);
    assert.equal(flat[0].perms, 'r-xp');
  });

  it('environ stops at a double NUL: what a process that rewrote its environment leaves after it is garbage (psutil parse_environ_block)', () => {
    assert.deepEqual(new probe.Process(116).environ(), { A: '1', B: '2' });
  });

  it('threads() sorted by thread id, not in directory order', () => {
    const ids = new probe.Process(116).threads().map((t) => t.id);
    assert.deepEqual(ids, [3, 9, 42, 116, 125, 150, 999, 1000, 7777, 20001]);
    const t = new probe.Process(116).threads().find((x) => x.id === 1000)!;
    assert.deepEqual([t.userTime, t.systemTime], [0.03, 0.06], 'times of the task itself, from task/1000/stat');
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

  it('a denied stat (or a hidepid=1 pid whose files are all denied) still comes out of processIter with adValue, as in psutil', function () {
    this.timeout(60000);
    // root reads through any mode: both sides then run as nobody, against the same tree
    const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const root = writeTree({
      'proc/stat': PROC_STAT, ...pidFiles(200, 'open'), ...pidFiles(201, 'nostat'), ...pidFiles(202, 'hidden'), ...pidFiles(203, 'nostatus'),
    });
    const dir = bundleForNobody();
    try {
      for (const d of [root, ...fs.readdirSync(root, { recursive: true }).map((r) => path.join(root, String(r)))]) fs.chmodSync(d, 0o755);
      fs.chmodSync(path.join(root, 'proc/201/stat'), 0);
      fs.chmodSync(path.join(root, 'proc/203/status'), 0);
      fs.chmodSync(path.join(root, 'proc/202'), 0); // listed by readdir of /proc, nothing inside readable: hidepid=1
      const procfs = path.join(root, 'proc');
      const attrs = { pid: 'pid', name: 'name', ppid: 'ppid', cmdline: 'cmdline', createTime: 'create_time', status: 'status', memoryInfo: 'memory_info', uids: 'uids', username: 'username' };
      const ours = spawnSync(process.execPath, ['-e', `
        const p = require(${JSON.stringify(path.join(dir, 'probe.js'))});
        p.configure({ procfs: ${JSON.stringify(procfs)} });
        const iter = {};
        for (const q of p.processIter({ attrs: ${JSON.stringify(Object.keys(attrs))}, adValue: 'AD' })) iter[q.pid] = q.info;
        const single = {};
        for (const pid of [201, 202, 299]) {
          try {
            const q = new p.Process(pid);
            let ct; try { ct = q.createTime(); } catch (e) { ct = e.name; }
            single[pid] = { createTime: ct, running: q.isRunning(), text: String(q) };
          } catch (e) { single[pid] = e.name; }
        }
        console.log(JSON.stringify({ iter, single }));`], { ...as, encoding: 'utf8' });
      assert.equal(ours.status, 0, ours.stderr);
      const { iter, single } = JSON.parse(ours.stdout) as { iter: Record<string, Record<string, unknown>>; single: Record<string, unknown> };
      assert.deepEqual(Object.keys(iter), ['200', '201', '202', '203'], 'no process dropped');
      assert.deepEqual(single[201], { createTime: 'AccessDenied', running: true, text: 'Process(pid=201, name="?")' });
      assert.deepEqual(single[202], { createTime: 'AccessDenied', running: true, text: 'Process(pid=202, name="?")' });
      assert.equal(single[299], 'NoSuchProcess');
      const theirs = spawnSync(PYTHON, ['-c', `
import json, psutil
psutil.PROCFS_PATH = ${JSON.stringify(procfs)}
out = {}
for p in psutil.process_iter(${JSON.stringify(Object.values(attrs))}, ad_value='AD'):
    i = p.info
    if i['memory_info'] != 'AD': i['memory_info'] = i['memory_info']._asdict()
    if i['uids'] != 'AD': i['uids'] = dict(real=i['uids'].real, effective=i['uids'].effective, saved=i['uids'].saved)
    out[p.pid] = {ours: i[theirs] for ours, theirs in ${JSON.stringify(attrs)}.items()}
print(json.dumps(out))`], { ...as, encoding: 'utf8' });
      assert.equal(theirs.status, 0, theirs.stderr);
      assert.deepEqual(iter, JSON.parse(theirs.stdout));
      assert.equal(iter[201].name, 'AD');
      assert.deepEqual(iter[201].cmdline, ['nostat', '--flag']);
      assert.equal(iter[202].cmdline, 'AD');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
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

  it('children, children({recursive}), parent and parents over a family 105 -> 116 -> 117 (as psutil sees it)', () => {
    const worker = new probe.Process(105);
    assert.deepEqual(worker.children().map((c) => c.pid), [116], '118 names 105 as parent but is older: a reused pid');
    assert.deepEqual(worker.children({ recursive: true }).map((c) => c.pid).sort(), [116, 117]);
    assert.deepEqual(new probe.Process(117).children(), []);
    assert.equal(new probe.Process(117).parent()?.pid, 116);
    assert.equal(new probe.Process(116).parent()?.pid, 105);
    assert.equal(new probe.Process(118).parent(), null, 'its ppid 105 started after it: not its parent');
    assert.equal(new probe.Process(105).parent(), null, 'ppid 1 is not in this tree');
    assert.deepEqual(new probe.Process(117).parents().map((p) => p.pid), [116, 105]);
    const ref = spawnSync(PYTHON, ['-c', `
import json, psutil
psutil.PROCFS_PATH = ${JSON.stringify(path.join(FIXTURES, 'procs', 'proc'))}
w = psutil.Process(105)
print(json.dumps([[c.pid for c in w.children()], sorted(c.pid for c in w.children(recursive=True)),
    [p.pid for p in psutil.Process(117).parents()], psutil.Process(118).parent()]))`], { encoding: 'utf8' });
    assert.equal(ref.status, 0, ref.stderr);
    assert.deepEqual(JSON.parse(ref.stdout), [[116], [116, 117], [116, 105], null]);
  });

  it('memoryMaps strips " (deleted)" from a path that is gone, and keeps it on a file really named so', () => {
    const root = writeTree({ 'proc/stat': PROC_STAT, ...pidFiles(300, 'mapper'), 'lib/kept (deleted)': 'x' });
    const header = (addr: string, p: string): string => `${addr} r-xp 00000000 08:02 173521      ${p}\nSize:                  8 kB\nRss:                   4 kB\n`;
    fs.writeFileSync(path.join(root, 'proc/300/smaps'), [
      header('00400000-00402000', `${root}/lib/gone.so (deleted)`),
      header('00600000-00602000', `${root}/lib/gone.so (deleted)`),
      header('00800000-00802000', `${root}/lib/kept (deleted)`),
      header('00a00000-00a02000', '/memfd:jit (deleted)'),
    ].join(''));
    try {
      useTree(root);
      const p = new probe.Process(300);
      assert.deepEqual(p.memoryMaps(false).map((m) => m.path), [`${root}/lib/gone.so`, `${root}/lib/gone.so`, `${root}/lib/kept (deleted)`, '/memfd:jit']);
      assert.deepEqual(p.memoryMaps().map((m) => [m.path, m.rss]), [[`${root}/lib/gone.so`, 8192], [`${root}/lib/kept (deleted)`, 4096], ['/memfd:jit', 4096]]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

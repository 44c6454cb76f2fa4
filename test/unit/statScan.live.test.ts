// The table's lean per-tick read on Linux (probe.scanProcessStats): stat and statm through kept
// fds, parsed only when their bytes changed. It must give what the Process getters give.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { TableCollector } from '../../src/monitor/table';
import * as probe from '../../src/probe';
import { PidListing } from '../../src/probe/linux/statScan';
import { PYTHON, runTimeOf, runTimes, statFdsOf, until, untilAsleep, useFixture, useLive } from './helpers';

/** One scan's stats, copied out (the scan updates its objects in place). */
function scanned(): Map<number, probe.ProcessStats | null> {
  const out = new Map<number, probe.ProcessStats | null>();
  assert.equal(probe.scanProcessStats((pid, s) => out.set(pid, s && { ...s })), true, 'the live /proc has the lean scan');
  return out;
}

/** The same values from a fresh Process's getters, in one oneshot. */
function fromGetters(pid: number): probe.ProcessStats | undefined {
  try {
    const p = new probe.Process(pid);
    return p.oneshot(() => {
      const t = p.cpuTimes();
      return {
        pid, createTime: p.createTime(), ppid: p.ppid(), name: p.kernelName(), status: p.status(), numThreads: p.numThreads(),
        busy: t.user + t.system, rss: p.memoryInfo().rss,
      };
    });
  } catch {
    return undefined; // ended
  }
}

describe('the lean stat scan (live /proc)', function () {
  this.timeout(60_000);
  before(function () {
    if (process.platform !== 'linux') this.skip();
  });
  beforeEach(() => useLive());
  after(() => useLive());

  it('gives every process what its getters give, on the first scan and on scans that found the same bytes', () => {
    probe.releaseResources();
    for (let round = 0; round < 3; round++) {
      const before = runTimes();
      const stats = scanned();
      const after = runTimes();
      let compared = 0;
      const differ: string[] = [];
      for (const [pid, s] of stats) {
        if (before.get(pid) === undefined || before.get(pid) !== after.get(pid)) continue; // ran meanwhile
        const fresh = fromGetters(pid);
        if (!fresh || runTimeOf(pid) !== after.get(pid)) continue;
        // one caught on a CPU in either read: its run time is brought up to date only when it
        // leaves the CPU, so a run in progress does not show in schedstat yet
        if (s?.status === 'running' || fresh.status === 'running') continue;
        compared++;
        if (JSON.stringify(s) !== JSON.stringify(fresh)) differ.push(`${pid}: scan ${JSON.stringify(s)}\n   getters ${JSON.stringify(fresh)}`);
      }
      assert.ok(compared > stats.size / 2, `round ${round}: ${compared} of ${stats.size} compared`);
      assert.deepEqual(differ, [], `round ${round}`);
      // kernel threads (kthreadd's children, where this pid namespace shows them): no memory, statm not read
      const kernelThreads = [...stats.values()].filter((s) => s?.ppid === 2);
      assert.ok(kernelThreads.every((s) => s!.rss === 0), 'kernel threads have no RSS');
    }
  });

  it('shows new memory and a new name the next scan; keeps stat and statm open; closes both once the process ends', async () => {
    const script = 'import os,signal\nheld=[]\n'
      + 'signal.signal(signal.SIGUSR1, lambda *a: held.append(bytearray(64 << 20)))\n'
      + 'signal.signal(signal.SIGUSR2, lambda *a: os.execvp("sleep", ["sleep", "30.75"]))\nwhile True: signal.pause()\n';
    const child = spawn(PYTHON, ['-c', script], { stdio: 'ignore' });
    const pid = child.pid!;
    try {
      // SigCgt bits of SIGUSR1 and SIGUSR2: a signal before would kill it
      await until(() => (BigInt(`0x${/^SigCgt:\s*(\w+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]}`) & 0xa00n) === 0xa00n, 'the handlers set');
      const first = await until(() => { const s = scanned().get(pid); return s?.name === 'python3' ? s : undefined; }, 'python scanned');
      assert.deepEqual([statFdsOf(pid, 'stat'), statFdsOf(pid, 'statm')], [1, 1], 'stat and statm kept open');
      child.kill('SIGUSR1');
      await until(() => (fromGetters(pid)?.rss ?? 0) > first.rss + (60 << 20), '64 MiB touched');
      await untilAsleep(pid);
      assert.equal(scanned().get(pid)!.rss, fromGetters(pid)!.rss, 'the new RSS, through the kept statm');
      child.kill('SIGUSR2');
      const execd = await until(() => { const s = scanned().get(pid); return s?.name === 'sleep' ? s : undefined; }, 'the exec seen');
      assert.equal(execd.createTime, first.createTime, 'the same process');
      assert.deepEqual([statFdsOf(pid, 'stat'), statFdsOf(pid, 'statm')], [1, 1], 'through the same fds');
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const after = scanned();
      assert.equal(after.has(pid), false);
      assert.deepEqual([statFdsOf(pid, 'stat'), statFdsOf(pid, 'statm')], [0, 0], 'closed once the scan no longer finds it');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('a process that ends between its stat and its other columns is left out of the table, not thrown', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    const pid = child.pid!;
    const stats = await until(() => { const s = scanned().get(pid); return s?.name === 'sleep' ? s : undefined; }, 'sleep scanned');
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const table = new TableCollector();
    table.begin();
    table.addStats(pid, stats); // a new row reads the user, open files and I/O: the process is gone
    assert.equal(table.finish([]).some((r) => r.pid === pid), false);
  });

  it('lists /proc again only when a pid was allocated since the last listing; reuses what the last scan found otherwise', () => {
    const listing = new PidListing();
    let listings = 0;
    const listed = (): number[] => { listings++; return [1, 2, 3]; };
    assert.deepEqual(listing.take('100', listed), [1, 2, 3]);
    listing.keep([1, 3]); // 2 was found gone
    assert.deepEqual(listing.take('100', listed), [1, 3], 'no pid allocated: the same processes less the gone');
    assert.equal(listings, 1);
    listing.keep([1, 3]);
    assert.deepEqual(listing.take('101', listed), [1, 2, 3], 'a pid allocated: listed again');
    listing.keep([1, 2, 3]);
    assert.deepEqual(listing.take(undefined, listed), [1, 2, 3], 'no counter (another pid namespace): always listed');
    assert.deepEqual(listing.take(undefined, listed), [1, 2, 3]);
    assert.equal(listings, 4);
  });

  it('fixture trees are left to processIter: nothing visited, false', () => {
    useFixture('procs');
    let visited = 0;
    assert.equal(probe.scanProcessStats(() => visited++), false);
    assert.equal(visited, 0);
  });
});

// The all-processes table reads less than a whole processIter of its columns (issue #20): stat and
// statm for every process, kept open between scans; the user, open files and I/O counters only for processes
// that ran; command lines once per program. What it shows must still be what a fresh read gives.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Collector } from '../../src/monitor/collect';
import { REFRESH_TICKS, TableCollector } from '../../src/monitor/table';
import * as probe from '../../src/probe';
import { pinnedPidFileCount, readPidFilePinned } from '../../src/probe/linux/fsio';
import type { TableRow } from '../../src/protocol';
import { cap, CMDLINE_MAX } from '../../src/text/sinks';
import { PYTHON, runTimes, statFdsOf, until, untilAsleep, useLive } from './helpers';

/**
 * The table's columns read afresh with processIter (what the table read every tick before), the
 * command line capped as every row caps it (CI's runner is a bash -c of a long script).
 */
function freshRows(): Map<number, Record<string, unknown>> {
  const out = new Map<number, Record<string, unknown>>();
  for (const p of probe.processIter({ attrs: ['ppid', 'name', 'status', 'numThreads', 'memoryInfo', 'username', 'numFds', 'cmdline'], adValue: null })) {
    const i = p.info;
    out.set(p.pid, {
      ppid: i.ppid, name: i.name ?? '', status: i.status, numThreads: i.numThreads, rss: (i.memoryInfo as probe.MemoryInfo | null)?.rss ?? 0,
      username: i.username, numFds: i.numFds, cmdline: cap(((i.cmdline as string[] | null) ?? []).join(' '), CMDLINE_MAX),
    });
  }
  return out;
}

const shown = (r: TableRow): Record<string, unknown> => ({
  ppid: r.ppid, name: r.name, status: r.status, numThreads: r.numThreads, rss: r.rss, username: r.username, numFds: r.numFds, cmdline: r.cmdline,
});

describe('the table reads less than its columns (live /proc)', function () {
  this.timeout(120_000);
  before(function () {
    if (process.platform !== 'linux') this.skip();
    useLive();
  });

  it('pids() read from getdents64 records is the numeric entries readdir lists', () => {
    const byReaddir = (): number[] => fs.readdirSync('/proc').filter((n) => /^[0-9]+$/.test(n)).map(Number).sort((a, b) => a - b);
    let same = false;
    for (let round = 0; round < 5 && !same; round++) same = JSON.stringify(byReaddir()) === JSON.stringify(probe.pids()); // a process may start or end between
    assert.ok(same, `pids() ${probe.pids().length}, readdir ${byReaddir().length}`);
  });

  it('processIter keeps stat open between scans; the next scan closes the fd of a process that ended; a pinned fd never reads another process', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    const pid = child.pid!;
    try {
      await until(() => [...probe.processIter()].some((p) => p.pid === pid && p.name() === 'sleep'), 'the sleep scanned');
      assert.equal(statFdsOf(pid), 1, 'its stat is pinned after a scan');
      assert.ok(pinnedPidFileCount() >= probe.pids().length / 2, `${pinnedPidFileCount()} pinned for ${probe.pids().length} processes`);
      for (const p of probe.processIter({ attrs: ['ppid'] })) void p;
      assert.equal(statFdsOf(pid), 1, 'a second scan reads through the same fd, opens no other');
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      await until(() => !fs.existsSync(`/proc/${pid}`), 'the sleep reaped');
      // the pid now names no process (or, recycled, another): the kept fd answers ESRCH, so the
      // read goes to the path, here under a root where the pid links to this process, standing
      // for the pid's new owner
      const other = fs.readFileSync(`/proc/${process.pid}/stat`, 'latin1').split(' ')[0];
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-pid-'));
      fs.symlinkSync(`/proc/${process.pid}`, path.join(root, String(pid)));
      assert.equal(statFdsOf(pid), 1, 'still pinned until a scan or a read finds it gone');
      assert.equal(readPidFilePinned(pid, 'stat', root).split(' ')[0], other);
      fs.rmSync(root, { recursive: true });
      assert.equal(statFdsOf(pid), 0, 'the dead fd closed on that read');
      for (const p of probe.processIter({ attrs: ['ppid'] })) assert.notEqual(p.pid, pid);
      probe.releaseResources();
      assert.equal(pinnedPidFileCount(), 0, 'releaseResources closes them all');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('status and cmdline stay open only for a scan whose attributes read them; a pinned cmdline reads the argv after an exec', async () => {
    probe.releaseResources();
    const child = spawn(PYTHON, ['-c', 'import os,signal\nsignal.signal(signal.SIGUSR1, lambda *a: os.execvp("sleep", ["sleep", "30.5"]))\nwhile True: signal.pause()\n'], { stdio: 'ignore' });
    const pid = child.pid!;
    try {
      await until(() => (BigInt(`0x${/^SigCgt:\s*(\w+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]}`) & 0x200n) === 0x200n, 'the handler set');
      for (const p of probe.processIter({ attrs: ['ppid'] })) void p;
      assert.deepEqual([statFdsOf(pid, 'stat'), statFdsOf(pid, 'status'), statFdsOf(pid, 'cmdline')], [1, 0, 0], 'a ppid scan keeps stat only');
      const argvOf = (): string[] | undefined => [...probe.processIter({ attrs: ['username', 'cmdline'] })].find((p) => p.pid === pid)?.info.cmdline as string[] | undefined;
      assert.equal(argvOf()?.[0], PYTHON);
      assert.deepEqual([statFdsOf(pid, 'status'), statFdsOf(pid, 'cmdline')], [1, 1], 'username and cmdline scans keep status and cmdline');
      child.kill('SIGUSR1');
      await until(() => argvOf()?.join(' ') === 'sleep 30.5', 'the new argv through the kept fd');
      assert.equal(statFdsOf(pid, 'cmdline'), 1);
    } finally {
      child.kill('SIGKILL');
    }
  });

  // the lean Linux scan (probe.scanProcessStats), and the generic processIter path other OSes and
  // fixture trees take (any processIter but probe's own forces it)
  for (const route of ['lean', 'generic'] as const) {
    it(`every row shows what a fresh processIter of its columns reads, on the first tick and after ticks that read stat alone (${route} path)`, async () => {
      // a command line past CMDLINE_MAX, as CI's own runner has: both sides cap it alike
      const long = spawn(PYTHON, ['-c', 'import time\ntime.sleep(120)', 'x'.repeat(CMDLINE_MAX + 500)], { stdio: 'ignore' });
      try {
        await until(() => fs.readFileSync(`/proc/${long.pid}/cmdline`, 'latin1').length > CMDLINE_MAX, 'the long command line');
        await untilAsleep(long.pid!);
        comparedEveryTick(long.pid!, route === 'generic' ? (opts) => probe.processIter(opts) : undefined);
      } finally {
        long.kill('SIGKILL');
      }
    });
  }

  function comparedEveryTick(longPid: number, processIter: ((opts: probe.ProcessIterOptions) => Iterable<probe.Process>) | undefined): void {
    const table = new TableCollector();
    const collectTick = (): TableRow[] => {
      table.begin();
      table.scan(processIter);
      return table.finish([]);
    };
    const ranAtStart = runTimes();
    for (let tick = 0; tick < 4; tick++) {
      const rows = collectTick();
      const fresh = freshRows();
      const again = collectTick();
      const ranAfter = runTimes();
      let compared = 0;
      let longCompared = false;
      const differ: string[] = [];
      for (const r of rows) {
        const a = fresh.get(r.pid);
        const b = again.find((x) => x.pid === r.pid);
        // a process that ran since the first tick is not a comparison: between the reads a busy one
        // can read "running", then "sleeping", then "running" again, and one that ran for less
        // than a clock tick (no CPU time shown) has its files and user re-read only within
        // REFRESH_TICKS (the next test)
        if (ranAtStart.get(r.pid) === undefined || ranAtStart.get(r.pid) !== ranAfter.get(r.pid)) continue;
        if (!a || !b || JSON.stringify(shown(r)) !== JSON.stringify(shown(b))) continue;
        // one caught on a CPU in a read: a run in progress is not in schedstat until it leaves the CPU
        if (r.status === 'running' || a.status === 'running' || b.status === 'running') continue;
        compared++;
        if (r.pid === longPid && r.cmdline.length === CMDLINE_MAX) longCompared = true;
        if (JSON.stringify(shown(r)) !== JSON.stringify(a)) differ.push(`${r.pid}: table ${JSON.stringify(shown(r))}\n   fresh ${JSON.stringify(a)}`);
      }
      assert.ok(compared > rows.length / 2, `tick ${tick}: ${compared} of ${rows.length} compared`);
      assert.ok(longCompared, `tick ${tick}: the long command line, capped, was compared`);
      assert.deepEqual(differ, [], `tick ${tick}`);
    }
  }

  it(`a process that runs shows its new files the next tick; one that ran less than a clock tick within ${REFRESH_TICKS}; an exec shows the new program's name and command line`, async () => {
    // SIGUSR1: opens 20 files and computes for 50 ms; SIGHUP: opens 5 files and returns at once
    // (less than the 10 ms clock tick CPU time is counted in); SIGUSR2: exec()s sleep
    const script = 'import os,signal,time\nfiles=[]\n'
      + 'def busy(*a):\n  files.extend(open("/dev/null") for _ in range(20))\n  t=time.process_time()\n  while time.process_time()-t<0.05: pass\n'
      + 'signal.signal(signal.SIGUSR1, busy)\nsignal.signal(signal.SIGHUP, lambda *a: files.extend(open("/dev/null") for _ in range(5)))\n'
      + 'signal.signal(signal.SIGUSR2, lambda *a: os.execvp("sleep", ["sleep", "30.25"]))\nwhile True: signal.pause()\n';
    const child = spawn(PYTHON, ['-c', script], { stdio: 'ignore' });
    const pid = child.pid!;
    try {
      const c = new Collector();
      c.setTable(true);
      const rowOf = (): TableRow | undefined => c.collect([]).table!.find((r) => r.pid === pid);
      const fds = (): number => fs.readdirSync(`/proc/${pid}/fd`).length;
      // the three handlers installed (SigCgt bits of SIGHUP, SIGUSR1, SIGUSR2): a signal before would kill it
      await until(() => (BigInt(`0x${/^SigCgt:\s*(\w+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]}`) & 0xa01n) === 0xa01n, 'the handlers set');
      const first = await until(() => { const r = rowOf(); return r && r.numFds === fds() ? r : undefined; }, 'python in the table');
      const busy = (): number => { const t = new probe.Process(pid).cpuTimes(); return t.user + t.system; };
      const before = busy();
      child.kill('SIGUSR1');
      await until(() => fds() >= first.numFds! + 20 && busy() >= before + 0.04, 'the files opened and the CPU used');
      assert.equal(rowOf()!.numFds, first.numFds! + 20, 'read again the tick after it ran');
      child.kill('SIGHUP');
      await until(() => fds() >= first.numFds! + 25, 'five more files opened');
      let ticks = 0;
      while (rowOf()!.numFds !== first.numFds! + 25) assert.ok(++ticks <= REFRESH_TICKS, `not shown within ${REFRESH_TICKS} ticks`);
      child.kill('SIGUSR2');
      const execd = await until(() => { const r = rowOf(); return r && r.name === 'sleep' ? r : undefined; }, 'the exec seen');
      await until(() => rowOf()?.cmdline === 'sleep 30.25', 'the new command line');
      assert.equal(execd.pid, pid);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as probe from '../../src/probe';
import { Collector } from '../../src/monitor/collect';
import { USS_MAX_AGE_TICKS, USS_PER_TICK } from '../../src/monitor/table';
import { Sampler } from '../../src/monitor/sampler';
import type { ProcessDetails, SignalResult, Snapshot } from '../../src/protocol';
import { explain } from '../../src/ui/dashboardExplain';
import { spawnTrap, until } from './helpers';

const WORKER = path.resolve(__dirname, '..', '..', '..', 'dist', 'worker.js');

function nextSnapshot(s: Sampler, pred: (x: Snapshot) => boolean = () => true): Promise<Snapshot> {
  return new Promise((resolve) => { const sub = s.onSnapshot((x) => { if (pred(x)) { sub.dispose(); resolve(x); } }); });
}

const state = (pid: number): string => {
  try { return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0]; } catch { return 'gone'; }
};

describe('Dashboard data in the collector and the worker', () => {
  it('the all-processes table: every process, the editor tree marked, rates and USS filled in over ticks', async function () {
    // USS is read for USS_PER_TICK processes a tick, oldest first: a machine with hundreds of processes takes many ticks
    this.timeout(180000);
    const c = new Collector();
    const off = c.collect([process.pid]);
    assert.equal(off.table, undefined, 'no table unless a view asks');
    assert.equal(off.extras?.bootTime, Number(/^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'))![1]));
    c.setTable(true);
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    const pty = spawn('bash', ['-c', 'sleep 30; :', '--type=ptyHost'], { stdio: 'ignore' });
    try {
      let s = c.collect([process.pid]);
      await until(() => (s = c.collect([process.pid])).table!.some((r) => r.pid === child.pid));
      const rows = s.table!;
      const pids = new Set(fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number));
      assert.ok(rows.length > 10 && rows.every((r) => r.pid > 0));
      assert.ok(rows.filter((r) => pids.has(r.pid)).length > rows.length * 0.9, 'the rows are live pids');
      const me = rows.find((r) => r.pid === process.pid)!;
      assert.equal(me.root, process.pid);
      assert.equal(rows.find((r) => r.pid === child.pid)!.root, process.pid, 'a child is in the editor tree');
      assert.equal(rows.find((r) => r.pid === 1)?.root ?? 0, 0);
      await until(() => c.collect([process.pid]).table!.find((r) => r.pid === pty.pid)?.label === 'pty host', 'a VS Code role label from the command line');
      assert.equal(me.cmdline, fs.readFileSync('/proc/self/cmdline', 'utf8').split('\0').filter(Boolean).join(' '));
      assert.ok(me.rss > 0 && me.readRate !== null);
      // threads of this process: between two counts of /proc/self taken around a fresh collect. Its
      // fds are not bracketed so: the scan itself opens and closes pinned /proc files as it goes
      // (a process ended, another started), so mid-scan the count is neither the one before nor after.
      const threads = (): number => fs.readdirSync('/proc/self/task').length;
      const t0 = threads();
      const table = c.collect([process.pid]).table!;
      const t1 = threads();
      const fresh = table.find((r) => r.pid === process.pid)!;
      assert.ok(Math.min(t0, t1) <= fresh.numThreads && fresh.numThreads <= Math.max(t0, t1), `threads ${t0} <= ${fresh.numThreads} <= ${t1}`);
      assert.equal(table.find((r) => r.pid === child.pid)!.numFds, fs.readdirSync(`/proc/${child.pid}/fd`).length, 'the sleep\'s fds');
      assert.ok(fresh.numFds! > 3, `this process's fds: ${fresh.numFds}`);
      assert.ok(s.processes.some((p) => p.pid === child.pid && p.root === process.pid), 'processes derive from the table');
      await until(() => c.collect([process.pid]).table!.find((r) => r.pid === process.pid)!.uss! > 0, 'USS measured within a few ticks', 120000);
      assert.ok(s.extras!.disk === null || s.extras!.disk.readRate >= 0);
      c.setTable(false);
      assert.equal(c.collect([process.pid]).table, undefined);
    } finally {
      child.kill('SIGKILL');
      pty.kill('SIGKILL');
    }
  });

  it('one walk of /proc per tick: the editor tree and the table share it, and agree on CPU and memory', async () => {
    const walks: (readonly string[])[] = [];
    const c = new Collector((opts) => { walks.push(opts.attrs ?? []); return probe.processIter(opts); });
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await until(() => c.collect([process.pid]).processes.some((p) => p.pid === child.pid));
      walks.length = 0;
      c.collect([process.pid]);
      assert.deepEqual(walks, [['ppid']], 'status bar only: one walk reading stat alone');
      c.setTable(true);
      for (let i = 0; i < 3; i++) {
        walks.length = 0;
        const s = c.collect([process.pid]);
        assert.equal(walks.length, 1, `table on: one walk per tick, not ${walks.length}`);
        assert.ok(s.table!.length > 10 && s.processes.some((p) => p.pid === child.pid));
        for (const p of s.processes) {
          const r = s.table!.find((x) => x.pid === p.pid)!;
          assert.ok(r, `tree member ${p.pid} is a table row`);
          assert.equal(p.rss, r.rss, 'the same memory reading');
          assert.equal(p.cpuPercent, r.cpuPercent, 'the same CPU reading');
        }
      }
      walks.length = 0;
      c.collect([]);
      assert.equal(walks.length, 1, 'the table still scans without editor roots');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('a big editor tree (an extension running 30 children) takes name and CPU from the scan, memory per member', async () => {
    const walks: (readonly string[])[] = [];
    const c = new Collector((opts) => { walks.push(opts.attrs ?? []); return probe.processIter(opts); });
    const kids = Array.from({ length: 30 }, () => spawn('sleep', ['30'], { stdio: 'ignore' }));
    try {
      await until(() => kids.every((k) => c.collect([process.pid]).processes.some((p) => p.pid === k.pid)));
      walks.length = 0;
      const s = c.collect([process.pid]);
      assert.deepEqual(walks, [['ppid', 'name', 'cpuPercent']]);
      for (const k of kids) {
        const p = s.processes.find((x) => x.pid === k.pid)!;
        assert.ok(p.name === 'sleep' && p.rss > 0 && p.cpuPercent >= 0 && p.root === process.pid, JSON.stringify(p));
      }
      for (const k of kids) k.kill('SIGKILL');
      await until(() => c.collect([process.pid]).processes.length < 10);
      walks.length = 0;
      c.collect([process.pid]);
      assert.deepEqual(walks, [['ppid']], 'back to stat alone once the tree is small');
    } finally {
      for (const k of kids) k.kill('SIGKILL');
    }
  });

  it('USS (smaps_rollup, the costliest read) is read again only when RSS moved, or after USS_MAX_AGE_TICKS', async function () {
    this.timeout(180000); // as above: the sleep's first USS waits its turn among every process of the machine
    const read: number[] = [];
    const orig = probe.Process.prototype.memoryFullInfo;
    probe.Process.prototype.memoryFullInfo = function (this: probe.Process) { read.push(this.pid); return orig.call(this); };
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const c = new Collector();
      c.setTable(true);
      // settled: asleep, with its USS, and the same RSS on two ticks in a row (a sleep still loading its libraries moves)
      let lastRss = -1;
      await until(() => {
        const row = c.collect([]).table!.find((r) => r.pid === child.pid);
        const settled = !!row && row.uss! > 0 && row.rss === lastRss && /\) S /.test(fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8'));
        lastRss = row?.rss ?? -1;
        return settled;
      }, 'the sleep settles with its USS', 120000);
      read.length = 0;
      const rows = c.collect([]).table!.length;
      // the old rotation read every process again within rows / USS_PER_TICK ticks
      const ticks = Math.min(Math.ceil(rows / USS_PER_TICK) + 2, USS_MAX_AGE_TICKS - 1);
      let s = c.collect([]);
      for (let i = 1; i < ticks; i++) s = c.collect([]);
      assert.ok(!read.includes(child.pid!), `a sleep whose RSS did not move was not read again in ${ticks} ticks`);
      assert.ok(s.table!.find((r) => r.pid === child.pid)!.uss! > 0, 'its USS is still shown');
    } finally {
      probe.Process.prototype.memoryFullInfo = orig;
      child.kill('SIGKILL');
    }
  });

  it('the worker collects the table only while a view needs it', async () => {
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 250, roots: [process.pid] }, log: () => {} });
    try {
      s.start();
      assert.equal((await nextSnapshot(s)).tableDelta, undefined);
      s.needTable('dashboard', true);
      s.needTable('tree', true);
      // posted as deltas (the worker diffs): the first one is a reset with every row
      const first = (await nextSnapshot(s, (x) => !!x.tableDelta)).tableDelta!;
      assert.ok(first.reset && first.added.some((r) => r.pid === process.pid));
      s.needTable('dashboard', false);
      assert.ok((await nextSnapshot(s)).tableDelta, 'still on while another view needs it');
      s.needTable('tree', false);
      await nextSnapshot(s, (x) => !x.tableDelta);
      assert.equal((await nextSnapshot(s)).tableDelta, undefined);
    } finally {
      await s.dispose();
    }
  });

  it('details as data; signals re-check (pid, createTime): suspend, resume, a named signal, kill tree; a recycled identity is refused', async () => {
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 60000, roots: [] }, log: () => {} });
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    const tree = spawn('bash', ['-c', 'sleep 31 & sleep 32 & wait'], { stdio: 'ignore' });
    const trap = await spawnTrap();
    try {
      s.start();
      const details = await s.call('details', child.pid!, await s.call('identify', child.pid!) as number) as ProcessDetails;
      assert.equal(details.pid, child.pid);
      assert.ok(details.identity.some(([k, v]) => k === 'command line' && v === 'sleep 30'));
      assert.ok(details.memory.some(([k]) => k === 'uss'));
      const ct = details.createTime;
      const trapCt = await s.call('identify', trap.pid) as number;
      for (const method of ['suspend', 'kill', 'killTree', 'terminate', 'resume'] as const) {
        await assert.rejects(s.call(method, trap.pid, trapCt + 5), (e: Error) => e.name === 'NoSuchProcess' && /another process/.test(e.message), method);
      }
      await assert.rejects(s.call('signal', trap.pid, trapCt + 5, 'SIGUSR1'), (e: Error) => e.name === 'NoSuchProcess');
      // the target answers (neither killed nor stopped) after any signal sent before the refusals would have landed
      assert.deepEqual(await trap.report(), [{ pid: trap.pid, signals: [] }], 'a wrong createTime signals nothing');
      assert.deepEqual((await s.call('suspend', child.pid!, ct) as SignalResult).signalled.map((x) => x.pid), [child.pid]);
      await until(() => state(child.pid!) === 'T', 'stopped');
      await s.call('resume', child.pid!, ct);
      await until(() => state(child.pid!) === 'S', 'running again');
      const exited = new Promise((r) => child.once('exit', (_c, sig) => r(sig)));
      await s.call('signal', child.pid!, ct, 'SIGUSR1');
      assert.equal(await exited, 'SIGUSR1');
      await until(() => fs.readFileSync(`/proc/${tree.pid}/task/${tree.pid}/children`, 'utf8').trim().split(/\s+/).length === 2, 'the tree has two children');
      const kids = fs.readFileSync(`/proc/${tree.pid}/task/${tree.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
      const treeCt = (await s.call('details', tree.pid!, await s.call('identify', tree.pid!) as number) as ProcessDetails).createTime;
      const killed = (await s.call('killTree', tree.pid!, treeCt) as SignalResult).signalled.map((x) => x.pid);
      assert.deepEqual([...killed].sort(), [...kids, tree.pid!].sort());
      await until(() => kids.every((k) => state(k) === 'gone' || state(k) === 'Z'), 'the children are gone');
    } finally {
      child.kill('SIGKILL');
      tree.kill('SIGKILL');
      trap.child.kill('SIGKILL');
      await s.dispose();
    }
  });

  it('errors come back in words a user can act on', () => {
    const named = (name: string): Error => Object.assign(new Error('x'), { name });
    assert.match(explain(named('AccessDenied'), 1, true), /^Permission denied: this user may not act on pid 1/);
    assert.match(explain(named('NoSuchProcess'), 7, true), /Process 7 is gone, or its pid now belongs to another process: nothing was signalled/);
    assert.equal(explain(new Error('other'), 1), 'other');
  });
});

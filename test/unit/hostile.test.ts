// A hostile machine (issue #15): processes whose names and arguments are chosen to break Vitals,
// run for real, against the real worker and the real signal code.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { checkRow, guardSnapshot, MAX_TREE_ROWS } from '../../src/monitor/rowGuard';
import { processLabel, vscodeRole } from '../../src/monitor/processRoles';
import { Sampler } from '../../src/monitor/sampler';
import { refusal, signalProcess } from '../../src/monitor/signals';
import { parseEnviron } from '../../src/probe/linux/parse/pid';
import * as probe from '../../src/probe';
import type { ProcessSample, Snapshot, TableRow } from '../../src/protocol';
import { attempt, renderProcinfo } from '../../src/report/procinfo';
import { until, useLive } from './helpers';

const WORKER = path.resolve(__dirname, '..', '..', '..', 'dist', 'worker.js');
const KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** The first snapshot `accept` takes; fails loudly after 30 s (so the test's finally still kills its children). */
function nextSnapshot(s: Sampler, accept: (x: Snapshot) => boolean = () => true, what = 'a snapshot'): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out waiting for ${what} (worker restarts: ${s.restarts})`)); }, 30000);
    const sub = s.onSnapshot((x) => { if (accept(x)) { clearTimeout(timer); sub.dispose(); resolve(x); } });
  });
}

/** A process that sleeps with the given argv after `sleep.py`-like name (python3 -c keeps argv[1:] as given). */
function hostile(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn('/usr/bin/python3', ['-c', 'import time; time.sleep(300)', ...args], { stdio: 'ignore', env: { PATH: process.env.PATH, ...env } });
}

describe('hostile processes: keys that are not keys', () => {
  it('a role or label named after an Object.prototype member is an ordinary string', () => {
    for (const k of KEYS) {
      assert.equal(vscodeRole(['code', `--type=${k}`]), k);
      const label = processLabel({ pid: 1, name: k, exe: `/usr/bin/${k}`, cmdline: [`/usr/bin/${k}`, `--type=${k}`] }, []);
      assert.equal(typeof label, 'string');
      assert.equal(label, k);
    }
    assert.equal(processLabel({ pid: 1, name: 'x', exe: '/x', cmdline: ['/x', `--type=${'A'.repeat(1 << 20)}`] }, []).length, 256);
  });

  it('an environment variable named __proto__ is an entry, not a prototype', () => {
    const env = parseEnviron('__proto__=polluted\0constructor=c\0toString=t\0A=1\0');
    assert.deepEqual(Object.keys(env), ['__proto__', 'constructor', 'toString', 'A']);
    assert.equal(Object.getPrototypeOf(env), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(env, '__proto__')?.value, 'polluted');
  });

  it('a probe error quoting what it read is shown escaped in the procinfo document and the detail pane', () => {
    // MalformedFileError quotes the /proc line it could not parse; a stat line holds the process's name
    const shown = attempt(() => { throw new probe.MalformedFileError('/proc/5/stat', 'bad line "5 (invoice\u202eslx.py) \x1b[31m\u2028"'); });
    assert.equal(shown, '(malformed /proc/5/stat: bad line "5 (invoice\\u202eslx.py) \\x1b[31m\\u2028")');
    assert.equal(String(attempt(() => { throw new Error('x'.repeat(1 << 20)); })).length, 1024 + 2);
  });

  it('signal names are own properties only', () => {
    for (const k of KEYS) assert.throws(() => signalProcess(process.pid, 0, k, false), /unknown signal/);
  });
});

describe('hostile processes: the row guard', () => {
  const row: ProcessSample = { pid: 5, ppid: 1, name: 'n', createTime: 1, cpuPercent: 0, rss: 0, root: 5, label: 'l', cmdline: 'c' };

  it('drops a row with an unclonable or mistyped field, once per cause, and keeps the rest', () => {
    const bad = { ...row, pid: 6, label: Object as unknown as string };
    const worse = { ...row, pid: 7, name: 42 as unknown as string };
    const snap = { processes: [row, bad, worse, { ...bad, pid: 8 }], errors: {} } as unknown as Snapshot;
    const out = guardSnapshot(snap);
    assert.deepEqual(out.processes.map((p) => p.pid), [5]);
    assert.deepEqual(Object.keys(out.errors).sort(), ['a process row whose label is a function, not a string?', 'a process row whose name is a number, not a string'].sort());
    structuredClone(out); // what postMessage does: it must not throw
  });

  it('keeps every field the protocol gives a row: the extension of a process and the cgroup of a table row', () => {
    const sample: ProcessSample = { ...row, kind: 'extension', origin: 'o', note: 'n', depth: 1, extension: 'pub.ext' };
    const table: TableRow = { ...row, uss: 1, readRate: null, writeRate: 2, numThreads: 3, numFds: null, status: 'sleeping', username: 'u', cmdline: 'c', cgroup: '/user.slice/evil\u202e' };
    const out = guardSnapshot({ processes: [sample], table: [table, { ...table, pid: 9, cgroup: null }, { ...table, pid: 10, cgroup: undefined }], errors: {} } as unknown as Snapshot);
    assert.deepEqual(out.errors, {});
    assert.deepEqual(out.processes, [sample]);
    assert.deepEqual(out.table?.map((r) => r.cgroup), ['/user.slice/evil\u202e', null, undefined]);
    assert.deepEqual(out.table?.[0], table);
    // a mistyped cgroup is a dropped row like any other; a huge one is cut
    const bad = guardSnapshot({ processes: [], table: [{ ...table, cgroup: 5 }, { ...table, pid: 11, cgroup: `/${'x'.repeat(1 << 20)}` }], errors: {} } as unknown as Snapshot);
    assert.deepEqual(bad.table?.map((r) => [r.pid, r.cgroup?.length]), [[11, 4096]]);
  });

  it('cuts strings to their sink size and bounds the rows per tick', () => {
    const huge = 'x'.repeat(1 << 20);
    const c = checkRow<ProcessSample>({ ...row, name: huge, cmdline: huge, extra: () => 1 }, { pid: 'number', name: 'string', cmdline: 'string?' });
    assert.ok('row' in c);
    assert.equal(c.row.name.length, 256);
    assert.equal(c.row.cmdline!.length, 4096);
    assert.equal('extra' in c.row, false);
    const many = guardSnapshot({ processes: Array.from({ length: MAX_TREE_ROWS + 5 }, (_, i) => ({ ...row, pid: i + 1 })), errors: {} } as unknown as Snapshot);
    assert.equal(many.processes.length, MAX_TREE_ROWS);
  });
});

describe('hostile processes: the real worker keeps sampling', () => {
  it('with children argued constructor/__proto__/toString/hasOwnProperty, named with bidi and links, and 1 MiB command lines', async () => {
    const big = Array.from({ length: 8 }, (_, i) => `${i}`.repeat(128 * 1024 - 1)); // 8 args of 128 KiB - 1 (MAX_ARG_STRLEN)
    const kids = [
      ...KEYS.map((k) => hostile([`--type=${k}`, k])),
      hostile(['invoice\u202eslx.py', '[Undo](command:workbench.action.openSettings).py', '\x1b[31m\u2028']),
      hostile(big),
    ];
    const logs: string[] = [];
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 250, roots: [process.pid] }, log: (m) => logs.push(m) });
    try {
      s.start();
      const pids = kids.map((k) => k.pid!);
      const seen = await nextSnapshot(s, (x) => pids.every((pid) => x.processes.some((p) => p.pid === pid)), 'every hostile child in the tree');
      for (const k of KEYS) {
        const p = seen.processes.find((x) => x.pid === kids[KEYS.indexOf(k)].pid)!;
        assert.equal(p.label, k, `--type=${k} is labelled as the text it is`);
      }
      const long = seen.processes.find((x) => x.pid === kids.at(-1)!.pid)!;
      assert.ok(long.cmdline!.length <= 4096);
      // and it goes on: more ticks, the same worker, a child started later appears
      const id = s.threadId;
      const later = hostile(['--type=constructor', 'later']);
      kids.push(later);
      await nextSnapshot(s, (x) => x.processes.some((p) => p.pid === later.pid), 'the child started later');
      assert.equal(s.threadId, id);
      assert.equal(s.restarts, 0);
      assert.deepEqual(logs.filter((l) => /exited|failed/.test(l)), []);
      // the table too (the dashboard's all-processes rows)
      s.needTable('test', true);
      // the worker posts the table as deltas: the first one after the table is turned on holds every row
      const withTable = await nextSnapshot(s, (x) => !!x.tableDelta?.added.some((r) => r.pid === kids.at(-2)!.pid), 'the table with the hostile rows');
      assert.ok(withTable.tableDelta!.added.every((r) => r.cmdline.length <= 4096));
      assert.equal(s.threadId, id);
    } finally {
      for (const k of kids) k.kill('SIGKILL');
      await s.dispose();
    }
  });

  it('the procinfo document lists environment names, never values', () => {
    useLive();
    const child = hostile([], { VITALS_SECRET_TOKEN: 'hunter2-value' });
    try {
      const text = renderProcinfo(child.pid!, { createTime: new probe.Process(child.pid!).createTime() });
      assert.match(text, /VITALS_SECRET_TOKEN/);
      assert.doesNotMatch(text, /hunter2-value/);
      assert.match(renderProcinfo(child.pid!, { environValues: true }), /hunter2-value/);
      assert.throws(() => renderProcinfo(child.pid!, { createTime: 12345 }), (e: Error) => e instanceof probe.NoSuchProcess && /has ended/.test(e.message));
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('hostile processes: Vitals never turns on the editor', () => {
  it('refuses the process it runs in, its ancestors, pid 1 and kernel threads', () => {
    useLive();
    const self = new probe.Process(process.pid);
    assert.match(refusal(self) ?? '', /extension host Vitals runs in/);
    for (const a of self.parents()) {
      if (a.pid === 1) continue;
      assert.match(refusal(a) ?? '', /ancestor of the extension host/);
      assert.throws(() => signalProcess(a.pid, a.createTime(), 'SIGKILL', true), (e: Error) => e.name === 'Refused');
      assert.ok(a.isRunning());
    }
    assert.match(refusal(new probe.Process(1)) ?? '', /init process/);
    assert.throws(() => signalProcess(process.pid, self.createTime(), 'SIGSTOP', false), (e: Error) => e.name === 'Refused');
    assert.throws(() => signalProcess(process.pid, self.createTime(), 'SIGKILL', true), (e: Error) => e.name === 'Refused');
    assert.equal(self.status() === 'stopped', false);
    if (process.platform === 'linux') {
      const kthread = probe.pids().find((pid) => { try { return new probe.Process(pid).ppid() === 2; } catch { return false; } });
      if (kthread !== undefined) assert.match(refusal(new probe.Process(kthread)) ?? '', /kernel thread/);
    }
    const child = hostile([]);
    try {
      assert.equal(refusal(new probe.Process(child.pid!)), undefined, 'an ordinary child is not refused');
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('hostile processes: kill tree', () => {
  for (const [what, script] of [['a fork loop', 'while :; do sleep 1000 & done'], ['a fork loop in a child (the top stopped is not enough)', '( while :; do sleep 1000 & done ) & wait']]) {
  it(`${what} (sh -c '${script}') leaves no survivor`, async () => {
    useLive();
    const loop = spawn('sh', ['-c', script], { stdio: 'ignore', detached: true });
    const root = new probe.Process(loop.pid!);
    try {
      await until(() => root.children({ recursive: true }).length >= 3, 'the loop has started children');
      const r = signalProcess(loop.pid!, root.createTime(), 'SIGKILL', true);
      assert.equal(r.signalled[0].pid, loop.pid);
      assert.deepEqual(r.failed, []);
      const members = r.signalled.map((m) => m.pid);
      assert.ok(members.length >= 4, `the loop and its sleeps: ${members.length}`);
      // every member and anything left in the process group is gone (a zombie waiting for reaping is dead)
      const alive = (): number[] => probe.pids().filter((pid) => {
        try {
          const p = new probe.Process(pid);
          return (members.includes(pid) || p.ppid() === loop.pid || readPgid(pid) === loop.pid) && p.status() !== 'zombie';
        } catch { return false; }
      });
      await until(() => alive().length === 0, 'no member of the tree is alive');
      // nor did any sleep escape to init: the process group is empty but for zombies
      const group = probe.pids().filter((pid) => { try { return readPgid(pid) === loop.pid && new probe.Process(pid).status() !== 'zombie'; } catch { return false; } });
      assert.deepEqual(group, []);
    } finally {
      try { process.kill(-loop.pid!, 'SIGKILL'); } catch { /* gone, as it should be */ }
    }
  });
  }

  it('a vanished pid gets a clear error', async () => {
    useLive();
    const child = spawn('sleep', ['300'], { stdio: 'ignore' });
    const ct = await until(() => { try { return new probe.Process(child.pid!).createTime(); } catch { return undefined; } }, 'the child');
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited; // reaped by node: the pid is gone
    for (const tree of [false, true]) {
      assert.throws(() => signalProcess(child.pid!, ct, 'SIGKILL', tree), (e: Error) => e.name === 'NoSuchProcess' && new RegExp(`pid ${child.pid} has exited|another process`).test(e.message));
    }
  });

  it('a failure midway resumes what was stopped: a recycled pid is refused and its tree stays running', () => {
    useLive();
    const child = spawn('sh', ['-c', 'sleep 300 & sleep 300 & wait'], { stdio: 'ignore' });
    try {
      const p = new probe.Process(child.pid!);
      assert.throws(() => signalProcess(child.pid!, p.createTime() - 100, 'SIGKILL', true), (e: Error) => e.name === 'NoSuchProcess');
      assert.notEqual(p.status(), 'stopped');
    } finally {
      child.kill('SIGKILL');
    }
  });
});

function readPgid(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

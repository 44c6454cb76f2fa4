import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Collector } from '../../src/monitor/collect';
import { History, RingBuffer } from '../../src/monitor/history';
import { seriesValues } from '../../src/monitor/series';
import { Sampler } from '../../src/monitor/sampler';
import type { Snapshot } from '../../src/protocol';
import { spawnTrap, until, useLive, useTree, writeTree } from './helpers';

const WORKER = path.resolve(__dirname, '..', '..', '..', 'dist', 'worker.js');

function nextSnapshot(s: Sampler): Promise<Snapshot> {
  return new Promise((resolve) => { const sub = s.onSnapshot((x) => { sub.dispose(); resolve(x); }); });
}


describe('RingBuffer and History', () => {
  it('keeps the newest `capacity` values, oldest first, without growing', () => {
    const r = new RingBuffer(3);
    for (const v of [1, 2, 3, 4, 5]) r.push(v);
    assert.deepEqual([...r.toArray()], [3, 4, 5]);
    assert.equal(r.length, 3);
    assert.equal(r.latest(), 5);
    assert.ok(Number.isNaN(r.at(3)));
    assert.throws(() => new RingBuffer(0), RangeError);
  });

  it('History sizes itself from minutes and interval and pads late series with gaps', () => {
    const h = History.forDuration(10, 2000);
    assert.equal(h.capacity, 300);
    h.push(1, { cpu: 10 });
    h.push(2, { cpu: 20, temperature: 40 });
    assert.deepEqual([...h.get('cpu')!.toArray()], [10, 20]);
    const t = h.get('temperature')!.toArray();
    assert.ok(Number.isNaN(t[0]));
    assert.equal(t[1], 40);
    for (let i = 0; i < 1000; i++) h.push(3 + i, { cpu: i });
    assert.equal(h.get('cpu')!.length, 300);
  });
});

describe('Collector', () => {
  afterEach(() => useLive());

  it('skips a process whose files are malformed and keeps the rest of its tree', () => {
    const stat = (pid: number, ppid: number, name: string): string =>
      `${pid} (${name}) S ${ppid} ${pid} ${pid} 0 -1 4194304 0 0 0 0 10 5 0 0 20 0 1 0 500 4096000 100 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n`;
    const proc = (pid: number, ppid: number, name: string, statm: string): Record<string, string> => ({
      [`proc/${pid}/stat`]: stat(pid, ppid, name), [`proc/${pid}/statm`]: statm, [`proc/${pid}/cmdline`]: `${name}\0`,
      [`proc/${pid}/status`]: `Name:\t${name}\nUid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\n`,
    });
    useTree(writeTree({
      'proc/stat': 'cpu  100 0 100 800 0 0 0 0 0 0\ncpu0 100 0 100 800 0 0 0 0 0 0\nbtime 1700000000\n',
      'proc/meminfo': 'MemTotal: 1000 kB\nMemFree: 500 kB\nMemAvailable: 600 kB\n',
      ...proc(10, 1, 'editor', '1000 100 50 10 0 80 0\n'),
      ...proc(11, 10, 'broken', 'garbage\n'),
      ...proc(12, 10, 'healthy', '2000 200 50 10 0 80 0\n'),
    }));
    const snapshot = new Collector().collect([10]);
    assert.deepEqual(snapshot.processes.map((p) => p.name).sort(), ['editor', 'healthy']);
    assert.equal(snapshot.errors.processes, undefined, 'one bad process does not lose the list');
  });

  it('names each cpu by its kernel number: with cpu2 offline the readings are cpu0, cpu1, cpu3', () => {
    useTree(writeTree({
      'proc/stat': 'cpu  300 0 300 2400 0 0 0 0 0 0\ncpu0 100 0 100 800 0 0 0 0 0 0\ncpu1 100 0 100 800 0 0 0 0 0 0\n'
        + 'cpu3 300 0 100 400 0 0 0 0 0 0\nbtime 1700000000\n',
      'proc/meminfo': 'MemTotal: 1000 kB\nMemFree: 500 kB\nMemAvailable: 600 kB\n',
    }));
    const snapshot = new Collector().collect([]);
    assert.deepEqual(snapshot.cpu.cpuIds, [0, 1, 3]);
    assert.deepEqual(snapshot.cpu.perCpu, [20, 20, 50]);
    const values = seriesValues(snapshot);
    assert.equal(values.cpu3, 50, 'the history series of cpu3 holds cpu3');
    assert.equal(values.cpu2, undefined);
  });
});

describe('Sampler (worker thread)', () => {
  it('posts snapshots from the worker with the editor roots followed', async () => {
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 250, roots: [process.pid] }, log: () => {} });
    try {
      s.start();
      const snap = await nextSnapshot(s);
      assert.equal(snap.cpu.count, os.cpus().length);
      assert.equal(snap.memory.total, os.totalmem());
      assert.deepEqual(snap.errors, {});
      assert.ok(snap.processes.some((p) => p.pid === process.pid && p.root === process.pid));
      assert.ok(s.threadId! > 0);
    } finally {
      await s.dispose();
    }
    assert.equal(s.running, false);
  });

  it('dispose() lets the worker close what its probe held open: no pinned /proc file stays in this process', async function () {
    if (process.platform !== 'linux') this.skip();
    // what the probe keeps open between calls: pinned /proc files
    const held = (): string[] => fs.readdirSync('/proc/self/fd').flatMap((fd) => {
      try { return [fs.readlinkSync(`/proc/self/fd/${fd}`)]; } catch { return []; }
    }).filter((l) => l.startsWith('/proc/')).sort();
    const before = held();
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 250, roots: [process.pid] }, log: () => {} });
    s.start();
    await nextSnapshot(s);
    await nextSnapshot(s);
    const during = held();
    assert.ok(during.length > before.length, `the worker holds nothing open while it samples: ${during.join(', ')}`);
    await s.dispose(30000); // the worker's own stop, not the terminate() fallback, even on a starved machine
    assert.deepEqual(held(), before);
  });

  it('answers procinfo, and refuses to kill a pid whose createTime changed: the target gets no signal at all', async () => {
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 60000, roots: [] }, log: () => {} });
    const target = await spawnTrap();
    try {
      s.start();
      assert.match(String(await s.call('procinfo', process.pid)), new RegExp(`pid +${process.pid}`));
      for (const method of ['kill', 'terminate', 'suspend', 'killTree'] as const) {
        await assert.rejects(s.call(method, target.pid, 12345), (e: Error) => e.name === 'NoSuchProcess', method);
      }
      // the target answers after any signal sent before the refusal came back would have landed
      assert.deepEqual(await target.report(), [{ pid: target.pid, signals: [] }], 'nothing was signalled');
      assert.equal(target.child.signalCode, null);
      await assert.rejects(s.call('procinfo', 999999999), /no longer exists/);
    } finally {
      target.child.kill('SIGKILL');
      await s.dispose();
    }
  });

  it('restarts a dead worker with back-off and logs each failure once', async () => {
    const logs: string[] = [];
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 60000, roots: [] }, log: (m) => logs.push(m), backoffMs: 20 });
    try {
      s.start();
      for (let i = 0; i < 3; i++) {
        const id = s.threadId;
        await (s as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
        await until(() => s.running && s.threadId !== id);
      }
      assert.equal(s.restarts, 3);
      assert.equal(logs.filter((l) => l.includes('exited with code')).length, 1, logs.join('\n'));
    } finally {
      await s.dispose();
    }
  });

  it('a worker that cannot start is retried with doubling delays (10, 20, 40, 80, 80 ms), not in a hot loop; none after dispose', async () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-w-')), 'bad.js');
    fs.writeFileSync(bad, 'throw new Error("boom")');
    const logs: string[] = [];
    // the clock is ours: each restart the sampler asks for is recorded, and run when the test says so
    const asked: { ms: number; run: () => void; cancelled: boolean }[] = [];
    const schedule = (run: () => void, ms: number): { cancel(): void } => {
      const t = { ms, run, cancelled: false };
      asked.push(t);
      return { cancel: () => { t.cancelled = true; } };
    };
    const s = new Sampler({ workerPath: bad, config: { intervalMs: 1000, roots: [] }, log: (m) => logs.push(m), backoffMs: 10, maxBackoffMs: 80, schedule });
    s.start();
    for (let i = 1; i <= 5; i++) {
      await until(() => asked.length === i && !s.running, `failure ${i} to ask for a restart`);
      assert.equal(s.restarts, i - 1, 'no restart before its delay has passed');
      asked[i - 1].run();
      assert.equal(s.restarts, i);
    }
    await until(() => asked.length === 6 && !s.running, 'the sixth failure');
    assert.deepEqual(asked.map((t) => t.ms), [10, 20, 40, 80, 80, 80], 'the delay doubles up to maxBackoffMs');
    assert.equal(logs.filter((l) => l.includes('boom')).length, 1, logs.join('\n'));
    await s.dispose();
    assert.equal(asked[5].cancelled, true, 'dispose cancels the pending restart');
    assert.equal(s.restarts, 5);
  });

  it('pauses and resumes sampling; sampleNow reads once while paused', async () => {
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 250, roots: [] }, log: () => {} });
    try {
      s.start();
      await nextSnapshot(s);
      s.pause();
      // the worker answers in order: once this reply is in, every snapshot it took before the pause has arrived
      await s.call('procinfo', process.pid);
      let count = 0;
      const sub = s.onSnapshot(() => count++);
      await new Promise((r) => setTimeout(r, 700));
      assert.equal(count, 0, 'no samples while paused');
      s.sampleNow();
      await until(() => count === 1);
      s.resume();
      await until(() => count >= 3, 'two ticks after resume');
      sub.dispose();
    } finally {
      await s.dispose();
    }
  });
});

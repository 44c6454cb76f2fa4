// Issue #20: the worker diffs the all-processes table and posts only deltas; applied in order by
// the webview's own TableModel they must give back the whole table, across resets and restarts.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Collector } from '../../src/monitor/collect';
import { Sampler } from '../../src/monitor/sampler';
import { TableDiffer } from '../../src/monitor/tableDiff';
import type { Snapshot, TableDelta, TableRow } from '../../src/protocol';
import { FADE_MS, TableModel } from '../../webview/model';
import { until } from './helpers';

const WORKER = path.resolve(__dirname, '..', '..', '..', 'dist', 'worker.js');

/** The rows the webview shows as live (fading rows of exited processes left out), as TableRows. */
function live(m: TableModel): Map<number, TableRow> {
  const out = new Map<number, TableRow>();
  for (const [pid, r] of m.rows) {
    if (r.goneAt !== undefined) continue;
    const { addedAt: _a, cpuHist: _c, goneAt: _g, ...rest } = r;
    out.set(pid, rest as TableRow);
  }
  return out;
}


/** The webview holds exactly the table: the same pids, each field (absent optional fields skipped). */
function same(m: TableModel, table: readonly TableRow[], what: string): void {
  const got = live(m);
  assert.deepEqual([...got.keys()].sort((a, b) => a - b), table.map((r) => r.pid).sort((a, b) => a - b), `${what}: the same pids`);
  for (const r of table) {
    const g = got.get(r.pid)!;
    for (const k of Object.keys(r) as (keyof TableRow)[]) {
      if (r[k] === undefined) continue;
      assert.deepEqual(g[k], r[k], `${what}: pid ${r.pid} ${k}`);
    }
  }
}

describe('table deltas from the worker (issue #20)', () => {
  it('live tables from /proc, diffed as the worker does, applied in order by the webview model, are the whole table each tick: also after a reset and after a restart (a new differ)', async function () {
    this.timeout(120000);
    const c = new Collector();
    c.setTable(true);
    const m = new TableModel();
    let differ = new TableDiffer();
    let now = 1000;
    const children = [];
    try {
      for (let i = 0; i < 12; i++) {
        // processes come and go between ticks: a child started, an older one killed
        children.push(spawn('sleep', ['30'], { stdio: 'ignore' }));
        if (i % 3 === 2) children.shift()!.kill('SIGKILL');
        await new Promise((r) => setTimeout(r, 50));
        if (i === 5) differ.reset(); // the dashboard reopened: tableReset
        if (i === 9) differ = new TableDiffer(); // the worker restarted: its differ state is gone
        const table = c.collect([process.pid]).table!;
        const delta = differ.diff(table);
        assert.equal(delta.reset === true, i === 0 || i === 5 || i === 9, `tick ${i}: a reset exactly on the first delta, after reset() and after a restart`);
        // across the thread boundary the delta is cloned: apply what a postMessage would carry
        m.apply(structuredClone(delta), (now += 2000));
        m.prune(now + FADE_MS);
        same(m, table, `tick ${i}`);
      }
    } finally {
      for (const ch of children) ch.kill('SIGKILL');
    }
  });

  it('the real worker posts deltas only (never the table); tableReset and a restarted worker each give a reset; applied in order they are the worker\'s rows', async function () {
    this.timeout(120000);
    // a long interval: each tick here is one sampleNow, so no tick runs between a delta and the checks
    const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 600000, roots: [process.pid] }, log: () => {}, backoffMs: 10, schedule: (fn) => { const t = setTimeout(fn, 10); return { cancel: () => clearTimeout(t) }; } });
    const m = new TableModel();
    let now = 1000;
    const deltas: TableDelta[] = [];
    s.onSnapshot((x: Snapshot) => {
      assert.equal(x.table, undefined, 'the whole table never crosses to the host');
      assert.deepEqual(x.treeRoots, [process.pid], 'the tree\'s roots listed by the worker');
      if (x.tableDelta) {
        deltas.push(x.tableDelta);
        assert.equal(x.tableDeltaBytes, Buffer.byteLength(JSON.stringify(x.tableDelta)), 'its size measured in the worker');
        m.apply(x.tableDelta, (now += 2000));
        m.prune(now + FADE_MS);
      }
    });
    /** Every row the webview now holds is the one the worker last posted for that process. */
    const agrees = async (what: string): Promise<void> => {
      const rows = live(m);
      assert.ok(rows.has(process.pid), `${what}: this process is in the table`);
      for (const [pid, r] of rows) {
        const theirs = await s.call('tableRow', pid, r.createTime) as TableRow | null;
        assert.ok(theirs, `${what}: the worker has pid ${pid}`);
        for (const k of Object.keys(theirs) as (keyof TableRow)[]) {
          if (theirs[k] !== undefined) assert.deepEqual(r[k], theirs[k], `${what}: pid ${pid} ${k}`);
        }
      }
    };
    const tick = async (what: string): Promise<TableDelta> => {
      const n = deltas.length;
      s.sampleNow();
      await until(() => deltas.length > n, `a delta (${what})`, 60000);
      await agrees(what);
      return deltas[deltas.length - 1];
    };
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      s.start();
      s.needTable('dashboard', true);
      assert.equal((await tick('the table turned on')).reset, true, 'the first delta is the whole table');
      const second = await tick('a plain tick');
      assert.equal(second.reset, undefined);
      assert.ok(live(m).has(child.pid!), 'a running child is a row');
      child.kill('SIGKILL');
      for (let i = 0; i < 100 && live(m).has(child.pid!); i++) await tick('the child killed');
      assert.ok(!live(m).has(child.pid!) && deltas.some((d) => d.removed.includes(child.pid!)), 'the killed child removed');
      s.tableReset();
      assert.equal((await tick('after tableReset')).reset, true, 'tableReset: the next delta is the whole table');
      assert.equal((await tick('after the reset')).reset, undefined);
      const restarts = s.restarts;
      await (s as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
      await until(() => s.restarts > restarts && s.running, 'the worker restarted', 60000);
      assert.equal((await tick('after the restart')).reset, true, 'a restarted worker starts with the whole table');
      assert.equal((await tick('a tick after the restart')).reset, undefined);
      s.needTable('dashboard', false);
      s.needTable('dashboard', true);
      assert.equal((await tick('the table off and on again')).reset, true);
    } finally {
      child.kill('SIGKILL');
      await s.dispose();
    }
  });
});

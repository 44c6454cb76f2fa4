// The extension host thread's work per dashboard tick (issue #20), on real tables recorded here:
// before, the host received the whole table, diffed it and serialised the tick (per process, per
// tick); now the worker diffs and the host receives and forwards the delta. Each path is timed as
// the host runs it: v8.deserialize of what the worker posted (postMessage's structured clone), the
// history values, the tick message and its JSON size. Interleaved, CPU time.
import v8 from 'node:v8';
import { require, timeInterleaved } from './lib.mjs';
import { spawnSleepers } from './processes.mjs';

const TICKS = 10;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ms = (x) => `${(x.median / 1000).toFixed(3)} ms (${(x.min / 1000).toFixed(3)}–${(x.max / 1000).toFixed(3)})`;

export async function benchHostTick(EXTRA = Number(process.env.VITALS_BENCH_EXTRA || 1000)) {
  console.log(`\nHost thread per dashboard tick (${EXTRA} extra processes running; CPU, median and min–max of interleaved rounds)`);
  const m = require('../out/bench/collector-entry.js');
  const extra = await spawnSleepers(EXTRA, m.pids);
  try {
    await sleep(500);
    const roots = [process.pid];
    const c = new m.Collector();
    c.setTable(true);
    const snaps = [];
    for (let i = 0; i < TICKS; i++) { await sleep(300); snaps.push(c.collect(roots)); }
    const rows = snaps.at(-1).table.length;
    // what the worker posts: before, the snapshot with its table; now, the snapshot with the delta
    const workerDiffer = new m.TableDiffer();
    workerDiffer.diff(snaps[0].table);
    const whole = snaps.slice(1).map((s) => v8.serialize(s));
    const deltas = snaps.slice(1).map((s) => {
      const { table, ...rest } = s;
      const tableDelta = workerDiffer.diff(table);
      return v8.serialize({ ...rest, tableDelta, tableDeltaBytes: Buffer.byteLength(JSON.stringify(tableDelta)), treeRoots: [...new Set(s.processes.map((p) => p.root))] });
    });
    // the old host differ, warmed on the first table; replaying the recorded ticks in a loop
    // makes one wrap-around diff per cycle, as a tick with many changes
    const hostDiffer = new m.TableDiffer();
    hostDiffer.diff(snaps[0].table);
    let i = 0;
    let j = 0;
    const before = () => {
      const s = v8.deserialize(whole[i++ % whole.length]);
      const table = hostDiffer.diff(s.table);
      const msg = { type: 'tick', tick: m.buildTick(s, m.seriesValues(s), s.processes.length ? [...new Set(s.processes.map((p) => p.root))] : roots, table) };
      return Buffer.byteLength(JSON.stringify(msg));
    };
    const after = () => {
      const s = v8.deserialize(deltas[j++ % deltas.length]);
      const tick = m.buildTick(s, m.seriesValues(s), s.treeRoots.length ? s.treeRoots : roots);
      const bytes = Buffer.byteLength(JSON.stringify({ type: 'tick', tick })) + s.tableDeltaBytes + 9;
      return { tick: { ...tick, table: s.tableDelta }, bytes };
    };
    const [b, a] = timeInterleaved([before, after], 9, 9);
    console.log(`  ${rows} table rows; posted by the worker per tick: whole table ${(whole[1].length / 1024).toFixed(0)} KB, delta ${(deltas[1].length / 1024).toFixed(1)} KB (v8 serialised)`);
    console.log(`  before: host receives the table, diffs it, serialises the tick   ${ms(b.cpu)}`);
    console.log(`  now: host receives the delta and forwards it                      ${ms(a.cpu)}   (${(a.cpu.median / b.cpu.median).toFixed(3)}x)`);
  } finally {
    await extra.reap();
  }
}

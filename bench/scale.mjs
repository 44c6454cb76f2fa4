// 5,000 extra sleeping processes: the sampler's ticks in CPU time (status bar + editor tree, and the
// all-processes table) per tick and per process against the C floor and psutil on the table's
// attributes, the table's message sizes, then the dashboard benchmark (webview render) at that load.
import { benchDashboard } from './dashboard.mjs';
import { header, psutilRounds, ratio, require, row, times, timeInterleaved } from './lib.mjs';
import { cFloorScan, spawnSleepers } from './processes.mjs';

const EXTRA = 5000;
const PSUTIL_TABLE_ATTRS = ['ppid', 'name', 'create_time', 'status', 'num_threads', 'cpu_percent', 'memory_info', 'username', 'io_counters', 'num_fds'];

export async function benchScale() {
  const m = require('../out/bench/collector-entry.js');
  const sleepers = await spawnSleepers(EXTRA, m.pids);
  try {
    const count = m.pids().length;
    console.log(`\nScale: ${count} processes (${EXTRA} extra sleeps outside the editor's tree); per tick, ratios in CPU time`);
    header();
    const roots = [process.pid];
    const statusOnly = new m.Collector();
    const withTable = new m.Collector();
    withTable.setTable(true);
    const floor = cFloorScan(count);
    const py = psutilRounds('', `for p in psutil.process_iter(${JSON.stringify(PSUTIL_TABLE_ATTRS)}): pass`);
    const fns = [() => statusOnly.collect(roots), () => withTable.collect(roots)];
    if (floor.run) fns.push(floor.run);
    if (py) fns.push(py);
    const [status, table, cFloor, psutil] = timeInterleaved(fns, 1, 7);
    const first = new m.TableDiffer();
    const s1 = withTable.collect(roots);
    const firstBytes = Buffer.byteLength(JSON.stringify(first.diff(s1.table)));
    const s2 = withTable.collect(roots);
    const steadyBytes = Buffer.byteLength(JSON.stringify(first.diff(s2.table)));
    row('sampler tick, status bar + editor tree', status, `${ratio(status, cFloor)} one C-floor scan (${s2.processes.length} tree members; its reads do not grow with the machine)`);
    row('sampler tick, all-processes table on', table, `${ratio(table, cFloor)} one C-floor scan; psutil on the table's attrs costs ${times(psutil, table)}x`);
    row('C floor: one scan (stat, status, cmdline)', cFloor, floor.reason ?? '');
    row('python3-psutil process_iter(table attrs)', psutil);
    console.log(`  table delta posted: first tick ${(firstBytes / 1024).toFixed(0)} KB (every row once), then ${(steadyBytes / 1024).toFixed(1)} KB per tick (${s2.table.length} rows)`);
  } finally {
    await sleepers.reap();
  }
  await benchDashboard(EXTRA);
}

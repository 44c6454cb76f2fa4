import assert from 'node:assert/strict';
import { History } from '../../src/monitor/history';
import { seriesValues, sensorReadings } from '../../src/monitor/series';
import { markRoots } from '../../src/monitor/table';
import { ROW_FIELDS } from '../../src/monitor/tableDiff';
import type { TableRow, Snapshot } from '../../src/protocol';
import { buildTick, confirmText, historyPayload, TableDiffer, validateFromWebview } from '../../src/ui/dashboardModel';
import { batteryLevel, cellText, formatRate, formatTemperature, formatUptime, levelOf } from '../../webview/format';
import { CPU_HISTORY, FADE_MS, flatRows, matches, sortRows, TableModel, treeRows } from '../../webview/model';
import { SeriesStore } from '../../webview/series';
import * as shared from '../../src/levels';
import pkg from '../../package.json';

function row(pid: number, ppid: number, over: Partial<TableRow> = {}): TableRow {
  return {
    pid, ppid, name: `p${pid}`, createTime: 1000 + pid, cpuPercent: 0, rss: 1024, uss: null, readRate: 0, writeRate: 0,
    numThreads: 1, numFds: 3, status: 'sleeping', username: 'root', cmdline: `/bin/p${pid} --flag`, root: 0, ...over,
  };
}

function snapshot(over: Partial<Snapshot> = {}): Snapshot {
  return {
    time: 1_700_000_000_000, host: 'h', cpu: { percent: 12.5, perCpu: [10, 15], cpuIds: [0, 1], count: 2 },
    memory: { total: 100, available: 60, used: 40, percent: 40 }, swap: { total: 0, used: 0, percent: 0 }, loadAvg: [1, 2, 3],
    temperatures: { coretemp: [{ label: 'Core 0', current: 50, high: 80, critical: 100 }, { label: 'Core 0', current: 55, high: 80, critical: 100 }] },
    battery: null, processes: [], errors: {}, sampleMs: 1,
    extras: { memCached: 7, bootTime: 1_699_999_000, disk: { readRate: 5, writeRate: 6 }, net: null },
    ...over,
  };
}

describe('dashboard: formatting', () => {
  it('formats rates, uptimes, temperatures and cells', () => {
    assert.equal(formatRate(0), '0 B/s');
    assert.equal(formatRate(1536), '1.5 KiB/s');
    assert.equal(formatRate(null), '-');
    assert.equal(formatUptime(42), '42s');
    assert.equal(formatUptime(5 * 60 + 3), '5m 03s');
    assert.equal(formatUptime(4 * 3600 + 5 * 60), '4h 05m');
    assert.equal(formatUptime(3 * 86400 + 4 * 3600), '3d 4h');
    assert.equal(formatUptime(-1), '-');
    assert.equal(formatTemperature(50, 'celsius'), '50 °C');
    assert.equal(formatTemperature(100, 'fahrenheit'), '212 °F');
    const r = row(7, 1, { name: 'evil\x1b[2J\x07', uss: null, numFds: null, createTime: 100 });
    assert.equal(cellText(r, 'name', 200), 'evil\\x1b[2J\\x07', 'control characters are shown escaped, never passed to the DOM raw');
    assert.equal(cellText(r, 'uss', 200), '-');
    assert.equal(cellText(r, 'numFds', 200), '-');
    assert.equal(cellText(r, 'uptime', 200), '1m 40s');
    assert.equal(cellText(row(8, 1, { name: '<img src=x onerror=alert(1)>' }), 'name', 0), '<img src=x onerror=alert(1)>');
    assert.equal(cellText(row(9, 1, { name: 'MainThread', label: 'extension host' }), 'name', 0), 'extension host (MainThread)', 'the role leads');
    assert.equal(cellText(row(9, 1, { name: 'code-server', label: 'code-server' }), 'name', 0), 'code-server');
  });

  it('the cards and the status bar use one level rule: every item on both sides of its warning and error (defaults from package.json); the battery\'s runs the other way', () => {
    assert.equal(levelOf, shared.levelOf, 'webview/format re-exports src/levels, which src/ui/statusBar uses');
    assert.equal(batteryLevel, shared.batteryLevel);
    const props = (pkg as { contributes: { configuration: { properties: Record<string, { default: unknown }> } } }).contributes.configuration.properties;
    for (const item of ['cpu', 'memory', 'temperature']) {
      const t = props[`vitals.thresholds.${item}`].default as { warning: number; error: number };
      assert.ok(t.warning < t.error, item);
      const seen = [t.warning - 0.1, t.warning, t.error - 0.1, t.error, t.error + 10].map((v) => levelOf(v, t));
      assert.deepEqual(seen, ['ok', 'warning', 'warning', 'error', 'error'], `${item} at ${t.warning}/${t.error}`);
    }
    assert.equal(levelOf(null, { warning: 0, error: 0 }), 'ok', 'no reading is not an alarm');
    assert.equal(levelOf(Number.NaN, { warning: 0, error: 0 }), 'ok');
    // unplugged (false) or not known to be plugged (null): 20 % or less warns, 10 % or less is an error
    for (const plugged of [false, null]) {
      assert.deepEqual([21, 20, 11, 10, 0].map((p) => batteryLevel(p, plugged)), ['ok', 'warning', 'warning', 'error', 'error'], `plugged ${plugged}`);
    }
    assert.deepEqual([21, 20, 10, 0].map((p) => batteryLevel(p, true)), ['ok', 'ok', 'ok', 'ok'], 'charging is never an alarm');
  });
});

describe('dashboard: filtering and sorting', () => {
  const rows = [row(10, 1, { cpuPercent: 5, username: 'alice', cmdline: 'node server.js' }), row(2, 1, { cpuPercent: 50, name: 'Code' }),
    row(33, 1, { cpuPercent: 5, uss: 10 }), row(4, 1, { cpuPercent: 0.5, username: null })];

  it('filters on name, pid, user or command line, every term, ignoring case', () => {
    assert.deepEqual(rows.filter((r) => matches(r, 'code')).map((r) => r.pid), [2]);
    assert.deepEqual(rows.filter((r) => matches(r, '33')).map((r) => r.pid), [33]);
    assert.deepEqual(rows.filter((r) => matches(r, 'ALICE')).map((r) => r.pid), [10]);
    assert.deepEqual(rows.filter((r) => matches(r, 'node server')).map((r) => r.pid), [10]);
    assert.deepEqual(rows.filter((r) => matches(r, 'node nothing')).map((r) => r.pid), []);
    assert.equal(rows.filter((r) => matches(r, '  ')).length, 4);
  });

  it('sorts by any column, nulls last, ties by pid', () => {
    assert.deepEqual(sortRows([...rows], { column: 'cpuPercent', descending: true }).map((r) => r.pid), [2, 10, 33, 4]);
    assert.deepEqual(sortRows([...rows], { column: 'cpuPercent', descending: false }).map((r) => r.pid), [4, 10, 33, 2]);
    assert.deepEqual(sortRows([...rows], { column: 'uss', descending: true }).map((r) => r.pid), [33, 2, 4, 10]);
    assert.deepEqual(sortRows([...rows], { column: 'username', descending: false }).map((r) => r.pid), [10, 2, 33, 4]);
    assert.deepEqual(sortRows([...rows], { column: 'name', descending: false }).map((r) => r.pid), [2, 10, 33, 4]);
    // uptime: the oldest process (smallest createTime) has the longest uptime
    assert.deepEqual(sortRows([...rows], { column: 'uptime', descending: true }).map((r) => r.pid), [2, 4, 10, 33]);
    assert.deepEqual(flatRows(rows, 'root', { column: 'pid', descending: false }).map((v) => [v.row.pid, v.posinset, v.setsize]), [[2, 1, 2], [33, 2, 2]]);
  });
});

describe('dashboard: the editor tree', () => {
  // 100 = extension host with children 101 (cpu 1) and 102 (cpu 9); 102 has 103; 200 is a terminal root; 300 is not the editor's
  const rows = [row(100, 1, { root: 100 }), row(101, 100, { root: 100, cpuPercent: 1 }), row(102, 100, { root: 100, cpuPercent: 9 }),
    row(103, 102, { root: 100, name: 'rust-analyzer' }), row(200, 50, { root: 200 }), row(300, 1)];
  const byCpu = { column: 'cpuPercent', descending: true } as const;

  it('markRoots tags descendants with their root, the first root winning', () => {
    const rs = [row(1, 0), row(5, 1), row(6, 5), row(7, 6), row(8, 1)];
    const children = new Map<number, number[]>();
    for (const r of rs) children.set(r.ppid, [...(children.get(r.ppid) ?? []), r.pid]);
    markRoots(new Map(rs.map((r) => [r.pid, r])), children, [5, 6, 8]);
    assert.deepEqual(rs.map((r) => r.root), [0, 5, 5, 5, 8]);
  });

  it('builds the tree, roots in the editor order, children sorted within their parent', () => {
    const t = treeRows(rows, [200, 100], '', byCpu, new Set());
    assert.deepEqual(t.map((v) => [v.row.pid, v.depth]), [[200, 0], [100, 0], [102, 1], [103, 2], [101, 1]]);
    const host = t.find((v) => v.row.pid === 100)!;
    assert.equal(host.hasChildren, true);
    assert.equal(host.expanded, true);
    assert.deepEqual([t[2].posinset, t[2].setsize], [1, 2]);
  });

  it('collapses, and a filter keeps the ancestors of matches expanded', () => {
    assert.deepEqual(treeRows(rows, [100, 200], '', byCpu, new Set([100])).map((v) => v.row.pid), [100, 200]);
    const f = treeRows(rows, [100, 200], 'rust', byCpu, new Set([100, 102]));
    assert.deepEqual(f.map((v) => [v.row.pid, v.depth]), [[100, 0], [102, 1], [103, 2]]);
    assert.equal(f[0].expanded, true);
    assert.deepEqual(treeRows(rows, [100], 'nothing-matches', byCpu, new Set()), []);
  });
});

describe('dashboard: deltas', () => {
  it('TableDiffer reports a change in each one of ROW_FIELDS alone (the straight-code check covers every field)', () => {
    const values: Record<string, unknown> = { ppid: 9, name: 'other', createTime: 5, cpuPercent: 1.5, rss: 7, uss: 3, readRate: 1, writeRate: 2,
      numThreads: 4, numFds: 8, status: 'zombie', username: 'nobody', cmdline: 'x y', root: 6, label: 'pty host', cgroup: '/a' };
    for (const f of ROW_FIELDS) {
      const d = new TableDiffer();
      d.diff([row(1, 0)]);
      const delta = d.diff([{ ...row(1, 0), [f]: values[f] }]);
      if (f === 'createTime') assert.deepEqual([delta.removed, delta.added.length], [[1], 1], f);
      else assert.deepEqual(delta.changed, [{ pid: 1, [f]: values[f] }], f);
    }
  });

  it('TableDiffer sends changed fields only, removals, and a recycled pid as remove + add', () => {
    const d = new TableDiffer();
    const first = d.diff([row(1, 0), row(2, 1)]);
    assert.equal(first.reset, true);
    assert.deepEqual(first.added.map((r) => r.pid), [1, 2]);
    const second = d.diff([row(1, 0, { cpuPercent: 3 }), row(2, 1), row(3, 1)]);
    assert.equal(second.reset, undefined);
    assert.deepEqual(second.changed, [{ pid: 1, cpuPercent: 3 }]);
    assert.deepEqual(second.added.map((r) => r.pid), [3]);
    const third = d.diff([row(1, 0, { cpuPercent: 3 }), row(3, 1, { createTime: 5 })]);
    assert.deepEqual(third.removed.sort(), [2, 3]);
    assert.deepEqual(third.added.map((r) => [r.pid, r.createTime]), [[3, 5]]);
    assert.deepEqual(third.changed, []);
    d.reset();
    assert.equal(d.diff([row(1, 0)]).reset, true);
  });

  it('TableModel applies deltas: values, new rows flagged, exited rows fade then go, CPU history per row', () => {
    const d = new TableDiffer();
    const m = new TableModel();
    m.apply(d.diff([row(1, 0), row(2, 1)]), 1000);
    assert.equal(m.rows.get(1)!.addedAt, 0, 'rows present at load are not "new"');
    m.apply(d.diff([row(1, 0, { cpuPercent: 7 }), row(2, 1), row(3, 1)]), 2000);
    assert.equal(m.rows.get(1)!.cpuPercent, 7);
    assert.deepEqual(m.rows.get(1)!.cpuHist, [0, 7]);
    assert.equal(m.rows.get(3)!.addedAt, 2000);
    const structural = m.apply(d.diff([row(1, 0, { cpuPercent: 7 }), row(3, 1)]), 3000);
    assert.equal(structural, true);
    assert.equal(m.rows.get(2)!.goneAt, 3000, 'an exited row stays to fade out');
    assert.equal(m.prune(3000 + FADE_MS - 1), 0);
    assert.equal(m.prune(3000 + FADE_MS), 1);
    assert.equal(m.rows.has(2), false);
    for (let i = 0; i < CPU_HISTORY + 10; i++) m.apply(d.diff([row(1, 0, { cpuPercent: i % 3 }), row(3, 1)]), 4000 + i);
    assert.equal(m.rows.get(1)!.cpuHist.length, CPU_HISTORY);
    // pid 3 recycled: the new process starts a fresh history
    m.apply(d.diff([row(1, 0), row(3, 1, { createTime: 9 })]), 9000);
    assert.deepEqual(m.rows.get(3)!.cpuHist, [0]);
    assert.equal(m.rows.get(3)!.createTime, 9);
  });

  it('the reset path: after a hide/show the first delta replaces a non-empty model, and every row is the new table\'s', () => {
    const d = new TableDiffer();
    const m = new TableModel();
    m.apply(d.diff([row(1, 0), row(2, 1), row(3, 1), row(5, 1)]), 1000);
    m.apply(d.diff([row(1, 0, { cpuPercent: 40 }), row(2, 1, { rss: 77 }), row(3, 1)]), 2000); // 5 exited: fading
    assert.equal(m.rows.get(5)!.goneAt, 2000);
    // hidden: the host stops diffing and resets its differ when the panel shows again (Dashboard.sendInit);
    // meanwhile 2 exited, 3 was recycled, 4 and 6 started, 1 changed
    d.reset();
    const table = [row(1, 0, { cpuPercent: 12, name: 'one' }), row(3, 1, { createTime: 9, name: 'three again' }), row(4, 1, { rss: 5 }), row(6, 4)];
    const delta = d.diff(table);
    assert.equal(delta.reset, true);
    assert.deepEqual([delta.changed, delta.removed], [[], []], 'a reset delta carries whole rows only');
    assert.equal(m.apply(delta, 5000), true);
    assert.deepEqual([...m.rows.keys()].sort(), [1, 3, 4, 6], 'rows of before the reset are gone, fading ones too');
    for (const r of table) {
      const { addedAt, cpuHist, goneAt, ...rest } = m.rows.get(r.pid)!;
      assert.deepEqual(rest, r, `row ${r.pid} is the new table's`);
      assert.deepEqual([addedAt, goneAt, cpuHist], [0, undefined, [r.cpuPercent]], `row ${r.pid}: not flagged new, not fading, a fresh CPU history`);
    }
    // and the next delta is a plain one again, applied on top
    m.apply(d.diff([...table.slice(0, 3), row(6, 4, { cpuPercent: 3 })]), 6000);
    assert.deepEqual([m.rows.get(6)!.cpuPercent, m.rows.get(6)!.cpuHist], [3, [0, 3]]);
  });

  it('SeriesStore loads the history at once, appends ticks, pads new series and trims to capacity', () => {
    const h = new History(4);
    h.push(1, { cpu: 1 });
    h.push(2, { cpu: 2, temp: NaN });
    const s = new SeriesStore();
    s.load(historyPayload(h), h.capacity);
    assert.deepEqual(s.time, [1, 2]);
    assert.deepEqual(s.get('cpu'), [1, 2]);
    assert.deepEqual(s.get('temp'), [null, null], 'NaN crosses as null (a gap)');
    assert.equal(s.hasData('temp'), false);
    s.push({ time: 3, values: { cpu: 3, disk: 9 } });
    assert.deepEqual(s.get('disk'), [null, null, 9]);
    assert.deepEqual(s.get('temp'), [null, null, null]);
    s.push({ time: 3, values: { cpu: 99 } });
    assert.deepEqual(s.get('cpu'), [1, 2, 3], 'a replayed tick is ignored');
    s.push({ time: 4, values: { cpu: 4 } });
    s.push({ time: 5, values: { cpu: 5 } });
    assert.deepEqual(s.time, [2, 3, 4, 5]);
    assert.deepEqual(s.get('cpu'), [2, 3, 4, 5]);
    assert.equal(s.latest('cpu'), 5);
  });

  it('seriesValues and buildTick: per-core, memory, rates, sensors with stable keys, gaps as null', () => {
    const s = snapshot();
    const keys = sensorReadings(s).map((t) => t.key);
    assert.deepEqual(keys, ['temp:coretemp/Core 0', 'temp:coretemp/Core 0#2']);
    const v = seriesValues(s);
    assert.equal(v.cpu0, 10);
    assert.equal(v.cpu1, 15);
    assert.equal(v.memCached, 7);
    assert.equal(v.diskRead, 5);
    assert.ok(Number.isNaN(v.netSent));
    assert.ok(Number.isNaN(v.swapUsed), 'no swap configured: a gap, not a zero');
    assert.equal(v.temperature, 55);
    const t = buildTick(s, v, [42]);
    assert.equal(t.time, 1_700_000_000);
    assert.equal(t.values.netSent, null);
    assert.equal(t.memory.cached, 7);
    assert.equal(t.bootTime, 1_699_999_000);
    assert.equal(t.sensors.length, 2);
    assert.equal(JSON.parse(JSON.stringify(t)).values.netSent, null);
  });
});

describe('dashboard: messages from the webview', () => {
  it('accepts the known commands and refuses unknown ones and bad pids', () => {
    assert.deepEqual(validateFromWebview({ type: 'ready' }), { ok: true, msg: { type: 'ready' } });
    assert.deepEqual(validateFromWebview({ type: 'details', pid: 42, createTime: 3.5 }), { ok: true, msg: { type: 'details', pid: 42, createTime: 3.5 } });
    assert.deepEqual(validateFromWebview({ type: 'environ', pid: 42 }), { ok: false, reason: 'environ without a creation time: undefined' });
    const kill = validateFromWebview({ type: 'action', action: 'kill', pid: 42, createTime: 12.5, name: 'sleep', extra: 'ignored' });
    assert.deepEqual(kill, { ok: true, msg: { type: 'action', action: 'kill', pid: 42, createTime: 12.5, name: 'sleep' } });
    const sig = validateFromWebview({ type: 'action', action: 'signal', pid: 42, createTime: 1, name: 'x', signal: 'SIGUSR1' });
    assert.equal(sig.ok && sig.msg.type === 'action' && sig.msg.signal, 'SIGUSR1');
    for (const [bad, why] of [
      [null, /not an object/], ['ready', /not an object/], [{ type: 'eval', code: '1' }, /unknown command "eval"/],
      [{ type: 'details', pid: 0 }, /positive integer/], [{ type: 'details', pid: -5 }, /positive integer/],
      [{ type: 'details', pid: 1.5 }, /positive integer/], [{ type: 'details', pid: '42' }, /positive integer/],
      [{ type: 'details', pid: 2 ** 40 }, /positive integer/],
      [{ type: 'action', action: 'format-disk', pid: 1, createTime: 1 }, /unknown action/],
      [{ type: 'action', action: 'kill', pid: 1 }, /creation time/],
      [{ type: 'action', action: 'signal', pid: 1, createTime: 1, signal: 'SIGSEGV; rm -rf' }, /unknown signal/],
    ] as [unknown, RegExp][]) {
      const r = validateFromWebview(bad);
      assert.equal(r.ok, false, JSON.stringify(bad));
      assert.match((r as { reason: string }).reason, why);
    }
  });

  it('the pane\'s result names the action as its button does (the modal users see is checked in the host: confirmations.test.ts)', () => {
    const v = validateFromWebview({ type: 'action', action: 'killTree', pid: 42, createTime: 1, name: 'x' });
    assert.ok(v.ok && v.msg.type === 'action');
    assert.equal(confirmText(v.msg as never, 'node').button, 'Kill Tree');
  });
});

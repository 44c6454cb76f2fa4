// The dashboard with 300 extra processes on the machine: bytes posted to the webview per tick,
// the webview's render time per tick in Chromium, and the sampler's tick cost with the
// all-processes table on against processIter alone (and the status-bar-only tick), same run.
import os from 'node:os';
import { launchBrowser } from '../test/host/runner.mjs';
import { require, timeInterleaved } from './lib.mjs';

/** A Measure as "cpu X ms (min-max), wall Y ms". */
const ms = (m) => `cpu ${(m.cpu.median / 1000).toFixed(2)} ms (${(m.cpu.min / 1000).toFixed(2)}–${(m.cpu.max / 1000).toFixed(2)}), wall ${(m.wall.median / 1000).toFixed(2)} ms (${(m.wall.min / 1000).toFixed(2)}–${(m.wall.max / 1000).toFixed(2)})`;
const cpuX = (a, b) => (a.cpu.median / b.cpu.median).toFixed(2);
import { openHarness, postTickWithFrame, postToWebview } from './webviewHarness.mjs';
import { spawnSleepers } from './processes.mjs';

const DEFAULT_EXTRA = 300;
const TICKS = 24;
const TICK_MS = 700;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function benchDashboard(EXTRA = DEFAULT_EXTRA) {
  console.log(`\nDashboard (${EXTRA} extra processes running)`);
  const m = require('../out/bench/collector-entry.js');
  const extra = await spawnSleepers(EXTRA, m.pids);
  let browser;
  try {
    await sleep(500);
    const roots = [process.pid];

    // sampler tick cost, interleaved so machine load hits all three alike
    const statusOnly = new m.Collector();
    const withTable = new m.Collector();
    withTable.setTable(true);
    const iterOnly = () => { let n = 0; for (const p of m.processIter({ attrs: ['ppid'] })) n += p.pid; return n; };
    const extras = () => { m.diskIoCounters(); m.netIoCounters(); m.bootTime(); };
    // VITALS_BENCH_BASE_COLLECTOR=<a collector-entry.js bundle of another build>: its two ticks timed in the same rounds
    const baseM = process.env.VITALS_BENCH_BASE_COLLECTOR ? require(process.env.VITALS_BENCH_BASE_COLLECTOR) : undefined;
    const baseFns = [];
    if (baseM) {
      const bs = new baseM.Collector();
      const bt = new baseM.Collector();
      bt.setTable(true);
      baseFns.push(() => bs.collect(roots), () => bt.collect(roots));
    }
    const [iterUs, statusUs, tableUs, extrasUs, baseStatusUs, baseTableUs] = timeInterleaved([iterOnly, () => statusOnly.collect(roots), () => withTable.collect(roots), extras, ...baseFns], 3, 9);
    const rows = withTable.collect(roots).table.length;

    // record real ticks: history, table deltas, message sizes
    const collector = new m.Collector();
    collector.setTable(true);
    const history = m.History.forDuration(10, 2000);
    const differ = new m.TableDiffer();
    const ticks = [];
    let s = collector.collect(roots);
    for (let i = 0; i < history.capacity; i++) history.push(s.time / 1000 - (history.capacity - i) * 2, m.seriesValues(s)); // a full history at open
    // the panel opens with the history as it is before the recorded ticks: each tick then brings a new
    // point, as live (an opening message built after the loop would already hold every tick's point,
    // so the webview would drop each tick as a replay and redraw unchanged data)
    const openedWith = m.historyPayload(history);
    for (let i = 0; i < TICKS; i++) {
      await sleep(TICK_MS);
      s = collector.collect(roots);
      const values = m.seriesValues(s);
      history.push(s.time / 1000, values);
      ticks.push({ type: 'tick', tick: m.buildTick(s, values, roots, differ.diff(s.table)) });
    }
    const sizes = ticks.map((t) => Buffer.byteLength(JSON.stringify(t)));
    const init = {
      type: 'init', selfPid: process.pid, intervalMs: 2000, temperatureUnit: 'celsius', capacity: history.capacity, history: openedWith,
      thresholds: { cpu: { warning: 70, error: 90 }, memory: { warning: 70, error: 90 }, temperature: { warning: 80, error: 95 } },
    };

    // render time in Chromium: the all-processes table sorted by CPU, all charts in view
    browser = await launchBrowser();
    const { page, dispose } = await openHarness(browser);
    // VITALS_BENCH_BASE_WEBVIEW=<dir with webview.js/.css>: a baseline build fed the same ticks, interleaved
    const baseDir = process.env.VITALS_BENCH_BASE_WEBVIEW;
    const base = baseDir ? await openHarness(browser, { dist: baseDir }) : undefined;
    for (const pg of [page, base?.page].filter(Boolean)) {
      await postToWebview(pg, init);
      await postToWebview(pg, ticks[0]);
      await pg.click('button[data-mode="all"]');
    }
    const renders = [];
    const baseRenders = [];
    const frames = [];
    const baseFrames = [];
    const parts = {};
    for (const t of ticks.slice(1)) {
      const r = await postTickWithFrame(page, t);
      renders.push(r.render);
      frames.push(r.render + r.frame);
      for (const [k, v] of Object.entries(await page.evaluate(() => window.__vitals.perf.parts))) (parts[k] ??= []).push(v);
      await sleep(50);
      if (base) {
        const b = await postTickWithFrame(base.page, t);
        baseRenders.push(b.render);
        baseFrames.push(b.render + b.frame);
        await sleep(50);
      }
    }
    await base?.dispose();
    const domRows = await page.evaluate(() => document.querySelectorAll('.grid-body .grid-row:not([hidden])').length);
    const drawn = await page.evaluate(() => document.querySelectorAll('.chart:not(.is-empty) canvas').length);
    await dispose();

    const steady = sizes.slice(1);
    const churn = ticks.slice(1).map((t) => t.tick.table.added.length + t.tick.table.removed.length);
    console.log(`  bytes posted per tick (median / max, ${steady.length} ticks)      ${kb(median(steady)).padStart(8)} / ${kb(Math.max(...steady))}   (target < 20 KB; processes started or ended per tick: median ${median(churn)}, max ${Math.max(...churn)})`);
    console.log(`  first tick after opening (every row once)           ${kb(sizes[0]).padStart(8)}`);
    console.log(`  opening message (history, ${history.capacity} points)            ${kb(Buffer.byteLength(JSON.stringify(init))).padStart(8)}`);
    console.log(`  webview render per tick (median / p95 / min)        ${median(renders).toFixed(2).padStart(8)} ms / ${p95(renders).toFixed(2)} ms / ${Math.min(...renders).toFixed(2)} ms   (target < 4 ms; ${rows} processes, ${domRows} DOM rows)`);
    if (base) console.log(`  baseline webview (${baseDir}), same ticks interleaved  ${median(baseRenders).toFixed(2).padStart(8)} ms / ${p95(baseRenders).toFixed(2)} ms / ${Math.min(...baseRenders).toFixed(2)} ms   (this build ${(median(renders) / median(baseRenders)).toFixed(2)}x the baseline's median)`);
    console.log(`  the same plus the frame after it (style, layout, paint) ${median(frames).toFixed(2).padStart(8)} ms / ${p95(frames).toFixed(2)} ms${base ? `   (baseline ${median(baseFrames).toFixed(2)} ms / ${p95(baseFrames).toFixed(2)} ms; this build ${(median(frames) / median(baseFrames)).toFixed(2)}x)` : ''}`);
    console.log(`    (median per part: ${Object.entries(parts).map(([k, v]) => `${k} ${median(v).toFixed(2)} ms`).join(', ')})`);
    console.log(`    (${drawn} charts with data (of 6; this machine has no data for the rest) of ${history.capacity} points drawn included, as is every tick's new point; load average during the run: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.cpus().length} cores)`);
    console.log(`  sampler tick, processIter alone (ppid)              ${ms(iterUs)}`);
    console.log(`  sampler tick, status bar only (table off)           ${ms(statusUs)}   (${cpuX(statusUs, iterUs)}x processIter in CPU)`);
    console.log(`    of which the dashboard's disk/net/boot readings    ${ms(extrasUs)}   (the only addition to the status-bar tick)`);
    console.log(`  sampler tick, all-processes table on                ${ms(tableUs)}   (${cpuX(tableUs, iterUs)}x processIter in CPU)`);
    if (baseM) {
      console.log(`  baseline (${process.env.VITALS_BENCH_BASE_COLLECTOR}), same rounds:`);
      console.log(`    status bar only                                   ${ms(baseStatusUs)}   (this build ${cpuX(statusUs, baseStatusUs)}x the baseline in CPU)`);
      console.log(`    all-processes table on                            ${ms(baseTableUs)}   (this build ${cpuX(tableUs, baseTableUs)}x the baseline in CPU)`);
    }
  } catch (e) {
    console.log(`  (dashboard benchmark failed: ${e.stack ?? e.message})`);
  } finally {
    await browser?.close().catch(() => {});
    await extra.reap();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDashboard();

// Extension costs in a real VS Code host, and the sampler's heap over 10,000 ticks.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInHost } from '../test/host/runner.mjs';
import { require } from './lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function heapMiB() {
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export async function benchExtension() {
  console.log('\nExtension host (real VS Code, sampler at 250 ms)');
  try {
    // VS Code's automatic port forwarding (findCandidatePorts in the extension host) reads the fd
    // links of every process on the machine every few seconds: with 3,000 extra processes it took
    // 10-12 % of the host thread with Vitals paused, which hid Vitals' own share. Off here: the
    // bench measures Vitals (VITALS_BENCH_PORT_FINDER=1 keeps it on).
    const settings = { 'vitals.pauseWhenHidden': false, ...(process.env.VITALS_BENCH_PORT_FINDER ? {} : { 'remote.autoForwardPorts': false, 'remote.autoForwardPortsSource': 'output' }) };
    const r = await runInHost({ testsIndex: path.join(root, 'out', 'bench', 'host', 'index.js'), settings, keepOnFailure: false });
    console.log(`  activate() on the host thread                  ${r.activationMs.toFixed(2).padStart(8)} ms   (target < 30 ms)`);
    console.log(`  bundle evaluation (require of dist/extension.js) ${r.loadMs.toFixed(2).padStart(6)} ms`);
    console.log(`  event-loop delay p99, Vitals idle              ${r.idle.p99.toFixed(2).padStart(8)} ms   (max ${r.idle.max.toFixed(2)} ms)`);
    console.log(`  event-loop delay p99, sampling every 250 ms    ${r.sampling.p99.toFixed(2).padStart(8)} ms   (max ${r.sampling.max.toFixed(2)} ms, ${r.ticks} ticks in ${r.seconds} s)`);
    console.log(`  p99 added by sampling                          ${(r.sampling.p99 - r.idle.p99).toFixed(2).padStart(8)} ms   (target < 1 ms)`);
    printCost(r.cost);
  } catch (e) {
    console.log(`  (host benchmark failed: ${e.message.split('\n')[0]})`);
  }

  if (!global.gc) {
    console.log('  (heap growth needs node --expose-gc; run `npm run bench`)');
    return;
  }
  const { Collector } = require('../out/bench/collector-entry.js');
  const { History } = require('../out/bench/collector-entry.js');
  const collector = new Collector();
  const history = History.forDuration(10, 250);
  const roots = [process.pid];
  const tick = () => {
    const s = collector.collect(roots);
    history.push(s.time / 1000, { cpu: s.cpu.percent, memory: s.memory.percent, swap: s.swap.percent });
  };
  for (let i = 0; i < 100; i++) tick();
  const after100 = heapMiB();
  for (let i = 100; i < 10000; i++) tick();
  const after10k = heapMiB();
  console.log(`  sampler heap after 100 ticks                   ${after100.toFixed(2).padStart(8)} MiB`);
  console.log(`  sampler heap after 10,000 ticks                ${after10k.toFixed(2).padStart(8)} MiB   (growth ${(after10k - after100).toFixed(2)} MiB, ${(((after10k - after100) / after100) * 100).toFixed(1)} %)`);
}

/** The host's cost phases (bench/host/index.ts): percent of one core, 2 s interval. */
function printCost(c) {
  if (!c || c.skipped) { console.log(`  Vitals' CPU share: ${c?.skipped ?? 'not measured'}`); return; }
  const pct = (x) => `${x.toFixed(2)} %`;
  console.log(`\nVitals' share of one core in the real host, 2 s interval, ${c.seconds} s per phase (sampler thread's own clock; host main thread minus its share with the sampler paused, ${pct(c.pausedHost)})`);
  if (c['extra.pausedHost'] !== undefined) console.log(`  (with the 3,000 extra sleeps, the host thread's share with the sampler paused: ${pct(c['extra.pausedHost'])})`);
  if (c['extra.pausedHot']?.length) console.log(`  what the host thread ran meanwhile (10 s profile, self time, share of a core):\n${c['extra.pausedHot'].map((l) => `    ${l}`).join('\n')}`);
  for (const [label, name] of [['base', 'this machine as it is'], ['extra', `${c.processes} processes (3,000 extra sleeps)`]]) {
    for (const view of ['statusBar', 'dashboard']) {
      const p = c[`${label}.${view}`];
      if (!p) continue;
      const added = p.host - (c[`${label}.pausedHost`] ?? c.pausedHost);
      if (view === 'statusBar' && c[`${label}.tableOffConfirmed`] === false) console.log('  (the dashboard did not close: the next row has the table on)');
      console.log(`  ${name}, ${view === 'statusBar' ? 'status bar only' : 'dashboard open (all-processes table)'}`.padEnd(78) + `sampler ${pct(p.worker)}, host thread +${pct(added)}, ${p.members} editor processes, table in ${p.tableTicks} ticks (sampler per tick: ${p.tickMs})${view === 'dashboard' ? `, ${(c[`${label}.dashboardBytesPerTick`] / 1024).toFixed(1)} KB per tick` : ''}   (targets: sampler <= ${view === 'statusBar' ? '0.5' : label === 'extra' ? '6' : '1.5'} %, host +0.3 %)`);
    }
  }
}

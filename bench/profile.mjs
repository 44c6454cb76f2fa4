// What profiling the extension host costs it: CPU time (all threads: V8's sampler thread included)
// of a Node process over a 10 s window, without a profile and with Vitals' in-process profile at
// 10 ms and at 1 ms (Profiler.start, the window, Profiler.stop, the attribution), on an idle host
// (a timer every 100 ms: what most extension hosts are most of the time) and on a busy one
// (TypeScript transpiling every 20 ms). Each run is a fresh process; rounds interleave; the median
// is printed, and the start / stop / attribution CPU measured inside the run.
// Run: `npm run bench -- profile` (or `node bench/profile.mjs` after `npm run build:tests`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const WINDOW_MS = Number(process.env.VITALS_BENCH_PROFILE_WINDOW_MS || 10000);
const ROUNDS = Number(process.env.VITALS_BENCH_PROFILE_ROUNDS || 3);

const cpuMs = (d) => (d.user + d.system) / 1000;

/** CPU ms of V8's profiler thread (it sends the sampling signals and turns ticks into the profile), from schedstat (ns). */
function profilerThreadMs() {
  let ns = 0;
  for (const t of fs.readdirSync('/proc/self/task')) {
    try {
      if (fs.readFileSync(`/proc/self/task/${t}/comm`, 'utf8').trim() !== 'v8:ProfEvntProc') continue;
      ns += Number(fs.readFileSync(`/proc/self/task/${t}/schedstat`, 'utf8').split(' ')[0]);
    } catch { /* gone */ }
  }
  return ns / 1e6;
}

async function child(mode, intervalUs) {
  const ts = require(path.join(root, 'node_modules', 'typescript')); // loaded in both modes: a host full of code
  const { HostProfiler, distill } = require(path.join(root, 'out', 'bench', 'profile-entry.js'));
  const source = Array.from({ length: 40 }, (_, i) => `export function f${i}(a: number): number { return a * ${i} + [1, 2, 3].map((x) => x + a).length; }`).join('\n');
  const busy = () => ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2020 } });
  busy();
  let n = 0;
  const timer = mode === 'busy' ? setInterval(busy, 20) : setInterval(() => { n += JSON.stringify({ n }).length; }, 100);
  await new Promise((r) => setTimeout(r, 1500)); // warm-up
  const phases = { start: 0, stop: 0, distill: 0, thread: 0 };
  const cpu0 = process.cpuUsage();
  let samples = 0;
  if (intervalUs > 0) {
    const { Session } = require('node:inspector');
    // a session whose commands are timed (they run synchronously on this thread)
    const openSession = () => {
      const s = new Session();
      return {
        connect: () => s.connect(),
        disconnect: () => s.disconnect(),
        post: (m, p, cb) => {
          if (m === 'Profiler.stop') phases.thread = profilerThreadMs(); // the thread ends with the profile
          const c = process.cpuUsage();
          s.post(m, p, (e, r) => {
            const d = cpuMs(process.cpuUsage(c));
            if (m === 'Profiler.stop') phases.stop += d; else phases.start += d;
            cb(e, r);
          });
        },
      };
    };
    const { profile } = await new HostProfiler({ openSession }).profile({ windowMs: WINDOW_MS, intervalUs });
    samples = profile.samples.length;
    const c = process.cpuUsage();
    distill(profile, Array.from({ length: 100 }, (_, i) => ({ id: `pub.ext${i}`, paths: [`/home/u/.vscode/extensions/pub.ext${i}-1.0.0`] }))
      .concat([{ id: 'ms.typescript', paths: [path.join(root, 'node_modules', 'typescript')] }]), { firstSampleIsStartup: true });
    phases.distill = cpuMs(process.cpuUsage(c));
  } else {
    await new Promise((r) => setTimeout(r, WINDOW_MS));
  }
  const total = cpuMs(process.cpuUsage(cpu0));
  clearInterval(timer);
  process.stdout.write(JSON.stringify({ cpuMs: total, samples, phases }));
}

function run(mode, intervalUs) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, String(intervalUs)], { encoding: 'utf8', timeout: WINDOW_MS + 60000 });
  if (r.status !== 0) throw new Error(`profile bench child failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f0 = (v) => v.toFixed(0);

export async function benchProfile() {
  console.log(`\nExtension host profile: CPU time of a ${WINDOW_MS / 1000} s window (all threads), median of ${ROUNDS} fresh processes each`);
  for (const mode of ['idle', 'busy']) {
    const runs = { 0: [], 10000: [], 1000: [] };
    for (let i = 0; i < ROUNDS; i++) for (const k of [0, 10000, 1000]) runs[k].push(run(mode, k));
    const base = median(runs[0].map((r) => r.cpuMs));
    console.log(`  ${mode === 'idle' ? 'idle host (a timer every 100 ms)' : 'busy host (TypeScript transpiling every 20 ms; the whole-process figure moves with the machine\'s load, the profile\'s own parts do not)'}`);
    console.log(`    no profile (baseline)        ${f0(base).padStart(6)} ms CPU   (runs: ${runs[0].map((r) => f0(r.cpuMs)).join(', ')})`);
    for (const k of [10000, 1000]) {
      const m = median(runs[k].map((r) => r.cpuMs));
      const added = m - base;
      const ofCore = (added / WINDOW_MS) * 100;
      const ph = (p) => f0(median(runs[k].map((r) => r.phases[p])));
      // what the profile itself spent: its thread, and start / stop / attribution on the host's thread
      const direct = median(runs[k].map((r) => r.phases.thread + r.phases.start + r.phases.stop + r.phases.distill));
      const directPct = (direct / WINDOW_MS) * 100;
      const target = k === 10000 ? `   target < 2 %: ${ofCore < 2 && directPct < 2 ? 'met' : 'NOT MET'}` : '';
      console.log(`    profile at ${String(k / 1000).padEnd(2)} ms               ${f0(m).padStart(6)} ms CPU   added ${f0(added)} ms = ${ofCore.toFixed(2)} % of a core;`
        + ` the profile's own parts ${f0(direct)} ms = ${directPct.toFixed(2)} %${target}`
        + `   (${median(runs[k].map((r) => r.samples))} samples; profiler thread ${ph('thread')} ms, start ${ph('start')} ms, stop ${ph('stop')} ms, attribution ${ph('distill')} ms; runs: ${runs[k].map((r) => f0(r.cpuMs)).join(', ')})`);
    }
  }
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], Number(process.argv[4]));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  await benchProfile();
}

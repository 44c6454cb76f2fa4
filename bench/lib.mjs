// Shared benchmark helpers: every figure is measured in the same run as its baseline.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export const require = createRequire(import.meta.url);
export const PYTHON = '/usr/bin/python3';

/** Median µs per call of fn over `rounds` rounds of `iterations` calls, after a warm-up. */
export const { timeIt } = require('./timeIt.cjs');

/**
 * Times several functions in interleaved rounds (A B C A B C ...) so that drift in machine load
 * hits all of them alike; returns each one's median µs per call. A function marked with
 * selfTimed(fn) times itself: it is called once per round with the iteration count and returns
 * its own µs per call (a program in another process, timed inside it).
 */
export function timeInterleaved(fns, iterations = 30, rounds = 15) {
  const samples = fns.map(() => []);
  for (const fn of fns) if (!fn.selfTimed) for (let i = 0; i < Math.min(iterations, 10); i++) fn();
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, k) => {
      if (fn.selfTimed) { samples[k].push(fn(iterations)); return; }
      const t0 = process.hrtime.bigint();
      for (let i = 0; i < iterations; i++) fn();
      samples[k].push(Number(process.hrtime.bigint() - t0) / 1000 / iterations);
    });
  }
  return samples.map((s) => { s.sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; });
}

export function selfTimed(fn) {
  return Object.assign(fn, { selfTimed: true });
}

export async function timeItAsync(fn, iterations = 5, rounds = 3) {
  await fn();
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / iterations);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** Runs python code whose last line prints a number (µs); returns it, or null without psutil. */
export function pythonMicros(code) {
  const r = spawnSync(PYTHON, ['-c', code], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`  (python3-psutil unavailable: ${r.stderr.trim().split('\n').pop()})`);
    return null;
  }
  return Number(r.stdout.trim().split('\n').pop());
}

/** Same timing discipline as timeIt, in Python. `setup` and `body` are Python source. */
export function psutilTiming(setup, body, iterations = 200, rounds = 7) {
  return pythonMicros(`
import time, psutil
${setup}
def tick():
${body.split('\n').map((l) => '    ' + l).join('\n')}
for _ in range(${Math.min(iterations, 20)}): tick()
samples = []
for _ in range(${rounds}):
    t0 = time.perf_counter_ns()
    for _ in range(${iterations}): tick()
    samples.append((time.perf_counter_ns() - t0) / 1000 / ${iterations})
samples.sort()
print(samples[len(samples) // 2])
`);
}

export function fmt(us) {
  return us === null || us === undefined ? 'n/a' : us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`;
}

export function ratio(a, b) {
  if (a === null || b === null || a === undefined || b === undefined) return 'n/a';
  const r = a / b;
  return `${r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}x`;
}

export function row(label, us, extra = '') {
  console.log(`  ${label.padEnd(46)} ${fmt(us).padStart(10)}  ${extra}`);
}

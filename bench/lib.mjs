// Shared benchmark helpers: every figure is measured in the same run as its baseline, in CPU time
// (the cost: user + system of the whole process, all threads) beside wall time (the latency), as the
// median and spread of interleaved rounds. See bench/timeIt.cjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

export const require = createRequire(import.meta.url);
export const PYTHON = '/usr/bin/python3';

/** Measure (CPU and wall µs per call, median and spread) of fn over `rounds` rounds of `iterations` calls, after a warm-up. */
export const { timeIt, Measure, cpuMicros, oneRound } = require('./timeIt.cjs');

/** CPU µs of this process's waited-for children (/proc/self/stat cutime + cstime, clock-tick resolution). */
export function childrenCpuMicros() {
  const stat = fs.readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) * 10_000; // USER_HZ is 100 on every Linux ABI Node runs on
}

/**
 * Times several functions in interleaved rounds (A B C A B C ...) so that drift in machine load
 * hits all of them alike; returns each one's Measure. A function marked with selfTimed(fn) times
 * itself: it is called once per round with the iteration count and returns its own
 * { wall, cpu } µs per call (a program in another process, timed inside it).
 */
export function timeInterleaved(fns, iterations = 30, rounds = 15) {
  const wall = fns.map(() => []);
  const cpu = fns.map(() => []);
  for (const fn of fns) if (!fn.selfTimed) for (let i = 0; i < Math.min(iterations, 10); i++) fn();
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, k) => {
      if (fn.selfTimed) {
        const m = fn(iterations);
        wall[k].push(m.wall);
        if (m.cpu !== null && m.cpu !== undefined) cpu[k].push(m.cpu);
        return;
      }
      const [w, c] = oneRound(fn, iterations);
      wall[k].push(w);
      cpu[k].push(c);
    });
  }
  return fns.map((_, k) => new Measure(wall[k], cpu[k]));
}

export function selfTimed(fn) {
  return Object.assign(fn, { selfTimed: true });
}

/** timeIt for an async function; `childCpu`: add the CPU time of children it spawned and waited for (ps ...). */
export async function timeItAsync(fn, iterations = 5, rounds = 3, { childCpu = false } = {}) {
  await fn();
  const wall = [];
  const cpu = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = cpuMicros() + (childCpu ? childrenCpuMicros() : 0);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) await fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1000 / iterations);
    cpu.push((cpuMicros() + (childCpu ? childrenCpuMicros() : 0) - c0) / iterations);
  }
  return new Measure(wall, cpu);
}

/** Runs python code whose last line prints JSON; returns it parsed, or null without psutil. */
function pythonJson(code) {
  const r = spawnSync(PYTHON, ['-c', code], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`  (python3-psutil unavailable: ${r.stderr.trim().split('\n').pop()})`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** Python source timing tick() for `rounds` rounds of `iterations`: prints {"wall": [µs], "cpu": [µs]} per call. */
function psutilProgram(setup, body, iterations, rounds, warmup) {
  return `
import json, time, psutil
${setup}
def tick():
${body.split('\n').map((l) => '    ' + l).join('\n')}
for _ in range(${warmup}): tick()
wall, cpu = [], []
for _ in range(${rounds}):
    t0, c0 = time.perf_counter_ns(), time.process_time_ns()
    for _ in range(${iterations}): tick()
    wall.append((time.perf_counter_ns() - t0) / 1000 / ${iterations})
    cpu.append((time.process_time_ns() - c0) / 1000 / ${iterations})
print(json.dumps({"wall": wall, "cpu": cpu}))
`;
}

/** Same timing discipline as timeIt, in Python (CPU from time.process_time: the whole process). */
export function psutilTiming(setup, body, iterations = 200, rounds = 7) {
  const r = pythonJson(psutilProgram(setup, body, iterations, rounds, Math.min(iterations, 20)));
  return r && new Measure(r.wall, r.cpu);
}

/**
 * A selfTimed round of psutil for timeInterleaved: each round is a fresh python3 that warms up,
 * then times `iterations` ticks inside itself. Returns null when psutil is missing.
 */
export function psutilRounds(setup, body) {
  if (!pythonJson('import json, psutil\nprint(json.dumps(1))')) return null;
  return selfTimed((iterations) => {
    const r = pythonJson(psutilProgram(setup, body, iterations, 1, Math.min(iterations, 3)));
    if (!r) throw new Error('python3-psutil failed mid-run');
    return { wall: r.wall[0], cpu: r.cpu[0] };
  });
}

const us = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} ms` : `${x.toFixed(1)} µs`);

/** A Measure as "CPU median (min-max)", or a plain µs number. */
export function fmt(m) {
  if (m === null || m === undefined) return 'n/a';
  if (typeof m === 'number') return us(m);
  const x = m.cpu ?? m.wall;
  return `${us(x.median)} (${us(x.min)}–${us(x.max)})`;
}

/** The wall time of a Measure, same format. */
export function fmtWall(m) {
  if (m === null || m === undefined || typeof m === 'number') return fmt(m);
  return `${us(m.wall.median)} (${us(m.wall.min)}–${us(m.wall.max)})`;
}

const cpuOf = (m) => (m === null || m === undefined ? null : typeof m === 'number' ? m : (m.cpu ?? m.wall).median);
const wallOf = (m) => (m === null || m === undefined ? null : typeof m === 'number' ? m : m.wall.median);

function ratioOf(a, b) {
  if (a === null || b === null || !b) return 'n/a';
  const r = a / b;
  return `${r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}x`;
}

/** a/b in CPU time (medians). */
export function ratio(a, b) {
  return ratioOf(cpuOf(a), cpuOf(b));
}

/** a/b in wall time (medians): latency, not cost. */
export function wallRatio(a, b) {
  return ratioOf(wallOf(a), wallOf(b));
}

/** How many times b costs a, in CPU time ("n/a" when either is missing). */
export function times(b, a) {
  const x = cpuOf(b);
  const y = cpuOf(a);
  return x === null || y === null || !y ? 'n/a' : (x / y).toFixed(2);
}

/** One row: CPU time median (spread), wall time median (spread), then the ratios. */
export function row(label, m, extra = '') {
  if (m === null || m === undefined || typeof m === 'number' || !m.cpu) {
    console.log(`  ${label.padEnd(46)} ${'cpu n/a'.padStart(28)}  wall ${fmtWall(m).padEnd(26)}  ${extra}`);
    return;
  }
  console.log(`  ${label.padEnd(46)} cpu ${fmt(m).padStart(24)}  wall ${fmtWall(m).padEnd(26)}  ${extra}`);
}

/** The column header the rows line up under. */
export function header() {
  console.log(`  ${''.padEnd(46)} ${'CPU time, median (min–max)'.padStart(28)}  ${'wall time, median (min–max)'.padEnd(31)}`);
}

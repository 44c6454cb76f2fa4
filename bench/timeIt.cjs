// The one timing loop of the benchmarks, in CommonJS so that bench/wine-probe.cjs (run by Windows'
// Node under Wine, without a build) and bench/lib.mjs share it.
//
// Every figure is a Measure: per call, the CPU time of the whole process (user + system of every
// thread: process.cpuUsage() is getrusage(RUSAGE_SELF), which sums the thread group, io_uring's
// io-wq workers included) beside the wall time, each as the median and spread (min-max) of rounds.
// CPU time is the cost; wall time is the latency. On a shared 2-core machine wall time rewards work
// moved to other threads and is inflated by other tenants' load; CPU time is neither.

/** CPU µs of this process so far (all threads). */
function cpuMicros() {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1], rounds: s.length };
}

/**
 * Per-call figures of one function. valueOf() is the wall median (µs), so code written when the
 * benchmarks returned a plain number keeps working; ratios and rows read `.cpu` first.
 */
class Measure {
  constructor(wallSamples, cpuSamples) {
    this.wall = summary(wallSamples);
    this.cpu = cpuSamples && cpuSamples.length ? summary(cpuSamples) : null;
  }
  /** The same measure divided by n (per process instead of per scan). */
  per(n) {
    const m = Object.create(Measure.prototype);
    const div = (x) => x && { median: x.median / n, min: x.min / n, max: x.max / n, rounds: x.rounds };
    m.wall = div(this.wall);
    m.cpu = div(this.cpu);
    return m;
  }
  valueOf() { return this.wall.median; }
  toFixed(d) { return this.wall.median.toFixed(d); }
}

/** Runs `iterations` calls of fn; returns [wall µs, cpu µs] per call. */
function oneRound(fn, iterations) {
  const c0 = cpuMicros();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1000 / iterations;
  return [wall, (cpuMicros() - c0) / iterations];
}

/** Measure of fn over `rounds` rounds of `iterations` calls, after a warm-up. */
function timeIt(fn, iterations = 200, rounds = 7) {
  for (let i = 0; i < Math.min(iterations, 20); i++) fn();
  const wall = [];
  const cpu = [];
  for (let r = 0; r < rounds; r++) {
    const [w, c] = oneRound(fn, iterations);
    wall.push(w);
    cpu.push(c);
  }
  return new Measure(wall, cpu);
}

module.exports = { timeIt, oneRound, cpuMicros, Measure };

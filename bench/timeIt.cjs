// The one timing loop of the benchmarks, in CommonJS so that bench/wine-probe.cjs (run by Windows'
// Node under Wine, without a build) and bench/lib.mjs share it.

/** Median µs per call of fn over `rounds` rounds of `iterations` calls, after a warm-up. */
function timeIt(fn, iterations = 200, rounds = 7) {
  for (let i = 0; i < Math.min(iterations, 20); i++) fn();
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / iterations);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

module.exports = { timeIt };

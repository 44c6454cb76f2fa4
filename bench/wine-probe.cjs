// Runs inside Windows' Node under Wine (bench/wine.mjs starts it): times the probe's Windows
// backend and prints one JSON line. Plain CommonJS so it needs no build of its own.
const path = require('node:path');
const probe = require(path.join(__dirname, '..', 'dist', 'probe.js'));
const ATTRS = JSON.parse(process.argv[2]);

function timeIt(fn, iterations, rounds = 7) {
  for (let i = 0; i < Math.min(iterations, 10); i++) fn();
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / iterations);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const count = probe.pids().length;
const iter = timeIt(() => { for (const p of probe.processIter({ attrs: ATTRS })) void p; }, 20);
const tick = timeIt(() => {
  probe.cpuTimes(true);
  probe.virtualMemory();
  probe.swapMemory();
  probe.sensorsTemperatures();
  probe.sensorsBattery();
}, 200);
process.stdout.write(JSON.stringify({ count, iterPerProcess: iter / count, tick }) + '\n');

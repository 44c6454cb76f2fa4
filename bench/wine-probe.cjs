// Runs inside Windows' Node under Wine (bench/wine.mjs starts it): times the probe's Windows
// backend and prints one JSON line. Plain CommonJS so it needs no build of its own.
const path = require('node:path');
const probe = require(path.join(__dirname, '..', 'dist', 'probe.js'));
const { timeIt } = require('./timeIt.cjs');
const ATTRS = JSON.parse(process.argv[2]);

const count = probe.pids().length;
const iter = timeIt(() => { for (const p of probe.processIter({ attrs: ATTRS })) void p; }, 20).per(count);
const tick = timeIt(() => {
  probe.cpuTimes(true);
  probe.virtualMemory();
  probe.swapMemory();
  probe.sensorsTemperatures();
  probe.sensorsBattery();
}, 200);
process.stdout.write(JSON.stringify({ count, iterPerProcess: { wall: iter.wall, cpu: iter.cpu }, tick: { wall: tick.wall, cpu: tick.cpu } }) + '\n');

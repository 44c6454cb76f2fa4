// The Windows backend under Wine next to the Linux backend, measured in the same run:
// processIter with the standard attribute set (µs per process) and one system tick.
// Wine is an emulation layer over this Linux kernel: the figures say what the Windows code path
// costs here, not what it costs on a real Windows machine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { header, Measure, require, row, timeIt } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ATTRS = ['pid', 'ppid', 'name', 'cmdline', 'username', 'cpuTimes', 'memoryInfo', 'numThreads', 'status', 'createTime'];

async function underWine() {
  const { wineInstalled, nodeExe, wineBin, wineEnv } = await import('../test/host/wine.mjs');
  if (!wineInstalled() || !fs.existsSync(nodeExe)) return { reason: 'Wine is not set up (node test/host/wine.mjs)' };
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-wine-bench-')), 'out.json');
  const fd = fs.openSync(log, 'w'); // Wine's stdout to a file, not a pipe
  const code = await new Promise((resolve) => {
    spawn(wineBin, [nodeExe, path.join(here, 'wine-probe.cjs'), JSON.stringify(ATTRS)], { env: wineEnv(), stdio: ['ignore', fd, fd] })
      .once('close', resolve);
  });
  fs.closeSync(fd);
  const text = fs.readFileSync(log, 'utf8');
  fs.rmSync(path.dirname(log), { recursive: true, force: true });
  const line = text.split(/\r?\n/).find((l) => l.startsWith('{'));
  if (code !== 0 || !line) return { reason: `the Wine run failed (exit ${code}): ${text.trim().split('\n').slice(-3).join(' | ')}` };
  return JSON.parse(line);
}

export async function benchWine() {
  const probe = require('../dist/probe.js');
  const count = probe.pids().length;
  const linuxIter = timeIt(() => { for (const p of probe.processIter({ attrs: ATTRS })) void p; }, 20).per(count);
  // the same calls as the Windows tick (getLoadAvg has no Windows counterpart)
  const linuxTick = timeIt(() => {
    probe.cpuTimes(true); probe.virtualMemory(); probe.swapMemory(); probe.sensorsTemperatures(); probe.sensorsBattery();
  }, 500);
  const w = await underWine();
  console.log(`\nWindows backend under Wine vs Linux backend, same run: processIter(${ATTRS.join(', ')}); tick = cpuTimes(percpu), virtualMemory, swapMemory, sensorsTemperatures, sensorsBattery`);
  header();
  const fromWine = (m) => Object.assign(Object.create(Measure.prototype), m); // {wall, cpu} summaries from the JSON line
  if (w.reason) {
    console.log(`  ${'Windows backend under Wine'.padEnd(46)} ${'skipped'.padStart(10)}  ${w.reason}`);
  } else {
    row(`Wine: processIter (${w.count} processes)`, fromWine(w.iterPerProcess), 'µs per process (one SystemProcessInformation snapshot + per-process calls)');
  }
  row(`Linux: processIter (${count} processes)`, linuxIter, 'µs per process');
  if (!w.reason) row('Wine: one system tick', fromWine(w.tick), 'CPU of the Windows Node process only (Wine\'s wineserver is another process)');
  row('Linux: one system tick', linuxTick);
  return w.reason ? { linuxIter, linuxTick } : { wineIter: w.iterPerProcess, wineTick: w.tick, linuxIter, linuxTick };
}

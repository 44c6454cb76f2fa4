// Full process snapshot: the raw-read floor vs Vitals vs python3-psutil vs systeminformation,
// plus the oneshot speed-up on the procinfo attribute set.
import fs from 'node:fs';
import { psutilTiming, pythonMicros, ratio, require, row, timeIt, timeItAsync } from './lib.mjs';

const ATTRS = ['pid', 'ppid', 'name', 'cmdline', 'username', 'cpuTimes', 'memoryInfo', 'numThreads', 'status', 'createTime'];
const PSUTIL_ATTRS = ['pid', 'ppid', 'name', 'cmdline', 'username', 'cpu_times', 'memory_info', 'num_threads', 'status', 'create_time'];
const ONESHOT_ATTRS = ['name', 'ppid', 'status', 'createTime', 'cpuTimes', 'cpuPercent', 'cpuNum', 'memoryInfo', 'memoryPercent',
  'numThreads', 'numCtxSwitches', 'uids', 'gids', 'username', 'terminal', 'cpuAffinity'];

/** The floor: list /proc and read stat, status and cmdline of every pid into one buffer. */
function floorScan(buf) {
  let n = 0;
  for (const name of fs.readdirSync('/proc')) {
    const c = name.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    for (const file of ['stat', 'status', 'cmdline']) {
      let fd;
      try { fd = fs.openSync(`/proc/${name}/${file}`, 'r'); } catch { continue; }
      try { while (fs.readSync(fd, buf, 0, buf.length, null) > 0); } catch { /* vanished */ } finally { fs.closeSync(fd); }
    }
    n++;
  }
  return n;
}

export async function benchProcesses() {
  const probe = require('../dist/probe.js');
  const count = probe.pids().length;
  console.log(`\nProcess snapshot (${count} processes): ${ATTRS.join(', ')}`);
  const buf = Buffer.allocUnsafe(64 * 1024);
  const floor = timeIt(() => floorScan(buf), 30, 7) / count;
  const vitals = timeIt(() => { for (const p of probe.processIter({ attrs: ATTRS })) void p; }, 30, 7) / count;
  const psutilTotal = psutilTiming('', `for p in psutil.process_iter(${JSON.stringify(PSUTIL_ATTRS)}): pass`, 30, 7);
  const psutil = psutilTotal === null ? null : psutilTotal / count;
  let si = null;
  try {
    const sys = require('systeminformation');
    si = (await timeItAsync(() => sys.processes(), 2, 3)) / count;
  } catch (e) {
    console.log(`  (systeminformation failed: ${e.message})`);
  }
  row('floor: readdir + read stat/status/cmdline', floor, 'µs per process');
  row('Vitals processIter(attrs)', vitals, `${ratio(vitals, floor)} the floor (target <= 1.30)`);
  row('python3-psutil process_iter(attrs)', psutil, `Vitals is ${psutil ? (psutil / vitals).toFixed(2) : 'n/a'}x faster (target >= 4)`);
  row('systeminformation processes()', si, `Vitals is ${si ? (si / vitals).toFixed(1) : 'n/a'}x faster`);

  console.log(`\noneshot on the procinfo attribute set (${ONESHOT_ATTRS.length} getters, this process)`);
  const me = new probe.Process();
  const call = () => { for (const a of ONESHOT_ATTRS) me[a](); };
  const without = timeIt(call, 300);
  const within = timeIt(() => me.oneshot(call), 300);
  const pyNames = ['name', 'ppid', 'status', 'create_time', 'cpu_times', 'cpu_percent', 'cpu_num', 'memory_info', 'memory_percent',
    'num_threads', 'num_ctx_switches', 'uids', 'gids', 'username', 'terminal', 'cpu_affinity'];
  const pyBody = pyNames.map((n) => `p.${n}()`).join('; ');
  const pyWithout = pythonMicros(timing(`p = psutil.Process()`, pyBody));
  const pyWithin = pythonMicros(timing(`p = psutil.Process()`, `with p.oneshot(): ${pyBody}`));
  row('Vitals without oneshot', without);
  row('Vitals with oneshot', within, `speed-up ${(without / within).toFixed(2)}x (psutil reports 2.56x)`);
  row('python3-psutil without oneshot', pyWithout);
  row('python3-psutil with oneshot', pyWithin, `speed-up ${pyWithout && pyWithin ? (pyWithout / pyWithin).toFixed(2) : 'n/a'}x measured here`);
  return { floor, vitals, psutil, si, oneshot: without / within };
}

function timing(setup, body) {
  return `
import time, psutil
${setup}
for _ in range(50): ${body}
s = []
for _ in range(7):
    t0 = time.perf_counter_ns()
    for _ in range(300): ${body}
    s.append((time.perf_counter_ns() - t0) / 1000 / 300)
s.sort(); print(s[3])`;
}

// Full process snapshot: the raw-read floors (C, Node fs, libc through koffi) vs Vitals vs
// python3-psutil vs systeminformation, plus the oneshot speed-up on the procinfo attribute set.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { psutilTiming, ratio, require, row, selfTimed, timeInterleaved, timeIt } from './lib.mjs';

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

/** The same floor through libc's open/read/close (koffi), which is how the probe itself reads. */
function libcFloorScan(buf, c) {
  let n = 0;
  for (const name of fs.readdirSync('/proc')) {
    const ch = name.charCodeAt(0);
    if (ch < 48 || ch > 57) continue;
    for (const file of ['stat', 'status', 'cmdline']) {
      const fd = c.open(`/proc/${name}/${file}`, 0);
      if (fd < 0) continue;
      while (c.read(fd, buf, buf.length) > 0);
      c.close(fd);
    }
    n++;
  }
  return n;
}

/**
 * bench/floor.c built with the system compiler (cc, else gcc or clang) into a temporary folder;
 * returns the binary's path, or the reason there is none.
 */
function buildCFloor() {
  const source = path.join(path.dirname(fileURLToPath(import.meta.url)), 'floor.c');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-bench-')), 'floor');
  for (const cc of [process.env.CC, 'cc', 'gcc', 'clang'].filter(Boolean)) {
    const r = spawnSync(cc, ['-O2', '-o', out, source], { encoding: 'utf8' });
    if (r.error?.code === 'ENOENT') continue;
    if (r.status !== 0) return { reason: `${cc} failed: ${(r.stderr || '').trim().split('\n').pop()}` };
    return { binary: out };
  }
  return { reason: 'no C compiler' };
}

/** One self-timed round of the C floor: µs per process over `iterations` scans. */
function cFloorRound(binary, iterations) {
  const r = spawnSync(binary, [String(iterations)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`C floor failed: ${r.stderr || r.error}`);
  const [us, pids] = r.stdout.trim().split(/\s+/).map(Number);
  return us / pids;
}

function libcCalls() {
  const koffi = require('koffi');
  const lib = koffi.load('libc.so.6');
  return {
    open: lib.func('int open(const char *, int)'),
    read: lib.func('long read(int, void *, size_t)'),
    close: lib.func('int close(int)'),
  };
}

/**
 * A second copy of the probe bundle whose processIter reads every file with plain open/read/close
 * (VITALS_NO_URING=1 while it opens its reader), to time both paths in the same rounds.
 */
function plainReadsProbe() {
  const bundle = require.resolve('../dist/probe.js');
  const copy = path.join(path.dirname(bundle), `.probe-plain-reads-${process.pid}.js`);
  fs.copyFileSync(bundle, copy);
  process.env.VITALS_NO_URING = '1';
  try {
    const p = require(copy);
    for (const q of p.processIter()) void q;
    return p;
  } finally {
    delete process.env.VITALS_NO_URING;
    fs.rmSync(copy, { force: true });
  }
}

export async function benchProcesses() {
  for (const extra of [0, 300]) await benchSnapshot(extra);
}

async function benchSnapshot(extra) {
  const sleepers = Array.from({ length: extra }, () => spawn('sleep', ['600'], { stdio: 'ignore' }));
  try {
    if (extra) await new Promise((r) => setTimeout(r, 500));
    await benchSnapshotRows(extra);
  } finally {
    for (const c of sleepers) c.kill('SIGKILL');
  }
}

async function benchSnapshotRows(extra) {
  const probe = require('../dist/probe.js');
  const plain = plainReadsProbe();
  const count = probe.pids().length;
  // Every row on one CPU (the C floor and psutil children inherit it): on this VM the two vCPUs
  // run at different speeds from moment to moment, and rows timed on different CPUs gave ratios
  // from 0.8x to 1.9x in consecutive runs; pinned, they repeat within a few percent.
  const self = new probe.Process(process.pid);
  const allowed = self.cpuAffinity();
  const pinned = allowed[allowed.length - 1];
  self.setCpuAffinity([pinned]);
  console.log(`\nProcess snapshot (${count} processes${extra ? `, ${extra} of them extra sleeps` : ''}, every row pinned to cpu ${pinned}): ${ATTRS.join(', ')}`);
  const buf = Buffer.allocUnsafe(64 * 1024);
  const libc = libcCalls();
  const c = buildCFloor();
  const fns = [
    () => floorScan(buf),
    () => libcFloorScan(buf, libc),
    () => { for (const p of probe.processIter({ attrs: ATTRS })) void p; },
    () => { for (const p of plain.processIter({ attrs: ATTRS })) void p; },
  ];
  // The C floor times itself per process (its own pid count): multiply back to a whole scan here.
  if (c.binary) fns.push(selfTimed((iterations) => cFloorRound(c.binary, iterations) * count));
  const [floorTotal, libcFloorTotal, vitalsTotal, plainTotal, cFloorTotal] = timeInterleaved(fns, 20, 25);
  if (c.binary) fs.rmSync(path.dirname(c.binary), { recursive: true, force: true });
  const floor = floorTotal / count;
  const libcFloor = libcFloorTotal / count;
  const vitals = vitalsTotal / count;
  const plainReads = plainTotal / count;
  const cFloor = c.binary ? cFloorTotal / count : null;
  const psutilTotal = psutilTiming('', `for p in psutil.process_iter(${JSON.stringify(PSUTIL_ATTRS)}): pass`, 30, 7);
  const psutil = psutilTotal === null ? null : psutilTotal / count;
  let si = null;
  try {
    const sys = require('systeminformation');
    // systeminformation serves a cached result for 500 ms after a call: time calls spaced beyond that.
    const samples = [];
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 600));
      const t0 = process.hrtime.bigint();
      await sys.processes();
      samples.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
    samples.sort((a, b) => a - b);
    si = samples[Math.floor(samples.length / 2)] / count;
  } catch (e) {
    console.log(`  (systeminformation failed: ${e.message})`);
  }
  if (cFloor === null) console.log(`  ${'C floor: readdir + open/read to EOF/close'.padEnd(46)} ${'skipped'.padStart(10)}  ${c.reason}`);
  else row('C floor: readdir + open/read to EOF/close', cFloor, 'µs per process (stat, status, cmdline; cc -O2, parses nothing)');
  row('floor: readdir + read stat/status/cmdline', floor, `µs per process (Node fs, read to EOF), ${ratio(floor, cFloor)} the C floor`);
  row('same loop through libc (koffi)', libcFloor, `${ratio(libcFloor, cFloor)} the C floor`);
  row('Vitals processIter(attrs)', vitals, `${ratio(vitals, cFloor)} the C floor (target <= 1.20), ${ratio(vitals, floor)} the Node fs floor, ${ratio(vitals, libcFloor)} the koffi floor`);
  row('  same, plain reads (VITALS_NO_URING=1)', plainReads, `${ratio(plainReads, cFloor)} the C floor; io_uring read-ahead is ${ratio(vitals, plainReads)} of this`);
  row('python3-psutil process_iter(attrs)', psutil, `Vitals is ${psutil ? (psutil / vitals).toFixed(2) : 'n/a'}x faster (target >= 5)`);
  row('systeminformation processes()', si, `Vitals is ${si ? (si / vitals).toFixed(1) : 'n/a'}x faster`);

  if (extra) {
    self.setCpuAffinity(allowed);
    return;
  }
  console.log(`\noneshot on the procinfo attribute set (${ONESHOT_ATTRS.length} getters, this process)`);
  const me = new probe.Process();
  const call = () => { for (const a of ONESHOT_ATTRS) me[a](); };
  const without = timeIt(call, 300);
  const within = timeIt(() => me.oneshot(call), 300);
  const pyNames = ['name', 'ppid', 'status', 'create_time', 'cpu_times', 'cpu_percent', 'cpu_num', 'memory_info', 'memory_percent',
    'num_threads', 'num_ctx_switches', 'uids', 'gids', 'username', 'terminal', 'cpu_affinity'];
  const pyBody = pyNames.map((n) => `p.${n}()`).join('; ');
  const pyWithout = psutilTiming('p = psutil.Process()', pyBody, 300);
  const pyWithin = psutilTiming('p = psutil.Process()', `with p.oneshot():\n    ${pyBody}`, 300);
  row('Vitals without oneshot', without);
  row('Vitals with oneshot', within, `speed-up ${(without / within).toFixed(2)}x (psutil reports 2.56x)`);
  row('python3-psutil without oneshot', pyWithout);
  row('python3-psutil with oneshot', pyWithin, `speed-up ${pyWithout && pyWithin ? (pyWithout / pyWithin).toFixed(2) : 'n/a'}x measured here`);
  self.setCpuAffinity(allowed); // the suites after this one use every CPU again
}

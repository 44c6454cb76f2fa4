// Vitals' all-processes table against htop and a psutil loop, each in its own process, at the same
// 2 s cadence, at the same time, on the same machine with 3,000 extra sleeping processes: each one's
// share of a core over the same seconds, from the kernel's accounting of each process.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PYTHON, require } from './lib.mjs';
import { spawnSleepers } from './processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTRA = Number(process.env.VITALS_BENCH_HTOP_EXTRA || 3000);
const SECONDS = Number(process.env.VITALS_BENCH_HTOP_SECONDS || 60);
const WARMUP_SECONDS = 10;

/** CPU seconds (user + system) of a process, from /proc/PID/stat; null once it is gone. */
function cpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // USER_HZ
  } catch {
    return null;
  }
}

function childrenOf(pid) {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).flatMap((t) => fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'latin1').trim().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    return [];
  }
}

// The sampler's tick with the table on, as the worker runs it: collect, diff against the rows
// last posted, serialise the delta.
const VITALS_LOOP = `
const m = require(${JSON.stringify(path.join(root, 'out', 'bench', 'collector-entry.js'))});
const c = new m.Collector();
c.setTable(true);
const differ = new m.TableDiffer();
const tick = () => { const s = c.collect([process.pid]); JSON.stringify(differ.diff(s.table)); delete s.table; JSON.stringify(s); };
tick();
setInterval(tick, 2000);
`;

const PSUTIL_LOOP = `
import psutil, time
ATTRS = ['ppid', 'name', 'create_time', 'status', 'num_threads', 'cpu_percent', 'memory_info', 'username', 'io_counters', 'num_fds']
while True:
    for p in psutil.process_iter(ATTRS): pass
    time.sleep(2)
`;

export async function benchHtop() {
  console.log(`\nAgainst htop (each in its own process, 2 s cadence, the same ${SECONDS} s, ${EXTRA} extra sleeping processes)`);
  if (spawnSync('sh', ['-c', 'command -v htop && command -v script'], { encoding: 'utf8' }).status !== 0) {
    console.log('  skipped: needs htop and script (apt-get install htop bsdutils)');
    return;
  }
  const probe = require('../dist/probe.js');
  const sleepers = await spawnSleepers(EXTRA, probe.pids);
  const procs = [];
  try {
    const count = probe.pids().length;
    const vitals = spawn(process.execPath, ['-e', VITALS_LOOP], { stdio: 'ignore' });
    // htop needs a terminal: script gives it a pty of 200x50, whose input never ends (a pipe)
    const term = spawn('script', ['-qfec', 'stty cols 200 rows 50; exec htop -d 20', '/dev/null'], { stdio: ['pipe', 'ignore', 'ignore'], env: { ...process.env, TERM: 'xterm-256color' } });
    const psutil = spawn(PYTHON, ['-c', PSUTIL_LOOP], { stdio: 'ignore' });
    procs.push(vitals, term, psutil);
    await new Promise((r) => setTimeout(r, WARMUP_SECONDS * 1000));
    const htopPid = childrenOf(term.pid)[0];
    const who = [['Vitals (table on, delta)', vitals.pid], ['htop -d 20', htopPid], ['psutil process_iter, table attrs', psutil.pid]];
    const before = who.map(([, pid]) => cpuSeconds(pid));
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    const elapsed = (performance.now() - t0) / 1000;
    const share = who.map(([, pid], i) => {
      const now = cpuSeconds(pid);
      return now === null || before[i] === null ? null : ((now - before[i]) / elapsed) * 100;
    });
    console.log(`  ${count} processes on the machine; share of one core over ${elapsed.toFixed(0)} s (clock-tick resolution)`);
    who.forEach(([label], i) => {
      const pct = share[i] === null ? 'n/a (ended)' : `${share[i].toFixed(2)} %`;
      const vs = i > 0 && share[0] !== null && share[i] ? `   Vitals costs ${(share[0] / share[i]).toFixed(2)}x this` : '';
      console.log(`  ${label.padEnd(46)} ${pct.padStart(12)}${vs}`);
    });
  } finally {
    for (const p of procs) try { p.kill('SIGKILL'); } catch { /* gone */ }
    await sleepers.reap();
  }
}

// The editor process tree per sampler tick: one scan of /proc (ppid and createTime of every
// process), the classification of this "editor"'s tree, and CPU and memory of its members, with
// 300 extra processes on the machine; next to processIter alone measured in the same run.
// Twice: the 300 outside the editor (the usual case), then inside it (a terminal running them).
import { spawn } from 'node:child_process';
import { header, ratio, require, row, timeInterleaved, wallRatio } from './lib.mjs';

const EXTRA = 300;

/** 300 sleeps in one new process group; `inside`: below a child of this process, else reparented away. */
async function spawnExtra(probe, inside) {
  const loop = `i=0; while [ $i -lt ${EXTRA} ]; do sleep 600 & i=$((i+1)); done; wait`;
  const before = probe.pids().length;
  const group = spawn('sh', ['-c', inside ? loop : `( ${loop} ) &`], { detached: true, stdio: 'ignore' });
  for (let i = 0; i < 400 && probe.pids().length < before + EXTRA; i++) await new Promise((r) => setTimeout(r, 50));
  return group;
}

async function measure(probe, Collector, inside) {
  const group = await spawnExtra(probe, inside);
  // an "editor" of a realistic shape: this process as the extension host, a language server with a
  // child, and a terminal running a command
  const server = spawn(process.execPath, ['-e', 'require("child_process").spawn("sleep", ["600"], { stdio: "ignore" }); setInterval(() => {}, 1000)'], { stdio: 'ignore', detached: true });
  const terminal = spawn('sh', ['-c', 'sleep 600 & sleep 600 & wait'], { stdio: 'ignore', detached: true });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const collector = new Collector();
    const origins = [{ id: 'terminal:1', kind: 'terminal', label: 'bash', pid: terminal.pid }];
    if (inside) origins.push({ id: 'terminal:2', kind: 'terminal', label: 'many', pid: group.pid });
    const roots = [process.pid, ...origins.map((o) => o.pid)];
    const tree = () => collector.processTrees(roots, origins);
    const size = tree().length;
    const count = probe.pids().length;
    const [iterAlone, withTree] = timeInterleaved([
      () => { for (const p of probe.processIter({ attrs: ['ppid'] })) void p; },
      tree,
    ], 10, 15);
    console.log(`\nEditor process tree per tick, ${EXTRA} extra processes ${inside ? 'inside the editor\'s tree (a terminal running them)' : 'outside the editor'}: ${count} processes on the machine, ${size} in the tree`);
    header();
    row('processIter({attrs: [ppid]}) alone', iterAlone, 'a scan of every process (what the tree cost before it walked its child lists)');
    row('editor tree: walk + classify + cpu/memory', withTree, `${ratio(withTree, iterAlone)} the scan in CPU (wall ${wallRatio(withTree, iterAlone)}) for ${size} tree members`);
    return { iterAlone, withTree, size, count };
  } finally {
    // each started its own process group: the whole group goes, grandchildren included
    for (const g of [server, terminal, group]) try { process.kill(-g.pid, 'SIGKILL'); } catch { /* gone */ }
    await new Promise((r) => setTimeout(r, 300));
  }
}

export async function benchEditorTree() {
  const probe = require('../dist/probe.js');
  const { Collector } = require('../out/bench/collector-entry.js');
  return { outside: await measure(probe, Collector, false), inside: await measure(probe, Collector, true) };
}

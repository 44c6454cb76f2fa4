// Ends a process and everything below it. A group kill misses descendants that started their own
// process group or session (VS Code's server forks its extension hosts detached), and those were
// left running, reparented to init, after a test run. So the tree is walked through /proc first.
import fs from 'node:fs';

function childrenByParent() {
  const map = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try { stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; } // gone meanwhile
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = map.get(ppid) ?? [];
    list.push(Number(name));
    map.set(ppid, list);
  }
  return map;
}

/** SIGKILLs `pid`, its process group and every descendant found under it now. */
export function killTree(pid) {
  if (!pid) return;
  const pids = [];
  if (process.platform === 'linux') {
    const kids = childrenByParent();
    const queue = [pid];
    while (queue.length) {
      const p = queue.shift();
      pids.push(p);
      queue.push(...(kids.get(p) ?? []));
    }
  } else {
    pids.push(pid);
  }
  try { process.kill(-pid, 'SIGKILL'); } catch { /* not a group leader, or gone */ }
  for (const p of pids) {
    try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
  }
}

// System-wide netConnections(kind): socket tables joined with every process's fds by inode.
import { Connection, connectionTables, LinuxProcess, pids, readSocketTables } from './process';

export function netConnections(kind = 'inet'): Connection[] {
  const tables = connectionTables(kind);
  const owners = new Map<string, { pid: number; fd: number }>();
  for (const pid of pids()) {
    let inodes: Map<string, number>;
    try { inodes = new LinuxProcess(pid).socketInodes(); } catch { continue; } // gone, or not ours to read
    for (const [inode, fd] of inodes) owners.set(inode, { pid, fd });
  }
  const out: Connection[] = [];
  const seen = new Set<string>();
  for (const row of readSocketTables(tables)) {
    const key = `${row.family}/${row.type}/${row.inode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const owner = owners.get(row.inode);
    const { inode: _inode, ...rest } = row;
    out.push({ fd: owner?.fd ?? -1, ...rest, pid: owner?.pid });
  }
  return out;
}

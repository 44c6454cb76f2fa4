// System-wide netConnections(kind): socket tables joined with every process's fds by inode.
import { Connection, ConnectionSet, connectionTables, fdsToReport, LinuxProcess, pids, readSocketTables } from './process';

export function netConnections(kind = 'inet'): Connection[] {
  const tables = connectionTables(kind);
  // As psutil's dict.update over pids: a socket held by several processes belongs to the last pid
  // listed (pids() is ascending), with that process's fds.
  const owners = new Map<string, { pid: number; fds: number[] }>();
  for (const pid of pids()) {
    let inodes: Map<string, number[]>;
    try { inodes = new LinuxProcess(pid).socketInodes(); } catch { continue; } // gone, or not ours to read
    for (const [inode, fds] of inodes) owners.set(inode, { pid, fds });
  }
  const out = new ConnectionSet();
  for (const row of readSocketTables(tables)) {
    const owner = owners.get(row.inode);
    const { inode: _inode, ...rest } = row;
    if (!owner) { out.add({ fd: -1, ...rest, pid: undefined }); continue; }
    for (const fd of fdsToReport(row, owner.fds)) out.add({ fd, ...rest, pid: owner.pid });
  }
  return out.list;
}

// System-wide netConnections(kind): socket tables joined with every process's fds by inode.
import fs from 'node:fs';
import path from 'node:path';
import { CONNECTION_KINDS } from './parse/netConns';
import { Connection, pids, readSocketTables } from './process';
import { roots } from './roots';

export function netConnections(kind = 'inet'): Connection[] {
  const tables = CONNECTION_KINDS[kind];
  if (!tables) throw new RangeError(`invalid kind ${JSON.stringify(kind)}; choose between ${Object.keys(CONNECTION_KINDS).join(', ')}`);
  const owners = new Map<string, { pid: number; fd: number }>();
  for (const pid of pids()) {
    const fdDir = path.join(roots.procfs, String(pid), 'fd');
    let fds: string[];
    try { fds = fs.readdirSync(fdDir); } catch { continue; } // gone, or not ours to read
    for (const fd of fds) {
      try {
        const target = fs.readlinkSync(path.join(fdDir, fd));
        if (target.startsWith('socket:[')) owners.set(target.slice(8, -1), { pid, fd: Number(fd) });
      } catch { /* fd closed meanwhile */ }
    }
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

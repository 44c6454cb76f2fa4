// Sockets with their owning pids (psutil's net_connections on Windows) from GetExtendedTcpTable /
// GetExtendedUdpTable: no netstat, no PowerShell.
import {
  AF_INET, AF_INET6, iphlpapi, ROW_SIZE, TCP_TABLE_OWNER_PID_ALL, UDP_TABLE_OWNER_PID,
} from '../../../native-ffi/win32/iphlpapi';
import { CONN_NONE } from '../constants';
import { ProbeError } from '../errors';
import type { Connection } from '../platform';
import { parseConnectionTable } from './parse';

const KINDS: Record<string, ('tcp4' | 'tcp6' | 'udp4' | 'udp6')[]> = {
  all: ['tcp4', 'tcp6', 'udp4', 'udp6'], inet: ['tcp4', 'tcp6', 'udp4', 'udp6'], inet4: ['tcp4', 'udp4'],
  inet6: ['tcp6', 'udp6'], tcp: ['tcp4', 'tcp6'], tcp4: ['tcp4'], tcp6: ['tcp6'], udp: ['udp4', 'udp6'],
  udp4: ['udp4'], udp6: ['udp6'],
};

function table(which: 'tcp4' | 'tcp6' | 'udp4' | 'udp6'): Buffer {
  const ip = iphlpapi();
  const af = which.endsWith('6') ? AF_INET6 : AF_INET;
  const get = (b: Buffer | null, size: [number]) => which.startsWith('tcp')
    ? ip.GetExtendedTcpTable(b, size, false, af, TCP_TABLE_OWNER_PID_ALL, 0)
    : ip.GetExtendedUdpTable(b, size, false, af, UDP_TABLE_OWNER_PID, 0);
  const size: [number] = [16 * 1024];
  for (let i = 0; i < 8; i++) {
    const buf = Buffer.alloc(size[0]);
    const rc = get(buf, size);
    if (rc === 0) return buf;
    if (rc !== 122) throw new ProbeError(`GetExtended${which.startsWith('tcp') ? 'Tcp' : 'Udp'}Table failed: Windows error ${rc}`);
    size[0] += 4096; // the table grew between the two calls
  }
  throw new ProbeError('the socket table kept growing');
}

/** Every socket of `kind` (psutil's kinds; "unix" has none on Windows), fd -1 as psutil. */
export function netConnections(kind = 'inet', pid?: number): Connection[] {
  const kinds = kind === 'unix' ? [] : KINDS[kind];
  if (!kinds) throw new RangeError(`invalid kind ${JSON.stringify(kind)}; choose between ${[...Object.keys(KINDS), 'unix'].join(', ')}`);
  const out: Connection[] = [];
  const seen = new Set<string>();
  const key = (a: { ip: string; port: number } | null) => (a ? `${a.ip}]${a.port}` : '-');
  for (const k of kinds) {
    for (const row of parseConnectionTable(table(k), k, ROW_SIZE[k])) {
      if (pid !== undefined && row.pid !== pid) continue;
      // psutil returns a set: rows equal in every field are one connection
      const id = `${k} ${row.status} ${pid === undefined ? row.pid : '-'} ${key(row.laddr)} ${key(row.raddr)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ fd: -1, family: k.endsWith('6') ? AF_INET6 : AF_INET, type: k.startsWith('tcp') ? 1 : 2,
        laddr: row.laddr, raddr: row.raddr, status: row.status ?? CONN_NONE, pid: pid === undefined ? row.pid : undefined });
    }
  }
  return out;
}

// /proc/net/{tcp,tcp6,udp,udp6,unix}: socket tables keyed by inode.
import type { Addr, SocketRow } from '../../platform';
import { fields } from './scan';
import { inetNtop6 } from '../../inetAddr';

export type { Addr, SocketRow };

export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_SEQPACKET = 5;

const TCP_STATES: Record<string, string> = {
  '01': 'ESTABLISHED', '02': 'SYN_SENT', '03': 'SYN_RECV', '04': 'FIN_WAIT1', '05': 'FIN_WAIT2', '06': 'TIME_WAIT',
  '07': 'CLOSE', '08': 'CLOSE_WAIT', '09': 'LAST_ACK', '0A': 'LISTEN', '0B': 'CLOSING', '0C': 'SYN_RECV',
};

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Bytes of a 32-bit word as the kernel printed it (host order) -> network order. */
function wordBytes(hex: string): number[] {
  const b = [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return littleEndian ? b.reverse() : b;
}

export function decodeAddress(s: string, family: number): Addr | null {
  const [hexIp, hexPort] = s.split(':');
  const port = parseInt(hexPort, 16);
  if (!port) return null;
  if (family === AF_INET) return { ip: wordBytes(hexIp).join('.'), port };
  const bytes: number[] = [];
  for (let i = 0; i < 32; i += 8) bytes.push(...wordBytes(hexIp.slice(i, i + 8)));
  return { ip: inetNtop6(bytes), port }; // psutil: socket.inet_ntop, glibc's rules
}

function addrKey(a: Addr | string | null): string {
  if (a === null) return '-';
  return typeof a === 'string' ? `u${a}` : `${a.ip}]${a.port}`;
}

/** A string equal for two rows exactly when psutil's connection tuples would be equal. */
export function connectionKey(fd: number, row: Omit<SocketRow, 'inode'>, pid?: number): string {
  return `${fd} ${row.family} ${row.type} ${row.status} ${pid ?? '-'} ${addrKey(row.laddr)} ${addrKey(row.raddr)}`;
}

export function parseInetTable(text: string, family: number, type: number): SocketRow[] {
  const rows: SocketRow[] = [];
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const f = fields(lines[i]);
    if (f.length < 10) continue;
    rows.push({
      inode: f[9], family, type,
      laddr: decodeAddress(f[1], family), raddr: decodeAddress(f[2], family),
      status: type === SOCK_STREAM ? TCP_STATES[f[3].toUpperCase()] ?? 'NONE' : 'NONE',
    });
  }
  return rows;
}

export function parseUnixTable(text: string): SocketRow[] {
  const rows: SocketRow[] = [];
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const f = fields(lines[i]);
    if (f.length < 7) continue;
    rows.push({
      inode: f[6], family: AF_UNIX, type: parseInt(f[4], 16),
      laddr: f.length > 7 ? lines[i].slice(lines[i].indexOf(f[7], lines[i].indexOf(f[6]) + f[6].length)) : '',
      raddr: null, status: 'NONE',
    });
  }
  return rows;
}

export const CONNECTION_KINDS: Record<string, [string, number, number][]> = (() => {
  const tcp4: [string, number, number] = ['tcp', AF_INET, SOCK_STREAM];
  const tcp6: [string, number, number] = ['tcp6', AF_INET6, SOCK_STREAM];
  const udp4: [string, number, number] = ['udp', AF_INET, SOCK_DGRAM];
  const udp6: [string, number, number] = ['udp6', AF_INET6, SOCK_DGRAM];
  const unix: [string, number, number] = ['unix', AF_UNIX, 0];
  return {
    all: [tcp4, tcp6, udp4, udp6, unix], tcp: [tcp4, tcp6], tcp4: [tcp4], tcp6: [tcp6],
    udp: [udp4, udp6], udp4: [udp4], udp6: [udp6], unix: [unix],
    inet: [tcp4, tcp6, udp4, udp6], inet4: [tcp4, udp4], inet6: [tcp6, udp6],
  };
})();

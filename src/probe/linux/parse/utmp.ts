// glibc's struct utmp (x86_64 / arm64 layout, 384 bytes), as found in /var/run/utmp.
import { User } from '../../types';

export const UTMP_RECORD_SIZE = 384;
const USER_PROCESS = 7;

function cString(buf: Buffer, start: number, len: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end < 0 || end > start + len ? start + len : end);
}

export function parseUtmp(buf: Buffer): User[] {
  const users: User[] = [];
  for (let off = 0; off + UTMP_RECORD_SIZE <= buf.length; off += UTMP_RECORD_SIZE) {
    if (buf.readInt16LE(off) !== USER_PROCESS) continue;
    const pid = buf.readInt32LE(off + 4);
    const line = cString(buf, off + 8, 32);
    const name = cString(buf, off + 44, 32);
    let host: string | null = cString(buf, off + 76, 256);
    const sec = buf.readInt32LE(off + 340);
    const usec = buf.readInt32LE(off + 344);
    if (host === ':0' || host === ':0.0') host = 'localhost';
    users.push({ name, terminal: line || null, host: host || null, started: sec + usec / 1e6, pid });
  }
  return users;
}

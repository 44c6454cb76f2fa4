// glibc's struct utmp (x86_64 / arm64 layout, 384 bytes), as found in /var/run/utmp.
import { User } from '../../types';

export const UTMP_RECORD_SIZE = 384;
const USER_PROCESS = 7;

function cString(buf: Buffer, start: number, len: number): string {
  const end = buf.indexOf(0, start);
  return buf.toString('utf8', start, end < 0 || end > start + len ? start + len : end);
}

/**
 * USER_PROCESS records only, as psutil's users(). host is "localhost" for a local login (empty
 * ut_host) and for the ":0" / ":0.0" X displays, as current psutil gives it (5.9.4 left "" as "").
 * started is ut_tv.tv_sec as a float; psutil drops tv_usec, and so do we.
 */
export function parseUtmp(buf: Buffer): User[] {
  const users: User[] = [];
  for (let off = 0; off + UTMP_RECORD_SIZE <= buf.length; off += UTMP_RECORD_SIZE) {
    if (buf.readInt16LE(off) !== USER_PROCESS) continue;
    const pid = buf.readInt32LE(off + 4);
    const line = cString(buf, off + 8, 32);
    const name = cString(buf, off + 44, 32);
    let host = cString(buf, off + 76, 256);
    if (host === '' || host === ':0' || host === ':0.0') host = 'localhost';
    users.push({ name, terminal: line || null, host, started: buf.readInt32LE(off + 340), pid });
  }
  return users;
}

// /proc/self/mounts and /proc/filesystems.
import { DiskPartition } from '../../types';

/** getmntent's octal escapes: \040 space, \011 tab, \012 newline, \134 backslash. */
export function unescapeMountField(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

export function parseMounts(text: string): DiskPartition[] {
  const out: DiskPartition[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4) continue;
    out.push({ device: unescapeMountField(f[0]), mountpoint: unescapeMountField(f[1]), fstype: f[2], opts: f[3] });
  }
  return out;
}

/** File systems backed by a device: the lines of /proc/filesystems without "nodev" (plus zfs). */
export function parsePhysicalFilesystems(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (!f[0]) continue;
    if (f[0] !== 'nodev') out.add(f[0]);
    else if (f[1] === 'zfs') out.add('zfs');
  }
  return out;
}

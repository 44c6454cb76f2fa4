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

/** The show_sb_opts() flags: in /proc/mounts they come right after ro/rw, before the per-mount flags. */
const SB_FLAG_OPTS = new Set(['sync', 'dirsync', 'mand', 'lazytime']);

/**
 * /proc/self/mountinfo as /proc/self/mounts would show it (the fallback where mounts is missing):
 * "ID PARENT MAJ:MIN ROOT MOUNTPOINT MNT_OPTS [OPTIONAL...] - FSTYPE SOURCE SUPER_OPTS".
 * The kernel prints a mounts line's options as ro/rw (ro if the mount or the superblock is),
 * the superblock flags, the mount flags, then the file system's own options; mountinfo splits
 * them into MNT_OPTS (ro/rw, mount flags) and SUPER_OPTS (ro/rw, superblock flags, fs options).
 */
export function parseMountinfo(text: string): (DiskPartition & { majorMinor: string })[] {
  const out: (DiskPartition & { majorMinor: string })[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    const sep = f.indexOf('-', 6);
    if (sep < 0 || f.length < sep + 3) continue;
    const mnt = f[5].split(',');
    const sup = (f[sep + 3] ?? 'rw').split(',');
    const readonly = mnt[0] === 'ro' || sup[0] === 'ro';
    let i = 1;
    while (i < sup.length && SB_FLAG_OPTS.has(sup[i])) i++;
    const opts = [readonly ? 'ro' : 'rw', ...sup.slice(1, i), ...mnt.slice(1), ...sup.slice(i)];
    out.push({
      device: unescapeMountField(f[sep + 2]), mountpoint: unescapeMountField(f[4]), fstype: f[sep + 1],
      opts: opts.join(','), majorMinor: f[2],
    });
  }
  return out;
}

/**
 * psutil's RootFsDeviceFinder steps, in its order, for the device numbers of a mount that the kernel
 * names "/dev/root" (or "rootfs"): /proc/partitions, /sys/dev/block/MAJ:MIN/uevent DEVNAME, then
 * the /sys/class/block/NAME/dev files. Returns "/dev/NAME" or null.
 */
export function findRootDevice(
  major: number, minor: number,
  src: { partitions?: string; uevent?: string; classBlock?: [name: string, dev: string][] },
): string | null {
  for (const line of (src.partitions ?? '').split('\n').slice(2)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4) continue;
    if (/^\d+$/.test(f[0]) && /^\d+$/.test(f[1]) && Number(f[0]) === major && Number(f[1]) === minor && f[3]) return `/dev/${f[3]}`;
  }
  for (const line of (src.uevent ?? '').split('\n')) {
    if (line.startsWith('DEVNAME=')) {
      const name = line.trim().slice('DEVNAME='.length);
      if (name) return `/dev/${name}`;
    }
  }
  for (const [name, dev] of src.classBlock ?? []) if (dev.trim() === `${major}:${minor}`) return `/dev/${name}`;
  return null;
}

// diskPartitions, diskUsage and diskIoCounters for Linux, after psutil's _pslinux.py.
import fs from 'node:fs';
import path from 'node:path';
import { errnoOf } from '../errors';
import { DiskIoCounters, DiskPartition, DiskUsage } from '../types';
import { exists, listDir, readOptional, readText } from './fsio';
import { tryLibc } from './native';
import { DiskstatsRow, parseDiskstats, parseSysBlockStat } from './parse/diskstats';
import { findRootDevice, parseMountinfo, parseMounts, parsePhysicalFilesystems } from './parse/mounts';
import { isLiveProcfs, roots } from './roots';
import { deviceCounters } from '../counters';
import { usageFromBlocks } from '../diskUsage';

export { usageFromBlocks };

const proc = (...p: string[]): string => path.join(roots.procfs, ...p);
const sys = (...p: string[]): string => path.join(roots.sysfs, ...p);

/** glibc's gnu_dev_major / gnu_dev_minor. */
export function splitDev(dev: bigint): { major: number; minor: number } {
  return {
    major: Number(((dev >> 8n) & 0xfffn) | ((dev >> 32n) & 0xfffff000n)),
    minor: Number((dev & 0xffn) | ((dev >> 12n) & 0xffffff00n)),
  };
}

/**
 * The real device behind "/dev/root" or "rootfs", as psutil's RootFsDeviceFinder. psutil stats "/";
 * we stat the entry's own mountpoint (the same for the root entry, and right for a bind mount of it),
 * and "/" only where the mountpoint cannot be stat'ed.
 * Like psutil we keep a name only if /dev/NAME exists; in a fixture tree (not the live /proc) the
 * device is the fixture's and need not exist on the test machine, so that check is skipped there.
 */
function resolveRootDevice(mountpoint: string): string | null {
  let dev: { major: number; minor: number };
  try {
    dev = splitDev(fs.statSync(mountpoint, { bigint: true }).dev);
  } catch {
    try { dev = splitDev(fs.statSync('/', { bigint: true }).dev); } catch { return null; } // psutil's choice
  }
  const partitions = readOptional(proc('partitions'));
  const uevent = readOptional(sys('dev', 'block', `${dev.major}:${dev.minor}`, 'uevent'));
  let found = findRootDevice(dev.major, dev.minor, { partitions, uevent });
  if (!found) {
    const classBlock: [string, string][] = [];
    for (const name of listDir(sys('class', 'block'))) {
      const d = readOptional(sys('class', 'block', name, 'dev'));
      if (d !== undefined) classBlock.push([name, d]);
    }
    found = findRootDevice(dev.major, dev.minor, { classBlock });
  }
  if (found && isLiveProcfs() && !fs.existsSync(found)) return null;
  return found;
}

/** The fstypes of /proc/filesystems without "nodev"; psutil falls back to the fstypes of mountinfo when it is denied. */
function physicalFstypes(): Set<string> {
  try {
    return parsePhysicalFilesystems(readText(proc('filesystems')));
  } catch (e) {
    const code = errnoOf(e);
    // psutil only does this on PermissionError; a missing file (a stripped /proc) gets the same help here.
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'ENOENT') throw e;
    return new Set(parseMountinfo(readText(proc('self', 'mountinfo'))).map((m) => m.fstype));
  }
}

/** /proc/self/mounts, or mountinfo rendered as mounts where mounts is missing. */
function mountTable(): DiskPartition[] {
  try {
    return parseMounts(readText(proc('self', 'mounts')));
  } catch (e) {
    if (errnoOf(e) !== 'ENOENT') throw e;
    return parseMountinfo(readText(proc('self', 'mountinfo'))).map(({ majorMinor: _, ...p }) => p);
  }
}

/**
 * psutil.disk_partitions(all). psutil reads /etc/mtab when it is a file; we read the kernel's
 * own table (on every current system /etc/mtab is a link to it).
 */
export function diskPartitions(all = false): DiskPartition[] {
  const physical = all ? undefined : physicalFstypes();
  const out: DiskPartition[] = [];
  for (const p of mountTable()) {
    let device = p.device === 'none' ? '' : p.device;
    if (device === '/dev/root' || device === 'rootfs') device = resolveRootDevice(p.mountpoint) ?? device;
    if (physical && (device === '' || !physical.has(p.fstype))) continue;
    out.push({ ...p, device });
  }
  return out;
}

export function diskUsage(target: string): DiskUsage {
  const c = tryLibc();
  if (c) {
    const st: Record<string, number> = {};
    if (c.statvfs(target, st) !== 0) {
      const err = new Error(`statvfs(${JSON.stringify(target)}) failed, errno ${c.errno()}`) as NodeJS.ErrnoException;
      err.errno = c.errno();
      throw err;
    }
    return usageFromBlocks(st.f_frsize, st.f_blocks, st.f_bfree, st.f_bavail);
  }
  const s = fs.statfsSync(target);
  return usageFromBlocks(s.bsize, s.blocks, s.bfree, s.bavail);
}

/** psutil's read_sysfs: every disk's stat and its partitions' (sub-directories holding a stat file). */
function readSysBlock(): DiskstatsRow[] {
  const rows: DiskstatsRow[] = [];
  const base = sys('block');
  const read = (name: string, file: string): void => {
    const text = readOptional(file);
    if (text !== undefined) rows.push(parseSysBlockStat(name, text, file));
  };
  for (const disk of listDir(base).sort()) {
    read(disk, path.join(base, disk, 'stat'));
    // os.walk in psutil does not follow links (device, bdi, holders/*): real sub-directories only.
    let subs: fs.Dirent[] = [];
    try { subs = fs.readdirSync(path.join(base, disk), { withFileTypes: true }); } catch { /* vanished */ }
    for (const sub of subs.filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      const file = path.join(base, disk, sub, 'stat');
      if (exists(file)) read(sub, file);
    }
  }
  return rows;
}

function rawDiskIo(): Record<string, DiskIoCounters> {
  const file = proc('diskstats');
  let rows: DiskstatsRow[];
  try {
    rows = parseDiskstats(readText(file), file);
  } catch (e) {
    if (errnoOf(e) !== 'ENOENT' || !exists(sys('block'))) throw e;
    rows = readSysBlock();
  }
  const out: Record<string, DiskIoCounters> = {};
  for (const { name, ...counters } of rows) out[name] = counters;
  return out;
}

/** Whole disks only (their names are in /sys/block), so partitions are not counted twice. */
function isWholeDisk(name: string): boolean {
  return exists(sys('block', name.replace(/\//g, '!')));
}

export function diskIoCounters(perdisk: true, nowrap?: boolean): Record<string, DiskIoCounters>;
export function diskIoCounters(perdisk?: false, nowrap?: boolean): DiskIoCounters | null;
export function diskIoCounters(perdisk = false, nowrap = true): Record<string, DiskIoCounters> | DiskIoCounters | null {
  return deviceCounters(rawDiskIo(), perdisk, nowrap, 'diskIoCounters', isWholeDisk);
}

// cgroup v1/v2 and PSI: pure parsers (text -> values) and the path resolution (which directory
// holds our cgroup's files), with no file access. The reader is ../cgroup.ts.
import path from 'node:path/posix';
import type { PressureLine, PressureReading } from '../../types';
import { unescapeMountField } from './mounts';

/** A line of /proc/PID/cgroup: "ID:CONTROLLERS:PATH" (v2: "0::/path", v1: "4:memory:/path"). */
export interface CgroupEntry { id: number; controllers: string[]; path: string }

export function parseProcCgroup(text: string): CgroupEntry[] {
  const out: CgroupEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    // The path itself may hold ':', so split on the first two only.
    const a = line.indexOf(':');
    const b = a < 0 ? -1 : line.indexOf(':', a + 1);
    if (b < 0 || !/^\d+$/.test(line.slice(0, a))) throw new Error(`line ${JSON.stringify(line)} is not ID:CONTROLLERS:PATH`);
    const controllers = line.slice(a + 1, b).split(',').filter(Boolean);
    out.push({ id: Number(line.slice(0, a)), controllers, path: line.slice(b + 1) });
  }
  return out;
}

/** A cgroup (v1) or cgroup2 line of /proc/PID/mountinfo. */
export interface CgroupMount {
  version: 1 | 2;
  /** The cgroup path the mount shows at its mountpoint (4th field: `/` unless a sub-tree is mounted). */
  root: string;
  mountpoint: string;
  /** v1: the controllers of this hierarchy (from the super options; name=systemd as "name=systemd"). */
  controllers: string[];
}

const V1_NON_CONTROLLER_OPTS = new Set(['rw', 'ro', 'noprefix', 'clone_children', 'xattr', 'nsdelegate', 'memory_recursiveprot', 'favordynmods', 'memory_localevents', 'memory_hugetlb_accounting']);

export function parseCgroupMounts(mountinfo: string): CgroupMount[] {
  const out: CgroupMount[] = [];
  for (const line of mountinfo.split('\n')) {
    const f = line.trim().split(/\s+/);
    const sep = f.indexOf('-', 6);
    if (sep < 0 || f.length < sep + 3) continue;
    const fstype = f[sep + 1];
    if (fstype !== 'cgroup' && fstype !== 'cgroup2') continue;
    const controllers = fstype === 'cgroup'
      ? (f[sep + 3] ?? '').split(',').filter((o) => o && !V1_NON_CONTROLLER_OPTS.has(o) && !o.startsWith('release_agent='))
      : [];
    out.push({ version: fstype === 'cgroup2' ? 2 : 1, root: unescapeMountField(f[3]), mountpoint: unescapeMountField(f[4]), controllers });
  }
  return out;
}

/**
 * The directory holding our cgroup's files in one hierarchy, and the directories above it up to the
 * mountpoint (leaf first): where a limit may be set. `exists` says whether a directory is there.
 *
 * - The cgroup path is relative to the hierarchy's root; the mount shows the sub-tree `root` at
 *   `mountpoint`. A path inside `root` maps below the mountpoint.
 * - A path outside the mount's root, a `../` path (a process outside our cgroup namespace), or one
 *   that does not exist under the mount (v1 seen through the host's cgroup namespace while the
 *   container mounts only its own group) falls back to the mount root, which is then our group.
 */
export function resolveCgroupDirs(cgroupPath: string, mount: CgroupMount, exists: (dir: string) => boolean): string[] {
  const mp = mount.mountpoint;
  let dir = mp;
  const p = cgroupPath;
  const root = mount.root === '/' ? '' : mount.root.replace(/\/+$/, '');
  if (p.startsWith('/') && !p.split('/').includes('..') && (root === '' || p === root || p.startsWith(`${root}/`))) {
    const rel = p.slice(root.length).replace(/^\/+/, '').replace(/\/+$/, '');
    const candidate = rel ? path.join(mp, rel) : mp;
    if (exists(candidate)) dir = candidate;
  }
  const out = [dir];
  while (dir !== mp && dir.length > mp.length) {
    dir = path.dirname(dir);
    out.push(dir);
  }
  return out;
}

/** Where each controller's files are, leaf first; undefined where the controller is not mounted. */
export interface CgroupLayout {
  /** The hierarchy the memory and cpu limits come from (1 where any v1 controller is mounted for them). */
  version: 1 | 2;
  /** The cgroup path (v2, else the memory controller's v1 path), as /proc/self/cgroup gives it. */
  path: string;
  memory?: string[];
  cpu?: string[];
  cpuacct?: string[];
  cpuset?: string[];
  pids?: string[];
  /** The v2 group (also in a hybrid layout, where it holds no controllers but has *.pressure). */
  unified?: string[];
}

/**
 * Which directories to read for each controller. v1 hierarchies win where mounted (a hybrid layout
 * has a controller-less v2 mount beside them); otherwise the v2 group serves every controller.
 * null: no cgroup (no /proc/self/cgroup lines, or none of them has its hierarchy mounted).
 */
export function cgroupLayout(entries: CgroupEntry[], mounts: CgroupMount[], exists: (dir: string) => boolean): CgroupLayout | null {
  const v2Entry = entries.find((e) => e.id === 0 && e.controllers.length === 0);
  const v2Mount = mounts.find((m) => m.version === 2);
  const unified = v2Entry && v2Mount ? resolveCgroupDirs(v2Entry.path, v2Mount, exists) : undefined;
  const v1 = (controller: string): { dirs: string[]; path: string } | undefined => {
    const entry = entries.find((e) => e.id !== 0 && e.controllers.includes(controller));
    const mount = mounts.find((m) => m.version === 1 && m.controllers.includes(controller));
    return entry && mount ? { dirs: resolveCgroupDirs(entry.path, mount, exists), path: entry.path } : undefined;
  };
  const byName = new Map<string, { dirs: string[]; path: string } | undefined>();
  for (const c of ['memory', 'cpu', 'cpuacct', 'cpuset', 'pids']) byName.set(c, v1(c));
  const anyV1 = [...byName.values()].some(Boolean);
  if (!anyV1 && !unified) return null;
  // A controller no v1 hierarchy holds is read from the v2 group; in a hybrid layout its files are
  // simply missing there (and read as absent), except the ones v2 keeps without a controller.
  const pick = (c: string): string[] | undefined => byName.get(c)?.dirs ?? unified;
  const memoryV1 = byName.get('memory');
  return {
    version: byName.get('memory') || byName.get('cpu') ? 1 : 2,
    path: memoryV1?.path ?? v2Entry?.path ?? byName.get('cpu')?.path ?? '/',
    memory: pick('memory'), cpu: pick('cpu'), cpuacct: pick('cpuacct'), cpuset: pick('cpuset'), pids: pick('pids'),
    unified,
  };
}

// --- the files ---

/** A single integer file (memory.current, cpuacct.usage, pids.current ...). */
export function parseIntFile(text: string): number {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) throw new Error(`expected an integer, got ${JSON.stringify(t.slice(0, 40))}`);
  return Number(t);
}

/**
 * v1 limits (memory.limit_in_bytes): no limit is PAGE_COUNTER_MAX rounded down to a page,
 * 9223372036854771712 on 4K pages (LONG_MAX itself on some kernels). Anything from 2^62 up is
 * treated as none: no machine has that much memory.
 */
const V1_UNLIMITED = 2 ** 62;

/** A limit file: v2 "max" or a number; v1 a huge number. null: no limit. */
export function parseLimit(text: string): number | null {
  const t = text.trim();
  if (t === 'max') return null;
  const n = parseIntFile(t);
  return n < 0 || n >= V1_UNLIMITED ? null : n;
}

/** v2 cpu.max "QUOTA PERIOD" (QUOTA may be "max") -> cores, or null when unlimited. */
export function parseCpuMax(text: string): number | null {
  const f = text.trim().split(/\s+/);
  if (f.length < 1 || f.length > 2 || !(f[0] === 'max' || /^\d+$/.test(f[0])) || (f[1] !== undefined && !/^\d+$/.test(f[1]))) {
    throw new Error(`expected "QUOTA PERIOD", got ${JSON.stringify(text.trim().slice(0, 40))}`);
  }
  if (f[0] === 'max') return null;
  const period = f[1] === undefined ? 100000 : Number(f[1]);
  if (period <= 0) throw new Error('period is 0');
  return Number(f[0]) / period;
}

/** v1 cpu.cfs_quota_us / cpu.cfs_period_us -> cores, or null (quota -1: none). */
export function v1QuotaCores(quotaText: string, periodText: string): number | null {
  const quota = parseIntFile(quotaText);
  if (quota < 0) return null;
  const period = parseIntFile(periodText);
  if (period <= 0) throw new Error('cfs_period_us is 0');
  return quota / period;
}

/** "KEY VALUE" lines (memory.stat, cpu.stat, memory.events, memory.oom_control) into a Map. */
export function parseKeyValues(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const f = line.trim().split(/\s+/);
    if (f.length !== 2 || !/^-?\d+$/.test(f[1])) throw new Error(`line ${JSON.stringify(line.slice(0, 60))} is not "KEY NUMBER"`);
    out.set(f[0], Number(f[1]));
  }
  return out;
}

/** A cpu list as cpuset and Cpus_allowed_list write it ("0-3,8,10-11"); empty text is no cpu. */
export function parseCpuRanges(text: string): number[] {
  const out: number[] = [];
  const t = text.trim();
  if (!t) return out;
  for (const part of t.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`${JSON.stringify(part)} is not a cpu or a cpu range`);
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    if (hi < lo) throw new Error(`range ${part} runs backwards`);
    for (let c = lo; c <= hi; c++) out.push(c);
  }
  return out;
}

/** Working set as docker stats / kubectl top count it: usage minus inactive file pages, at least 0. */
export function workingSet(usage: number, stat: Map<string, number> | undefined, version: 1 | 2): number {
  const inactive = stat?.get(version === 2 ? 'inactive_file' : 'total_inactive_file') ?? 0;
  return Math.max(0, usage - inactive);
}

/** The tightest (smallest) of the limits on a path; null when none of them limits. */
export function tightest(limits: readonly (number | null)[]): number | null {
  let out: number | null = null;
  for (const l of limits) if (l !== null && (out === null || l < out)) out = l;
  return out;
}

/** Effective cores: the cpus we may run on, capped by the tightest quota; an unrounded fraction. */
export function effectiveCores(cpus: number, quotaCores: number | null): number {
  return quotaCores === null ? cpus : Math.min(cpus, quotaCores);
}

// --- PSI ---


export function parsePressure(text: string): PressureReading {
  let some: PressureLine | undefined;
  let full: PressureLine | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const f = line.trim().split(/\s+/);
    if ((f[0] !== 'some' && f[0] !== 'full') || f.length !== 5) throw new Error(`line ${JSON.stringify(line.slice(0, 80))} is not "some|full avg10=.. avg60=.. avg300=.. total=.."`);
    const kv = new Map<string, number>();
    for (const pair of f.slice(1)) {
      const m = /^(avg10|avg60|avg300|total)=(\d+(?:\.\d+)?)$/.exec(pair);
      if (!m) throw new Error(`${JSON.stringify(pair)} is not avgN=PERCENT or total=USEC`);
      kv.set(m[1], Number(m[2]));
    }
    if (kv.size !== 4) throw new Error(`line ${JSON.stringify(line.slice(0, 80))} lacks a field`);
    const reading: PressureLine = { avg10: kv.get('avg10')!, avg60: kv.get('avg60')!, avg300: kv.get('avg300')!, total: kv.get('total')! / 1e6 };
    if (f[0] === 'some') some = reading; else full = reading;
  }
  if (!some) throw new Error('no "some" line');
  return { some, full };
}

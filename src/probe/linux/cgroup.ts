// containerLimits() and pressure(): thin readers over the cgroup and PSI parsers.
// With configure({procfs, sysfs}) the process is PROCFS/self and mountpoints under /sys are read
// under the sysfs root, so a fixture tree stands for any container.
import path from 'node:path';
import type { ContainerLimits, Pressure, PressureReading, PressureScope, PressureSet } from '../types';
import { exists, readOptional } from './fsio';
import { onlineCpus } from './native';
import {
  cgroupLayout, type CgroupLayout, type CgroupMount, effectiveCores, parseCgroupMounts, parseCpuMax, parseCpuRanges,
  parseIntFile, parseKeyValues, parseLimit, parsePressure, parseProcCgroup, tightest, v1QuotaCores, workingSet,
} from './parse/cgroup';
import { isLiveProcfs, roots } from './roots';

/** A mountpoint as this probe reads it: /sys/... under the sysfs root. */
function underSysfs(mountpoint: string): string {
  if (roots.sysfs === '/sys') return mountpoint;
  if (mountpoint === '/sys' || mountpoint.startsWith('/sys/')) return path.join(roots.sysfs, mountpoint.slice(4));
  return mountpoint;
}

// What changes rarely is cached for a few seconds: which cgroup we are in (/proc/self/cgroup), where
// its directories are (a mountinfo read, redone only when the cgroup changed or after a minute), and
// the limits on the path (memory, quota, cpuset, affinity, pids.max). A moved process or a changed
// limit shows within REFRESH_MS; the usage counters are read on every call.
const REFRESH_MS = 5_000;
const LAYOUT_TTL_MS = 60_000;
let cached: { rootsKey: string; cgroupText: string | undefined; layoutAt: number; checkedAt: number; layout: CgroupLayout | null; errors: string[] } | undefined;
let cachedLimits: { layout: CgroupLayout; at: number; limits: Limits; errors: string[] } | undefined;

/** Our cgroup's directories per controller; null without cgroup. A malformed /proc/self/cgroup goes to `errors`. */
export function readLayout(errors: string[]): CgroupLayout | null {
  const rootsKey = `${roots.procfs}\0${roots.sysfs}`;
  const now = performance.now();
  if (cached && cached.rootsKey === rootsKey && now - cached.checkedAt < REFRESH_MS) {
    errors.push(...cached.errors);
    return cached.layout;
  }
  const cgroupFile = path.join(roots.procfs, 'self', 'cgroup');
  const cgroupText = readOptional(cgroupFile);
  if (cached && cached.rootsKey === rootsKey && cached.cgroupText === cgroupText && now - cached.layoutAt < LAYOUT_TTL_MS) {
    cached.checkedAt = now;
    errors.push(...cached.errors);
    return cached.layout;
  }
  cachedLimits = undefined;
  const layoutErrors: string[] = [];
  let layout: CgroupLayout | null = null;
  if (cgroupText !== undefined) {
    try {
      const entries = parseProcCgroup(cgroupText);
      const mountinfo = readOptional(path.join(roots.procfs, 'self', 'mountinfo')) ?? '';
      const mounts: CgroupMount[] = parseCgroupMounts(mountinfo).map((m) => ({ ...m, mountpoint: underSysfs(m.mountpoint) }));
      layout = cgroupLayout(entries, mounts, exists);
    } catch (e) {
      layoutErrors.push(`malformed ${cgroupFile}: ${(e as Error).message}`);
    }
  }
  cached = { rootsKey, cgroupText, layoutAt: now, checkedAt: now, layout, errors: layoutErrors };
  errors.push(...layoutErrors);
  return layout;
}

/**
 * Files found missing, forgotten with the layout and limits cache: a missing file costs a failed
 * open and an Error on every call (pids.current where no pids controller is enabled, swap files
 * without swap accounting).
 */
const missing = new Set<string>();

/** Reads a file of a cgroup directory through a parser: undefined when missing, null (and an error) when malformed. */
function reader(errors: string[]) {
  return <T>(dir: string | undefined, name: string, parse: (text: string) => T): T | undefined => {
    if (dir === undefined) return undefined;
    const file = path.join(dir, name);
    if (missing.has(file)) return undefined;
    const text = readOptional(file);
    if (text === undefined) { missing.add(file); return undefined; }
    try {
      return parse(text);
    } catch (e) {
      errors.push(`malformed ${file}: ${(e as Error).message}`);
      return undefined;
    }
  };
}

/** The limit of each directory on the path that has the file (leaf first), with the directory. */
function limitsOnPath<T>(dirs: string[] | undefined, read: (dir: string) => T | undefined): { dir: string; value: T }[] {
  const out: { dir: string; value: T }[] = [];
  for (const dir of dirs ?? []) {
    const value = read(dir);
    if (value !== undefined) out.push({ dir, value });
  }
  return out;
}

function affinityCount(errors: string[]): number | null {
  const file = path.join(roots.procfs, 'self', 'status');
  const status = readOptional(file);
  const line = status?.split('\n').find((l) => l.startsWith('Cpus_allowed_list:'));
  if (!line) return null;
  try {
    const n = parseCpuRanges(line.slice('Cpus_allowed_list:'.length)).length;
    return n || null;
  } catch (e) {
    errors.push(`malformed ${file}: Cpus_allowed_list: ${(e as Error).message}`);
    return null;
  }
}

/** What changes rarely: the limits on the path, and the directory whose cpu.stat tells throttling. */
interface Limits {
  memoryLimit: number | null; swapLimit: number | null; cpuQuota: number | null; throttleDir: string | undefined;
  cpusetCpus: number | null; cpus: number | null; pidsMax: number | null;
}

function readLimits(layout: CgroupLayout, errors: string[]): Limits {
  const now = performance.now();
  if (cachedLimits && cachedLimits.layout === layout && now - cachedLimits.at < REFRESH_MS) {
    errors.push(...cachedLimits.errors);
    return cachedLimits.limits;
  }
  missing.clear();
  const own: string[] = [];
  const read = reader(own);
  const v = layout.version;
  const mem = layout.memory;
  const memLimits = limitsOnPath(mem, (d) => read(d, v === 2 ? 'memory.max' : 'memory.limit_in_bytes', parseLimit));
  const swapLimits = v === 2 ? limitsOnPath(mem, (d) => read(d, 'memory.swap.max', parseLimit)) : [];
  const quotas = limitsOnPath(layout.cpu, (d) => (v === 2
    ? read(d, 'cpu.max', parseCpuMax)
    : read(d, 'cpu.cfs_quota_us', (q) => {
      const period = readOptional(path.join(d, 'cpu.cfs_period_us'));
      if (period === undefined) throw new Error('cpu.cfs_period_us is missing beside it');
      return v1QuotaCores(q, period);
    })));
  const cpuQuota = tightest(quotas.map((q) => q.value));
  // the cpuset's effective list: the nearest directory that has one
  let cpusetCpus: number | null = null;
  for (const d of layout.cpuset ?? []) {
    const list = v === 2 ? read(d, 'cpuset.cpus.effective', parseCpuRanges)
      : read(d, 'cpuset.effective_cpus', parseCpuRanges) ?? read(d, 'cpuset.cpus', parseCpuRanges);
    if (list !== undefined) { cpusetCpus = list.length || null; break; }
  }
  const limits: Limits = {
    memoryLimit: tightest(memLimits.map((l) => l.value)),
    swapLimit: tightest(swapLimits.map((l) => l.value)),
    cpuQuota,
    throttleDir: quotas.find((q) => q.value !== null && q.value === cpuQuota)?.dir ?? layout.cpu?.[0],
    cpusetCpus,
    cpus: affinityCount(own) ?? cpusetCpus ?? (isLiveProcfs() ? onlineCpus() || null : null),
    pidsMax: tightest(limitsOnPath(layout.pids, (d) => read(d, 'pids.max', parseLimit)).map((l) => l.value)),
  };
  cachedLimits = { layout, at: now, limits, errors: own };
  errors.push(...own);
  return limits;
}

export function containerLimits(): ContainerLimits | null {
  const errors: string[] = [];
  const layout = readLayout(errors);
  if (!layout) {
    if (errors.length) throw new Error(errors.join('; '));
    return null;
  }
  const lim = readLimits(layout, errors);
  const read = reader(errors);
  const v = layout.version;
  const orNull = <T>(x: T | undefined): T | null => (x === undefined ? null : x);
  const memLeaf = layout.memory?.[0];

  const memStat = read(memLeaf, 'memory.stat', parseKeyValues);
  // v1 memory.stat also gives the hierarchical limit the kernel enforces (ancestors included)
  const hierarchical = v === 1 && memStat?.has('hierarchical_memory_limit') ? parseLimit(String(memStat.get('hierarchical_memory_limit'))) : null;
  const memoryUsage = orNull(read(memLeaf, v === 2 ? 'memory.current' : 'memory.usage_in_bytes', parseIntFile));
  const oomKills = v === 2
    ? orNull(read(memLeaf, 'memory.events', parseKeyValues)?.get('oom_kill'))
    : orNull(read(memLeaf, 'memory.oom_control', parseKeyValues)?.get('oom_kill'));

  // throttling in the group that holds the tightest quota; usage in our own
  const cpuStat = read(lim.throttleDir, 'cpu.stat', parseKeyValues);
  const throttledRaw = cpuStat?.get(v === 2 ? 'throttled_usec' : 'throttled_time');
  let cpuUsage: number | null = null;
  if (v === 2) {
    const leafStat = lim.throttleDir === layout.cpu?.[0] ? cpuStat : read(layout.cpu?.[0], 'cpu.stat', parseKeyValues);
    const usec = leafStat?.get('usage_usec');
    cpuUsage = usec === undefined ? null : usec / 1e6;
  } else {
    const ns = read(layout.cpuacct?.[0], 'cpuacct.usage', parseIntFile);
    cpuUsage = ns === undefined ? null : ns / 1e9;
  }

  return {
    cgroupVersion: v,
    hybrid: v === 1 && layout.unified !== undefined,
    path: layout.path,
    memoryLimit: tightest([lim.memoryLimit, hierarchical]),
    memoryUsage,
    workingSet: memoryUsage === null ? null : workingSet(memoryUsage, memStat, v),
    swapLimit: lim.swapLimit,
    swapUsage: v === 2 ? orNull(read(memLeaf, 'memory.swap.current', parseIntFile)) : null,
    cpuQuota: lim.cpuQuota,
    cpusetCpus: lim.cpusetCpus,
    cpus: lim.cpus,
    effectiveCores: lim.cpus === null ? lim.cpuQuota : effectiveCores(lim.cpus, lim.cpuQuota),
    cpuUsage,
    nrThrottled: orNull(cpuStat?.get('nr_throttled')),
    throttledTime: throttledRaw === undefined ? null : throttledRaw / (v === 2 ? 1e6 : 1e9),
    pidsCurrent: orNull(read(layout.pids?.[0], 'pids.current', parseIntFile)),
    pidsMax: lim.pidsMax,
    oomKills,
    errors,
  };
}

const RESOURCES = ['cpu', 'memory', 'io'] as const;

function pressureSet(dirFile: (r: string) => string, errors: string[]): PressureSet {
  const out: Record<(typeof RESOURCES)[number], PressureReading | null> = { cpu: null, memory: null, io: null };
  for (const r of RESOURCES) {
    const file = dirFile(r);
    const text = readOptional(file);
    if (text === undefined) continue;
    try {
      out[r] = parsePressure(text);
    } catch (e) {
      errors.push(`malformed ${file}: ${(e as Error).message}`);
    }
  }
  return out;
}

const NO_PRESSURE: PressureSet = { cpu: null, memory: null, io: null };

/**
 * PSI of the machine and of our cgroup; a missing file is a null reading, never an error.
 * `scope` leaves one side unread (all null) for a caller that uses only the other.
 */
export function pressure(scope: PressureScope = {}): Pressure {
  const errors: string[] = [];
  const system = scope.system === false ? NO_PRESSURE : pressureSet((r) => path.join(roots.procfs, 'pressure', r), errors);
  const leaf = scope.cgroup === false ? undefined : readLayout(errors)?.unified?.[0];
  const cgroup = leaf === undefined ? null : pressureSet((r) => path.join(leaf, `${r}.pressure`), errors);
  return { system, cgroup, errors };
}

/** The cgroup path of a process: v2's, else its memory controller's, else the first line's; null when unreadable. */
export function processCgroup(pid: number): string | null {
  const text = readOptional(path.join(roots.procfs, String(pid), 'cgroup'));
  if (text === undefined) return null;
  try {
    const entries = parseProcCgroup(text);
    const e = entries.find((x) => x.id === 0 && x.controllers.length === 0 && x.path !== '/')
      ?? entries.find((x) => x.controllers.includes('memory'))
      ?? entries.find((x) => x.id === 0) ?? entries[0];
    return e ? e.path : null;
  } catch {
    return null;
  }
}

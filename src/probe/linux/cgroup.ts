// containerLimits() and pressure(): thin readers over the cgroup and PSI parsers.
// With configure({procfs, sysfs}) the process is PROCFS/self and mountpoints under /sys are read
// under the sysfs root, so a fixture tree stands for any container.
import path from 'node:path';
import type { ContainerLimits, Pressure, PressureReading, PressureSet } from '../types';
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

// The layout costs a mountinfo read; /proc/self/cgroup is read on every call, and the layout is
// resolved again when it changed (the process moved), the roots changed, or after a minute.
let cached: { key: string; at: number; layout: CgroupLayout | null } | undefined;
const LAYOUT_TTL_MS = 60_000;

/** Our cgroup's directories per controller; null without cgroup. Throws MalformedFileError-free plain Errors with the file named. */
export function readLayout(errors: string[]): CgroupLayout | null {
  const cgroupFile = path.join(roots.procfs, 'self', 'cgroup');
  const cgroupText = readOptional(cgroupFile);
  if (cgroupText === undefined) return null;
  const key = `${roots.procfs}\0${roots.sysfs}\0${cgroupText}`;
  const now = Date.now();
  if (cached && cached.key === key && now - cached.at < LAYOUT_TTL_MS) return cached.layout;
  let entries;
  try {
    entries = parseProcCgroup(cgroupText);
  } catch (e) {
    errors.push(`malformed ${cgroupFile}: ${(e as Error).message}`);
    return null;
  }
  const mountinfo = readOptional(path.join(roots.procfs, 'self', 'mountinfo')) ?? '';
  const mounts: CgroupMount[] = parseCgroupMounts(mountinfo).map((m) => ({ ...m, mountpoint: underSysfs(m.mountpoint) }));
  const layout = cgroupLayout(entries, mounts, exists);
  cached = { key, at: now, layout };
  return layout;
}

/** Reads a file of a cgroup directory through a parser: undefined when missing, null (and an error) when malformed. */
function reader(errors: string[]) {
  return <T>(dir: string | undefined, name: string, parse: (text: string) => T): T | undefined => {
    if (dir === undefined) return undefined;
    const file = path.join(dir, name);
    const text = readOptional(file);
    if (text === undefined) return undefined;
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

export function containerLimits(): ContainerLimits | null {
  const errors: string[] = [];
  const layout = readLayout(errors);
  if (!layout) {
    if (errors.length) throw new Error(errors.join('; '));
    return null;
  }
  const read = reader(errors);
  const v = layout.version;
  const orNull = <T>(x: T | undefined): T | null => (x === undefined ? null : x);
  const mem = layout.memory;
  const memLeaf = mem?.[0];

  // memory
  const memLimits = limitsOnPath(mem, (d) => read(d, v === 2 ? 'memory.max' : 'memory.limit_in_bytes', parseLimit));
  const memStat = read(memLeaf, 'memory.stat', parseKeyValues);
  const hierarchical = v === 1 && memStat?.has('hierarchical_memory_limit') ? parseLimit(String(memStat.get('hierarchical_memory_limit'))) : null;
  const memoryLimit = tightest([...memLimits.map((l) => l.value), hierarchical]);
  const memoryUsage = orNull(read(memLeaf, v === 2 ? 'memory.current' : 'memory.usage_in_bytes', parseIntFile));
  const swapLimits = v === 2 ? limitsOnPath(mem, (d) => read(d, 'memory.swap.max', parseLimit)) : [];
  const swapUsage = v === 2 ? orNull(read(memLeaf, 'memory.swap.current', parseIntFile)) : null;
  const oomKills = v === 2
    ? orNull(read(memLeaf, 'memory.events', parseKeyValues)?.get('oom_kill'))
    : orNull(read(memLeaf, 'memory.oom_control', parseKeyValues)?.get('oom_kill'));

  // cpu: the tightest quota, and throttling in the group that holds it
  const quotas = limitsOnPath(layout.cpu, (d) => (v === 2
    ? read(d, 'cpu.max', parseCpuMax)
    : read(d, 'cpu.cfs_quota_us', (q) => {
      const period = readOptional(path.join(d, 'cpu.cfs_period_us'));
      if (period === undefined) throw new Error('cpu.cfs_period_us is missing beside it');
      return v1QuotaCores(q, period);
    })));
  const cpuQuota = tightest(quotas.map((q) => q.value));
  const binding = quotas.find((q) => q.value !== null && q.value === cpuQuota)?.dir ?? layout.cpu?.[0];
  const cpuStat = read(binding, 'cpu.stat', parseKeyValues);
  const nrThrottled = orNull(cpuStat?.get('nr_throttled'));
  const throttledRaw = cpuStat?.get(v === 2 ? 'throttled_usec' : 'throttled_time');
  const throttledTime = throttledRaw === undefined ? null : throttledRaw / (v === 2 ? 1e6 : 1e9);
  let cpuUsage: number | null = null;
  if (v === 2) {
    const leafStat = binding === layout.cpu?.[0] ? cpuStat : read(layout.cpu?.[0], 'cpu.stat', parseKeyValues);
    const usec = leafStat?.get('usage_usec');
    cpuUsage = usec === undefined ? null : usec / 1e6;
  } else {
    const ns = read(layout.cpuacct?.[0], 'cpuacct.usage', parseIntFile);
    cpuUsage = ns === undefined ? null : ns / 1e9;
  }

  // cpus: the cpuset's effective list (the nearest directory that has one), the affinity mask
  let cpusetCpus: number | null = null;
  for (const d of layout.cpuset ?? []) {
    const list = v === 2 ? read(d, 'cpuset.cpus.effective', parseCpuRanges)
      : read(d, 'cpuset.effective_cpus', parseCpuRanges) ?? read(d, 'cpuset.cpus', parseCpuRanges);
    if (list !== undefined) { cpusetCpus = list.length || null; break; }
  }
  const cpus = affinityCount(errors) ?? cpusetCpus ?? (isLiveProcfs() ? onlineCpus() || null : null);

  // pids (v2, and v1 where a pids hierarchy is mounted)
  const pidsLeaf = layout.pids?.[0];
  const pidsMax = tightest(limitsOnPath(layout.pids, (d) => read(d, 'pids.max', parseLimit)).map((l) => l.value));
  const pidsCurrent = orNull(read(pidsLeaf, 'pids.current', parseIntFile));

  return {
    cgroupVersion: v,
    hybrid: v === 1 && layout.unified !== undefined,
    path: layout.path,
    memoryLimit,
    memoryUsage,
    workingSet: memoryUsage === null ? null : workingSet(memoryUsage, memStat, v),
    swapLimit: tightest(swapLimits.map((l) => l.value)),
    swapUsage,
    cpuQuota,
    cpusetCpus,
    cpus,
    effectiveCores: cpus === null ? cpuQuota : effectiveCores(cpus, cpuQuota),
    cpuUsage,
    nrThrottled,
    throttledTime,
    pidsCurrent,
    pidsMax,
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

/** PSI of the machine and of our cgroup; a missing file is a null reading, never an error. */
export function pressure(): Pressure {
  const errors: string[] = [];
  const system = pressureSet((r) => path.join(roots.procfs, 'pressure', r), errors);
  const leaf = readLayout(errors)?.unified?.[0];
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

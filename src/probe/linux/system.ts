// System-wide probes for Linux: thin readers that hand file text to the pure parsers.
import path from 'node:path';
import { errnoOf, MalformedFileError } from '../errors';
import { usagePercent } from '../cpuMath';
import {
  CpuFreq, CpuStats, CpuTimes, LoadAvg, NetIoCounters, SwapMemory, User, VirtualMemory,
} from '../types';
import { exists, listDir, readBytes, readPinnedText, readOptional, readOptionalInt, readOptionalTrimmed, readPinnedWholeText, readText } from './fsio';
import { getClockTicks, getPageSize, onlineCpus } from './native';
import { parseCpuinfo, parseCpuinfoFreqs, parseCpuList, physicalCoresFromCpuinfo } from './parse/cpuinfo';
import { computeVirtualMemory, estimateAvailable, Meminfo, parseMeminfo, parseZoneinfoLowWatermark } from './parse/meminfo';
import { valueOfKey } from './parse/scan';
import { parseNetDev } from './parse/netdev';
import { parseProcStat, ProcStat } from './parse/procStat';
import { parseUtmp } from './parse/utmp';
import { isLiveProcfs, roots } from './roots';
import { deviceCounters } from '../counters';

const proc = (...p: string[]): string => path.join(roots.procfs, ...p);
const sys = (...p: string[]): string => path.join(roots.sysfs, ...p);

/** Re-throws a parser's plain Error as one naming the file. */
function parsing<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof MalformedFileError) throw e;
    throw new MalformedFileError(file, e instanceof Error ? e.message : String(e));
  }
}

export function readProcStat(): ProcStat {
  const file = proc('stat');
  return parseProcStat(readPinnedWholeText(file), getClockTicks(), file);
}

export function cpuTimes(): CpuTimes {
  return readProcStat().cpu;
}

export function perCpuTimes(): CpuTimes[] {
  return readProcStat().perCpu;
}

export function perCpuTimesWithIds(): { ids: number[]; times: CpuTimes[] } {
  const s = readProcStat();
  return { ids: s.perCpuIds, times: s.perCpu };
}

export function cpuCountLogical(): number | null {
  if (isLiveProcfs()) {
    const n = onlineCpus();
    if (n) return n;
  }
  const fromCpuinfo = parseCpuinfo(readOptional(proc('cpuinfo')) ?? '').length;
  if (fromCpuinfo) return fromCpuinfo;
  const fromStat = readProcStat().perCpu.length;
  return fromStat || null;
}

export function cpuCountPhysical(): number | null {
  const cpuDir = sys('devices', 'system', 'cpu');
  const siblings = new Set<string>();
  for (const cpu of listDir(cpuDir).filter((d) => /^cpu\d+$/.test(d))) {
    const v = readOptionalTrimmed(path.join(cpuDir, cpu, 'topology', 'core_cpus_list'))
      ?? readOptionalTrimmed(path.join(cpuDir, cpu, 'topology', 'thread_siblings_list'));
    if (v) siblings.add(v);
  }
  if (siblings.size) return siblings.size;
  return physicalCoresFromCpuinfo(parseCpuinfo(readOptional(proc('cpuinfo')) ?? '')) ?? null;
}

export function cpuStats(): CpuStats {
  const s = readProcStat();
  // Linux keeps no system call counter. psutil documents syscalls as "always 0" there; a count the
  // kernel does not keep is null here, as every counter the kernel does not print (issue 9, 2.6).
  return { ctxSwitches: s.ctxt, interrupts: s.intr, softInterrupts: s.softirq, syscalls: null };
}

/**
 * cpu number -> its cpufreq directory: policyN (or, on old kernels, cpuN/cpufreq). A policy covers
 * the cpus in its affected_cpus (psutil #2512); an offline cpu is in no policy's list, so it is left
 * out. Without affected_cpus the directory's own number is the cpu. undefined without cpufreq.
 */
function cpufreqDirsByCpu(): Map<number, string> | undefined {
  const base = sys('devices', 'system', 'cpu');
  const byNumber = (prefix: string) => (a: string, b: string): number => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length));
  let dirs = listDir(path.join(base, 'cpufreq')).filter((d) => /^policy\d+$/.test(d)).sort(byNumber('policy'))
    .map((d): [number, string] => [Number(d.slice(6)), path.join(base, 'cpufreq', d)]);
  if (!dirs.length) {
    dirs = listDir(base).filter((d) => /^cpu\d+$/.test(d)).sort(byNumber('cpu'))
      .map((d): [number, string] => [Number(d.slice(3)), path.join(base, d, 'cpufreq')]).filter(([, dir]) => exists(dir));
  }
  if (!dirs.length) return undefined;
  const out = new Map<number, string>();
  for (const [n, dir] of dirs) {
    const affected = readOptional(path.join(dir, 'affected_cpus'));
    for (const cpu of affected === undefined ? [n] : parseCpuList(affected)) out.set(cpu, dir);
  }
  return out;
}

function readMhz(file: string): number | undefined {
  const khz = readOptionalInt(file);
  return khz === undefined ? undefined : khz / 1000;
}

/** One entry per online cpu, in cpu number order, as psutil's cpu_freq(percpu=True). */
export function cpuFreqPercpu(): CpuFreq[] {
  const cpuinfo = parseCpuinfoFreqs(readOptional(proc('cpuinfo')) ?? '');
  const byCpu = cpufreqDirsByCpu();
  // psutil gives min = max = 0.0 here ("not available"); null says so without a made-up 0.
  if (!byCpu) return cpuinfo.map((mhz) => ({ current: mhz, min: null, max: null }));
  const cpus = [...byCpu.keys()].sort((a, b) => a - b);
  // When every cpu has a cpuinfo line, psutil takes current from there (#1851): the kernel caches
  // it, where scaling_cur_freq may ask the hardware. int(mhz * 1000) / 1000, as psutil computes it.
  const fromCpuinfo = cpus.length === cpuinfo.length;
  const out: CpuFreq[] = [];
  cpus.forEach((cpu, i) => {
    const dir = byCpu.get(cpu)!;
    const current = (fromCpuinfo ? Math.trunc(cpuinfo[i] * 1000) / 1000 : readMhz(path.join(dir, 'scaling_cur_freq')))
      ?? readMhz(path.join(dir, 'cpuinfo_cur_freq'));
    // psutil skips an offline cpu (#2628) and raises NotImplementedError for an online one with no
    // readable frequency; that cpu is skipped too, so the others still give a reading.
    if (current === undefined) return;
    // psutil: scaling_min_freq / scaling_max_freq (the governor's limits, not cpuinfo_min/max_freq);
    // null when the file is missing, where psutil raises.
    out.push({
      current,
      min: readMhz(path.join(dir, 'scaling_min_freq')) ?? null,
      max: readMhz(path.join(dir, 'scaling_max_freq')) ?? null,
    });
  });
  return out;
}

/** psutil's aggregate over the per-cpu list: mean current; min/max are means too, or null when any cpu lacks them. */
export function averageFreq(list: CpuFreq[]): CpuFreq | null {
  if (!list.length) return null;
  if (list.length === 1) return list[0];
  let cur = 0; let min = 0; let max = 0; let missing = false;
  for (const f of list) {
    cur += f.current;
    if (f.min === null || f.max === null) { missing = true; continue; }
    min += f.min; max += f.max;
  }
  const n = list.length;
  return { current: cur / n, min: missing ? null : min / n, max: missing ? null : max / n };
}

export function getLoadAvg(): LoadAvg {
  const file = proc('loadavg');
  // kept open and read with one pread per tick (rendered whole: a single_open file), cheaper here than os.loadavg()
  const f = readPinnedWholeText(file).trim().split(/\s+/).slice(0, 3).map(Number);
  if (f.length < 3 || f.some((x) => !Number.isFinite(x))) throw new MalformedFileError(file, 'expected three load averages');
  return [f[0], f[1], f[2]];
}

function readMeminfo(): Meminfo {
  return parseMeminfo(readPinnedWholeText(proc('meminfo')));
}

export function virtualMemory(): VirtualMemory {
  const file = proc('meminfo');
  const mems = readMeminfo();
  return parsing(file, () => computeVirtualMemory(mems, () => {
    const zoneinfo = readOptional(proc('zoneinfo'));
    const low = zoneinfo === undefined ? undefined : parseZoneinfoLowWatermark(zoneinfo) * getPageSize();
    return estimateAvailable(mems, low);
  }));
}

export function swapMemory(): SwapMemory {
  const mems = readMeminfo();
  const total = mems.get('SwapTotal');
  const free = mems.get('SwapFree');
  // The kernel always prints both (0 without CONFIG_SWAP); psutil falls back to sysinfo(2), which
  // would describe the host, not the procfs root we were pointed at: a clear error instead.
  if (total === undefined || free === undefined) throw new MalformedFileError(proc('meminfo'), 'SwapTotal or SwapFree missing');
  const used = total - free;
  // No /proc/vmstat, or no pswpin/pswpout in it (psutil #313, #722): null, where psutil warns and says 0.
  let vmstat: string | undefined;
  try {
    vmstat = readPinnedText(proc('vmstat')); // read every tick: kept open
  } catch (e) {
    const code = errnoOf(e);
    if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'EPERM') throw e;
  }
  const pages = (key: string): number | null => {
    const v = vmstat === undefined ? undefined : valueOfKey(vmstat, key);
    // pswpin/pswpout count pages; psutil multiplies by 4 KiB, which undercounts on 16K/64K-page kernels.
    return v === undefined ? null : v * getPageSize();
  };
  return { total, used, free, percent: usagePercent(used, total), sin: pages('pswpin'), sout: pages('pswpout') };
}

export function bootTime(): number {
  const file = proc('stat');
  const btime = readProcStat().btime;
  if (btime === undefined) throw new MalformedFileError(file, 'no btime line');
  return btime;
}

export { diskIoCounters, diskPartitions, diskUsage, usageFromBlocks } from './disks';

export function netIoCounters(pernic: true, nowrap?: boolean): Record<string, NetIoCounters>;
export function netIoCounters(pernic?: false, nowrap?: boolean): NetIoCounters | null;
export function netIoCounters(pernic = false, nowrap = true): Record<string, NetIoCounters> | NetIoCounters | null {
  const file = proc('net', 'dev');
  return deviceCounters(parseNetDev(readText(file), file), pernic, nowrap, 'netIoCounters');
}

export { netIfAddrs, netIfStats } from './netif';

export function users(): User[] {
  for (const f of ['/var/run/utmp', '/run/utmp']) {
    try {
      return parseUtmp(readBytes(f));
    } catch (e) {
      if (errnoOf(e) !== 'ENOENT') throw e;
    }
  }
  return [];
}

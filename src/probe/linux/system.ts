// System-wide probes for Linux: thin readers that hand file text to the pure parsers.
import os from 'node:os';
import path from 'node:path';
import { errnoOf, MalformedFileError } from '../errors';
import { usagePercent } from '../cpuMath';
import { wrapTracker } from '../nowrap';
import {
  CpuFreq, CpuStats, CpuTimes, LoadAvg, NetIoCounters, SwapMemory, User, VirtualMemory,
} from '../types';
import { exists, listDir, readBytes, readPinnedText, readOptional, readOptionalInt, readOptionalTrimmed, readPinnedWholeText, readText } from './fsio';
import { getClockTicks, getPageSize, onlineCpus } from './native';
import { parseCpuinfo, physicalCoresFromCpuinfo } from './parse/cpuinfo';
import { computeVirtualMemory, estimateAvailable, Meminfo, parseMeminfo, parseZoneinfoLowWatermark } from './parse/meminfo';
import { valueOfKey } from './parse/scan';
import { parseNetDev } from './parse/netdev';
import { parseProcStat, ProcStat } from './parse/procStat';
import { parseUtmp } from './parse/utmp';
import { isLiveProcfs, roots } from './roots';

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
  return { ctxSwitches: s.ctxt, interrupts: s.intr, softInterrupts: s.softirq, syscalls: 0 };
}

function cpufreqDirs(): string[] {
  const base = sys('devices', 'system', 'cpu');
  const policies = listDir(path.join(base, 'cpufreq')).filter((d) => /^policy\d+$/.test(d));
  if (policies.length) {
    return policies.sort((a, b) => Number(a.slice(6)) - Number(b.slice(6))).map((d) => path.join(base, 'cpufreq', d));
  }
  return listDir(base).filter((d) => /^cpu\d+$/.test(d)).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
    .map((d) => path.join(base, d, 'cpufreq')).filter(exists);
}

export function cpuFreqPercpu(): CpuFreq[] {
  const cpuinfoMhz = parseCpuinfo(readOptional(proc('cpuinfo')) ?? '').map((e) => e.mhz).filter((x): x is number => x !== undefined);
  const dirs = cpufreqDirs();
  if (!dirs.length) return cpuinfoMhz.map((mhz) => ({ current: mhz, min: null, max: null }));
  const out: CpuFreq[] = [];
  dirs.forEach((dir, i) => {
    const khz = readOptionalInt(path.join(dir, 'scaling_cur_freq')) ?? readOptionalInt(path.join(dir, 'cpuinfo_cur_freq'));
    const current = khz !== undefined ? khz / 1000 : cpuinfoMhz[i];
    if (current === undefined) return; // offline cpu, or a policy without a readable frequency
    const max = readOptionalInt(path.join(dir, 'scaling_max_freq')) ?? readOptionalInt(path.join(dir, 'cpuinfo_max_freq'));
    const min = readOptionalInt(path.join(dir, 'scaling_min_freq')) ?? readOptionalInt(path.join(dir, 'cpuinfo_min_freq'));
    out.push({ current, min: min !== undefined ? min / 1000 : null, max: max !== undefined ? max / 1000 : null });
  });
  return out;
}

/** psutil's aggregate: mean current; min/max are means too, or null when any cpu lacks them. */
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
  if (isLiveProcfs()) return os.loadavg() as LoadAvg; // getloadavg() without a file round trip
  const file = proc('loadavg');
  const f = readText(file).trim().split(/\s+/).slice(0, 3).map(Number);
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
  if (total === undefined || free === undefined) throw new MalformedFileError(proc('meminfo'), 'SwapTotal or SwapFree missing');
  const used = total - free;
  let vmstat = '';
  try { vmstat = readPinnedText(proc('vmstat')); } catch { /* no swap-in/out counters: report 0 as psutil does */ }
  const page = getPageSize();
  return {
    total, used, free, percent: usagePercent(used, total),
    sin: (valueOfKey(vmstat, 'pswpin') ?? 0) * page, sout: (valueOfKey(vmstat, 'pswpout') ?? 0) * page,
  };
}

export function bootTime(): number {
  const file = proc('stat');
  const btime = readProcStat().btime;
  if (btime === undefined) throw new MalformedFileError(file, 'no btime line');
  return btime;
}

export { diskIoCounters, diskPartitions, diskUsage, usageFromBlocks } from './disks';

function sumRows<T extends object>(rows: T[]): T {
  const out: Record<string, number> = {};
  for (const r of rows) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + (v as number);
  return out as T;
}

export function netIoCounters(pernic: true, nowrap?: boolean): Record<string, NetIoCounters>;
export function netIoCounters(pernic?: false, nowrap?: boolean): NetIoCounters | null;
export function netIoCounters(pernic = false, nowrap = true): Record<string, NetIoCounters> | NetIoCounters | null {
  const file = proc('net', 'dev');
  let rows = parseNetDev(readText(file), file);
  if (nowrap) rows = wrapTracker.apply(rows, 'netIoCounters');
  if (pernic) return rows;
  const list = Object.values(rows);
  return list.length ? sumRows(list) : null;
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

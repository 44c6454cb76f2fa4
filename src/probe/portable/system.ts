// System readings from Node's own os and fs modules: the floor for an OS without a native
// backend. Each function is a pure conversion of what Node returns plus a thin call of Node.
// What Node cannot tell (swap, disk and NIC counters, sensors, users ...) is left out of the
// backend, so the seam raises UnsupportedPlatform naming the function.
import fs from 'node:fs';
import os from 'node:os';
import { usagePercent } from '../cpuMath';
import { usageFromBlocks } from '../diskUsage';
import type { CpuFreq, CpuTimes, DiskUsage, LoadAvg, NetIfAddr, VirtualMemory } from '../types';
import { netIfAddrsFromNode } from '../nodeNetIf';

export { netIfAddrsFromNode };

/**
 * os.cpus()[i].times are milliseconds. libuv reads them from /proc/stat (Linux, iowait left out),
 * host_processor_info (macOS), kern.cp_times (FreeBSD): user, nice, sys, idle and irq, the
 * columns every OS has. What libuv does not pass on is null, never 0.
 */
export function cpuTimesFromNode(cpu: Pick<os.CpuInfo, 'times'>): CpuTimes {
  const t = cpu.times;
  return {
    user: t.user / 1000, nice: t.nice / 1000, system: t.sys / 1000, idle: t.idle / 1000, iowait: null,
    irq: t.irq / 1000, softirq: null, steal: null, guest: null, guestNice: null,
  };
}

/** The machine's total: the per-cpu columns summed (null stays null). */
export function sumCpuTimes(list: readonly CpuTimes[]): CpuTimes {
  const out: CpuTimes = { user: 0, nice: 0, system: 0, idle: 0, iowait: null, irq: null, softirq: null, steal: null, guest: null, guestNice: null };
  for (const t of list) {
    out.user += t.user; out.nice += t.nice; out.system += t.system; out.idle += t.idle;
    if (t.irq !== null) out.irq = (out.irq ?? 0) + t.irq;
  }
  return out;
}

export function perCpuTimes(): CpuTimes[] {
  return os.cpus().map(cpuTimesFromNode);
}

export function cpuTimes(): CpuTimes {
  return sumCpuTimes(perCpuTimes());
}

export function perCpuTimesWithIds(): { times: CpuTimes[] } {
  return { times: perCpuTimes() };
}

export function cpuCountLogical(): number | null {
  return os.cpus().length || null;
}

/** os.cpus()[i].speed (MHz) where the OS gives one; min and max are not known here. */
export function cpuFreqFromNode(cpus: readonly Pick<os.CpuInfo, 'speed'>[]): CpuFreq[] {
  return cpus.every((c) => c.speed > 0) ? cpus.map((c) => ({ current: c.speed, min: null, max: null })) : [];
}

export function cpuFreqPercpu(): CpuFreq[] {
  return cpuFreqFromNode(os.cpus());
}

export function averageFreq(list: CpuFreq[]): CpuFreq | null {
  if (!list.length) return null;
  return { current: list.reduce((a, f) => a + f.current, 0) / list.length, min: null, max: null };
}

export function getLoadAvg(): LoadAvg {
  const [a, b, c] = os.loadavg();
  return [a, b, c];
}

/**
 * os.freemem() is libuv's uv_get_free_memory: MemAvailable on Linux (psutil's available), the free
 * page count on macOS and FreeBSD (psutil's macOS available also counts inactive pages, so there
 * this reads lower). It is reported as both available and free; the other fields are unknown.
 */
export function virtualMemoryFrom(total: number, freemem: number): VirtualMemory {
  const used = total - freemem;
  return {
    total, available: freemem, percent: usagePercent(used, total), used, free: freemem,
    active: null, inactive: null, buffers: null, cached: null, shared: null, slab: null,
  };
}

export function virtualMemory(): VirtualMemory {
  return virtualMemoryFrom(os.totalmem(), os.freemem());
}

/** Seconds since the epoch, whole: now minus os.uptime() (psutil's boot_time is whole on every OS but Windows). */
export function bootTimeFrom(nowMs: number, uptime: number): number {
  return Math.round(nowMs / 1000 - uptime);
}

export function bootTime(): number {
  return bootTimeFrom(Date.now(), os.uptime());
}

/** fs.statfs's bsize (f_bsize: the same as f_frsize on the file systems in use), psutil's arithmetic. */
export function diskUsage(target: string): DiskUsage {
  const s = fs.statfsSync(target);
  return usageFromBlocks(s.bsize, s.blocks, s.bfree, s.bavail);
}

export function netIfAddrs(): Record<string, NetIfAddr[]> {
  return netIfAddrsFromNode(os.networkInterfaces());
}

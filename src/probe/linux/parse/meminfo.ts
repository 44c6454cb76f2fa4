// /proc/meminfo, /proc/vmstat and /proc/zoneinfo, and psutil's virtual memory arithmetic.
import { usagePercent } from '../../cpuMath';
import { VirtualMemory } from '../../types';

/**
 * "Key:   value [kB]" lines to bytes. Tolerates a missing space before the unit, tabs, and
 * unit-less counters (HugePages_*), which are kept as plain numbers. Lines that do not parse are skipped.
 */
export function parseMeminfo(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^\s*([^:\s][^:]*):\s*(\d+)\s*([kKmMgG]?B)?\s*$/.exec(line);
    if (!m) continue;
    const mult = m[3] ? ({ k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as Record<string, number>)[m[3][0].toLowerCase()] ?? 1 : 1;
    out.set(m[1], Number(m[2]) * mult);
  }
  return out;
}

/** "key value" lines (vmstat). */
export function parseKeyValueLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [k, v] = line.trim().split(/\s+/);
    if (k && v !== undefined && /^-?\d+$/.test(v)) out.set(k, Number(v));
  }
  return out;
}

/** Sum of the "low" watermarks of every zone, in pages. */
export function parseZoneinfoLowWatermark(text: string): number {
  let low = 0;
  for (const line of text.split('\n')) {
    const m = /^\s*low\s+(\d+)/.exec(line);
    if (m) low += Number(m[1]);
  }
  return low;
}

/**
 * The kernel's own MemAvailable estimate (mm/page_alloc.c si_mem_available), for kernels
 * older than 3.14 that do not export it. Falls back to free + cached when inputs are missing.
 */
export function estimateAvailable(mems: Map<string, number>, lowWatermarkBytes: number | undefined): number {
  const free = mems.get('MemFree') ?? 0;
  const fallback = free + (mems.get('Cached') ?? 0);
  const activeFile = mems.get('Active(file)');
  const inactiveFile = mems.get('Inactive(file)');
  const slabReclaimable = mems.get('SReclaimable');
  if (activeFile === undefined || inactiveFile === undefined || slabReclaimable === undefined || lowWatermarkBytes === undefined) {
    return fallback;
  }
  let avail = free - lowWatermarkBytes;
  let pagecache = activeFile + inactiveFile;
  pagecache -= Math.min(pagecache / 2, lowWatermarkBytes);
  avail += pagecache;
  avail += slabReclaimable - Math.min(slabReclaimable / 2, lowWatermarkBytes);
  return Math.max(0, Math.trunc(avail));
}

export function computeVirtualMemory(mems: Map<string, number>, estimate: () => number): VirtualMemory {
  const total = mems.get('MemTotal');
  const free = mems.get('MemFree');
  if (total === undefined || free === undefined) throw new Error('MemTotal or MemFree missing');
  const buffers = mems.get('Buffers') ?? 0;
  const cached = (mems.get('Cached') ?? 0) + (mems.get('SReclaimable') ?? 0);
  const shared = mems.get('Shmem') ?? mems.get('MemShared') ?? 0;
  const active = mems.get('Active') ?? 0;
  const inactive = mems.get('Inactive')
    ?? ((mems.get('Inact_dirty') ?? 0) + (mems.get('Inact_clean') ?? 0) + (mems.get('Inact_laundry') ?? 0));
  const slab = mems.get('Slab') ?? 0;
  let available = mems.get('MemAvailable') ?? estimate();
  // Containers (LXC) can report MemAvailable > MemTotal; psutil clamps it the same way.
  if (available > total) available = free;
  const used = total - available;
  return {
    total, available, percent: usagePercent(used, total), used, free,
    active, inactive, buffers, cached, shared, slab,
  };
}

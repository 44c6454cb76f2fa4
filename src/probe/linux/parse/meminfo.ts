// /proc/meminfo, /proc/vmstat and /proc/zoneinfo, and psutil's virtual memory arithmetic.
import { usagePercent } from '../../cpuMath';
import { VirtualMemory } from '../../types';
import { keyOffset } from './scan';

/** Read access to "Key:   value [kB]" lines, in bytes. */
export interface Meminfo { get(key: string): number | undefined }

/**
 * Looks keys up in the text on demand (a tick wants a dozen of ~55 keys). Tolerates a missing
 * space before the unit, tabs, and unit-less counters (HugePages_*); a line that does not parse reads as absent.
 */
export function parseMeminfo(text: string): Meminfo {
  return {
    get(key: string): number | undefined {
      const at = keyOffset(text, key, ':');
      if (at < 0) return undefined;
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      return parseSizeValue(text.slice(at, end));
    },
  };
}

const UNIT: Record<string, number> = { '': 1, B: 1, kB: 1024, KB: 1024, kb: 1024, MB: 1024 ** 2, mB: 1024 ** 2, GB: 1024 ** 3 };

/** "  1234 kB" / "1234kB" / "7" -> bytes; undefined for anything else. */
function parseSizeValue(s: string): number | undefined {
  const t = s.trim();
  let i = 0;
  while (i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
  if (i === 0) return undefined;
  const mult = UNIT[t.slice(i).trim()];
  return mult === undefined ? undefined : Number(t.slice(0, i)) * mult;
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
export function estimateAvailable(mems: Meminfo, lowWatermarkBytes: number | undefined): number {
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

/**
 * psutil's virtual_memory over /proc/meminfo. A field whose line the kernel does not print is null,
 * where psutil reports 0 with a RuntimeWarning: a consumer can tell "unknown" from "none".
 */
export function computeVirtualMemory(mems: Meminfo, estimate: () => number): VirtualMemory {
  const total = mems.get('MemTotal');
  const free = mems.get('MemFree');
  if (total === undefined || free === undefined) throw new Error('MemTotal or MemFree missing');
  const buffers = mems.get('Buffers') ?? null;
  const cachedLine = mems.get('Cached');
  // free(1) counts the reclaimable slab as cache. Kernels before 2.6.19 do not split the slab
  // (no SReclaimable line): there is nothing to add, so Cached alone is the right figure, not a guess.
  const cached = cachedLine === undefined ? null : cachedLine + (mems.get('SReclaimable') ?? 0);
  const shared = mems.get('Shmem') ?? mems.get('MemShared') ?? null; // MemShared: 2.4 kernels
  const active = mems.get('Active') ?? null;
  let inactive = mems.get('Inactive') ?? null;
  if (inactive === null) {
    // 2.4 kernels split it three ways; psutil needs all three lines, and so do we.
    const parts = ['Inact_dirty', 'Inact_clean', 'Inact_laundry'].map((k) => mems.get(k));
    if (parts.every((x) => x !== undefined)) inactive = parts.reduce((a, b) => a! + b!, 0)!;
  }
  const slab = mems.get('Slab') ?? null;
  let available = mems.get('MemAvailable');
  // No MemAvailable before 3.14; and some containers and kernels print "MemAvailable: 0" (psutil
  // #1915): free(1) and psutil >= 5.9.5 estimate it then, instead of reading memory as 100 % used.
  if (available === undefined || available === 0) available = estimate();
  if (available < 0) available = 0;
  // Containers (LXC) can report MemAvailable > MemTotal; psutil clamps it the same way.
  else if (available > total) available = free;
  const used = total - available;
  return {
    total, available, percent: usagePercent(used, total), used, free,
    active, inactive, buffers, cached, shared, slab,
  };
}

// Totals of per-device counter rows (disks, NICs), shared by every backend.
import { wrapTracker } from './nowrap';

/** The field-by-field sum of counter rows, or null when there is no row (psutil's empty total). */
export function sumCounters<T extends object>(rows: readonly T[]): T | null {
  if (!rows.length) return null;
  const out: Record<string, number> = {};
  for (const r of rows) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + (v as number);
  return out as T;
}

/**
 * psutil's disk_io_counters / net_io_counters over a backend's raw rows: wrap-around removed per
 * device when `nowrap` (kept under `domain`), then the rows or the total of those `inTotal` keeps.
 */
export function deviceCounters<T extends object>(
  rows: Record<string, T>, perDevice: boolean, nowrap: boolean, domain: 'diskIoCounters' | 'netIoCounters',
  inTotal: (name: string) => boolean = () => true,
): Record<string, T> | T | null {
  const kept = nowrap ? wrapTracker.apply(rows, domain) : rows;
  if (perDevice) return kept;
  return sumCounters(Object.keys(kept).filter(inTotal).map((n) => kept[n]));
}

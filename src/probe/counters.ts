// Totals of per-device counter rows (disks, NICs), shared by every backend.

/** The field-by-field sum of counter rows, or null when there is no row (psutil's empty total). */
export function sumCounters<T extends object>(rows: readonly T[]): T | null {
  if (!rows.length) return null;
  const out: Record<string, number> = {};
  for (const r of rows) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + (v as number);
  return out as T;
}

// The history rings as a file (vitals.exportHistory): JSON or CSV. Pure: History in, text out.
import type { History } from './history';

export type HistoryFileFormat = 'json' | 'csv';

/** Names in a fixed order: time first, then the series as the sampler first saw them. */
function columns(h: History): { names: string[]; rings: { at(i: number): number }[] } {
  const names = ['time'];
  const rings: { at(i: number): number }[] = [h.time];
  for (const [name, ring] of h.series) { names.push(name); rings.push(ring); }
  return { names, rings };
}

/**
 * { format, exportedAt, capacity, series: [{ name, values }] }, oldest first; time in seconds since
 * the epoch; a gap (NaN) is null. Series are an array, not an object keyed by name (names come from
 * sensor labels).
 */
export function historyToJson(h: History, now = new Date()): string {
  const { names, rings } = columns(h);
  const n = h.time.length;
  const series = names.map((name, c) => ({
    name,
    values: Array.from({ length: n }, (_, i) => { const v = rings[c].at(i); return Number.isFinite(v) ? v : null; }),
  }));
  return JSON.stringify({ format: 'vitals-history', version: 1, exportedAt: now.toISOString(), capacity: h.capacity, series }, null, 1) + '\n';
}

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. A field a
 * spreadsheet would run as a formula (= + - @ tab CR first) gets a leading apostrophe.
 */
export function csvField(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header row, then one row per sample: ISO time, epoch seconds, then each series (empty for a gap). */
export function historyToCsv(h: History): string {
  const { names, rings } = columns(h);
  const lines = [['time_iso', ...names].map(csvField).join(',')];
  for (let i = 0; i < h.time.length; i++) {
    const t = h.time.at(i);
    const row = [Number.isFinite(t) ? new Date(t * 1000).toISOString() : ''];
    for (const r of rings) { const v = r.at(i); row.push(Number.isFinite(v) ? String(v) : ''); }
    lines.push(row.join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

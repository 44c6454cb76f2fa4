// Human-readable units for the CLI and the status bar.

export function formatBytes(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '-';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let i = 0;
  let v = n;
  while (Math.abs(v) >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return i === 0 ? `${v} B` : `${v.toFixed(digits)} ${units[i]}`;
}

export function formatDuration(secs: number): string {
  if (secs < 0) return '-';
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = Math.floor(secs % 60);
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}

/** The same span in words, for screen readers: "2 hours 10 minutes". */
export function formatDurationWords(secs: number): string {
  if (secs < 0) return 'unknown';
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  return h ? `${plural(h, 'hour')} ${plural(m, 'minute')}` : m ? plural(m, 'minute') : plural(Math.floor(secs), 'second');
}

/** Aligned two-column rows. */
export function table(rows: [string, string][], indent = '  '): string {
  const w = Math.max(0, ...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${indent}${k.padEnd(w)}  ${v}`).join('\n');
}

/**
 * Control, bidi, zero-width and line-separator characters in process data are shown escaped, so
 * they can neither drive the terminal nor reorder or fake a line (src/text/sinks.ts).
 */
export { escapeInvisible as printable } from './text/sinks';

/** "1.6/23.5 GiB": both numbers in the total's binary unit, the unit named once. */
export function usedOfTotal(used: number, total: number): { text: string; spoken: string } {
  const [unit, word, div] = total >= 1024 ** 3 ? ['GiB', 'gibibytes', 1024 ** 3] : ['MiB', 'mebibytes', 1024 ** 2];
  const u = (used / div).toFixed(1);
  const t = (total / div).toFixed(1);
  return { text: `${u}/${t} ${unit}`, spoken: `${u} of ${t} ${word}` };
}

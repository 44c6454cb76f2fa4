// Allocation-light scanning helpers for the hot procfs parsers (a tick runs many times a second).

/** Splits on runs of spaces/tabs without a regex. */
export function fields(line: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 32;
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      if (start >= 0) { out.push(line.slice(start, i)); start = -1; }
    } else if (start < 0) start = i;
  }
  return out;
}

/** The unsigned integer starting at `pos` (after skipping blanks), or NaN. */
export function uintAt(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let n = 0;
  const start = i;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return i === start ? NaN : n;
}

// "\nKey:" built once per key: a fresh concatenation would be flattened on every search.
const needles = { ':': new Map<string, string>(), ' ': new Map<string, string>() };

/**
 * Offset just after "key<sep>" at the start of a line, or -1. Searches from `from` first (a caller
 * asking for keys in the order the kernel prints them passes its last hit), then from the top.
 */
export function keyOffset(text: string, key: string, sep: ':' | ' ', from = 0): number {
  if (text.startsWith(key) && text.charCodeAt(key.length) === sep.charCodeAt(0)) return key.length + 1;
  const cache = needles[sep];
  let needle = cache.get(key);
  if (needle === undefined) { needle = `\n${key}${sep}`; cache.set(key, needle); }
  let at = text.indexOf(needle, from);
  if (at < 0 && from > 0) at = text.indexOf(needle);
  return at < 0 ? -1 : at + needle.length;
}

/** Value of a "key value" line anywhere in `text` (vmstat style), or undefined. */
export function valueOfKey(text: string, key: string): number | undefined {
  const at = keyOffset(text, key, ' ');
  if (at < 0) return undefined;
  const v = uintAt(text, at);
  return Number.isNaN(v) ? undefined : v;
}

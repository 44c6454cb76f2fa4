// /proc/cpuinfo: one block per logical cpu separated by blank lines.

export interface CpuinfoEntry { processor?: number; physicalId?: string; coreId?: string }

export function parseCpuinfo(text: string): CpuinfoEntry[] {
  const out: CpuinfoEntry[] = [];
  let cur: CpuinfoEntry | undefined;
  for (const line of text.split('\n')) {
    const idx = line.indexOf(':');
    if (idx < 0) continue;
    const key = line.slice(0, idx).trim().toLowerCase();
    const value = line.slice(idx + 1).trim();
    if (key === 'processor') {
      cur = { processor: Number(value) };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    if (key === 'physical id') cur.physicalId = value;
    else if (key === 'core id') cur.coreId = value;
  }
  return out;
}

/** Physical cores as distinct (physical id, core id) pairs; undefined when the file lacks them. */
export function physicalCoresFromCpuinfo(entries: CpuinfoEntry[]): number | undefined {
  const pairs = new Set<string>();
  for (const e of entries) if (e.physicalId !== undefined && e.coreId !== undefined) pairs.add(`${e.physicalId}/${e.coreId}`);
  return pairs.size || undefined;
}

/**
 * Current frequencies in MHz, in file order, from every line psutil reads: "cpu MHz" (x86),
 * "clock" (powerpc, "3425.000000MHz") and "cpu MHz dynamic" (s390x, whose per-cpu blocks have no
 * "processor" key; the "cpu MHz static" line beside it is not a current value).
 * A value that is not a number is left out (psutil's float() would raise).
 */
export function parseCpuinfoFreqs(text: string): number[] {
  const out: number[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const colon = text.indexOf(':', pos);
    if (colon >= 0 && colon < end) {
      const key = text.slice(pos, colon).trim().toLowerCase();
      if (key === 'cpu mhz' || key === 'clock' || key === 'cpu mhz dynamic') {
        let value = text.slice(colon + 1, end).trim();
        if (value.endsWith('MHz')) value = value.slice(0, -3);
        const n = value === '' ? NaN : Number(value);
        if (Number.isFinite(n)) out.push(n);
      }
    }
    pos = end + 1;
  }
  return out;
}

/** The cpu numbers of a cpufreq policy's affected_cpus ("0 1 2 3"); empty for an inactive policy. */
export function parseCpuList(text: string): number[] {
  const out: number[] = [];
  for (const f of text.trim().split(/\s+/)) if (/^\d+$/.test(f)) out.push(Number(f));
  return out;
}

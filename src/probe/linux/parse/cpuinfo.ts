// /proc/cpuinfo: one block per logical cpu separated by blank lines.

export interface CpuinfoEntry { processor?: number; mhz?: number; physicalId?: string; coreId?: string }

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
    if (key === 'cpu mhz') { const n = Number(value); if (Number.isFinite(n)) cur.mhz = n; }
    else if (key === 'physical id') cur.physicalId = value;
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

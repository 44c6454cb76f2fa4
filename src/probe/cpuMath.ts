import { CPU_TIME_FIELDS, CpuTimes } from './types';

/** The since-boot baseline: every column 0 (a column the kernel does not print stays null in a delta). */
export function zeroCpuTimes(): CpuTimes {
  return { user: 0, nice: 0, system: 0, idle: 0, iowait: 0, irq: 0, softirq: 0, steal: 0, guest: 0, guestNice: 0 };
}

/** Sum of the columns the kernel printed; guest and guestNice are already inside user and nice on Linux. */
export function totalTime(t: CpuTimes): number {
  let sum = 0;
  for (const f of CPU_TIME_FIELDS) sum += t[f] ?? 0;
  return sum - (t.guest ?? 0) - (t.guestNice ?? 0);
}

export function busyTime(t: CpuTimes): number {
  return totalTime(t) - t.idle - (t.iowait ?? 0);
}

/**
 * Field-wise t2 - t1, negative deltas (counters going backwards on some kernels) clamped to 0.
 * A column absent from either reading is absent (null) from the delta.
 */
export function timesDelta(t1: CpuTimes, t2: CpuTimes): CpuTimes {
  const d: Record<keyof CpuTimes, number | null> = zeroCpuTimes();
  for (const f of CPU_TIME_FIELDS) {
    const a = t1[f];
    const b = t2[f];
    d[f] = a === null || b === null ? null : Math.max(0, b - a);
  }
  return d as CpuTimes;
}

/**
 * Python's round(x, 1), which psutil applies to every percent: the exact binary value is rounded,
 * an exact tie goes to even. Math.round(x * 10) / 10 is not that (0.15 gives 0.2, Python 0.1).
 * toFixed also rounds the exact value but sends a tie away from zero; at one decimal the only exact
 * ties are the quarters, and to-even takes *.25 toward zero and *.75 away from it.
 */
export function round1(x: number): number {
  const quarters = x * 4;
  if (Number.isInteger(quarters) && Math.abs(quarters % 4) === 1) return Math.trunc(x * 10) / 10;
  return Number(x.toFixed(1));
}

export function usagePercent(used: number, total: number): number {
  return total > 0 ? round1((used / total) * 100) : 0;
}

export function busyPercent(t1: CpuTimes, t2: CpuTimes): number {
  const d = timesDelta(t1, t2);
  const all = totalTime(d);
  if (all <= 0) return 0;
  return round1(Math.min(100, (busyTime(d) / all) * 100));
}

/** Each column's share of the interval; null for a column the kernel does not print. */
export function timesPercent(t1: CpuTimes, t2: CpuTimes): CpuTimes {
  const d = timesDelta(t1, t2);
  const all = totalTime(d);
  const out: Record<keyof CpuTimes, number | null> = zeroCpuTimes();
  // psutil multiplies by 100 / max(1, all): the same float steps here, but without the max(1, ...),
  // which assumes integer ticks and halves the figures of a cpu measured over half a second.
  const scale = all > 0 ? 100 / all : 0;
  for (const f of CPU_TIME_FIELDS) {
    const v = d[f];
    out[f] = v === null ? null : Math.min(100, Math.max(0, round1(v * scale)));
  }
  return out as CpuTimes;
}

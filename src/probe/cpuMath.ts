import { CPU_TIME_FIELDS, CpuTimes } from './types';

export function zeroCpuTimes(): CpuTimes {
  return { user: 0, nice: 0, system: 0, idle: 0, iowait: 0, irq: 0, softirq: 0, steal: 0, guest: 0, guestNice: 0 };
}

/** guest and guestNice are already counted inside user and nice on Linux. */
export function totalTime(t: CpuTimes): number {
  let sum = 0;
  for (const f of CPU_TIME_FIELDS) sum += t[f];
  return sum - t.guest - t.guestNice;
}

export function busyTime(t: CpuTimes): number {
  return totalTime(t) - t.idle - t.iowait;
}

/** Field-wise t2 - t1, negative deltas (counters going backwards on some kernels) clamped to 0. */
export function timesDelta(t1: CpuTimes, t2: CpuTimes): CpuTimes {
  const d = zeroCpuTimes();
  for (const f of CPU_TIME_FIELDS) d[f] = Math.max(0, t2[f] - t1[f]);
  return d;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
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

export function timesPercent(t1: CpuTimes, t2: CpuTimes): CpuTimes {
  const d = timesDelta(t1, t2);
  const all = totalTime(d);
  const out = zeroCpuTimes();
  if (all <= 0) return out;
  for (const f of CPU_TIME_FIELDS) out[f] = round1(Math.min(100, Math.max(0, (d[f] / all) * 100)));
  return out;
}

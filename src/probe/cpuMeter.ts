// Non-blocking cpu percent, psutil-style: each meter remembers its own previous readings.
// The first reading compares against boot (all-zero times), so it is a real average, never 0.
import { busyPercent, timesPercent, zeroCpuTimes } from './cpuMath';
import { CpuTimes } from './types';

export interface CpuTimesSource {
  cpuTimes(): CpuTimes;
  perCpuTimes(): CpuTimes[];
  /** The same list with each cpu's number, so a meter pairs readings by cpu, not by position. */
  perCpuTimesWithIds?(): PerCpuReading;
}

interface PerCpuReading { ids?: number[]; times: CpuTimes[] }

/**
 * psutil keeps one "last" reading per function and per percpu flag (_last_cpu_times,
 * _last_per_cpu_times, and the *_2 pair for cpu_times_percent), so calling one never shortens
 * the interval another measures. A meter holds the same four.
 */
interface LastReadings {
  percent?: CpuTimes; percentPercpu?: PerCpuReading;
  timesPercent?: CpuTimes; timesPercentPercpu?: PerCpuReading;
}

export class CpuMeter {
  private readonly last: LastReadings = {};

  constructor(private readonly source: CpuTimesSource) {}

  cpuPercent(): number;
  cpuPercent(percpu: true): number[];
  cpuPercent(percpu = false): number | number[] {
    if (percpu) return this.advancePercpu('percentPercpu').pairs.map(([a, b]) => busyPercent(a, b));
    const [a, b] = this.advance('percent');
    return busyPercent(a, b);
  }

  /**
   * cpuPercent(true) with each cpu's number, as the OS numbers them: offline cpus leave gaps, so
   * position i is not always cpu i. Positions stand in where the OS gives no numbers.
   */
  cpuPercentPerCpu(): { ids: number[]; percent: number[] } {
    const { ids, pairs } = this.advancePercpu('percentPercpu');
    return { ids: ids ?? pairs.map((_, i) => i), percent: pairs.map(([a, b]) => busyPercent(a, b)) };
  }

  cpuTimesPercent(): CpuTimes;
  cpuTimesPercent(percpu: true): CpuTimes[];
  cpuTimesPercent(percpu = false): CpuTimes | CpuTimes[] {
    if (percpu) return this.advancePercpu('timesPercentPercpu').pairs.map(([a, b]) => timesPercent(a, b));
    const [a, b] = this.advance('timesPercent');
    return timesPercent(a, b);
  }

  private advance(slot: 'percent' | 'timesPercent'): [CpuTimes, CpuTimes] {
    const now = this.source.cpuTimes();
    const prev = this.last[slot] ?? zeroCpuTimes();
    this.last[slot] = now;
    return [prev, now];
  }

  private advancePercpu(slot: 'percentPercpu' | 'timesPercentPercpu'): { ids?: number[]; pairs: [CpuTimes, CpuTimes][] } {
    const now: PerCpuReading = this.source.perCpuTimesWithIds?.() ?? { times: this.source.perCpuTimes() };
    const prev = this.last[slot];
    this.last[slot] = now;
    // psutil pairs the two lists by position; when a cpu goes offline between calls (64+ cpu
    // machines with hotplug) that compares one cpu with another. Pair by cpu number instead.
    // A cpu that came online since the last call is measured since boot.
    if (now.ids && prev?.ids && !sameIds(now.ids, prev.ids)) {
      const before = new Map<number, CpuTimes>();
      prev.ids.forEach((id, i) => before.set(id, prev.times[i]));
      return { ids: now.ids, pairs: now.times.map((t, i) => [before.get(now.ids![i]) ?? zeroCpuTimes(), t]) };
    }
    return { ids: now.ids, pairs: now.times.map((t, i) => [prev?.times[i] ?? zeroCpuTimes(), t]) };
  }
}

function sameIds(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

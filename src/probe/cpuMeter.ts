// Non-blocking cpu percent, psutil-style: each meter remembers its own previous readings.
// The first reading compares against boot (all-zero times), so it is a real average, never 0.
import { busyPercent, timesPercent, zeroCpuTimes } from './cpuMath';
import { CpuTimes } from './types';

export interface CpuTimesSource { cpuTimes(): CpuTimes; perCpuTimes(): CpuTimes[] }

/**
 * psutil keeps one "last" reading per function and per percpu flag (_last_cpu_times,
 * _last_per_cpu_times, and the *_2 pair for cpu_times_percent), so calling one never shortens
 * the interval another measures. A meter holds the same four.
 */
interface LastReadings {
  percent?: CpuTimes; percentPercpu?: CpuTimes[];
  timesPercent?: CpuTimes; timesPercentPercpu?: CpuTimes[];
}

export class CpuMeter {
  private readonly last: LastReadings = {};

  constructor(private readonly source: CpuTimesSource) {}

  cpuPercent(): number;
  cpuPercent(percpu: true): number[];
  cpuPercent(percpu = false): number | number[] {
    if (percpu) return this.advancePercpu('percentPercpu').map(([a, b]) => busyPercent(a, b));
    const [a, b] = this.advance('percent');
    return busyPercent(a, b);
  }

  cpuTimesPercent(): CpuTimes;
  cpuTimesPercent(percpu: true): CpuTimes[];
  cpuTimesPercent(percpu = false): CpuTimes | CpuTimes[] {
    if (percpu) return this.advancePercpu('timesPercentPercpu').map(([a, b]) => timesPercent(a, b));
    const [a, b] = this.advance('timesPercent');
    return timesPercent(a, b);
  }

  private advance(slot: 'percent' | 'timesPercent'): [CpuTimes, CpuTimes] {
    const now = this.source.cpuTimes();
    const prev = this.last[slot] ?? zeroCpuTimes();
    this.last[slot] = now;
    return [prev, now];
  }

  private advancePercpu(slot: 'percentPercpu' | 'timesPercentPercpu'): [CpuTimes, CpuTimes][] {
    const now = this.source.perCpuTimes();
    const prev = this.last[slot];
    this.last[slot] = now;
    // A cpu that came online since the last call is measured since boot.
    return now.map((t, i) => [prev?.[i] ?? zeroCpuTimes(), t]);
  }
}

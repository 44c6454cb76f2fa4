// Non-blocking cpu percent, psutil-style: each meter remembers its own previous reading.
// The first reading compares against boot (all-zero times), so it is a real average, never 0.
import { busyPercent, timesPercent, zeroCpuTimes } from './cpuMath';
import { CpuTimes } from './types';

export interface CpuTimesSource { cpuTimes(): CpuTimes; perCpuTimes(): CpuTimes[] }

export class CpuMeter {
  private last: CpuTimes | undefined;
  private lastPercpu: CpuTimes[] | undefined;

  constructor(private readonly source: CpuTimesSource) {}

  cpuPercent(): number;
  cpuPercent(percpu: true): number[];
  cpuPercent(percpu = false): number | number[] {
    if (percpu) return this.advancePercpu().map(([a, b]) => busyPercent(a, b));
    const [a, b] = this.advance();
    return busyPercent(a, b);
  }

  cpuTimesPercent(): CpuTimes;
  cpuTimesPercent(percpu: true): CpuTimes[];
  cpuTimesPercent(percpu = false): CpuTimes | CpuTimes[] {
    if (percpu) return this.advancePercpu().map(([a, b]) => timesPercent(a, b));
    const [a, b] = this.advance();
    return timesPercent(a, b);
  }

  private advance(): [CpuTimes, CpuTimes] {
    const now = this.source.cpuTimes();
    const prev = this.last ?? zeroCpuTimes();
    this.last = now;
    return [prev, now];
  }

  private advancePercpu(): [CpuTimes, CpuTimes][] {
    const now = this.source.perCpuTimes();
    const prev = this.lastPercpu;
    this.lastPercpu = now;
    // A cpu that came online since the last call is measured since boot.
    return now.map((t, i) => [prev?.[i] ?? zeroCpuTimes(), t]);
  }
}

// Container CPU percent, non-blocking like CpuMeter: the cgroup's cpu time against the cores it may use.

/** Monotonic seconds; injectable for tests. */
export type Clock = () => number;

/**
 * Δusage ÷ (Δt × effective cores) since the previous call of this meter, in percent of the
 * container's share (100 = every effective core busy). The first call has nothing to compare
 * with and returns null; so does a call after a reading without usage.
 */
export class ContainerCpuMeter {
  private last?: { usage: number; at: number };

  constructor(private readonly clock: Clock = () => performance.now() / 1000) {}

  /** usage: the cgroup's cpu seconds (cpu.stat usage_usec / cpuacct.usage); cores: effective cores. */
  percent(usage: number | null, cores: number | null): number | null {
    if (usage === null || cores === null) { this.last = undefined; return null; }
    const at = this.clock();
    const prev = this.last;
    this.last = { usage, at };
    if (!prev || at <= prev.at || cores <= 0) return null;
    const busy = Math.max(0, usage - prev.usage);
    return Math.round((busy / ((at - prev.at) * cores)) * 1000) / 10;
  }
}

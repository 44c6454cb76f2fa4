// When to profile the extension host by itself (opt-in): its CPU stayed at or above a threshold
// for T seconds of readings in a row, and no automatic profile ran in the last 10 minutes. Pure.

export const AUTO_COOLDOWN_S = 600;

export interface AutoSettings { enabled: boolean; thresholdPercent: number; seconds: number }

export class AutoTrigger {
  private since: number | undefined;
  private lastFired = -Infinity;

  constructor(private settings: AutoSettings) {}

  configure(s: AutoSettings): void {
    this.settings = s;
    this.since = undefined;
  }

  /** One reading of the host's CPU % at `time` (seconds); true when a profile should start now. */
  observe(time: number, cpuPercent: number | undefined, busy: boolean): boolean {
    const s = this.settings;
    if (!s.enabled || cpuPercent === undefined || !Number.isFinite(cpuPercent) || cpuPercent < s.thresholdPercent) {
      this.since = undefined;
      return false;
    }
    this.since ??= time;
    if (busy || time - this.since < s.seconds || time - this.lastFired < AUTO_COOLDOWN_S) return false;
    this.lastFired = time;
    this.since = undefined;
    return true;
  }
}

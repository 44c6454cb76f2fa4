// The container readings of a tick: our cgroup's limits turned into percents and rates, and PSI.
// Off for good after the first UnsupportedPlatform (not Linux), so no tick logs it again.
import * as probe from '../probe';
import type { ContainerReading, PressureReadings } from '../protocol';

export class ContainerCollector {
  private readonly meter = new probe.ContainerCpuMeter();
  private prevThrottle: { at: number; time: number } | undefined;
  private limitsOff = false;
  private pressureOff = false;
  private cgroupPressure = false;

  /**
   * hostCpus: the cpus the machine reports, to tell a cpu limit from none. Malformed files go to
   * `report` (the snapshot's errors) while the rest of the reading is kept.
   */
  container(hostCpus: number, report: (msg: string) => void, read: () => probe.ContainerLimits | null = probe.containerLimits): ContainerReading | null {
    if (this.limitsOff) return null;
    let c: probe.ContainerLimits | null;
    try {
      c = read();
    } catch (e) {
      if (e instanceof probe.UnsupportedPlatform) { this.limitsOff = true; return null; }
      throw e;
    }
    if (!c) { this.meter.percent(null, null); this.prevThrottle = undefined; return null; }
    const now = performance.now() / 1000;
    const prev = this.prevThrottle;
    this.prevThrottle = c.throttledTime === null ? undefined : { at: now, time: c.throttledTime };
    const throttledPerSec = prev && c.throttledTime !== null && now > prev.at
      ? Math.max(0, c.throttledTime - prev.time) / (now - prev.at) : null;
    const used = c.workingSet;
    const memoryPercent = c.memoryLimit !== null && used !== null && c.memoryLimit > 0
      ? Math.round((used / c.memoryLimit) * 1000) / 10 : null;
    const cpuLimited = c.effectiveCores !== null && hostCpus > 0 && c.effectiveCores < hostCpus;
    if (c.errors.length) report(c.errors.join('; '));
    return {
      cgroupVersion: c.cgroupVersion,
      path: c.path,
      memoryLimit: c.memoryLimit,
      memoryUsed: used,
      memoryPercent,
      effectiveCores: c.effectiveCores,
      cpuPercent: this.meter.percent(c.cpuUsage, c.effectiveCores),
      throttledPerSec,
      oomKills: c.oomKills,
      limited: c.memoryLimit !== null || cpuLimited,
    };
  }

  /** Once the cgroup's own PSI files answered, the machine's are not read (only one set is shown). */
  pressure(report: (msg: string) => void, read: (scope: probe.PressureScope) => probe.Pressure = probe.pressure): PressureReadings | null {
    if (this.pressureOff) return null;
    let p: probe.Pressure;
    try {
      p = read(this.cgroupPressure ? { system: false } : {});
    } catch (e) {
      if (e instanceof probe.UnsupportedPlatform) { this.pressureOff = true; return null; }
      throw e;
    }
    if (p.errors.length) report(p.errors.join('; '));
    const cg = p.cgroup;
    const set = cg && (cg.cpu || cg.memory || cg.io) ? cg : p.system;
    // the cgroup's files gone (moved to a group without them): read both again next time
    this.cgroupPressure = set === cg;
    if (!set.cpu && !set.memory && !set.io) return null;
    return {
      source: set === cg ? 'cgroup' : 'system',
      cpuSome: set.cpu?.some.avg10 ?? null,
      memorySome: set.memory?.some.avg10 ?? null,
      memoryFull: set.memory?.full?.avg10 ?? null,
      ioSome: set.io?.some.avg10 ?? null,
    };
  }
}

// Reads one ExportSnapshot from the probe: the system counters (wrap-around handled by the probe's
// nowrap counters) and a bounded set of processes. Runs where sampling runs (the CLI's timer, the
// extension's worker thread), never on a request path.
import * as probe from '../probe';
import type { ContainerReading, ExportProcess, ExportSnapshot, PressureReading } from './metrics';

/** The CLI's choice: explicit pids and name matches first, then the busiest, at most `maxProcesses`. */
export interface ProcessPick { maxProcesses: number; pids?: readonly number[]; match?: RegExp }
/** The extension's choice: the editor's processes, each with its role. */
export interface EditorPick { maxProcesses: number; editor: readonly { pid: number; role?: string }[] }

const SCAN_ATTRS = ['name', 'cpuTimes', 'memoryInfo', 'numThreads', 'createTime'] as const;

export class ExportSampler {
  /** (pid, createTime) -> cpu seconds at the previous sample: the busiest are ranked by the difference. */
  private prevCpu = new Map<number, { created: number; cpu: number }>();
  private readonly log: (message: string) => void;
  private readonly logged = new Set<string>();

  constructor(log: (message: string) => void = () => undefined) {
    this.log = log;
  }

  sample(pick: ProcessPick | EditorPick): ExportSnapshot {
    const started = performance.now();
    let errors = 0;
    const attempt = <T>(name: string, fn: () => T): T | undefined => {
      try {
        return fn();
      } catch (e) {
        if (e instanceof probe.UnsupportedPlatform) return undefined; // not an error: this OS has no such reading
        errors++;
        const msg = `${name}: ${e instanceof Error ? e.message : String(e)}`;
        if (!this.logged.has(msg)) { this.logged.add(msg); this.log(msg); }
        return undefined;
      }
    };
    const cpu = attempt('cpuTimes', () => probe.cpuTimesWithIds());
    const procs = 'editor' in pick ? this.editorProcesses(pick) : this.busiest(pick);
    const snap: ExportSnapshot = {
      cpu: cpu?.times.map((times, i) => ({ id: cpu.ids[i], times })),
      memory: attempt('virtualMemory', () => probe.virtualMemory()),
      swap: attempt('swapMemory', () => probe.swapMemory()),
      load: attempt('getLoadAvg', () => probe.getLoadAvg()),
      bootTime: attempt('bootTime', () => probe.bootTime()),
      disks: entries(attempt('diskIoCounters', () => probe.diskIoCounters(true))),
      nics: entries(attempt('netIoCounters', () => probe.netIoCounters(true))),
      temperatures: entries(attempt('sensorsTemperatures', () => probe.sensorsTemperatures())),
      battery: attempt('sensorsBattery', () => probe.sensorsBattery()) ?? null,
      pressure: toPressure(attempt('pressure', () => probe.pressure({ cgroup: false }))),
      container: toContainer(attempt('containerLimits', () => probe.containerLimits())),
      processes: procs.list,
      processesSeen: procs.seen,
      sampleSeconds: 0,
      errors: errors + procs.errors,
    };
    snap.sampleSeconds = (performance.now() - started) / 1000;
    return snap;
  }

  private busiest(pick: ProcessPick): { list: ExportProcess[]; seen: number; errors: number } {
    const pinned = new Set(pick.pids ?? []);
    const attrs = pick.match ? [...SCAN_ATTRS, 'cmdline' as const] : SCAN_ATTRS;
    const rows: { p: probe.Process; x: ExportProcess; score: number; pinned: boolean }[] = [];
    const next = new Map<number, { created: number; cpu: number }>();
    for (const p of probe.processIter({ attrs, adValue: null })) {
      const i = p.info;
      const t = i.cpuTimes as probe.ProcCpuTimes | null;
      const mem = i.memoryInfo as probe.MemoryInfo | null;
      const created = i.createTime as number | null;
      if (!t || !mem || created === null) continue; // denied: nothing to export
      const name = typeof i.name === 'string' ? i.name : '';
      const cpu = t.user + t.system;
      const prev = this.prevCpu.get(p.pid);
      next.set(p.pid, { created, cpu });
      const isPinned = pinned.has(p.pid) || (pick.match !== undefined && matches(pick.match, name, i.cmdline));
      rows.push({
        p, pinned: isPinned,
        score: prev && prev.created === created ? cpu - prev.cpu : cpu,
        x: { pid: p.pid, name, cpuUser: t.user, cpuSystem: t.system, rss: mem.rss, vms: 'vms' in mem ? mem.vms : undefined, threads: (i.numThreads as number | null) ?? undefined, startTime: created },
      });
    }
    this.prevCpu = next; // exited processes drop out here
    rows.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.score - a.score || a.x.pid - b.x.pid);
    const kept = rows.slice(0, Math.max(0, pick.maxProcesses));
    for (const r of kept) r.x.fds = fdsOf(r.p);
    return { list: kept.map((r) => r.x), seen: rows.length, errors: 0 };
  }

  private editorProcesses(pick: EditorPick): { list: ExportProcess[]; seen: number; errors: number } {
    const list: ExportProcess[] = [];
    for (const { pid, role } of pick.editor.slice(0, Math.max(0, pick.maxProcesses))) {
      try {
        const p = new probe.Process(pid);
        list.push(p.oneshot(() => {
          const t = p.cpuTimes();
          const mem = p.memoryInfo();
          return {
            pid, name: p.name(), role, cpuUser: t.user, cpuSystem: t.system, rss: mem.rss,
            vms: 'vms' in mem ? mem.vms : undefined, threads: p.numThreads(), startTime: p.createTime(), fds: fdsOf(p),
          };
        }));
      } catch {
        // exited or denied since the editor's tree was read: it drops out of this scrape
      }
    }
    return { list, seen: pick.editor.length, errors: 0 };
  }
}

function matches(re: RegExp, name: string, cmdline: unknown): boolean {
  re.lastIndex = 0;
  if (re.test(name)) return true;
  if (!Array.isArray(cmdline)) return false;
  re.lastIndex = 0;
  return re.test(cmdline.join(' '));
}

function fdsOf(p: probe.Process): number | undefined {
  try {
    return process.platform === 'win32' ? p.numHandles() : p.numFds();
  } catch {
    return undefined;
  }
}

function entries<T>(rec: Record<string, T> | null | undefined): [string, T][] | undefined {
  return rec ? Object.entries(rec) : undefined;
}

/** The probe's container reading in cAdvisor's terms (metrics.ts keeps its own shape). */
export function toContainer(c: probe.ContainerLimits | null | undefined): ContainerReading | null {
  if (!c) return null;
  return {
    memoryLimit: c.memoryLimit, workingSet: c.workingSet, memoryUsage: c.memoryUsage, cpuQuotaCores: c.cpuQuota,
    effectiveCores: c.effectiveCores, cpuUsageSeconds: c.cpuUsage, throttledSeconds: c.throttledTime,
    throttledPeriods: c.nrThrottled, oomKills: c.oomKills,
  };
}

/** The machine's PSI totals (seconds), as node_exporter reads /proc/pressure. */
export function toPressure(p: probe.Pressure | null | undefined): PressureReading | null {
  if (!p) return null;
  const s = p.system;
  return {
    cpuSome: s.cpu?.some.total ?? null, cpuFull: s.cpu?.full?.total ?? null,
    memorySome: s.memory?.some.total ?? null, memoryFull: s.memory?.full?.total ?? null,
    ioSome: s.io?.some.total ?? null, ioFull: s.io?.full?.total ?? null,
  };
}

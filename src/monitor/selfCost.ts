// What Vitals itself costs: the sampler thread's own CPU time (read inside the worker), the time
// the extension host spends in Vitals' snapshot handlers, and bytes posted to the webview per tick;
// and the setting-free guard that halves the all-processes table's rate when Vitals passes 2 % of
// a core for a minute. No vscode import: the worker and the tests use it too.
import fs from 'node:fs';
import v8 from 'node:v8';
import type { SelfCost, WorkerCost } from '../protocol';

/**
 * CPU seconds of the calling thread. process.cpuUsage() in a worker is the whole process's, so on
 * Linux the thread's own: /proc/thread-self/schedstat (ns on CPU), else its stat (clock ticks);
 * process.threadCpuUsage() where Node has it (23.9+); else the whole process, said so.
 */
export function threadCpu(): { seconds: number; source: WorkerCost['cpuSource'] } {
  if (process.platform === 'linux') {
    try {
      const ns = Number(fs.readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ', 1)[0]);
      if (Number.isFinite(ns) && ns > 0) return { seconds: ns / 1e9, source: 'thread' };
    } catch { /* no schedstat: CONFIG_SCHED_INFO off */ }
    try {
      const stat = fs.readFileSync('/proc/thread-self/stat', 'latin1');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return { seconds: (Number(f[11]) + Number(f[12])) / 100, source: 'thread' }; // USER_HZ
    } catch { /* no /proc */ }
  }
  const perThread = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (perThread) {
    const u = perThread.call(process);
    return { seconds: (u.user + u.system) / 1e6, source: 'thread' };
  }
  const u = process.cpuUsage();
  return { seconds: (u.user + u.system) / 1e6, source: 'process' };
}

/** The worker's cost so far, attached to each snapshot; `keptFiles`: probe.keptFileCount() (the probe stays out of the host's bundle). */
export function workerCost(keptFiles: number): WorkerCost {
  const cpu = threadCpu();
  return { cpuSeconds: cpu.seconds, cpuSource: cpu.source, heapBytes: v8.getHeapStatistics().used_heap_size, keptFiles };
}

/** Above this share of one core for GUARD_WINDOW_S, the all-processes table is read half as often. */
export const GUARD_CPU_PERCENT = 2;
export const GUARD_WINDOW_S = 60;

interface Point { at: number; cpu: number }

/** Cumulative CPU seconds sampled over time, trimmed to the last GUARD_WINDOW_S. */
class Window {
  private readonly points: Point[] = [];

  add(at: number, cpu: number): void {
    const last = this.points[this.points.length - 1];
    if (last && cpu < last.cpu) this.points.length = 0; // a restarted worker counts from zero again
    this.points.push({ at, cpu });
    while (this.points.length > 2 && at - this.points[1].at >= GUARD_WINDOW_S) this.points.shift();
  }

  get start(): number | undefined {
    return this.points[0]?.at;
  }

  /** Percent of one core over the window, and the window's length in seconds. */
  share(): { percent: number; span: number } {
    if (this.points.length < 2) return { percent: 0, span: 0 };
    const a = this.points[0];
    const b = this.points[this.points.length - 1];
    const span = b.at - a.at;
    return { percent: span > 0 ? ((b.cpu - a.cpu) / span) * 100 : 0, span };
  }
}

/**
 * Host side: folds each snapshot's worker cost and the host's handler time into shares of a core
 * over the last minute. guard() says when to halve the table's rate: once, when a whole minute with
 * the table on averaged over GUARD_CPU_PERCENT of a core.
 */
export class SelfCostMeter {
  private readonly worker = new Window();
  private readonly host = new Window();
  private hostSeconds = 0;
  private last: WorkerCost | undefined;
  private bytesPerTick = 0;
  /** The table is read every `tableEvery` ticks. */
  tableEvery = 1;
  /** When the table was last switched on (the guard judges only minutes wholly with it). */
  private tableSince: number | undefined;

  /** One snapshot: the worker's cumulative cost, and the host's time (s) spent handling it. */
  add(cost: WorkerCost | undefined, hostSeconds: number, at = performance.now() / 1000): void {
    this.hostSeconds += hostSeconds;
    this.host.add(at, this.hostSeconds);
    if (!cost) return;
    this.last = cost;
    this.worker.add(at, cost.cpuSeconds);
  }

  setTable(on: boolean, at = performance.now() / 1000): void {
    this.tableSince = on ? (this.tableSince ?? at) : undefined;
  }

  setBytesPerTick(bytes: number): void {
    this.bytesPerTick = bytes;
  }

  /** The last minute (or less, just after start), as percent of one core. */
  current(): SelfCost {
    return {
      workerCpuPercent: this.worker.share().percent,
      hostCpuPercent: this.host.share().percent,
      heapBytes: this.last?.heapBytes ?? 0,
      keptFiles: this.last?.keptFiles ?? 0,
      bytesPerTick: this.bytesPerTick,
      tableEvery: this.tableEvery,
      cpuSource: this.last?.cpuSource ?? 'thread',
    };
  }

  /** True once: the table has been on for a whole minute in which Vitals took more than 2 % of a core; tableEvery is then 2. */
  guard(): boolean {
    if (this.tableEvery > 1 || this.tableSince === undefined) return false;
    const w = this.worker.share();
    const start = this.worker.start;
    if (w.span < GUARD_WINDOW_S * 0.9 || start === undefined || start < this.tableSince) return false;
    if (w.percent + this.host.share().percent <= GUARD_CPU_PERCENT) return false;
    this.tableEvery = 2;
    return true;
  }
}

/** One line for the log and the footer: "Vitals itself: 0.4 % of a core (sampler 0.3 %, editor host 0.1 %), heap 9.8 MB, 3.1 KB per tick". */
export function formatSelfCost(c: SelfCost): string {
  const pct = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} %`;
  const sampler = c.cpuSource === 'process' ? 'sampler (whole process: no per-thread clock here)' : 'sampler';
  const bytes = c.bytesPerTick ? `, ${(c.bytesPerTick / 1024).toFixed(1)} KB to the dashboard per tick` : '';
  // a kept /proc file holds about a page of kernel memory (a seq_file's buffer): see fsio's PID_PIN_MAX
  const kept = c.keptFiles ? `, ${c.keptFiles.toLocaleString('en-US')} /proc files kept open (about ${((c.keptFiles * 4) / 1024).toFixed(1)} MB of kernel memory)` : '';
  const slowed = c.tableEvery > 1 ? `; all-processes table every ${c.tableEvery} ticks (self-cost guard)` : '';
  return `Vitals itself: ${pct(c.workerCpuPercent + c.hostCpuPercent)} of a core (${sampler} ${pct(c.workerCpuPercent)}, extension host ${pct(c.hostCpuPercent)}), sampler heap ${(c.heapBytes / 1048576).toFixed(1)} MB${kept}${bytes}${slowed}`;
}

// The all-processes table (dashboard): one processIter per tick for every column, shared with the
// editor tree (collect.ts walks /proc once and hands each process to both), with the costly parts
// bounded: every tick reads stat and statm (on Linux through fds kept open), the user, open files, I/O counters
// and command line only for processes that ran (REFRESH_TICKS), USS (smaps_rollup) for a few
// processes per tick, stalest first. Runs only while a view needs it.
import { cap, CMDLINE_MAX } from '../text/sinks';
import * as probe from '../probe';
import type { ProcessSample, TableRow } from '../protocol';
import { attemptOr } from './attempt';
import type { Lookup } from './editorTree';
import { vscodeRole } from './processRoles';

/** How many processes get a fresh USS reading per tick. */
export const USS_PER_TICK = 24;
/**
 * smaps_rollup is the costliest file the table reads (the kernel walks every mapping): a process
 * whose RSS has not moved since its last USS reading is read again only after this many ticks.
 */
export const USS_MAX_AGE_TICKS = 30;
/**
 * ...and one that has not run since, after this many: its own pages cannot have changed, only
 * their sharing (a process mapping the same pages started or ended).
 */
export const USS_IDLE_MAX_AGE_TICKS = 150;

/**
 * The user, open files and I/O counters (three more reads on Linux: status, the fd directory, io)
 * change only while a process runs, so they are read again when its CPU time has moved since their
 * last reading, and at the latest every REFRESH_TICKS ticks, staggered by pid: CPU time is counted
 * in clock ticks, and a process that ran for less than one shows none. A command line is read once
 * per program: again when comm changes (exec), while it is empty (read mid-exec), and on the
 * staggered refresh of a process that ran (setproctitle).
 */
export const REFRESH_TICKS = 30;

interface Kept {
  createTime: number;
  /** The OS's own name last tick (Linux comm): a change means exec, a new command line. */
  comm: string | null;
  argv: readonly string[];
  cmdline: string;
  /** VS Code's role for its own processes ("extension host", "pty host" ...), from the command line. */
  role: string | undefined;
  /** CPU seconds (user + system) and the time (s since the epoch) of the previous tick, for CPU %. */
  cpu: { at: number; busy: number };
  /** CPU seconds (user + system) when the command line was read. */
  busyAtArgv: number;
  /** CPU seconds when username, numFds and io were read (NaN: never, or CPU time unreadable). */
  busyAtSlow: number;
  username: string | null;
  numFds: number | null;
  /** The I/O counters at their last reading; null where denied. */
  io: { at: number; read: number; write: number } | null;
  uss: number | null;
  /** tick of the last USS reading, -1 never; denied readings are retried rarely */
  ussTick: number;
  /** RSS and CPU seconds when USS was last read */
  ussRss?: number;
  busyAtUss?: number;
  /** /proc/PID/cgroup, read once per process identity (a process rarely moves). */
  cgroup: string | null;
  /** processIter's Process, or one made for the reads the lean scan does not do (undefined until then). */
  proc: probe.Process | undefined;
}

export class TableCollector {
  private readonly kept = new Map<number, Kept>();
  private tickNo = 0;

  private pass: {
    now: number; epoch: number; tick: number; rows: TableRow[]; kepts: Kept[]; byPid: Map<number, TableRow>;
    /** ppid -> pids, of the processes whose identity (createTime) could be read: the tree follows only those. */
    children: Map<number, number[]>;
  } | undefined;

  /** One tick on its own scan (`editor`: see finish). The sampler shares its scan instead: begin, scan, finish. */
  collect(roots: readonly number[], editor: readonly ProcessSample[] = []): TableRow[] {
    this.begin();
    this.scan();
    return this.finish(roots, editor);
  }

  begin(): void {
    const now = performance.now();
    this.pass = { now, epoch: (performance.timeOrigin + now) / 1000, tick: ++this.tickNo, rows: [], kepts: [], byPid: new Map(), children: new Map() };
  }

  /**
   * Adds every process to the pass: the backend's lean read where it has one (Linux: stat and
   * statm, parsed only when changed), else a processIter. `processIter`: the caller's own (tests
   * give a fake one; then it is always used).
   */
  scan(processIter: (opts: probe.ProcessIterOptions) => Iterable<probe.Process> = probe.processIter): void {
    if (processIter === probe.processIter && probe.scanProcessStats((pid, s) => this.addStats(pid, s))) return;
    for (const p of processIter({ visit: (p) => this.add(p) })) void p;
  }

  /** The command line of a process as read this identity (undefined: not seen yet). */
  argv(pid: number, createTime: number): readonly string[] | undefined {
    const k = this.kept.get(pid);
    return k && k.createTime === createTime ? k.argv : undefined;
  }

  /** This tick's row of a process added to the pass (the editor tree takes name, CPU and memory from it). */
  row(pid: number): TableRow | undefined {
    return this.pass?.byPid.get(pid);
  }

  /**
   * The pass so far as the editor tree reads a scan: rows by pid (a row is a ScanEntry), children
   * by ppid, and a Process for each; the tree is then built without a second index of every process.
   */
  scanned(): { scan: Map<number, TableRow>; children: Map<number, number[]>; procs: Lookup<probe.Process> } {
    const { byPid, children } = this.pass!;
    const procs = { get: (pid: number): probe.Process | undefined => (byPid.has(pid) ? processOf(this.kept.get(pid)!, pid) : undefined) };
    return { scan: byPid, children, procs };
  }

  /**
   * One process of a processIter scan (its `visit`), so every getter here shares the oneshot's
   * reads. Each value the OS refuses is left empty; NoSuchProcess propagates, and processIter then
   * skips the process.
   */
  add(p: probe.Process): void {
    let createTime = 0;
    let identified = false;
    let ppid = 0;
    let status = '';
    let numThreads = 0;
    let busy = NaN;
    let comm: string | null = null;
    let rss = 0;
    try { createTime = p.createTime(); identified = true; } catch (e) { deniedOrThrow(e); }
    try { ppid = p.ppid(); } catch (e) { deniedOrThrow(e); identified = false; }
    try { status = p.status(); } catch (e) { deniedOrThrow(e); }
    try { numThreads = p.numThreads(); } catch (e) { deniedOrThrow(e); }
    try { const t = p.cpuTimes(); busy = t.user + t.system; } catch (e) { deniedOrThrow(e); }
    try { comm = p.kernelName(); } catch (e) { deniedOrThrow(e); }
    try { rss = p.memoryInfo().rss; } catch (e) { deniedOrThrow(e); }
    this.addRow(p.pid, createTime, identified, ppid, status, numThreads, busy, comm, rss, p);
  }

  /**
   * One process of the backend's lean scan (null: even stat refused). The rest of its columns are
   * read through a Process made the first time one is due; one that ends meanwhile is left out.
   */
  addStats(pid: number, s: probe.ProcessStats | null): void {
    try {
      if (s) this.addRow(pid, s.createTime, true, s.ppid, s.status, s.numThreads, s.busy, s.name, s.rss, undefined);
      else this.addRow(pid, 0, false, 0, '', 0, NaN, null, 0, undefined);
    } catch (e) {
      if (!(e instanceof probe.NoSuchProcess)) throw e;
    }
  }

  private addRow(pid: number, createTime: number, identified: boolean, ppid: number, status: string, numThreads: number, busy: number,
    comm: string | null, rss: number, given: probe.Process | undefined): void {
    const { now, epoch, tick, rows, kepts, byPid, children } = this.pass!;
    const refresh = (tick + pid) % REFRESH_TICKS === 0;
    let k = this.kept.get(pid);
    if (!k || k.createTime !== createTime) {
      k = {
        createTime, comm, argv: [], cmdline: '', role: undefined, cpu: { at: createTime, busy: 0 }, busyAtArgv: busy, busyAtSlow: NaN,
        username: null, numFds: null, io: null, uss: null, ussTick: -1, cgroup: cgroupOf(pid), proc: given,
      };
      readArgv(processOf(k, pid), k, busy);
      this.kept.set(pid, k); // after the reads: one that throws (the process ended) leaves nothing behind
    } else {
      if (given) k.proc = given;
      if (comm !== k.comm || (!k.argv.length && rss > 0) || (refresh && busy !== k.busyAtArgv)) readArgv(processOf(k, pid), k, busy);
    }
    k.comm = comm;
    let readRate: number | null = 0;
    let writeRate: number | null = 0;
    if (busy !== k.busyAtSlow || refresh) {
      const p = processOf(k, pid);
      k.busyAtSlow = busy;
      k.username = unlessDenied(() => p.username());
      k.numFds = unlessDenied(() => p.numFds());
      const io = unlessDenied(() => p.ioCounters());
      if (io && k.io && now > k.io.at) {
        const dt = (now - k.io.at) / 1000;
        readRate = Math.max(0, Math.round((io.readBytes - k.io.read) / dt));
        writeRate = Math.max(0, Math.round((io.writeBytes - k.io.write) / dt));
      }
      if (!io) k.io = null;
      else if (k.io) { k.io.at = now; k.io.read = io.readBytes; k.io.write = io.writeBytes; }
      else k.io = { at: now, read: io.readBytes, write: io.writeBytes };
    }
    if (!k.io) readRate = writeRate = null; // else a process that has not run since did no I/O: 0
    // as Process.cpuPercent: since the previous tick, or over its life when first seen
    let cpuPercent = 0;
    if (!Number.isNaN(busy)) {
      const dt = epoch - k.cpu.at;
      if (dt > 0) cpuPercent = Math.round(Math.max(0, ((busy - k.cpu.busy) / dt) * 100) * 10) / 10;
      k.cpu.at = epoch; // in place: one object per process, not one per process per tick
      k.cpu.busy = busy;
    }
    const row: TableRow = {
      pid,
      ppid,
      name: comm === null ? '' : probe.completeName(comm, k.argv),
      createTime,
      cpuPercent,
      rss,
      uss: k.uss,
      readRate,
      writeRate,
      numThreads,
      numFds: k.numFds,
      status,
      username: k.username,
      cmdline: k.cmdline,
      cgroup: k.cgroup,
      root: 0,
    };
    if (k.role) row.label = k.role;
    rows.push(row);
    kepts.push(k);
    byPid.set(pid, row);
    if (identified) {
      const siblings = children.get(ppid);
      if (siblings) siblings.push(pid); else children.set(ppid, [pid]);
    }
  }

  /** `editor`: the editor's processes as the monitor sees them (roots, origins, role labels); they win over the roots walk. */
  finish(roots: readonly number[], editor: readonly ProcessSample[] = []): TableRow[] {
    const { tick, rows, kepts, byPid, children } = this.pass!;
    this.pass = undefined;
    if (this.kept.size > rows.length) for (const pid of this.kept.keys()) if (!byPid.has(pid)) this.kept.delete(pid);
    this.refreshUss(rows, kepts, tick);
    markRoots(byPid, children, roots);
    if (editor.length) {
      const mine = new Map(editor.map((p) => [p.pid, p]));
      for (const r of rows) {
        const p = mine.get(r.pid);
        if (p && Math.abs(p.createTime - r.createTime) < 0.01) {
          r.root = p.root || r.root;
          if (p.label) r.label = p.label;
        }
      }
    }
    return rows;
  }

  private refreshUss(rows: TableRow[], kepts: Kept[], tick: number): void {
    const due: number[] = []; // indexes into rows, one pass without allocating per row
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const k = kepts[i];
      if (r.rss === 0) continue; // kernel threads have no user memory
      const stale = k.ussTick < 0 || (k.uss !== null
        ? r.rss !== k.ussRss || tick - k.ussTick > (k.busyAtUss === k.cpu.busy ? USS_IDLE_MAX_AGE_TICKS : USS_MAX_AGE_TICKS)
        : tick - k.ussTick > 50);
      if (stale) due.push(i);
    }
    due.sort((a, b) => kepts[a].ussTick - kepts[b].ussTick);
    for (const i of due.slice(0, USS_PER_TICK)) {
      const r = rows[i];
      const k = kepts[i];
      k.ussTick = tick;
      k.ussRss = r.rss;
      k.busyAtUss = k.cpu.busy;
      try {
        k.uss = processOf(k, r.pid).memoryFullInfo().uss;
      } catch {
        k.uss = null; // denied, gone, or no smaps on this kernel
      }
      r.uss = k.uss;
    }
  }
}

/** The kept Process of a row, made on first need when the lean scan found it (its identity known: no read). */
function processOf(k: Kept, pid: number): probe.Process {
  return (k.proc ??= new probe.Process(pid, undefined, k.createTime));
}

function cgroupOf(pid: number): string | null {
  try {
    return probe.processCgroup(pid);
  } catch {
    return null; // not Linux (UnsupportedPlatform), or unreadable
  }
}

function readArgv(p: probe.Process, k: Kept, busy: number): void {
  const argv = attemptOr(() => p.cmdline(), [] as string[]); // denied, or a zombie's: none
  k.argv = argv;
  k.cmdline = cap(argv.join(' '), CMDLINE_MAX);
  k.role = vscodeRole(argv);
  k.busyAtArgv = busy;
}

/** A value the OS refuses is left empty, as processIter's adValue; anything else propagates (a vanished process). */
function deniedOrThrow(e: unknown): void {
  if (!probe.isRefusal(e)) throw e;
}

function unlessDenied<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    deniedOrThrow(e);
    return null;
  }
}

/** Tags each row descending from one of `roots` (roots included) with that root; first root wins. */
export function markRoots(byPid: ReadonlyMap<number, TableRow>, children: ReadonlyMap<number, readonly number[]>, roots: readonly number[]): void {
  for (const root of roots) {
    const start = byPid.get(root);
    if (!start || start.root) continue;
    const queue = [start];
    while (queue.length) {
      const r = queue.pop()!;
      if (r.root) continue;
      r.root = root;
      for (const pid of children.get(r.pid) ?? []) {
        const child = byPid.get(pid);
        if (child) queue.push(child);
      }
    }
  }
}

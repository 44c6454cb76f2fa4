// The all-processes table (dashboard): one processIter per tick for every column, shared with the
// editor tree (collect.ts walks /proc once and hands each process to both), with the costly parts bounded: USS (smaps_rollup) is refreshed for a few processes per tick, stalest
// first, and command lines are read once per process identity. Runs only while a view needs it.
import { cap, CMDLINE_MAX } from '../text/sinks';
import * as probe from '../probe';
import type { ProcessSample, TableRow } from '../protocol';
import { vscodeRole } from './processRoles';

/** How many processes get a fresh USS reading per tick. */
export const USS_PER_TICK = 24;
/**
 * smaps_rollup is the costliest file the table reads (the kernel walks every mapping): a process
 * whose RSS has not moved since its last USS reading is read again only after this many ticks.
 */
export const USS_MAX_AGE_TICKS = 30;

/** What the table reads for every process: also all the editor tree needs from the shared scan. */
export const TABLE_ATTRS = ['ppid', 'name', 'createTime', 'status', 'numThreads', 'cpuPercent', 'memoryInfo', 'username', 'ioCounters', 'numFds'] as const;

interface Kept {
  createTime: number;
  argv: readonly string[];
  cmdline: string;
  /** VS Code's role for its own processes ("extension host", "pty host" ...), from the command line. */
  role: string | undefined;
  io?: { at: number; read: number; write: number };
  uss: number | null;
  /** tick of the last USS reading, -1 never; denied readings are retried rarely */
  ussTick: number;
  /** RSS when USS was last read */
  ussRss?: number;
  /** /proc/PID/cgroup, read once per process identity (a process rarely moves). */
  cgroup: string | null;
}

export class TableCollector {
  private readonly kept = new Map<number, Kept>();
  private tickNo = 0;

  private pass: { now: number; tick: number; rows: TableRow[]; procs: Map<number, probe.Process>; seen: Set<number> } | undefined;

  /** One tick on its own scan (`editor`: see finish). The sampler shares its scan instead: begin, add, finish. */
  collect(roots: readonly number[], editor: readonly ProcessSample[] = []): TableRow[] {
    this.begin();
    for (const p of probe.processIter({ attrs: TABLE_ATTRS, adValue: null })) this.add(p);
    return this.finish(roots, editor);
  }

  begin(): void {
    this.pass = { now: performance.now(), tick: ++this.tickNo, rows: [], procs: new Map(), seen: new Set() };
  }

  /** The command line of a process as read this identity (undefined: not seen yet). */
  argv(pid: number, createTime: number): readonly string[] | undefined {
    const k = this.kept.get(pid);
    return k && k.createTime === createTime ? k.argv : undefined;
  }

  /** One process of the scan, its info read with TABLE_ATTRS and adValue null. */
  add(p: probe.Process): void {
    const { now, rows, procs, seen } = this.pass!;
    const i = p.info;
    const createTime = (i.createTime as number | null) ?? 0;
    let k = this.kept.get(p.pid);
    if (!k || k.createTime !== createTime) {
      const argv = argvOf(p);
      k = { createTime, argv, cmdline: cap(argv.join(' '), CMDLINE_MAX), role: vscodeRole(argv), uss: null, ussTick: -1, cgroup: cgroupOf(p.pid) };
      this.kept.set(p.pid, k);
    }
    seen.add(p.pid);
    procs.set(p.pid, p);
    const io = i.ioCounters as probe.IoCounters | null;
    let readRate: number | null = null;
    let writeRate: number | null = null;
    if (io) {
      if (k.io && now > k.io.at) {
        const dt = (now - k.io.at) / 1000;
        readRate = Math.max(0, Math.round((io.readBytes - k.io.read) / dt));
        writeRate = Math.max(0, Math.round((io.writeBytes - k.io.write) / dt));
      } else {
        readRate = 0;
        writeRate = 0;
      }
      k.io = { at: now, read: io.readBytes, write: io.writeBytes };
    }
    const mem = i.memoryInfo as probe.MemoryInfo | null;
    rows.push({
      pid: p.pid,
      ppid: (i.ppid as number | null) ?? 0,
      name: (i.name as string | null) ?? '',
      createTime,
      cpuPercent: Math.round(((i.cpuPercent as number | null) ?? 0) * 10) / 10,
      rss: mem?.rss ?? 0,
      uss: k.uss,
      readRate,
      writeRate,
      numThreads: (i.numThreads as number | null) ?? 0,
      numFds: (i.numFds as number | null) ?? null,
      status: (i.status as string | null) ?? '',
      username: (i.username as string | null) ?? null,
      cmdline: k.cmdline,
      cgroup: k.cgroup,
      root: 0,
      ...(k.role ? { label: k.role } : {}),
    });
  }

  /** `editor`: the editor's processes as the monitor sees them (roots, origins, role labels); they win over the roots walk. */
  finish(roots: readonly number[], editor: readonly ProcessSample[] = []): TableRow[] {
    const { tick, rows, procs, seen } = this.pass!;
    this.pass = undefined;
    for (const pid of [...this.kept.keys()]) if (!seen.has(pid)) this.kept.delete(pid);
    this.refreshUss(rows, procs, tick);
    markRoots(rows, roots);
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

  private refreshUss(rows: TableRow[], procs: Map<number, probe.Process>, tick: number): void {
    const due = rows
      .filter((r) => r.rss > 0) // kernel threads have no user memory
      .map((r) => ({ r, k: this.kept.get(r.pid)! }))
      .filter(({ r, k }) => k.ussTick < 0 || (k.uss !== null ? r.rss !== k.ussRss || tick - k.ussTick > USS_MAX_AGE_TICKS : tick - k.ussTick > 50))
      .sort((a, b) => a.k.ussTick - b.k.ussTick)
      .slice(0, USS_PER_TICK);
    for (const { r, k } of due) {
      k.ussTick = tick;
      k.ussRss = r.rss;
      try {
        k.uss = procs.get(r.pid)!.memoryFullInfo().uss;
      } catch {
        k.uss = null; // denied, gone, or no smaps on this kernel
      }
      r.uss = k.uss;
    }
  }
}

function cgroupOf(pid: number): string | null {
  try {
    return probe.processCgroup(pid);
  } catch {
    return null; // not Linux (UnsupportedPlatform), or unreadable
  }
}

function argvOf(p: probe.Process): string[] {
  try {
    return p.cmdline();
  } catch {
    return [];
  }
}

/** Tags each row descending from one of `roots` (roots included) with that root; first root wins. */
export function markRoots(rows: TableRow[], roots: readonly number[]): void {
  const byPid = new Map<number, TableRow>();
  const children = new Map<number, TableRow[]>();
  for (const r of rows) {
    byPid.set(r.pid, r);
    const list = children.get(r.ppid);
    if (list) list.push(r); else children.set(r.ppid, [r]);
  }
  for (const root of roots) {
    const start = byPid.get(root);
    if (!start || start.root) continue;
    const queue = [start];
    while (queue.length) {
      const r = queue.pop()!;
      if (r.root) continue;
      r.root = root;
      queue.push(...(children.get(r.pid) ?? []));
    }
  }
}

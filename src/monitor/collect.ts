// One sampler tick: the system readings the status bar and dashboard need, plus the editor's
// process trees. Runs inside the worker thread; every probe call is isolated so one failing
// sensor never loses the rest of the snapshot.
import os from 'node:os';
import * as probe from '../probe';
import type { ExtensionInfo, Origin, ProcessSample, Snapshot, SystemExtras } from '../protocol';
import { attemptOr } from './attempt';
import { ContainerCollector } from './container';
import { Described, EditorTree, Lookup, ScanEntry } from './editorTree';
import { TableCollector } from './table';

/** The one walk of /proc per tick (injectable so a test can count the walks). */
export type ProcessScanner = (opts: probe.ProcessIterOptions) => Iterable<probe.Process>;

/**
 * Above this many tree members the scan also reads name and CPU (from the stat it reads anyway)
 * rather than each member reading stat a second time; below it, the few extra command-line reads
 * that name() costs for long-named processes (kernel threads) would cost more than they save.
 */
const WIDE_SCAN_MEMBERS = 24;
const WIDE_ATTRS = ['ppid', 'name', 'cpuPercent'] as const;

export class Collector {
  /** The last tree was big: see WIDE_SCAN_MEMBERS. */
  private wideScan = false;
  private readonly meter = probe.newCpuMeter();
  private readonly tree = new EditorTree();
  private prevIo: { at: number; disk: probe.DiskIoCounters | null; net: probe.NetIoCounters | null } | undefined;
  /** Set once the backend has said it cannot list processes (UnsupportedPlatform): the sentence the UI shows instead. */
  private unavailable: string | undefined;
  private readonly container = new ContainerCollector();
  /** Set while a view needs the all-processes table (the dashboard). */
  table: TableCollector | undefined;
  /** The table is read every `tableEvery` ticks (the self-cost guard); ticks between carry none. */
  tableEvery = 1;
  private ticks = 0;

  /** The editor tree's processes between ticks (cpuPercent measures across ticks on the same object). */
  private readonly kept = new Map<number, probe.Process>();

  /**
   * `childLists`: the OS's child lists (probe.childPids). With them, and the table off, the editor
   * tree is walked down from its roots, reading its own processes only: the tick does not grow with
   * the machine's process count. Without (an injected scanner, an OS with no child lists, a
   * fixture tree), one processIter walk of every process finds the tree.
   */
  constructor(private readonly processIter: ProcessScanner = probe.processIter,
    private readonly childLists: ((pid: number) => number[] | null) | null = processIter === probe.processIter ? probe.childPids : null) {}

  setTable(on: boolean): void {
    if (on && !this.table) this.table = new TableCollector();
    if (!on && this.table) {
      this.table = undefined;
      probe.releaseResources(); // the scan's pinned stat files; the tree's walk reads the few it needs
    }
  }

  setExtensions(list: readonly ExtensionInfo[]): void {
    this.tree.setExtensions(list);
  }

  /** roots[0] is the extension host; `origins` are the terminals, tasks and debug sessions it knows. */
  collect(roots: readonly number[], origins: readonly Origin[] = []): Snapshot {
    const started = performance.now();
    const errors: Record<string, string> = {};
    const attempt = <T>(name: string, fn: () => T, fallback: T): T => {
      try {
        return fn();
      } catch (e) {
        errors[name] = e instanceof Error ? e.message : String(e);
        return fallback;
      }
    };
    const table = this.table && this.ticks++ % this.tableEvery === 0 ? this.table : undefined;
    const { ids: cpuIds, percent: perCpu } = attempt('cpuPercent', () => this.meter.cpuPercentPerCpu(), { ids: [] as number[], percent: [] as number[] });
    const cpuPercent = perCpu.length ? Math.round((perCpu.reduce((a, b) => a + b, 0) / perCpu.length) * 10) / 10 : 0;
    const vm = attempt('virtualMemory', () => probe.virtualMemory(), null);
    const sw = attempt('swapMemory', () => probe.swapMemory(), null);
    const snapshot: Snapshot = {
      time: Date.now(),
      host: os.hostname(),
      cpu: { percent: cpuPercent, perCpu, cpuIds, count: perCpu.length },
      memory: vm ? { total: vm.total, available: vm.available, used: vm.used, percent: vm.percent } : { total: 0, available: 0, used: 0, percent: 0 },
      swap: sw ? { total: sw.total, used: sw.used, percent: sw.percent } : { total: 0, used: 0, percent: 0 },
      loadAvg: attempt('getLoadAvg', () => probe.getLoadAvg(), null),
      temperatures: attempt('sensorsTemperatures', () => probe.sensorsTemperatures(), {}),
      battery: attempt('sensorsBattery', () => probe.sensorsBattery(), null),
      processes: attempt('processes', () => this.processesOrWhyNot(roots, origins, table), []),
      extras: this.extras(attempt, vm?.cached ?? 0),
      errors,
      sampleMs: 0,
    };
    if (this.unavailable) snapshot.processesUnavailable = this.unavailable;
    snapshot.container = attempt('containerLimits', () => this.container.container(perCpu.length, (m) => { errors.containerLimits = m; }), null);
    snapshot.pressure = attempt('pressure', () => this.container.pressure((m) => { errors.pressure = m; }), null);
    if (table) {
      snapshot.table = attempt('processTable', () => table.finish(roots, snapshot.processes), []);
    }
    snapshot.sampleMs = performance.now() - started;
    return snapshot;
  }

  /** processTrees, or nothing with the reason kept when the backend cannot list processes at all. */
  private processesOrWhyNot(roots: readonly number[], origins: readonly Origin[], table: TableCollector | undefined): ProcessSample[] {
    try {
      return this.processTrees(roots, origins, table);
    } catch (e) {
      if (!(e instanceof probe.UnsupportedPlatform)) throw e;
      this.unavailable = `Per-process data needs a native backend: the ${e.platform} backend reads only system-wide figures (${e.message}).`;
      return [];
    }
  }

  /** Cached memory, boot time and the disk/network byte rates since the previous tick. */
  private extras(attempt: <T>(name: string, fn: () => T, fallback: T) => T, memCached: number): SystemExtras {
    const now = performance.now();
    const disk = attempt('diskIoCounters', () => probe.diskIoCounters(), null);
    const net = attempt('netIoCounters', () => probe.netIoCounters(), null);
    const prev = this.prevIo;
    this.prevIo = { at: now, disk, net };
    const dt = prev ? (now - prev.at) / 1000 : 0;
    const rate = (a: number, b: number): number => Math.max(0, Math.round((a - b) / dt));
    return {
      memCached,
      bootTime: attempt('bootTime', () => probe.bootTime(), 0),
      disk: prev?.disk && disk && dt > 0 ? { readRate: rate(disk.readBytes, prev.disk.readBytes), writeRate: rate(disk.writeBytes, prev.disk.writeBytes) } : null,
      net: prev?.net && net && dt > 0 ? { sentRate: rate(net.bytesSent, prev.net.bytesSent), recvRate: rate(net.bytesRecv, prev.net.bytesRecv) } : null,
    };
  }
  /**
   * The editor's processes. With the table off and child lists at hand: walked down from the roots
   * (walkTrees). Otherwise from one scan of /proc: ppid and createTime for every process (one
   * stat read each), then command lines only for processes new to the tree, and CPU and memory
   * only for the processes in it. With `table`, the same scan reads the table's columns for every
   * process and feeds it (its finish() is the caller's); tree members then take their name, CPU
   * and memory from that pass instead of reading them again.
   */
  processTrees(roots: readonly number[], origins: readonly Origin[], table?: TableCollector): ProcessSample[] {
    if (!roots.length && !table) return [];
    if (!table && this.childLists) {
      const walked = this.walkTrees(roots, origins, this.childLists);
      if (walked) return walked;
    }
    this.kept.clear();
    if (table) {
      // the table's pass reads every process and indexes it: the tree is built from that index
      table.begin();
      table.scan(this.processIter);
      if (!roots.length) return [];
      const { scan, children, procs } = table.scanned();
      return this.members(roots, origins, scan, children, procs, table);
    }
    const procs = new Map<number, probe.Process>();
    const scan = new Map<number, ScanEntry>();
    const children = new Map<number, number[]>();
    for (const p of this.processIter({ attrs: this.wideScan ? WIDE_ATTRS : ['ppid'], adValue: null })) {
      let createTime: number;
      try { createTime = p.createTime(); } catch { continue; } // stat denied: no identity, not ours to follow
      const ppid = p.info.ppid as number | null;
      if (ppid === null) continue;
      procs.set(p.pid, p);
      scan.set(p.pid, { pid: p.pid, ppid, createTime });
      const list = children.get(ppid);
      if (list) list.push(p.pid); else children.set(ppid, [p.pid]);
    }
    if (!roots.length) return [];
    return this.members(roots, origins, scan, children, procs, undefined);
  }

  /**
   * The tree read on demand from its roots down: each process's stat when the tree asks for it,
   * its children from the OS's child lists. undefined when there are none here (then: the scan).
   */
  private walkTrees(roots: readonly number[], origins: readonly Origin[], childLists: (pid: number) => number[] | null): ProcessSample[] | undefined {
    let first: number[] | null;
    try { first = childLists(roots[0]); } catch { first = []; } // the root is gone: an empty tree, as the scan finds it
    if (first === null) return undefined;
    const entries = new Map<number, ScanEntry | null>();
    const procs = new Map<number, probe.Process>();
    const kids = new Map<number, readonly number[]>([[roots[0], first]]);
    const scan = {
      get: (pid: number): ScanEntry | undefined => {
        const hit = entries.get(pid);
        if (hit !== undefined) return hit ?? undefined;
        let e: ScanEntry | null = null;
        try {
          const fresh = new probe.Process(pid); // reads stat: the identity
          const createTime = fresh.createTime();
          const kept = this.kept.get(pid);
          const p = kept && kept.createTime() === createTime ? kept : fresh;
          e = { pid, ppid: p.ppid(), createTime };
          procs.set(pid, p);
        } catch { /* gone, denied or malformed: not ours to follow, as in the scan */ }
        entries.set(pid, e);
        return e ?? undefined;
      },
    };
    const children = {
      get: (pid: number): readonly number[] => {
        let list = kids.get(pid);
        if (list === undefined) {
          try { list = childLists(pid) ?? []; } catch { list = []; }
          kids.set(pid, list);
        }
        return list;
      },
    };
    const out = this.members(roots, origins, scan, children, procs, undefined);
    this.kept.clear();
    for (const [pid, p] of procs) this.kept.set(pid, p);
    return out;
  }

  private members(roots: readonly number[], origins: readonly Origin[], scan: Lookup<ScanEntry>, children: Lookup<readonly number[]>,
    procs: Lookup<probe.Process>, table: TableCollector | undefined): ProcessSample[] {
    const describe = (pid: number): Described | undefined => {
      const p = procs.get(pid);
      if (!p) return undefined;
      try {
        const argv = table?.argv(pid, scan.get(pid)!.createTime);
        if (argv) return { name: table!.row(pid)?.name ?? '', exe: attemptOr(() => p.exe(), ''), cmdline: argv };
        return p.oneshot(() => {
          const cmdline = attemptOr(() => p.cmdline(), []);
          return { name: attemptOr(() => p.name(), ''), exe: attemptOr(() => p.exe(), ''), cmdline };
        });
      } catch {
        return undefined;
      }
    };
    const nodes = this.tree.build(scan, children, roots[0], origins, describe, roots.slice(1));
    this.wideScan = nodes.length > WIDE_SCAN_MEMBERS;
    const out: ProcessSample[] = [];
    for (const n of nodes) {
      const p = procs.get(n.pid)!;
      try {
        const fields = (name: string, cpuPercent: number, rss: number): ProcessSample => ({
          pid: n.pid, ppid: n.ppid, name, createTime: n.createTime, cpuPercent, rss, root: n.root,
          kind: n.kind, label: n.label, origin: n.origin, note: n.note, depth: n.depth, cmdline: n.cmdline,
          ...(n.extension ? { extension: n.extension } : {}),
        });
        let sample: ProcessSample;
        const i = p.info;
        if (table) {
          // the table's row of this tick (a second cpuPercent() would measure a few ms)
          const row = table.row(n.pid);
          if (!row) continue; // denied or gone
          sample = fields(row.name, row.cpuPercent, row.rss);
        } else if ('cpuPercent' in i) {
          if (typeof i.name !== 'string' || typeof i.cpuPercent !== 'number') continue; // denied or gone
          sample = fields(i.name, i.cpuPercent, p.memoryInfo().rss);
        } else {
          sample = p.oneshot(() => fields(p.name(), p.cpuPercent(), p.memoryInfo().rss));
        }
        // exec keeps (pid, createTime): a new name means a new program, labelled again next tick
        this.tree.checkName(n.pid, sample.name);
        out.push(sample);
      } catch (e) {
        // gone, denied, or a file the kernel wrote oddly: skip this one process, keep the tree
        if (!(e instanceof probe.NoSuchProcess || e instanceof probe.AccessDenied || e instanceof probe.MalformedFileError)) throw e;
      }
    }
    return out;
  }
}

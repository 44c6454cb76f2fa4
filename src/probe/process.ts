// The public Process: psutil's semantics over the platform backend (./backend picks it).
// Identity is (pid, createTime): every mutating call re-checks it so a recycled pid is never hit.
import fs from 'node:fs';
import path from 'node:path';
import { AccessDenied, isRefusal, MalformedFileError, NoSuchProcess, TimeoutExpired, ZombieProcess } from './errors';
import { backend, systemFn } from './backend';
import {
  type Connection, type Ids, type IoCounters, type IoNice, type MemoryFullInfo, type MemoryInfo,
  type MemoryMap, type OpenFile, type ProcCpuTimes, type ProcessBackend, type ThreadTimes,
} from './platform';

const virtualMemory = systemFn('virtualMemory');
const TRUNCATED_NAME_LENGTH = backend.truncatedNameLength;
export const pids = (): number[] => backend.pids();
export const pidExists = (pid: number): boolean => backend.pidExists(pid);

export type { Connection, Ids, IoCounters, IoNice, MemoryFullInfo, MemoryInfo, MemoryMap, OpenFile, ProcCpuTimes, ThreadTimes };

/** Every getter asDict() and processIter() know; psutil's as_dict attribute names in camelCase. */
const ALL_ATTRS = [
  'pid', 'ppid', 'name', 'exe', 'cmdline', 'environ', 'createTime', 'status', 'username', 'uids', 'gids',
  'terminal', 'cwd', 'nice', 'ionice', 'ioCounters', 'numCtxSwitches', 'numFds', 'numThreads', 'threads',
  'cpuTimes', 'cpuPercent', 'cpuNum', 'cpuAffinity', 'memoryInfo', 'memoryFullInfo', 'memoryPercent',
  'memoryMaps', 'openFiles', 'connections', 'numHandles',
] as const;
export type ProcessAttr = typeof ALL_ATTRS[number];
/**
 * The attributes this platform has (psutil's as_dict names differ by OS too): asDict()'s default.
 * Asking for another one by name raises UnsupportedPlatform.
 */
export const PROCESS_ATTRS: readonly ProcessAttr[] = ALL_ATTRS.filter((a) => !backend.unsupportedAttrs.includes(a));
export type ProcessInfo = Partial<Record<ProcessAttr, unknown>>;

let totalMemory: number | undefined;

export class Process {
  readonly pid: number;
  /** Filled by processIter() with the requested attributes. */
  info: ProcessInfo = {};
  /** @internal */
  readonly impl: ProcessBackend;
  /** undefined while stat is denied (hidepid): the identity is then unknown, as psutil's (pid, None). */
  private created: number | undefined;
  /** Last name read, for error messages; name() itself re-reads (exec and prctl rename a process). */
  private lastName: string | undefined;
  private lastCpu: { wall: number; busy: number } | undefined;

  constructor(pid: number = process.pid, impl?: ProcessBackend, createTime?: number) {
    if (!Number.isInteger(pid) || pid < 0) throw new RangeError(`pid must be a non-negative integer, got ${pid}`);
    this.pid = pid;
    this.impl = impl ?? backend.newProcess(pid);
    this.created = createTime ?? createTimeUnlessDenied(this.impl);
  }

  /** Runs fn with every OS read done at most once; nested calls share the outer cache. */
  oneshot<T>(fn: () => T): T {
    const impl = this.impl;
    if (impl.cache) return fn();
    return this.withCache(impl.newCache(), fn);
  }

  /** @internal A oneshot over a given cache (processIter's already holds this pid's stat). */
  withCache<T>(cache: unknown, fn: () => T): T {
    const impl = this.impl;
    impl.cache = cache;
    try {
      return fn();
    } finally {
      impl.cache = undefined;
    }
  }

  // --- identity ---

  /** Raises AccessDenied while stat is denied. */
  createTime(): number {
    this.created ??= this.impl.createTime();
    return this.created;
  }

  /**
   * True while the pid still belongs to the process this object was made for. When either
   * createTime is denied the identity cannot be compared: a pid that is still there counts as
   * running (psutil's "unknown" identity).
   */
  isRunning(): boolean {
    try {
      return this.mayBe(createTimeUnlessDenied(backend.newProcess(this.pid)));
    } catch (e) {
      if (e instanceof ZombieProcess) return true;
      if (e instanceof NoSuchProcess) return false;
      throw e;
    }
  }

  /** @internal False only when both creation times are known and differ (a recycled pid). */
  mayBe(createTime: number | undefined): boolean {
    return createTime === undefined || this.created === undefined || createTime === this.created;
  }

  private assertSameProcess(): void {
    if (!this.isRunning()) {
      throw new NoSuchProcess(this.pid, this.lastName, `process no longer exists or its pid has been reused (pid=${this.pid})`);
    }
  }

  // --- stat-based getters ---

  ppid(): number { return this.impl.ppid(); }
  status(): string { return this.impl.procStatus(); }
  numThreads(): number { return this.impl.numThreads(); }
  cpuNum(): number { return this.impl.cpuNum(); }
  nice(): number { return this.impl.nice(); }
  terminal(): string | null { return this.impl.terminal(); }
  cpuTimes(): ProcCpuTimes { return this.impl.cpuTimes(); }

  /**
   * @internal The name as the OS keeps it, without name()'s completion from the command line
   * (Linux: comm, at most 15 characters): a caller that holds the command line completes it with
   * completeName() instead of reading cmdline again.
   */
  kernelName(): string { return this.impl.name(); }

  /**
   * Linux truncates comm to 15 characters; when cmdline[0]'s basename extends it, that is
   * the real name (psutil's rule, POSIX only: Windows names are whole).
   */
  name(): string {
    let name = this.impl.name();
    if (name.length >= TRUNCATED_NAME_LENGTH) {
      try {
        name = completeName(name, this.impl.cmdline());
      } catch (e) {
        // the truncated name beats none: a zombie can answer its name but not its cmdline
        if (!(e instanceof AccessDenied) && !(e instanceof ZombieProcess)) throw e;
      }
    }
    this.lastName = name;
    this.impl.setKnownName(name);
    return name;
  }

  /**
   * The executable's path. Where the link is denied, or empty, psutil guesses: cmdline[0] when it
   * is an absolute path to a file we may execute (unprivileged users still get it for most).
   */
  exe(): string {
    let exe: string;
    try {
      exe = this.impl.exe();
    } catch (e) {
      if (!(e instanceof AccessDenied)) throw e;
      const guess = this.exeFromCmdline();
      if (guess === undefined) throw e;
      return guess;
    }
    if (exe) return exe;
    try {
      return this.exeFromCmdline() ?? exe;
    } catch (e) {
      if (e instanceof AccessDenied) return exe;
      throw e;
    }
  }

  private exeFromCmdline(): string | undefined {
    const first = this.cmdline()[0];
    if (!first || !path.isAbsolute(first)) return undefined;
    try {
      if (!fs.statSync(first).isFile()) return undefined;
      fs.accessSync(first, fs.constants.X_OK);
      return first;
    } catch {
      return undefined;
    }
  }

  cmdline(): string[] { return this.impl.cmdline(); }
  environ(): Record<string, string> { return this.impl.environ(); }
  cwd(): string { return this.impl.cwd(); }
  uids(): Ids { return this.impl.uids(); }
  gids(): Ids { return this.impl.gids(); }
  username(): string { return this.impl.username(); }
  numCtxSwitches(): { voluntary: number; involuntary: number } { return this.impl.numCtxSwitches(); }
  numFds(): number { return this.impl.numFds(); }
  /** Windows only: open handles (psutil's num_handles). */
  numHandles(): number { return this.impl.numHandles(); }
  threads(): ThreadTimes[] { return this.impl.threads(); }
  ioCounters(): IoCounters { return this.impl.ioCounters(); }
  memoryInfo(): MemoryInfo { return this.impl.memoryInfo(); }
  memoryFullInfo(): MemoryFullInfo { return this.impl.memoryFullInfo(); }
  openFiles(): OpenFile[] { return this.impl.openFiles(); }
  connections(kind = 'inet'): Connection[] { return this.impl.connections(kind); }
  ionice(): IoNice | number { return this.impl.ionice(); }
  rlimit(resource: number): [number, number] { return this.impl.rlimit(resource); }
  cpuAffinity(): number[] { return this.impl.cpuAffinity(); }

  /** Grouped by path (psutil's default) or one entry per mapping with addr and perms. */
  memoryMaps(grouped = true): MemoryMap[] {
    const maps = this.impl.memoryMaps();
    if (!grouped) return maps;
    const byPath = new Map<string, MemoryMap>();
    for (const { addr: _a, perms: _p, ...m } of maps) {
      const acc = byPath.get(m.path);
      if (!acc) { byPath.set(m.path, { ...m }); continue; }
      for (const k of ['rss', 'size', 'pss', 'sharedClean', 'sharedDirty', 'privateClean', 'privateDirty', 'referenced', 'anonymous', 'swap'] as const) if (m[k] !== undefined) acc[k] = (acc[k] ?? 0) + m[k];
    }
    return [...byPath.values()];
  }

  memoryPercent(memtype: keyof MemoryFullInfo = 'rss'): number {
    const info: MemoryFullInfo | MemoryInfo = ['uss', 'pss', 'swap'].includes(memtype) ? this.memoryFullInfo() : this.memoryInfo();
    const value = (info as unknown as Record<string, number>)[memtype];
    if (value === undefined) throw new RangeError(`invalid memtype ${JSON.stringify(memtype)}`);
    totalMemory ??= virtualMemory().total;
    return (value / totalMemory) * 100;
  }

  /**
   * Percent of one cpu used since the previous call on this object; the first call averages over
   * the process's whole life instead of psutil's meaningless 0.0. May exceed 100 on several cores.
   */
  cpuPercent(): number {
    const t = this.cpuTimes();
    const busy = t.user + t.system;
    const wall = performance.timeOrigin / 1000 + performance.now() / 1000;
    const prev = this.lastCpu ?? { wall: this.createTime(), busy: 0 };
    this.lastCpu = { wall, busy };
    const dt = wall - prev.wall;
    if (dt <= 0) return 0;
    return Math.round(Math.max(0, ((busy - prev.busy) / dt) * 100) * 10) / 10;
  }

  // --- family ---

  parent(): Process | null {
    const ppid = this.ppid();
    if (ppid <= 0) return null;
    try {
      const p = new Process(ppid);
      // a "parent" younger than us is a reused pid; with a creation time denied we cannot tell
      return p.created === undefined || this.created === undefined || p.created <= this.created + 0.01 ? p : null;
    } catch (e) {
      if (e instanceof NoSuchProcess) return null;
      throw e;
    }
  }

  parents(): Process[] {
    const out: Process[] = [];
    let p = this.parent();
    while (p) { out.push(p); p = p.parent(); }
    return out;
  }

  /** Direct children, or all descendants, from one scan of /proc. */
  children(opts: { recursive?: boolean } = {}): Process[] {
    const map = ppidMap();
    const kids = new Map<number, number[]>();
    for (const [pid, ppid] of map) {
      const list = kids.get(ppid);
      if (list) list.push(pid); else kids.set(ppid, [pid]);
    }
    const out: Process[] = [];
    const visited = new Set<number>([this.pid]);
    const queue = [...(kids.get(this.pid) ?? [])];
    while (queue.length) {
      const pid = queue.shift()!;
      if (visited.has(pid)) continue;
      visited.add(pid);
      try {
        const child = new Process(pid);
        // a reused pid older than its "parent"; with a creation time denied we cannot tell
        if (child.created !== undefined && this.created !== undefined && child.created + 0.01 < this.created) continue;
        out.push(child);
        if (opts.recursive) queue.push(...(kids.get(pid) ?? []));
      } catch (e) {
        if (!(e instanceof NoSuchProcess)) throw e;
      }
    }
    return out;
  }

  // --- actions (identity re-checked first) ---

  sendSignal(signal: NodeJS.Signals | number): void { this.assertSameProcess(); this.impl.sendSignal(signal); }
  /** SIGSTOP on POSIX; NtSuspendProcess on Windows. */
  suspend(): void { this.assertSameProcess(); this.impl.suspend(); }
  resume(): void { this.assertSameProcess(); this.impl.resume(); }
  /** SIGTERM on POSIX; TerminateProcess on Windows (the same as kill there, as in psutil). */
  terminate(): void { this.assertSameProcess(); this.impl.terminate(); }
  kill(): void { this.assertSameProcess(); this.impl.kill(); }

  setNice(value: number): void { this.assertSameProcess(); this.impl.setNice(value); }
  setIonice(ioclass: number, value?: number): void { this.assertSameProcess(); this.impl.setIonice(ioclass, value); }
  setRlimit(resource: number, limits: [number, number]): void { this.assertSameProcess(); this.impl.setRlimit(resource, limits[0], limits[1]); }
  /** CPUs by the kernel's numbers; an empty list means the eligible ones (Cpus_allowed_list), as in psutil. */
  setCpuAffinity(cpus: number[]): void { this.assertSameProcess(); this.impl.setCpuAffinity(cpus); }

  /** True once the process is gone (or only a zombie waiting to be reaped). */
  private hasExited(): boolean {
    if (!this.isRunning()) return true;
    return this.impl.isZombie();
  }

  /**
   * Resolves when the process terminates, to its exit code where the OS still keeps it for us
   * (Windows, while some handle holds the process), else null (on POSIX the exit code of a process
   * that is not our child cannot be known); rejects with TimeoutExpired after `timeout` seconds.
   */
  async wait(timeout?: number): Promise<number | null> {
    const deadline = timeout === undefined ? Infinity : Date.now() + timeout * 1000;
    this.impl.holdForWait?.();
    let delay = 1;
    while (!this.hasExited()) {
      if (Date.now() >= deadline) throw new TimeoutExpired(timeout!, this.pid, this.lastName);
      await new Promise((r) => setTimeout(r, Math.min(delay, Math.max(0, deadline - Date.now()))));
      delay = Math.min(delay * 2, 40);
    }
    return this.impl.exitCode();
  }

  /** The attributes (all readable ones by default); AccessDenied/ZombieProcess fields become adValue. */
  asDict(attrs: readonly ProcessAttr[] = PROCESS_ATTRS, adValue: unknown = null): ProcessInfo {
    validateAttrs(attrs);
    return this.readAttrs(attrs, adValue);
  }

  /** @internal asDict with the names already resolved to readers (processIter resolves once). */
  readAttrs(attrs: readonly ProcessAttr[], adValue: unknown, readers = readersFor(attrs)): ProcessInfo {
    return this.oneshot(() => {
      const out: ProcessInfo = {};
      for (let i = 0; i < attrs.length; i++) {
        try {
          out[attrs[i]] = readers[i](this);
        } catch (e) {
          // UnsupportedPlatform here: an OS release without the call (Wine's NT lacks ProcessIoPriority)
          if (isRefusal(e)) out[attrs[i]] = adValue;
          else throw e;
        }
      }
      return out;
    });
  }

  toString(): string {
    let name = '?';
    try { name = this.name(); } catch { /* gone */ }
    const started = this.created === undefined ? '' : `, started=${new Date(this.created * 1000).toISOString()}`;
    return `Process(pid=${this.pid}, name=${JSON.stringify(name)}${started})`;
  }
}

/**
 * createTime, or undefined when stat is denied (hidepid=1, a restrictive LSM): the process is
 * there, only its identity is unknown. psutil's Process.__init__ catches that AccessDenied too.
 */
function createTimeUnlessDenied(impl: ProcessBackend): number | undefined {
  try {
    return impl.createTime();
  } catch (e) {
    if (e instanceof AccessDenied) return undefined;
    throw e;
  }
}

type AttrReader = (p: Process) => unknown;

// One small function per attribute: a call through `p[name]()` is a megamorphic lookup on every
// process of every tick, these are plain monomorphic calls.
const ATTR_READERS: Record<ProcessAttr, AttrReader> = {
  pid: (p) => p.pid, ppid: (p) => p.ppid(), name: (p) => p.name(), exe: (p) => p.exe(), cmdline: (p) => p.cmdline(),
  environ: (p) => p.environ(), createTime: (p) => p.createTime(), status: (p) => p.status(), username: (p) => p.username(),
  uids: (p) => p.uids(), gids: (p) => p.gids(), terminal: (p) => p.terminal(), cwd: (p) => p.cwd(), nice: (p) => p.nice(),
  ionice: (p) => p.ionice(), ioCounters: (p) => p.ioCounters(), numCtxSwitches: (p) => p.numCtxSwitches(),
  numFds: (p) => p.numFds(), numThreads: (p) => p.numThreads(), threads: (p) => p.threads(), cpuTimes: (p) => p.cpuTimes(),
  cpuPercent: (p) => p.cpuPercent(), cpuNum: (p) => p.cpuNum(), cpuAffinity: (p) => p.cpuAffinity(),
  memoryInfo: (p) => p.memoryInfo(), memoryFullInfo: (p) => p.memoryFullInfo(), memoryPercent: (p) => p.memoryPercent(),
  memoryMaps: (p) => p.memoryMaps(), openFiles: (p) => p.openFiles(), connections: (p) => p.connections(),
  numHandles: (p) => p.numHandles(),
};

function validateAttrs(attrs: readonly string[]): void {
  for (const a of attrs) if (!Object.hasOwn(ATTR_READERS, a)) throw new RangeError(`invalid attr name ${JSON.stringify(a)}`);
}

function readersFor(attrs: readonly ProcessAttr[]): AttrReader[] {
  return attrs.map((a) => ATTR_READERS[a]);
}

/** pid -> ppid for every process, from one scan. */
export function ppidMap(): Map<number, number> {
  return backend.ppidMap();
}

/**
 * The pids whose parent is `pid`, from the OS's own child lists (Linux: /proc/PID/task/TID/children),
 * costing per child rather than per process on the machine; null where the OS keeps no such list.
 */
export function childPids(pid: number): number[] | null {
  return backend.childPids ? backend.childPids(pid) : null;
}

const iterCache = new Map<number, Process>();

export interface ProcessIterOptions {
  attrs?: readonly ProcessAttr[];
  adValue?: unknown;
  /**
   * Called for each process inside its oneshot, after attrs: the getters it calls share the files
   * the attrs read (a caller that reads some attributes only now and then). NoSuchProcess from it
   * skips the process; other errors are the caller's to catch.
   */
  visit?: (p: Process) => void;
  /** Called for a process skipped because its files are malformed (default: skipped silently). */
  onError?: (pid: number, error: Error) => void;
}

/**
 * Every process, sorted by pid. Process objects are reused between calls while (pid, createTime)
 * matches, so cpuPercent() measures across iterations. A process that vanishes is skipped.
 */
export function* processIter(opts: ProcessIterOptions = {}): Generator<Process> {
  if (opts.attrs) validateAttrs(opts.attrs);
  const readers = opts.attrs ? readersFor(opts.attrs) : [];
  const seen = new Set<number>();
  const scan = backend.scan(opts.attrs);
  for (const pid of scan.pids) {
    const cached = iterCache.get(pid);
    const impl = cached ? cached.impl : backend.newProcess(pid);
    const cache = scan.cacheFor(impl);
    impl.cache = cache;
    let created: number | undefined;
    try {
      created = createTimeUnlessDenied(impl); // reads stat into the cache the attrs below reuse
    } catch (e) {
      if (e instanceof NoSuchProcess) continue;
      if (e instanceof MalformedFileError) { opts.onError?.(pid, e); continue; }
      throw e;
    } finally {
      impl.cache = undefined;
    }
    let proc = cached;
    if (!proc || !proc.mayBe(created)) {
      proc = new Process(pid, cached ? backend.newProcess(pid) : impl, created); // a recycled pid gets a fresh backend
      iterCache.set(pid, proc);
    }
    seen.add(pid);
    if (opts.attrs || opts.visit) {
      try {
        const p = proc;
        const visit = opts.visit;
        p.withCache(cache, () => {
          if (opts.attrs) p.info = p.readAttrs(opts.attrs, opts.adValue ?? null, readers);
          visit?.(p);
        });
      } catch (e) {
        if (e instanceof NoSuchProcess || e instanceof MalformedFileError) {
          if (e instanceof MalformedFileError) opts.onError?.(pid, e);
          iterCache.delete(pid); seen.delete(pid); continue;
        }
        throw e;
      }
    }
    yield proc;
  }
  for (const pid of [...iterCache.keys()]) if (!seen.has(pid)) iterCache.delete(pid);
  scan.finish?.(seen);
}

/**
 * psutil's rule for a truncated name (Linux keeps 15 characters of comm): when the basename of
 * argv[0] extends it, that is the real name.
 */
export function completeName(name: string, argv: readonly string[]): string {
  if (name.length < TRUNCATED_NAME_LENGTH || !argv.length) return name;
  const extended = path.basename(argv[0]);
  return extended.startsWith(name) ? extended : name;
}

export interface WaitResult { gone: Process[]; alive: Process[] }

export async function waitProcs(procs: Process[], timeout?: number, callback?: (p: Process) => void): Promise<WaitResult> {
  const gone: Process[] = [];
  await Promise.all(procs.map(async (p) => {
    try {
      await p.wait(timeout);
      gone.push(p);
      callback?.(p);
    } catch (e) {
      if (!(e instanceof TimeoutExpired)) throw e;
    }
  }));
  return { gone, alive: procs.filter((p) => !gone.includes(p)) };
}


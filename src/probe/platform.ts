// The one platform seam: the backend interface every OS implements and the types they share.
// Backends import this module; it imports none of them (backend.ts picks one by
// process.platform), so the arrows run one way. A function a backend lacks raises
// UnsupportedPlatform (unsupported()), and nowhere else.
import type {
  Battery, ContainerLimits, CpuFreq, CpuStats, CpuTimes, DiskIoCounters, DiskPartition, DiskUsage, Fan, LoadAvg,
  NetIfAddr, NetIfStats, NetIoCounters, Pressure, PressureScope, SwapMemory, Temperature, User, VirtualMemory,
} from './types';

// --- per-process result shapes (psutil's named tuples; fields a platform lacks are absent) ---

/** Seconds. iowait is Linux's (delayacct blkio ticks); Windows has no such field. */
export interface ProcCpuTimes { user: number; system: number; childrenUser: number; childrenSystem: number; iowait?: number }
export interface LinuxMemoryInfo { rss: number; vms: number; shared: number; text: number; lib: number; data: number; dirty: number }
/** psutil's Windows pmem: rss = WorkingSetSize, vms = PagefileUsage, then PROCESS_MEMORY_COUNTERS_EX as is. */
export interface WindowsMemoryInfo {
  rss: number; vms: number; numPageFaults: number; peakWset: number; wset: number; peakPagedPool: number;
  pagedPool: number; peakNonpagedPool: number; nonpagedPool: number; pagefile: number; peakPagefile: number; private: number;
}
/** The portable backend's: Node gives only the resident set size of its own process. */
export interface PortableMemoryInfo { rss: number }
/** psutil's macOS pmem: rss and vms from proc_taskinfo, page faults and page-ins. */
export interface DarwinMemoryInfo { rss: number; vms: number; pfaults: number; pageins: number }
export type MemoryInfo = LinuxMemoryInfo | WindowsMemoryInfo | DarwinMemoryInfo | PortableMemoryInfo;
export type LinuxMemoryFullInfo = LinuxMemoryInfo & { uss: number; pss: number; swap: number };
export type WindowsMemoryFullInfo = WindowsMemoryInfo & { uss: number };
/** macOS: uss is the physical footprint (proc_pid_rusage), the nearest to USS an unprivileged process may read. */
export type DarwinMemoryFullInfo = DarwinMemoryInfo & { uss: number };
export type MemoryFullInfo = LinuxMemoryFullInfo | WindowsMemoryFullInfo | DarwinMemoryFullInfo;
/** readChars/writeChars are Linux's rchar/wchar; Windows gives otherCount/otherBytes instead. */
export interface IoCounters {
  readCount: number; writeCount: number; readBytes: number; writeBytes: number;
  readChars?: number; writeChars?: number; otherCount?: number; otherBytes?: number;
}
export interface Ids { real: number; effective: number; saved: number }
export interface ThreadTimes { id: number; userTime: number; systemTime: number }
export interface OpenFile { path: string; fd: number; position: number; mode: string; flags: number }
export interface Connection extends Omit<SocketRow, 'inode'> { fd: number; pid?: number }
export interface IoNice { ioclass: number; value: number }
/** psutil's pmmap_ext: rss for every OS; the other sizes are Linux's (smaps), absent on Windows. */
export interface MemoryMap {
  path: string; addr?: string; perms?: string;
  rss: number; size?: number; pss?: number; sharedClean?: number; sharedDirty?: number;
  privateClean?: number; privateDirty?: number; referenced?: number; anonymous?: number; swap?: number;
}
/** A socket endpoint: psutil's addr(ip, port). */
export interface Addr { ip: string; port: number }
/** A socket as the OS tables list it, before it is matched to a process. */
export interface SocketRow {
  inode: string; family: number; type: number;
  laddr: Addr | string | null; raddr: Addr | string | null; status: string;
}

/** The OS half of a Process: raw getters, no identity checks (the public Process does those). */
export interface ProcessBackend {
  readonly pid: number;
  /** The oneshot state while Process.oneshot() runs, undefined otherwise. */
  cache: unknown;
  newCache(): unknown;
  /** The last name read, for error messages. */
  setKnownName(name: string): void;
  name(): string;
  ppid(): number;
  procStatus(): string;
  createTime(): number;
  numThreads(): number;
  cpuNum(): number;
  nice(): number;
  setNice(value: number): void;
  terminal(): string | null;
  cpuTimes(): ProcCpuTimes;
  exe(): string;
  cmdline(): string[];
  environ(): Record<string, string>;
  cwd(): string;
  username(): string;
  uids(): Ids;
  gids(): Ids;
  numCtxSwitches(): { voluntary: number; involuntary: number };
  numFds(): number;
  numHandles(): number;
  threads(): ThreadTimes[];
  ioCounters(): IoCounters;
  memoryInfo(): MemoryInfo;
  memoryFullInfo(): MemoryFullInfo;
  memoryMaps(): MemoryMap[];
  openFiles(): OpenFile[];
  connections(kind: string): Connection[];
  /** Linux: { ioclass, value }; Windows: the bare I/O priority class, as psutil. */
  ionice(): IoNice | number;
  setIonice(ioclass: number, value?: number): void;
  rlimit(resource: number): [number, number];
  setRlimit(resource: number, soft: number, hard: number): void;
  cpuAffinity(): number[];
  setCpuAffinity(cpus: number[]): void;
  sendSignal(signal: NodeJS.Signals | number): void;
  suspend(): void;
  resume(): void;
  terminate(): void;
  kill(): void;
  /** Gone but not reaped (Linux zombies); always false where the OS has no such state. */
  isZombie(): boolean;
  /** The exit code once the process has ended, where the OS keeps it for anyone (Windows); else null. */
  exitCode(): number | null;
  /** Called as wait() starts: a backend may keep the exit code reachable from then on (Windows holds a SYNCHRONIZE handle). */
  holdForWait?(): void;
}

/** What processIter walks: the pids, and for each the oneshot cache it starts with. */
export interface ProcessScan {
  readonly pids: readonly number[];
  cacheFor(impl: ProcessBackend): unknown;
  /** After a whole scan, with the pids it yielded: lets go of what it kept for the others. */
  finish?(seen: ReadonlySet<number>): void;
}

/**
 * One process as the all-processes table reads it every tick (Backend.scanStats): each value is
 * what the Process getter of that name gives; busy is cpuTimes' user + system, rss memoryInfo's.
 */
export interface ProcessStats {
  readonly pid: number;
  createTime: number;
  ppid: number;
  /** The name as the OS keeps it (Process.kernelName). */
  name: string;
  status: string;
  numThreads: number;
  busy: number;
  rss: number;
}

/** Fixture roots for the Linux backend (tests point them at fake /proc and /sys trees). */
export interface ProbeRoots { procfs: string; sysfs: string }

/** The system functions; a backend leaves out what its OS lacks (unsupported() stands in). */
export interface SystemBackend {
  cpuTimes(): CpuTimes;
  perCpuTimes(): CpuTimes[];
  perCpuTimesWithIds(): { ids?: number[]; times: CpuTimes[] };
  cpuCountLogical(): number | null;
  cpuCountPhysical(): number | null;
  cpuStats(): CpuStats;
  cpuFreqPercpu(): CpuFreq[];
  averageFreq(list: CpuFreq[]): CpuFreq | null;
  getLoadAvg(): LoadAvg;
  virtualMemory(): VirtualMemory;
  swapMemory(): SwapMemory;
  bootTime(): number;
  diskPartitions(all?: boolean): DiskPartition[];
  diskUsage(path: string): DiskUsage;
  diskIoCounters: {
    (perdisk: true, nowrap?: boolean): Record<string, DiskIoCounters>;
    (perdisk?: false, nowrap?: boolean): DiskIoCounters | null;
  };
  netIoCounters: {
    (pernic: true, nowrap?: boolean): Record<string, NetIoCounters>;
    (pernic?: false, nowrap?: boolean): NetIoCounters | null;
  };
  netIfAddrs(): Record<string, NetIfAddr[]>;
  netIfStats(): Record<string, NetIfStats>;
  netConnections(kind?: string): Connection[];
  sensorsTemperatures(fahrenheit?: boolean): Record<string, Temperature[]>;
  sensorsFans(): Record<string, Fan[]>;
  sensorsBattery(): Battery | null;
  users(): User[];
  winServiceIter(): WinService[];
  winServiceGet(name: string): WinService;
  /** Linux: our cgroup's limits and usage, null without cgroup. */
  containerLimits(): ContainerLimits | null;
  /** Linux: PSI of the machine and of our cgroup. */
  pressure(scope?: PressureScope): Pressure;
  /** Linux: the cgroup path of a process, null when unreadable. */
  processCgroup(pid: number): string | null;
  configure(opts: Partial<ProbeRoots>): void;
}

/** psutil's WindowsService.as_dict(), camelCase. */
export interface WinServiceInfo {
  name: string; displayName: string; binpath: string; username: string;
  startType: string; pid: number | null; status: string; description: string;
}

/**
 * psutil's WindowsService: the name and display name from the listing, every other field queried
 * when asked, so that one service that denies a query (AccessDenied) or has gone (NoSuchProcess)
 * fails alone and not the listing.
 */
export interface WinService {
  readonly name: string; readonly displayName: string;
  binpath(): string; username(): string; startType(): string; pid(): number | null; status(): string; description(): string;
  asDict(): WinServiceInfo;
}

export interface Backend {
  readonly platform: string;
  readonly system: Partial<SystemBackend>;
  /**
   * Closes the handles the backend keeps between calls; the next call opens what it needs again.
   * A worker thread must call it before it ends: Worker#terminate() runs no 'exit' handlers.
   */
  release?(): void;
  /** How many files the backend keeps open between calls now (each costs the kernel some memory). */
  keptFiles?(): number;
  /** Names shorter than this are complete; at this length the kernel may have cut them (Linux comm: 15). */
  readonly truncatedNameLength: number;
  /** Process attributes the OS does not have: left out of PROCESS_ATTRS (asDict's default). */
  readonly unsupportedAttrs: readonly string[];
  newProcess(pid: number): ProcessBackend;
  pids(): number[];
  pidExists(pid: number): boolean;
  ppidMap(): Map<number, number>;
  /** `attrs`: what processIter will read, so a backend may read ahead what they need. */
  scan(attrs?: readonly string[]): ProcessScan;
  /**
   * Every process's ProcessStats, cheaper than processIter where the OS allows (Linux: two kept
   * files per process, parsed only when changed); false, visiting nothing, where it does not.
   */
  scanStats?(visit: (pid: number, stats: ProcessStats | null) => void): boolean;
  /** The pids whose parent is `pid`, from the OS's own child list without a scan of every process; null or absent where there is none. */
  childPids?(pid: number): number[] | null;
}



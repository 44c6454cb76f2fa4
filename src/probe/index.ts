// The public probe API: psutil in camelCase. Never imports vscode; usable from plain Node.
// Every OS call goes through the platform seam (./platform): this file never names an OS.
import { CpuMeter, type CpuTimesSource } from './cpuMeter';
import { wrapTracker } from './nowrap';
import { backend, systemFn } from './backend';
import type { ProbeRoots, ProcessStats } from './platform';
import { CpuFreq, CpuTimes } from './types';

export * from './constants';
export * from './errors';
export * from './types';
export { CpuMeter } from './cpuMeter';
export { ContainerCpuMeter } from './containerCpuMeter';
export { Process, processIter, pids, pidExists, waitProcs, ppidMap, childPids, completeName, PROCESS_ATTRS } from './process';
export type {
  ProcessAttr, ProcessInfo, ProcessIterOptions, WaitResult, Connection, Ids, IoCounters, IoNice,
  MemoryFullInfo, MemoryInfo, MemoryMap, OpenFile, ProcCpuTimes, ThreadTimes,
} from './process';
export type {
  LinuxMemoryInfo, LinuxMemoryFullInfo, WindowsMemoryInfo, WindowsMemoryFullInfo, WinService, WinServiceInfo, ProbeRoots, ProcessStats,
} from './platform';

/** Points the Linux backend at fixture trees (fake /proc and /sys); unsupported elsewhere (an empty call is a no-op). */
export function configure(opts: Partial<ProbeRoots>): void {
  if (!backend.system.configure && opts.procfs === undefined && opts.sysfs === undefined) return;
  systemFn('configure')(opts);
}

/**
 * Calls `visit` for every process with what the all-processes table reads every tick (null: the
 * OS refuses it even that), where the backend has a cheaper read than processIter (Linux, live
 * /proc). Returns false, visiting nothing, elsewhere: then processIter is the way.
 */
export function scanProcessStats(visit: (pid: number, stats: ProcessStats | null) => void): boolean {
  return backend.scanStats?.(visit) ?? false;
}

/** How many files the probe keeps open between calls now (Linux: /proc files read every tick); 0 elsewhere. */
export function keptFileCount(): number {
  return backend.keptFiles?.() ?? 0;
}

/**
 * Closes the files and queries the probe keeps open between calls (pinned /proc files on Linux,
 * the load-average query on Windows). Later calls reopen them. Call it
 * before a worker thread that used the probe ends.
 */
export function releaseResources(): void {
  backend.release?.();
}

/** Which backend serves this process: 'linux', 'win32', 'darwin' or 'portable' (VITALS_BACKEND, else the OS). */
export function backendName(): string {
  return backend.platform;
}

export const netConnections = systemFn('netConnections');

const sys = {
  cpuTimes: systemFn('cpuTimes'),
  perCpuTimes: systemFn('perCpuTimes'),
  perCpuTimesWithIds: systemFn('perCpuTimesWithIds'),
  cpuCountLogical: systemFn('cpuCountLogical'),
  cpuCountPhysical: systemFn('cpuCountPhysical'),
  cpuFreqPercpu: systemFn('cpuFreqPercpu'),
  averageFreq: systemFn('averageFreq'),
};

export function cpuTimes(): CpuTimes;
export function cpuTimes(percpu: true): CpuTimes[];
export function cpuTimes(percpu = false): CpuTimes | CpuTimes[] {
  return percpu ? sys.perCpuTimes() : sys.cpuTimes();
}

function meterSource(): CpuTimesSource {
  return {
    cpuTimes: () => sys.cpuTimes(),
    perCpuTimes: () => sys.perCpuTimes(),
    perCpuTimesWithIds: () => sys.perCpuTimesWithIds(),
  };
}

const defaultMeter = new CpuMeter(meterSource());

/**
 * Busy percent since the previous call of this module-level meter (since boot on the first call).
 * Which counters: Linux, /proc/stat (busy = total - idle - iowait). Windows, as psutil: the
 * whole machine from GetSystemTimes (user, kernel - idle, idle) plus interrupt and dpc time, each
 * cpu from NtQuerySystemInformation(SystemProcessorPerformanceInformation); busy = total - idle.
 * That is the "% Processor Time" family Task Manager showed before Windows 11 24H2, not the
 * "% Processor Utility" counter (scaled by frequency) it switched to in 24H2, so the two can
 * disagree on turbo or throttled machines (systeminformation#900).
 */
export function cpuPercent(): number;
export function cpuPercent(percpu: true): number[];
export function cpuPercent(percpu = false): number | number[] {
  return percpu ? defaultMeter.cpuPercent(true) : defaultMeter.cpuPercent();
}

export function cpuTimesPercent(): CpuTimes;
export function cpuTimesPercent(percpu: true): CpuTimes[];
export function cpuTimesPercent(percpu = false): CpuTimes | CpuTimes[] {
  return percpu ? defaultMeter.cpuTimesPercent(true) : defaultMeter.cpuTimesPercent();
}

export function newCpuMeter(): CpuMeter {
  return new CpuMeter(meterSource());
}

export function cpuCount(logical = true): number | null {
  return logical ? sys.cpuCountLogical() : sys.cpuCountPhysical();
}

export const cpuStats = systemFn('cpuStats');

export function cpuFreq(): CpuFreq | null;
export function cpuFreq(percpu: true): CpuFreq[];
export function cpuFreq(percpu = false): CpuFreq | CpuFreq[] | null {
  const list = sys.cpuFreqPercpu();
  return percpu ? list : sys.averageFreq(list);
}

export const getLoadAvg = systemFn('getLoadAvg');
export const virtualMemory = systemFn('virtualMemory');
export const swapMemory = systemFn('swapMemory');
export const bootTime = systemFn('bootTime');
export const diskPartitions = systemFn('diskPartitions');
export const diskUsage = systemFn('diskUsage');
export const diskIoCounters = systemFn('diskIoCounters');
export const netIoCounters = systemFn('netIoCounters');
export const netIfAddrs = systemFn('netIfAddrs');
export const netIfStats = systemFn('netIfStats');
export const sensorsTemperatures = systemFn('sensorsTemperatures');
export const sensorsFans = systemFn('sensorsFans');
export const sensorsBattery = systemFn('sensorsBattery');
export const users = systemFn('users');
export const winServiceIter = systemFn('winServiceIter');
export const winServiceGet = systemFn('winServiceGet');
/**
 * The limits and usage of the cgroup this process runs in (Linux): what a dev container, Codespace
 * or pod really has. null without cgroup; each limit null where none applies. UnsupportedPlatform elsewhere.
 */
export const containerLimits = systemFn('containerLimits');
/** PSI (Linux): /proc/pressure/{cpu,memory,io} and our cgroup's *.pressure; missing files are null readings. */
export const pressure = systemFn('pressure');
/** The cgroup path of a process (Linux; v2's, else its memory controller's); null when unreadable. */
export const processCgroup = systemFn('processCgroup');

/** Forgets the wrap-around state of diskIoCounters / netIoCounters (all, or one function's). */
export function cacheClear(fn?: 'diskIoCounters' | 'netIoCounters'): void {
  wrapTracker.clear(fn);
}

/** Per-cpu times with each cpu's kernel number (position i is not cpu i when a cpu is offline). */
export function cpuTimesWithIds(): { ids: number[]; times: CpuTimes[] } {
  const r = sys.perCpuTimesWithIds();
  return { ids: r.ids ?? r.times.map((_, i) => i), times: r.times };
}

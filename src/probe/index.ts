// The public probe API: psutil in camelCase. Never imports vscode; usable from plain Node.
import { CpuMeter, type CpuTimesSource } from './cpuMeter';
import * as linux from './linux/system';
import * as sensors from './linux/sensors';
import { UnsupportedPlatform } from './errors';
import { wrapTracker } from './nowrap';
import { CpuFreq, CpuTimes } from './types';

export * from './constants';
export * from './errors';
export * from './types';
export { CpuMeter } from './cpuMeter';
export { configure } from './linux/roots';
export { Process, processIter, pids, pidExists, waitProcs, ppidMap, PROCESS_ATTRS } from './process';
export type {
  ProcessAttr, ProcessInfo, ProcessIterOptions, WaitResult, Connection, Ids, IoCounters, IoNice,
  MemoryFullInfo, MemoryInfo, MemoryMap, OpenFile, ProcCpuTimes, ThreadTimes,
} from './process';
export { netConnections } from './linux/netConnections';

function requireLinux(): void {
  if (process.platform !== 'linux') throw new UnsupportedPlatform(process.platform);
}

/** The Linux implementation behind a platform check: elsewhere a clear error, not an ENOENT on /proc. */
function onLinux<F extends (...args: never[]) => unknown>(fn: F): F {
  return ((...args: Parameters<F>) => {
    requireLinux();
    return fn(...args);
  }) as unknown as F;
}

export function cpuTimes(): CpuTimes;
export function cpuTimes(percpu: true): CpuTimes[];
export function cpuTimes(percpu = false): CpuTimes | CpuTimes[] {
  requireLinux();
  return percpu ? linux.perCpuTimes() : linux.cpuTimes();
}

function meterSource(): CpuTimesSource {
  return {
    cpuTimes: () => cpuTimes(),
    perCpuTimes: () => cpuTimes(true),
    perCpuTimesWithIds: () => { requireLinux(); return linux.perCpuTimesWithIds(); },
  };
}

const defaultMeter = new CpuMeter(meterSource());

/** Busy percent since the previous call of this module-level meter (since boot on the first call). */
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
  requireLinux();
  return logical ? linux.cpuCountLogical() : linux.cpuCountPhysical();
}

export const cpuStats = onLinux(linux.cpuStats);

export function cpuFreq(): CpuFreq | null;
export function cpuFreq(percpu: true): CpuFreq[];
export function cpuFreq(percpu = false): CpuFreq | CpuFreq[] | null {
  requireLinux();
  const list = linux.cpuFreqPercpu();
  return percpu ? list : linux.averageFreq(list);
}

export const getLoadAvg = onLinux(linux.getLoadAvg);
export const virtualMemory = onLinux(linux.virtualMemory);
export const swapMemory = onLinux(linux.swapMemory);
export const bootTime = onLinux(linux.bootTime);
export const diskPartitions = onLinux(linux.diskPartitions);
export const diskUsage = onLinux(linux.diskUsage);
export const diskIoCounters = onLinux(linux.diskIoCounters);
export const netIoCounters = onLinux(linux.netIoCounters);
export const netIfAddrs = onLinux(linux.netIfAddrs);
export const netIfStats = onLinux(linux.netIfStats);
export const sensorsTemperatures = onLinux(sensors.sensorsTemperatures);
export const sensorsFans = onLinux(sensors.sensorsFans);
export const sensorsBattery = onLinux(sensors.sensorsBattery);
export const users = onLinux(linux.users);

/** Forgets the wrap-around state of diskIoCounters / netIoCounters (all, or one function's). */
export function cacheClear(fn?: 'diskIoCounters' | 'netIoCounters'): void {
  wrapTracker.clear(fn);
}

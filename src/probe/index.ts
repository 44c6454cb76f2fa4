// The public probe API: psutil in camelCase. Never imports vscode; usable from plain Node.
import { CpuMeter } from './cpuMeter';
import * as linux from './linux/system';
import * as sensors from './linux/sensors';
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
  if (process.platform !== 'linux') throw new Error(`Vitals' probe for ${process.platform} is not implemented yet`);
}

export function cpuTimes(): CpuTimes;
export function cpuTimes(percpu: true): CpuTimes[];
export function cpuTimes(percpu = false): CpuTimes | CpuTimes[] {
  requireLinux();
  return percpu ? linux.perCpuTimes() : linux.cpuTimes();
}

const defaultMeter = new CpuMeter({ cpuTimes: () => cpuTimes(), perCpuTimes: () => cpuTimes(true) });

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
  return new CpuMeter({ cpuTimes: () => cpuTimes(), perCpuTimes: () => cpuTimes(true) });
}

export function cpuCount(logical = true): number | null {
  requireLinux();
  return logical ? linux.cpuCountLogical() : linux.cpuCountPhysical();
}

export const cpuStats = linux.cpuStats;

export function cpuFreq(): CpuFreq | null;
export function cpuFreq(percpu: true): CpuFreq[];
export function cpuFreq(percpu = false): CpuFreq | CpuFreq[] | null {
  const list = linux.cpuFreqPercpu();
  return percpu ? list : linux.averageFreq(list);
}

export const getLoadAvg = linux.getLoadAvg;
export const virtualMemory = linux.virtualMemory;
export const swapMemory = linux.swapMemory;
export const bootTime = linux.bootTime;
export const diskPartitions = linux.diskPartitions;
export const diskUsage = linux.diskUsage;
export const diskIoCounters = linux.diskIoCounters;
export const netIoCounters = linux.netIoCounters;
export const netIfAddrs = linux.netIfAddrs;
export const netIfStats = linux.netIfStats;
export const sensorsTemperatures = sensors.sensorsTemperatures;
export const sensorsFans = sensors.sensorsFans;
export const sensorsBattery = sensors.sensorsBattery;
export const users = linux.users;

/** Forgets the wrap-around state of diskIoCounters / netIoCounters (all, or one function's). */
export function cacheClear(fn?: 'diskIoCounters' | 'netIoCounters'): void {
  wrapTracker.clear(fn);
}

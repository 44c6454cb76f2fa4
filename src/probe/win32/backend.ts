// The Windows backend behind the platform seam. Nothing here loads koffi until a call is made.
import type { Backend, ProcessScan, SystemBackend } from '../platform';
import { WindowsProcess, type WinCache } from './process';
import { enumPids, pidRunning, systemProcesses } from './native';
import { winServiceGet, winServiceIter } from './services';
import { netConnections } from './connections';
import * as sys from './system';
import * as info from './sysinfo';
import { getLoadAvg, releaseLoadAvg } from './loadavg';

const system: Partial<SystemBackend> = {
  cpuTimes: sys.cpuTimes,
  perCpuTimes: sys.perCpuTimes,
  perCpuTimesWithIds: sys.perCpuTimesWithIds,
  cpuCountLogical: sys.cpuCountLogical,
  cpuCountPhysical: sys.cpuCountPhysical,
  cpuFreqPercpu: sys.cpuFreqPercpu,
  averageFreq: sys.averageFreq,
  virtualMemory: sys.virtualMemory,
  swapMemory: sys.swapMemory,
  bootTime: sys.bootTime,
  diskPartitions: sys.diskPartitions,
  diskUsage: sys.diskUsage,
  netIoCounters: sys.netIoCounters,
  netIfStats: sys.netIfStats,
  netIfAddrs: info.netIfAddrs,
  diskIoCounters: info.diskIoCounters as SystemBackend['diskIoCounters'],
  cpuStats: info.cpuStats,
  users: info.users,
  getLoadAvg,
  netConnections: (kind?: string) => netConnections(kind),
  sensorsTemperatures: sys.sensorsTemperatures,
  sensorsBattery: sys.sensorsBattery,
  winServiceIter,
  winServiceGet,
};

export const win32Backend: Backend = {
  platform: 'win32',
  system,
  release: releaseLoadAvg,
  truncatedNameLength: Infinity,
  unsupportedAttrs: ['uids', 'gids', 'terminal', 'numFds', 'cpuNum', 'openFiles'],
  newProcess: (pid) => new WindowsProcess(pid),
  pids: enumPids,
  pidExists: pidRunning,
  ppidMap(): Map<number, number> {
    const map = new Map<number, number>();
    for (const [pid, info] of systemProcesses()) map.set(pid, info.ppid);
    return map;
  },
  /** One SystemProcessInformation call for the whole iteration: every process's oneshot starts from it. */
  scan(): ProcessScan {
    const snap = systemProcesses();
    return {
      pids: [...snap.keys()].sort((a, b) => a - b),
      cacheFor: (impl) => ({ info: snap.get(impl.pid) }) satisfies WinCache,
    };
  },
};

// The macOS backend behind the platform seam: libproc, sysctl and the Mach host calls through
// koffi (native-ffi/darwin/), every struct and constant checked against xnu's headers. Nothing
// loads koffi until a call is made. Not yet run on a Mac: see README "macOS".
import type { Backend, Connection, ProcessScan, SystemBackend } from '../platform';
import { AccessDenied, NoSuchProcess } from '../errors';
import { netIfAddrsFromNode } from '../nodeNetIf';
import { pidExistsByKill } from '../posix';
import os from 'node:os';
import { DarwinProcess, PLATFORM, pids } from './process';
import * as sys from './system';
import { sensorsBattery } from './battery';
import { diskIoCounters } from './diskio';

/**
 * psutil's net_connections on macOS: every process's sockets with its pid. psutil raises
 * AccessDenied there unless root (another user's fds are refused); this lists the sockets of the
 * processes we may read and leaves the others out.
 */
function netConnections(kind = 'inet'): Connection[] {
  const out: Connection[] = [];
  for (const pid of pids()) {
    try {
      for (const c of new DarwinProcess(pid).connections(kind)) out.push({ ...c, pid });
    } catch (e) {
      if (!(e instanceof NoSuchProcess) && !(e instanceof AccessDenied)) throw e;
    }
  }
  return out;
}

const system: Partial<SystemBackend> = {
  cpuTimes: sys.cpuTimes,
  perCpuTimes: sys.perCpuTimes,
  perCpuTimesWithIds: sys.perCpuTimesWithIds,
  cpuCountLogical: sys.cpuCountLogical,
  cpuCountPhysical: sys.cpuCountPhysical,
  cpuFreqPercpu: sys.cpuFreqPercpu,
  averageFreq: sys.averageFreq,
  getLoadAvg: sys.getLoadAvg,
  virtualMemory: sys.virtualMemory,
  swapMemory: sys.swapMemory,
  bootTime: sys.bootTime,
  diskPartitions: sys.diskPartitions,
  diskUsage: sys.diskUsage,
  diskIoCounters: diskIoCounters as SystemBackend['diskIoCounters'],
  netIoCounters: sys.netIoCounters as SystemBackend['netIoCounters'],
  netIfStats: sys.netIfStats,
  users: sys.users,
  netConnections,
  sensorsBattery,
  // psutil reads none on macOS either; the SMC and IOHID sensors are not read here: nothing to show, and no error
  sensorsTemperatures: () => ({}),
  netIfAddrs: () => netIfAddrsFromNode(os.networkInterfaces()),
};

export const darwinBackend: Backend = {
  platform: PLATFORM,
  system,
  truncatedNameLength: 15,
  unsupportedAttrs: [
    'numHandles', 'cpuNum', 'ionice', 'ioCounters', 'cpuAffinity', 'memoryMaps',
  ],
  newProcess: (pid) => new DarwinProcess(pid),
  pids,
  pidExists: pidExistsByKill,
  ppidMap(): Map<number, number> {
    const map = new Map<number, number>();
    for (const pid of pids()) {
      try {
        map.set(pid, new DarwinProcess(pid).ppid());
      } catch (e) {
        if (!(e instanceof NoSuchProcess) && !(e instanceof AccessDenied)) throw e;
      }
    }
    return map;
  },
  scan(): ProcessScan {
    return { pids: pids(), cacheFor: () => ({}) };
  },
};

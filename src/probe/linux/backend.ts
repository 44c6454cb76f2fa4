// The Linux backend behind the platform seam: procfs/sysfs readers and LinuxProcess.
import type { Backend, ProcessScan, SystemBackend } from '../platform';
import { containerLimits, pressure, processCgroup } from './cgroup';
import { netConnections } from './netConnections';
import { childPids, LinuxProcess, pidExists, pids } from './process';
import { linuxScan } from './prefetch';
import { scanStats } from './statScan';
import { configure, release } from './roots';
import { keptFileCount } from './fsio';
import * as sensors from './sensors';
import * as sys from './system';
import { AccessDenied, MalformedFileError, NoSuchProcess } from '../errors';

const system: Partial<SystemBackend> = {
  cpuTimes: sys.cpuTimes,
  perCpuTimes: sys.perCpuTimes,
  perCpuTimesWithIds: sys.perCpuTimesWithIds,
  cpuCountLogical: sys.cpuCountLogical,
  cpuCountPhysical: sys.cpuCountPhysical,
  cpuStats: sys.cpuStats,
  cpuFreqPercpu: sys.cpuFreqPercpu,
  averageFreq: sys.averageFreq,
  getLoadAvg: sys.getLoadAvg,
  virtualMemory: sys.virtualMemory,
  swapMemory: sys.swapMemory,
  bootTime: sys.bootTime,
  diskPartitions: sys.diskPartitions,
  diskUsage: sys.diskUsage,
  diskIoCounters: sys.diskIoCounters,
  netIoCounters: sys.netIoCounters,
  netIfAddrs: sys.netIfAddrs,
  netIfStats: sys.netIfStats,
  netConnections,
  sensorsTemperatures: sensors.sensorsTemperatures,
  sensorsFans: sensors.sensorsFans,
  sensorsBattery: sensors.sensorsBattery,
  users: sys.users,
  containerLimits,
  pressure,
  processCgroup,
  configure,
};

export const linuxBackend: Backend = {
  platform: 'linux',
  system,
  release,
  keptFiles: keptFileCount,
  truncatedNameLength: 15,
  unsupportedAttrs: ['numHandles'],
  newProcess: (pid) => new LinuxProcess(pid),
  pids,
  pidExists,
  /** pid -> ppid for every process, read from each /proc/PID/stat once. */
  ppidMap(): Map<number, number> {
    const map = new Map<number, number>();
    const scan = linuxScan(pids(), ['ppid']);
    for (const pid of scan.pids) {
      try {
        const p = new LinuxProcess(pid);
        p.cache = scan.cacheFor(p);
        map.set(pid, p.ppid());
      } catch (e) {
        if (!(e instanceof NoSuchProcess) && !(e instanceof AccessDenied) && !(e instanceof MalformedFileError)) throw e;
      }
    }
    scan.finish?.(new Set(map.keys()));
    return map;
  },
  scan(attrs?: readonly string[]): ProcessScan {
    return linuxScan(pids(), attrs);
  },
  childPids,
  scanStats,
};

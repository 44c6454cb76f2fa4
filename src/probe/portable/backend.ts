// The portable backend: Node's os and fs only, for any OS without a native backend (and forced
// with VITALS_BACKEND=portable). The status bar and the dashboard's charts work on it; per-process
// data beyond Vitals' own process needs a native backend.
import type { Backend, SystemBackend } from '../platform';
import { pidExistsByKill } from '../posix';
import { unsupported } from '../unsupported';
import { PLATFORM, PortableProcess } from './process';
import * as sys from './system';

const system: Partial<SystemBackend> = {
  cpuTimes: sys.cpuTimes,
  perCpuTimes: sys.perCpuTimes,
  perCpuTimesWithIds: sys.perCpuTimesWithIds,
  cpuCountLogical: sys.cpuCountLogical,
  cpuFreqPercpu: sys.cpuFreqPercpu,
  averageFreq: sys.averageFreq,
  getLoadAvg: sys.getLoadAvg,
  virtualMemory: sys.virtualMemory,
  bootTime: sys.bootTime,
  diskUsage: sys.diskUsage,
  netIfAddrs: sys.netIfAddrs,
};

export const portableBackend: Backend = {
  platform: PLATFORM,
  system,
  truncatedNameLength: Infinity,
  unsupportedAttrs: [
    'uids', 'gids', 'terminal', 'numFds', 'numHandles', 'cpuNum', 'ionice', 'ioCounters', 'numThreads', 'threads',
    'cpuAffinity', 'memoryFullInfo', 'memoryMaps', 'openFiles', 'connections',
  ],
  newProcess: (pid) => new PortableProcess(pid),
  pids: () => unsupported('pids', PLATFORM),
  pidExists: pidExistsByKill,
  ppidMap: () => unsupported('ppidMap', PLATFORM),
  scan: () => unsupported('processIter', PLATFORM),
};

// Result shapes of the probe API: psutil's named tuples with camelCase field names.

/**
 * Seconds (or percent, from cpuTimesPercent). The columns after idle are null where the kernel does
 * not print them: iowait before 2.5.41, irq and softirq before 2.6.0, steal before 2.6.11, guest
 * before 2.6.24, guestNice before 2.6.33. psutil 5.9.4 leaves such fields out of its named tuple and
 * current psutil reads them as 0; null keeps "absent" apart from "zero" (issue 9, 2.6).
 */
export interface CpuTimes {
  user: number; nice: number; system: number; idle: number; iowait: number | null;
  irq: number | null; softirq: number | null; steal: number | null; guest: number | null; guestNice: number | null;
}
export const CPU_TIME_FIELDS: readonly (keyof CpuTimes)[] =
  ['user', 'nice', 'system', 'idle', 'iowait', 'irq', 'softirq', 'steal', 'guest', 'guestNice'];

/** Each is null when /proc/stat has no such line (softirq before 2.6.31), as psutil gives None. */
export interface CpuStats { ctxSwitches: number | null; interrupts: number | null; softInterrupts: number | null; syscalls: number | null }
export interface CpuFreq { current: number; min: number | null; max: number | null }
export type LoadAvg = [number, number, number];

/**
 * Bytes. active, inactive, buffers, cached, shared and slab are null when /proc/meminfo lacks the
 * line they come from, where psutil reports 0 with a RuntimeWarning (slab: 0 silently).
 */
export interface VirtualMemory {
  total: number; available: number; percent: number; used: number; free: number;
  active: number | null; inactive: number | null; buffers: number | null; cached: number | null;
  shared: number | null; slab: number | null;
}
/** sin/sout are null when /proc/vmstat or its pswpin/pswpout lines are missing (psutil: 0 and a warning). */
export interface SwapMemory { total: number; used: number; free: number; percent: number; sin: number | null; sout: number | null }

export interface DiskPartition { device: string; mountpoint: string; fstype: string; opts: string }
export interface DiskUsage { total: number; used: number; free: number; percent: number }
export interface DiskIoCounters {
  readCount: number; writeCount: number; readBytes: number; writeBytes: number;
  /** ms. The merged counts and busyTime are Linux's: absent on Windows (psutil's sdiskio there has none). */
  readTime: number; writeTime: number; readMergedCount?: number; writeMergedCount?: number; busyTime?: number;
}
export interface NetIoCounters {
  bytesSent: number; bytesRecv: number; packetsSent: number; packetsRecv: number;
  errin: number; errout: number; dropin: number; dropout: number;
}
export interface NetIfAddr { family: 'AF_INET' | 'AF_INET6' | 'AF_LINK'; address: string; netmask: string | null; broadcast: string | null; ptp: string | null }
export interface NetIfStats { isup: boolean; duplex: number; speed: number; mtu: number; flags: string }

export interface Temperature { label: string; current: number; high: number | null; critical: number | null }
export interface Fan { label: string; current: number }
export interface Battery { percent: number; secsLeft: number; powerPlugged: boolean | null }
/** host and pid are null where the OS has none (Windows: no pid; host only for an IPv4 client, psutil's None). */
export interface User { name: string; terminal: string | null; host: string | null; started: number; pid: number | null }

/**
 * The cgroup this process runs in (Linux), as a container sees itself. Bytes, seconds, cores.
 * A limit is null where none applies on the path from our group up to the hierarchy's root (the
 * tightest one wins); a reading is null where its file is missing. `errors` names each file that
 * was there but malformed (its field is null; the others are still read).
 */
export interface ContainerLimits {
  /** Where the memory and cpu readings come from: 1 where v1 controllers are mounted for them. */
  cgroupVersion: 1 | 2;
  /** v1 controllers beside a v2 mount without controllers. */
  hybrid: boolean;
  /** Our cgroup path as /proc/self/cgroup lists it (v1: the memory controller's). */
  path: string;
  memoryLimit: number | null;
  memoryUsage: number | null;
  /** usage - inactive file pages, at least 0: what docker stats and kubectl top call usage. */
  workingSet: number | null;
  swapLimit: number | null;
  swapUsage: number | null;
  /** The tightest quota / period on the path, in cores (1.5 = one and a half cpus), or null. */
  cpuQuota: number | null;
  /** Cpus in our cpuset (cpuset.cpus.effective, v1 cpuset.effective_cpus), or null without one. */
  cpusetCpus: number | null;
  /** Cpus we may run on: the affinity mask (Cpus_allowed_list), else the cpuset, else online cpus. */
  cpus: number | null;
  /** min(cpus, cpuQuota), unrounded (1.25 cores); null only when the cpu count is unknown. */
  effectiveCores: number | null;
  /** cpu time the group used, seconds (v2 cpu.stat usage_usec, v1 cpuacct.usage). */
  cpuUsage: number | null;
  /** Periods throttled and time throttled (seconds) in the group holding the tightest quota (else ours). */
  nrThrottled: number | null;
  throttledTime: number | null;
  pidsCurrent: number | null;
  pidsMax: number | null;
  /** Processes the OOM killer killed in the group (v2 memory.events, v1 memory.oom_control oom_kill). */
  oomKills: number | null;
  errors: string[];
}

/** One PSI line: percent of time stalled over 10, 60 and 300 s, and the total stall in seconds. */
export interface PressureLine { avg10: number; avg60: number; avg300: number; total: number }
/** full is null where the file has no full line (cpu before Linux 5.13). */
export interface PressureReading { some: PressureLine; full: PressureLine | null }
/** Each resource null where its file is missing (no PSI, psi=0, or no cgroup v2). */
export interface PressureSet { cpu: PressureReading | null; memory: PressureReading | null; io: PressureReading | null }
/** PSI of the whole machine (/proc/pressure) and of our cgroup (its *.pressure files; null without v2). */
export interface Pressure { system: PressureSet; cgroup: PressureSet | null; errors: string[] }
/** Which PSI files pressure() reads: both sides unless one is false. */
export interface PressureScope { system?: boolean; cgroup?: boolean }

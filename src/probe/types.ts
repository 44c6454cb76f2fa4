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

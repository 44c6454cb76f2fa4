// Result shapes of the probe API: psutil's named tuples with camelCase field names.

export interface CpuTimes {
  user: number; nice: number; system: number; idle: number; iowait: number;
  irq: number; softirq: number; steal: number; guest: number; guestNice: number;
}
export const CPU_TIME_FIELDS: readonly (keyof CpuTimes)[] =
  ['user', 'nice', 'system', 'idle', 'iowait', 'irq', 'softirq', 'steal', 'guest', 'guestNice'];

export interface CpuStats { ctxSwitches: number; interrupts: number; softInterrupts: number; syscalls: number }
export interface CpuFreq { current: number; min: number | null; max: number | null }
export type LoadAvg = [number, number, number];

export interface VirtualMemory {
  total: number; available: number; percent: number; used: number; free: number;
  active: number; inactive: number; buffers: number; cached: number; shared: number; slab: number;
}
export interface SwapMemory { total: number; used: number; free: number; percent: number; sin: number; sout: number }

export interface DiskPartition { device: string; mountpoint: string; fstype: string; opts: string }
export interface DiskUsage { total: number; used: number; free: number; percent: number }
export interface DiskIoCounters {
  readCount: number; writeCount: number; readBytes: number; writeBytes: number;
  readTime: number; writeTime: number; readMergedCount: number; writeMergedCount: number; busyTime: number;
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
export interface User { name: string; terminal: string | null; host: string | null; started: number; pid: number }

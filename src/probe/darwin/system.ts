// System readings for macOS through libSystem (psutil's arch/osx/{mem,cpu,disk}.c and _psosx.py).
import fs from 'node:fs';
import path from 'node:path';
import { usageFromBlocks } from '../diskUsage';
import type { CpuFreq, CpuTimes, DiskPartition, DiskUsage, LoadAvg, NetIfStats, NetIoCounters, SwapMemory, User, VirtualMemory } from '../types';
import { deviceCounters } from '../counters';
import {
  bootTimeFromTimeval, cpuTimesFromTicks, interfacesFromIfList2, type IfRow, userFromUtmpx, loadAvgFromStruct, partitionsFromStatfs, perCpuTimesFromLoadInfo,
  swapFromXswUsage, virtualMemoryFromVmStats,
} from './decode';
import { C, STRUCTS } from './layout';
import { DarwinError, copyRecord, getPageSize, hostPort, lib, sysctlMib, sysctlMibNumber, sysctlNumber, takeKernelArray } from './native';

const CLK_TCK = C.CLK_TCK;

function vmStats(): Buffer {
  const buf = Buffer.alloc(STRUCTS.vm_statistics64.size);
  const count: [number] = [C.HOST_VM_INFO64_COUNT];
  const kr = lib().host_statistics64(hostPort(), C.HOST_VM_INFO64, buf, count);
  if (kr !== C.KERN_SUCCESS) throw new DarwinError('host_statistics64(HOST_VM_INFO64)', kr);
  return buf;
}

export function virtualMemory(): VirtualMemory {
  return virtualMemoryFromVmStats(vmStats(), sysctlMibNumber([C.CTL_HW, C.HW_MEMSIZE]), getPageSize());
}

export function swapMemory(): SwapMemory {
  const xsw = sysctlMib([C.CTL_VM, C.VM_SWAPUSAGE], STRUCTS.xsw_usage.size);
  let vm: Buffer | null = null;
  try { vm = vmStats(); } catch { /* sin/sout unknown */ }
  return swapFromXswUsage(xsw, vm, getPageSize());
}

export function cpuTimes(): CpuTimes {
  const buf = Buffer.alloc(STRUCTS.host_cpu_load_info.size);
  const count: [number] = [C.HOST_CPU_LOAD_INFO_COUNT];
  const kr = lib().host_statistics(hostPort(), C.HOST_CPU_LOAD_INFO, buf, count);
  if (kr !== C.KERN_SUCCESS) throw new DarwinError('host_statistics(HOST_CPU_LOAD_INFO)', kr);
  return cpuTimesFromTicks(buf, 0, CLK_TCK);
}

export function perCpuTimes(): CpuTimes[] {
  const count: [number] = [0];
  const info: [unknown] = [null];
  const infoCount: [number] = [0];
  const kr = lib().host_processor_info(hostPort(), C.PROCESSOR_CPU_LOAD_INFO, count, info, infoCount);
  if (kr !== C.KERN_SUCCESS) throw new DarwinError('host_processor_info(PROCESSOR_CPU_LOAD_INFO)', kr);
  return perCpuTimesFromLoadInfo(takeKernelArray(info[0], infoCount[0] * 4), count[0], CLK_TCK);
}

export function perCpuTimesWithIds(): { times: CpuTimes[] } {
  return { times: perCpuTimes() };
}

export function cpuCountLogical(): number | null {
  return sysctlNumber('hw.logicalcpu') ?? sysctlMibNumber([C.CTL_HW, C.HW_NCPU]);
}

export function cpuCountPhysical(): number | null {
  return sysctlNumber('hw.physicalcpu');
}

/** hw.cpufrequency (Hz) where the OS gives it (Intel); Apple silicon has none: [] (cpuFreq() null). */
export function cpuFreqPercpu(): CpuFreq[] {
  const cur = sysctlNumber('hw.cpufrequency');
  if (!cur) return [];
  const mhz = (v: number | null) => (v ? v / 1e6 : null);
  return [{ current: cur / 1e6, min: mhz(sysctlNumber('hw.cpufrequency_min')), max: mhz(sysctlNumber('hw.cpufrequency_max')) }];
}

export function averageFreq(list: CpuFreq[]): CpuFreq | null {
  return list[0] ?? null;
}

export function getLoadAvg(): LoadAvg {
  return loadAvgFromStruct(sysctlMib([C.CTL_VM, C.VM_LOADAVG], STRUCTS.loadavg.size));
}

export function bootTime(): number {
  return bootTimeFromTimeval(sysctlMib([C.CTL_KERN, C.KERN_BOOTTIME], STRUCTS.timeval.size));
}

/** getfsstat(MNT_NOWAIT); without `all`, only devices that are absolute paths that exist (psutil). */
export function diskPartitions(all = false): DiskPartition[] {
  const size = STRUCTS.statfs.size;
  let buf: Buffer;
  let n: number;
  for (;;) {
    const want = lib().getfsstat(null, 0, C.MNT_NOWAIT);
    if (want < 0) throw new DarwinError('getfsstat', lib().errno());
    buf = Buffer.alloc((want + 4) * size);
    n = lib().getfsstat(buf, buf.length, C.MNT_NOWAIT);
    if (n < 0) throw new DarwinError('getfsstat', lib().errno());
    if (n < want + 4) break; // a mount added in between could have been cut off: ask again
  }
  const list = partitionsFromStatfs(buf, n).map((p) => (p.device === 'none' ? { ...p, device: '' } : p));
  return all ? list : list.filter((p) => path.isAbsolute(p.device) && fs.existsSync(p.device));
}

/** Node's statfs (libuv calls statfs(2); f_bsize is macOS's fundamental block size), psutil's arithmetic. */
export function diskUsage(target: string): DiskUsage {
  const s = fs.statfsSync(target);
  return usageFromBlocks(s.bsize, s.blocks, s.bfree, s.bavail);
}

/** NET_RT_IFLIST2, sized by a first call (psutil's net_io_counters). */
function ifRows(): IfRow[] {
  const mib = [C.CTL_NET, C.PF_ROUTE, 0, 0, C.NET_RT_IFLIST2, 0];
  const len: [number | bigint] = [0];
  if (lib().sysctl(Int32Array.from(mib), mib.length, null, len, null, 0) !== 0) throw new DarwinError('sysctl(NET_RT_IFLIST2)', lib().errno());
  const buf = Buffer.alloc(Number(len[0]) + 4096); // room for an interface that appears in between
  const got: [number | bigint] = [buf.length];
  if (lib().sysctl(Int32Array.from(mib), mib.length, buf, got, null, 0) !== 0) throw new DarwinError('sysctl(NET_RT_IFLIST2)', lib().errno());
  return interfacesFromIfList2(buf, Number(got[0]));
}

export function netIoCounters(pernic: true, nowrap?: boolean): Record<string, NetIoCounters>;
export function netIoCounters(pernic?: false, nowrap?: boolean): NetIoCounters | null;
export function netIoCounters(pernic = false, nowrap = true): Record<string, NetIoCounters> | NetIoCounters | null {
  const rows: Record<string, NetIoCounters> = {};
  for (const r of ifRows()) rows[r.name] = r.counters;
  return deviceCounters(rows, pernic, nowrap, 'netIoCounters');
}

export function netIfStats(): Record<string, NetIfStats> {
  const out: Record<string, NetIfStats> = {};
  for (const r of ifRows()) out[r.name] = r.stats;
  return out;
}

/** getutxent's USER_PROCESS records (psutil's users()); the utmpx file is rewound and closed around the walk. */
export function users(): User[] {
  const out: User[] = [];
  lib().setutxent();
  try {
    for (let rec = lib().getutxent(); rec; rec = lib().getutxent()) {
      const u = userFromUtmpx(copyRecord(rec, STRUCTS.utmpx.size));
      if (u) out.push(u);
    }
  } finally {
    lib().endutxent();
  }
  return out;
}

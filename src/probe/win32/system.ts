// System functions of the Windows backend (psutil's _pswindows.py over its C module).
import {
  kernel32, ALL_PROCESSOR_GROUPS, DRIVE_TYPES, FILE_READ_ONLY_VOLUME, FILE_SUPPORTS_REPARSE_POINTS, FILE_VOLUME_IS_COMPRESSED,
  INVALID_HANDLE_VALUE, RelationProcessorCore,
} from '../../../native-ffi/win32/kernel32';
import koffi from 'koffi';
import {
  ntdll, SPPI_SIZE, STATUS_BUFFER_TOO_SMALL, STATUS_INFO_LENGTH_MISMATCH, STATUS_INVALID_INFO_CLASS, STATUS_NOT_IMPLEMENTED,
  STOD, SystemPageFileInformation, SystemProcessorPerformanceInformation, SystemTimeOfDayInformation,
} from '../../../native-ffi/win32/ntdll';
import { parsePageFiles, swapFromPageFiles, type PageFile } from './decode';
import { psapi, sizeofPerformanceInformation } from '../../../native-ffi/win32/psapi';
import { powrprof, ProcessorInformation, PROCESSOR_POWER_INFORMATION_SIZE } from '../../../native-ffi/win32/powrprof';
import { iphlpapi, IfOperStatusUp, NET_IF_ADMIN_STATUS_UP } from '../../../native-ffi/win32/iphlpapi';
import { usagePercent } from '../cpuMath';
import { NIC_DUPLEX_FULL } from '../constants';
import type { Battery, CpuFreq, CpuTimes, DiskPartition, DiskUsage, NetIfStats, NetIoCounters, SwapMemory, VirtualMemory } from '../types';
import { lastError, WinError } from './native';
import { adapterNames } from './sysinfo';
import { batteryFromPowerStatus, decodeMultiSz, decodeUtf16z, filetimeToUnix, parseProcessorTimes, windowsCpuTimes } from './parse';
import { deviceCounters } from '../counters';

const TICKS = 1e7;
const ft = (t: { dwLowDateTime: number; dwHighDateTime: number }) => (t.dwHighDateTime * 4294967296 + t.dwLowDateTime) / TICKS;

export function cpuCountLogical(): number | null {
  return kernel32().GetActiveProcessorCount(ALL_PROCESSOR_GROUPS) || null;
}

/** Cores: the RelationProcessorCore records of GetLogicalProcessorInformationEx (psutil); null if undetermined. */
export function cpuCountPhysical(): number | null {
  const k = kernel32();
  const len: [number] = [0];
  k.GetLogicalProcessorInformationEx(RelationProcessorCore, null, len);
  if (!len[0]) return null;
  const buf = Buffer.alloc(len[0]);
  if (!k.GetLogicalProcessorInformationEx(RelationProcessorCore, buf, len)) return null;
  let cores = 0;
  for (let o = 0; o + 8 <= len[0];) {
    const size = buf.readUInt32LE(o + 4);
    if (buf.readUInt32LE(o) === RelationProcessorCore) cores++;
    if (!size) break;
    o += size;
  }
  return cores || null;
}

export function perCpuTimes(): CpuTimes[] {
  const n = cpuCountLogical() ?? 1;
  const buf = Buffer.alloc(n * SPPI_SIZE);
  const ret: [number] = [0];
  const status = ntdll().NtQuerySystemInformation(SystemProcessorPerformanceInformation, buf, buf.length, ret);
  if (status < 0) throw new WinError('NtQuerySystemInformation(SystemProcessorPerformanceInformation)', status >>> 0);
  // more than 64 cpus: the kernel covers only the calling thread's processor group (as psutil)
  return parseProcessorTimes(buf, Math.floor(ret[0] / SPPI_SIZE));
}

/**
 * psutil's cpu_times(): user/system/idle from GetSystemTimes (system = kernel - idle, kernel
 * time includes idle), interrupt and dpc summed over the per-cpu figures (GetSystemTimes has none).
 */
export function cpuTimes(): CpuTimes {
  const idle = {} as { dwLowDateTime: number; dwHighDateTime: number };
  const kernel = { ...idle };
  const user = { ...idle };
  if (!kernel32().GetSystemTimes(idle, kernel, user)) throw lastError('GetSystemTimes');
  let interrupt = 0;
  let dpc = 0;
  for (const c of perCpuTimes()) { interrupt += c.irq ?? 0; dpc += c.softirq ?? 0; }
  return windowsCpuTimes(ft(user), ft(kernel) - ft(idle), ft(idle), interrupt, dpc);
}

export function perCpuTimesWithIds(): { times: CpuTimes[] } {
  return { times: perCpuTimes() };
}

/**
 * psutil's cpu_freq on Windows: one entry, current and max MHz of the first processor
 * (CallNtPowerInformation), min 0, with or without percpu ("per-cpu frequency is not supported").
 */
export function cpuFreqPercpu(): CpuFreq[] {
  const n = cpuCountLogical() ?? 1;
  const buf = Buffer.alloc(n * PROCESSOR_POWER_INFORMATION_SIZE);
  const status = powrprof().CallNtPowerInformation(ProcessorInformation, null, 0, buf, buf.length);
  if (status !== 0) throw new WinError('CallNtPowerInformation(ProcessorInformation)', status >>> 0);
  return [{ current: buf.readUInt32LE(8), min: 0, max: buf.readUInt32LE(4) }];
}

export function averageFreq(list: CpuFreq[]): CpuFreq | null {
  return list.length ? list[0] : null;
}

interface MemStatus { ullTotalPhys: number; ullAvailPhys: number; ullTotalPageFile: number; ullAvailPageFile: number }

export function memoryStatus(): MemStatus {
  const m: Record<string, number | bigint> = { dwLength: 64 };
  if (!kernel32().GlobalMemoryStatusEx(m)) throw lastError('GlobalMemoryStatusEx');
  return { ullTotalPhys: Number(m.ullTotalPhys), ullAvailPhys: Number(m.ullAvailPhys), ullTotalPageFile: Number(m.ullTotalPageFile), ullAvailPageFile: Number(m.ullAvailPageFile) };
}

/** GlobalMemoryStatusEx: free = available (Windows has no separate "free"); the Linux-only fields are null. */
export function virtualMemory(): VirtualMemory {
  const m = memoryStatus();
  const total = m.ullTotalPhys;
  const avail = m.ullAvailPhys;
  const used = total - avail;
  return {
    total, available: avail, percent: usagePercent(used, total), used, free: avail,
    active: null, inactive: null, buffers: null, cached: null, shared: null, slab: null,
  };
}

/**
 * psutil's swap_memory: the size from GetPerformanceInfo (commit limit minus physical memory),
 * the use from the paging files (swapFromPageFiles). Not commit charge minus physical memory in
 * use (psutil before 5.9.4): memory committed but never touched is in no paging file, and that
 * formula showed swap near full where Task Manager shows a few percent.
 * sin/sout: Windows has no such counters (null; psutil 0).
 */
export function swapMemory(): SwapMemory {
  const size = sizeofPerformanceInformation();
  const p: Record<string, number | bigint> = { cb: size };
  if (!psapi().GetPerformanceInfo(p, size)) throw lastError('GetPerformanceInfo');
  return swapFromPageFiles({ pageSize: Number(p.PageSize), commitLimit: Number(p.CommitLimit), physicalTotal: Number(p.PhysicalTotal) }, pageFiles());
}

/**
 * The paging files, from NtQuerySystemInformation(SystemPageFileInformation) (no PDH query to
 * open and collect on every call). A kernel without the class (Wine) lists none.
 */
export function pageFiles(): PageFile[] {
  for (let size = 4096; size <= 1 << 20; size *= 4) {
    const buf = Buffer.alloc(size);
    const ret: [number] = [0];
    const status = ntdll().NtQuerySystemInformation(SystemPageFileInformation, buf, size, ret);
    if (status === STATUS_INFO_LENGTH_MISMATCH || status === STATUS_BUFFER_TOO_SMALL) continue;
    if (status === STATUS_INVALID_INFO_CLASS || status === STATUS_NOT_IMPLEMENTED) return [];
    if (status < 0) throw new WinError('NtQuerySystemInformation(SystemPageFileInformation)', status >>> 0);
    return parsePageFiles(buf, ret[0], koffi.address(buf) as bigint);
  }
  throw new Error('NtQuerySystemInformation(SystemPageFileInformation): the list kept growing');
}

/**
 * psutil's boot_time: the kernel's own boot date (SystemTimeOfDayInformation BootTime minus the
 * time spent asleep, SleepTimeBias), one value for every call and every process. Not now minus
 * GetTickCount64: two clocks read one after the other jitter by milliseconds, and pids 0 and 4,
 * whose createTime is the boot time, then looked like new processes on every call.
 */
export function bootTime(): number {
  const buf = Buffer.alloc(STOD.Size);
  const status = ntdll().NtQuerySystemInformation(SystemTimeOfDayInformation, buf, buf.length, [0]);
  if (status < 0) throw new WinError('NtQuerySystemInformation(SystemTimeOfDayInformation)', status >>> 0);
  return filetimeToUnix(buf.readBigInt64LE(STOD.BootTime) - buf.readBigInt64LE(STOD.SleepTimeBias));
}

const SEM_FAILCRITICALERRORS = 0x0001;
const MAX_PATH = 260;

/** What diskPartitions needs from kernel32 (the unit tests pass a fake: Wine has no network, RAM or empty drives). */
export type PartitionDeps = Pick<ReturnType<typeof kernel32>, 'GetLogicalDriveStringsW' | 'GetDriveTypeW' | 'GetVolumeInformationW' | 'SetErrorMode'
  | 'FindFirstVolumeMountPointW' | 'FindNextVolumeMountPointW' | 'FindVolumeMountPointClose' | 'GetLastError'>;

/**
 * psutil's disk_partitions: every drive letter; without `all`, no unknown, unmounted, remote or
 * RAM-disk drive, and no A:\ floppy (asking a network or floppy drive may hang or spin it up).
 * A drive whose volume cannot be read (an empty CD-ROM) is kept, with no fstype and only its type
 * in opts; a readable one has rw/ro, then compressed and readonly where the volume says so. The
 * folders other volumes are mounted on (volume mount points) come first, with the drive as device.
 */
export function diskPartitions(all = false, k: PartitionDeps = kernel32()): DiskPartition[] {
  const buf = Buffer.alloc(2 * 1024);
  const len = k.GetLogicalDriveStringsW(buf.length / 2, buf);
  if (!len) throw new WinError('GetLogicalDriveStringsW', k.GetLastError());
  const old = k.SetErrorMode(SEM_FAILCRITICALERRORS); // no "insert a disk" dialog for an empty drive
  try {
    const out: DiskPartition[] = [];
    for (const drive of decodeMultiSz(buf, len * 2)) {
      const typeNo = k.GetDriveTypeW(drive);
      const type = DRIVE_TYPES[typeNo] ?? '?';
      if (!all && (type === 'unknown' || type === 'unmounted' || type === 'remote' || type === 'ramdisk')) continue;
      if (!all && type === 'removable' && drive.toUpperCase() === 'A:\\') continue;
      const fs = Buffer.alloc((MAX_PATH + 1) * 2);
      const flags: [number] = [0];
      const ok = k.GetVolumeInformationW(drive, null, 0, null, [0], flags, fs, MAX_PATH + 1);
      const f = ok ? flags[0] : 0;
      const opts = ok ? [f & FILE_READ_ONLY_VOLUME ? 'ro' : 'rw', ...(f & FILE_VOLUME_IS_COMPRESSED ? ['compressed'] : []), ...(f & FILE_READ_ONLY_VOLUME ? ['readonly'] : []), type] : [type];
      const fstype = ok ? decodeUtf16z(fs) : '';
      if (ok && f & FILE_SUPPORTS_REPARSE_POINTS) {
        for (const mp of volumeMountPoints(k, drive)) out.push({ device: drive, mountpoint: drive + mp, fstype, opts: opts.join(',') });
      }
      out.push({ device: drive, mountpoint: drive, fstype, opts: opts.join(',') });
    }
    return out;
  } finally {
    k.SetErrorMode(old);
  }
}

/** The mount points on a volume, relative to its root ("mnt\\data\\"). */
function volumeMountPoints(k: PartitionDeps, drive: string): string[] {
  const buf = Buffer.alloc(MAX_PATH * 2);
  const h = k.FindFirstVolumeMountPointW(drive, buf, MAX_PATH);
  if (Number(h) === INVALID_HANDLE_VALUE) return [];
  const out: string[] = [];
  try {
    do out.push(decodeUtf16z(buf)); while (out.length < 4096 && k.FindNextVolumeMountPointW(h, buf, MAX_PATH));
  } finally {
    k.FindVolumeMountPointClose(h);
  }
  return out;
}

export function diskUsage(path: string): DiskUsage {
  const caller: [number] = [0];
  const total: [number] = [0];
  const free: [number] = [0];
  if (!kernel32().GetDiskFreeSpaceExW(path, caller, total, free)) {
    const e = lastError('GetDiskFreeSpaceExW');
    throw Object.assign(new Error(`diskUsage(${JSON.stringify(path)}): Windows error ${e.code}`), { code: e.code === 3 || e.code === 2 ? 'ENOENT' : undefined });
  }
  const t = Number(total[0]);
  const f = Number(free[0]);
  return { total: t, used: t - f, free: f, percent: usagePercent(t - f, t) };
}

type IfRow = { name: string; counters: NetIoCounters; stats: NetIfStats };

/** What ifRows needs from iphlpapi and the adapter list (the unit tests pass fakes). */
export interface IfRowsDeps { ip: Pick<ReturnType<typeof iphlpapi>, 'GetIfTable2' | 'FreeMibTable' | 'count' | 'row'>; adapterNames(): Map<number, string> }

export function ifRows(deps: IfRowsDeps = { ip: iphlpapi(), adapterNames }): IfRow[] {
  const { ip } = deps;
  const table: [unknown] = [null];
  const rc = ip.GetIfTable2(table);
  if (rc !== 0) throw new WinError('GetIfTable2', rc);
  try {
    const out: IfRow[] = [];
    // psutil walks the adapters and names them by FriendlyName: the rows of other interfaces
    // (WFP and QoS filters, hidden pseudo-interfaces) are left out, so names agree with netIfAddrs
    const names = deps.adapterNames();
    for (let i = 0, n = ip.count(table[0]); i < n; i++) {
      const r = ip.row(table[0], i);
      const name = names.get(r.InterfaceIndex);
      if (name === undefined) continue;
      out.push({
        name,
        counters: {
          bytesSent: Number(r.OutOctets), bytesRecv: Number(r.InOctets),
          packetsSent: Number(r.OutUcastPkts) + Number(r.OutNUcastPkts), packetsRecv: Number(r.InUcastPkts) + Number(r.InNUcastPkts),
          errin: Number(r.InErrors), errout: Number(r.OutErrors), dropin: Number(r.InDiscards), dropout: Number(r.OutDiscards),
        },
        stats: { isup: r.OperStatus === IfOperStatusUp && r.AdminStatus === NET_IF_ADMIN_STATUS_UP, duplex: NIC_DUPLEX_FULL, speed: Math.floor(Number(r.TransmitLinkSpeed) / 1e6), mtu: r.Mtu, flags: '' },
      });
    }
    return out;
  } finally {
    ip.FreeMibTable(table[0]);
  }
}

export function netIoCounters(pernic: true, nowrap?: boolean): Record<string, NetIoCounters>;
export function netIoCounters(pernic?: false, nowrap?: boolean): NetIoCounters | null;
export function netIoCounters(pernic = false, nowrap = true): Record<string, NetIoCounters> | NetIoCounters | null {
  const rows: Record<string, NetIoCounters> = {};
  for (const r of ifRows()) rows[r.name] = r.counters;
  return deviceCounters(rows, pernic, nowrap, 'netIoCounters');
}

/** psutil's net_if_stats: up = operational and administrative status up, speed (Mbit/s) and MTU from GetIfTable2; duplex FULL, hard-coded as psutil (MIB_IF_ROW2 has none); flags empty. */
export function netIfStats(): Record<string, NetIfStats> {
  const out: Record<string, NetIfStats> = {};
  for (const r of ifRows()) out[r.name] = r.stats;
  return out;
}

export function sensorsBattery(): Battery | null {
  const s: Record<string, number> = {};
  if (!kernel32().GetSystemPowerStatus(s)) throw lastError('GetSystemPowerStatus');
  return batteryFromPowerStatus(s as unknown as Parameters<typeof batteryFromPowerStatus>[0]);
}

/** Windows exposes no temperature without WMI, and Vitals spawns nothing: empty, as the issue asks. */
export function sensorsTemperatures(): Record<string, never> {
  return {};
}

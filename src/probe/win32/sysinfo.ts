// diskIoCounters, cpuStats, netIfAddrs and users of the Windows backend (psutil's disk.c, cpu.c,
// net.c and sys.c), over native-ffi/win32; the buffers are decoded in ./decode.ts.
import koffi from 'koffi';
import {
  kernel32, ALL_PROCESSOR_GROUPS, DISK_PERFORMANCE_SIZE, ERROR_INSUFFICIENT_BUFFER, ERROR_INVALID_FUNCTION, ERROR_NOT_SUPPORTED,
  FILE_SHARE_READ, FILE_SHARE_WRITE, INVALID_HANDLE_VALUE, IOCTL_DISK_PERFORMANCE, OPEN_EXISTING,
} from '../../../native-ffi/win32/kernel32';
import {
  ntdll, SII_SIZE, SPI_BUFFER_SIZE, SPPI_SIZE, SystemInterruptInformation, SystemPerformanceInformation,
  SystemProcessorPerformanceInformation,
} from '../../../native-ffi/win32/ntdll';
import {
  iphlpapi, AF_UNSPEC, ERROR_BUFFER_OVERFLOW, ERROR_NO_DATA, GAA_FLAG_SKIP_ANYCAST, GAA_FLAG_SKIP_DNS_SERVER,
  GAA_FLAG_SKIP_MULTICAST, GAA_FLAG_SKIP_UNICAST,
} from '../../../native-ffi/win32/iphlpapi';
import {
  wtsapi32, ERROR_CALL_NOT_IMPLEMENTED, WTS_CURRENT_SERVER_HANDLE, WTS_SESSION_INFO_SIZE, WTSClientAddress,
  WTSSessionInfo, WTSUserName,
} from '../../../native-ffi/win32/wtsapi32';
import type { CpuStats, DiskIoCounters, NetIfAddr, User } from '../types';
import { parseAdapterAddresses, parseAdapterNames, parseCpuStats, parseDiskPerformance, parseWtsClientAddress, parseWtsConnectTime, type WinDiskIo } from './decode';
import { WinError } from './native';
import { decodeUtf16z } from './parse';
import { deviceCounters } from '../counters';

/** What rawDiskIo needs from kernel32 (the unit tests pass a fake: Wine has no PhysicalDrive devices). */
export type DiskDeps = Pick<ReturnType<typeof kernel32>, 'CreateFileW' | 'DeviceIoControl' | 'CloseRawHandle' | 'GetLastError'>;

/**
 * psutil's disk_io_counters: \\.\PhysicalDrive0..32 opened with no access rights (so no admin is
 * needed), IOCTL_DISK_PERFORMANCE on each; a drive that cannot be opened, or whose driver says
 * ERROR_INVALID_FUNCTION / ERROR_NOT_SUPPORTED, is skipped; a short buffer is grown (up to 1 MiB).
 */
export function rawDiskIo(k: DiskDeps = kernel32()): Record<string, WinDiskIo> {
  const out: Record<string, WinDiskIo> = {};
  let size = DISK_PERFORMANCE_SIZE;
  for (let n = 0; n <= 32; n++) {
    const h = k.CreateFileW(`\\\\.\\PhysicalDrive${n}`, 0, FILE_SHARE_READ | FILE_SHARE_WRITE, null, OPEN_EXISTING, 0, null);
    if (Number(h) === INVALID_HANDLE_VALUE) continue;
    try {
      for (;;) {
        const buf = Buffer.alloc(size);
        const ret: [number] = [0];
        if (k.DeviceIoControl(h, IOCTL_DISK_PERFORMANCE, null, 0, buf, size, ret, null)) {
          out[`PhysicalDrive${n}`] = parseDiskPerformance(buf);
          break;
        }
        const err = k.GetLastError();
        if (err === ERROR_INSUFFICIENT_BUFFER && size < 1024 * 1024) { size *= 2; continue; }
        if (err === ERROR_INVALID_FUNCTION || err === ERROR_NOT_SUPPORTED) break;
        throw new WinError(`DeviceIoControl(PhysicalDrive${n}, IOCTL_DISK_PERFORMANCE)`, err);
      }
    } finally {
      k.CloseRawHandle(h);
    }
  }
  return out;
}

/**
 * Windows' sdiskio has no merged counts or busy time: those fields are absent (the Linux-only
 * columns of DiskIoCounters are optional). The total sums every PhysicalDrive (they are whole
 * disks, so nothing is counted twice).
 */
export function diskIoCounters(perdisk: true, nowrap?: boolean, deps?: DiskDeps): Record<string, DiskIoCounters>;
export function diskIoCounters(perdisk?: false, nowrap?: boolean, deps?: DiskDeps): DiskIoCounters | null;
export function diskIoCounters(perdisk = false, nowrap = true, deps?: DiskDeps): Record<string, DiskIoCounters> | DiskIoCounters | null {
  return deviceCounters<WinDiskIo>(rawDiskIo(deps), perdisk, nowrap, 'diskIoCounters');
}

function query(cls: number, name: string, size: number): { buf: Buffer; len: number } {
  const buf = Buffer.alloc(size);
  const ret: [number] = [0];
  const status = ntdll().NtQuerySystemInformation(cls, buf, size, ret);
  if (status < 0) throw new WinError(`NtQuerySystemInformation(${name})`, status >>> 0);
  return { buf, len: ret[0] || size };
}

/** psutil's cpu_stats (see parseCpuStats for the soft_interrupts = 0 it reports). */
export function cpuStats(): CpuStats {
  const n = kernel32().GetActiveProcessorCount(ALL_PROCESSOR_GROUPS) || 1;
  const spi = query(SystemPerformanceInformation, 'SystemPerformanceInformation', SPI_BUFFER_SIZE);
  const sii = query(SystemInterruptInformation, 'SystemInterruptInformation', n * SII_SIZE);
  const sppi = query(SystemProcessorPerformanceInformation, 'SystemProcessorPerformanceInformation', n * SPPI_SIZE);
  const { dpcs: _dpcs, ...stats } = parseCpuStats(spi.buf, sii.buf, sii.len, sppi.buf, sppi.len);
  return stats;
}

const GAA_FLAGS = GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_DNS_SERVER;

/** GetAdaptersAddresses(AF_UNSPEC, flags) into a buffer grown as asked (psutil: 3 tries); null if there is no adapter. */
function adapters<T>(flags: number, decode: (buf: Buffer, base: bigint) => T): T | null {
  const ip = iphlpapi();
  let size = 15000; // the size Microsoft recommends starting with
  for (let tries = 0; tries < 3; tries++) {
    const buf = Buffer.alloc(size);
    const len: [number] = [size];
    const rc = ip.GetAdaptersAddresses(AF_UNSPEC, flags, null, buf, len);
    if (rc === 0) return decode(buf, koffi.address(buf) as bigint);
    if (rc === ERROR_NO_DATA) return null;
    if (rc !== ERROR_BUFFER_OVERFLOW) throw new WinError('GetAdaptersAddresses', rc);
    size = Math.max(size * 2, len[0]);
  }
  throw new Error('GetAdaptersAddresses: the adapter list kept growing');
}

/** psutil's net_if_addrs: GetAdaptersAddresses without anycast, multicast and DNS servers. */
export function netIfAddrs(): Record<string, NetIfAddr[]> {
  return adapters(GAA_FLAGS, parseAdapterAddresses) ?? {};
}

/** IfIndex -> FriendlyName of the NICs (see parseAdapterNames). */
export function adapterNames(): Map<number, string> {
  return adapters(GAA_FLAGS | GAA_FLAG_SKIP_UNICAST, parseAdapterNames) ?? new Map();
}

/** What users() needs (the unit tests pass a fake: Wine's WTS lists no session). */
export interface UsersDeps { w: Pick<ReturnType<typeof wtsapi32>, 'WTSEnumerateSessionsW' | 'WTSQuerySessionInformationW' | 'WTSFreeMemory' | 'read'>; lastError(): number }

const liveUsersDeps = (): UsersDeps => ({ w: wtsapi32(), lastError: () => kernel32().GetLastError() });

export function users(deps: UsersDeps = liveUsersDeps()): User[] {
  const { w } = deps;
  const sessions: [unknown] = [null];
  const count: [number] = [0];
  if (!w.WTSEnumerateSessionsW(WTS_CURRENT_SERVER_HANDLE, 0, 1, sessions, count)) {
    const err = deps.lastError();
    if (err === ERROR_CALL_NOT_IMPLEMENTED) return [];
    throw new WinError('WTSEnumerateSessionsW', err);
  }
  try {
    const list = w.read(sessions[0], count[0] * WTS_SESSION_INFO_SIZE);
    const out: User[] = [];
    for (let i = 0; i < count[0]; i++) {
      const id = list.readUInt32LE(i * WTS_SESSION_INFO_SIZE);
      const name = querySession(deps, id, WTSUserName, (b) => decodeUtf16z(b));
      if (!name) continue;
      const host = querySession(deps, id, WTSClientAddress, parseWtsClientAddress);
      const started = querySession(deps, id, WTSSessionInfo, parseWtsConnectTime);
      out.push({ name, terminal: null, host, started, pid: null });
    }
    return out;
  } finally {
    w.WTSFreeMemory(sessions[0]);
  }
}

function querySession<T>({ w, lastError }: UsersDeps, id: number, cls: number, decode: (b: Buffer) => T): T {
  const p: [unknown] = [null];
  const bytes: [number] = [0];
  if (!w.WTSQuerySessionInformationW(WTS_CURRENT_SERVER_HANDLE, id, cls, p, bytes)) throw new WinError('WTSQuerySessionInformationW', lastError());
  try {
    return decode(w.read(p[0], bytes[0]));
  } finally {
    w.WTSFreeMemory(p[0]);
  }
}

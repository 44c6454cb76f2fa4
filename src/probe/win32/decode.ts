// Pure decoders for the system calls of src/probe/win32/sysinfo.ts (buffers in, psutil's shapes
// out), kept apart from the I/O so that the unit tests feed them recorded or built buffers on any OS.
import { ADAPTER, AF_INET, AF_INET6, UNICAST } from '../../../native-ffi/win32/iphlpapi';
import { SII_DPC_COUNT, SII_SIZE, SPFI, SPI_CONTEXT_SWITCHES, SPI_SYSTEM_CALLS, SPPI_INTERRUPT_COUNT, SPPI_SIZE } from '../../../native-ffi/win32/ntdll';
import { WTS_CLIENT_ADDRESS_ADDRESS, WTSINFO_CONNECT_TIME } from '../../../native-ffi/win32/wtsapi32';
import { rtlIpv6AddressToString } from '../inetAddr';
import type { CpuStats, NetIfAddr, SwapMemory } from '../types';
import { usagePercent } from '../cpuMath';
import { decodeUtf16, decodeUtf16z, filetimeToUnix } from './parse';

/** psutil's sdiskio on Windows: counts, bytes, and the read/write times in ms. */
export interface WinDiskIo { readCount: number; writeCount: number; readBytes: number; writeBytes: number; readTime: number; writeTime: number }

/**
 * DISK_PERFORMANCE -> psutil's tuple. ReadTime/WriteTime are 100 ns units. psutil divides them by
 * 10,000,000 (seconds) under a "convert to ms" comment (#1012) while documenting milliseconds;
 * we give milliseconds (/ 10,000), the unit psutil documents and the Linux backend returns.
 */
export function parseDiskPerformance(buf: Buffer): WinDiskIo {
  return {
    readCount: buf.readUInt32LE(40),
    writeCount: buf.readUInt32LE(44),
    readBytes: Number(buf.readBigInt64LE(0)),
    writeBytes: Number(buf.readBigInt64LE(8)),
    readTime: Math.floor(Number(buf.readBigInt64LE(16)) / 10000),
    writeTime: Math.floor(Number(buf.readBigInt64LE(24)) / 10000),
  };
}

/**
 * psutil's cpu_stats(): ctx switches and syscalls from SYSTEM_PERFORMANCE_INFORMATION, interrupts
 * summed over SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION. psutil also sums the DPC counts of
 * SYSTEM_INTERRUPT_INFORMATION but then reports soft_interrupts = 0 (_pswindows.py); we do the same,
 * so that the figures agree with psutil's. Lengths are the bytes the kernel returned (with more
 * than 64 cpus it covers only the calling thread's processor group, as psutil notes).
 */
export function parseCpuStats(spi: Buffer, sii: Buffer, siiLen: number, sppi: Buffer, sppiLen: number): CpuStats & { dpcs: number } {
  let interrupts = 0;
  for (let o = 0; o + SPPI_SIZE <= sppiLen; o += SPPI_SIZE) interrupts += sppi.readUInt32LE(o + SPPI_INTERRUPT_COUNT);
  let dpcs = 0;
  for (let o = 0; o + SII_SIZE <= siiLen; o += SII_SIZE) dpcs += sii.readUInt32LE(o + SII_DPC_COUNT);
  return {
    ctxSwitches: spi.readUInt32LE(SPI_CONTEXT_SWITCHES),
    // psutil keeps the sum in a ULONG: it wraps at 2^32 like the per-cpu counters do
    interrupts: interrupts >>> 0,
    softInterrupts: 0,
    syscalls: spi.readUInt32LE(SPI_SYSTEM_CALLS),
    dpcs,
  };
}

/** IPv4 netmask of a prefix length (ConvertLengthToIpv4Mask); null past 32, as that call fails. */
export function prefixToIpv4Mask(bits: number): string | null {
  if (bits > 32) return null;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return [mask >>> 24, (mask >>> 16) & 255, (mask >>> 8) & 255, mask & 255].join('.');
}

/**
 * The IP_ADAPTER_ADDRESSES list GetAdaptersAddresses wrote into buf (its pointers point into buf,
 * which starts at address base) -> psutil's net_if_addrs(): per FriendlyName, the MAC as AF_LINK
 * ("AA-BB-..", upper case, no netmask) first, then each unicast address; IPv4 netmasks come from
 * OnLinkPrefixLength, IPv6 ones are None in psutil (null here); broadcast and ptp are never given.
 */
export function parseAdapterAddresses(buf: Buffer, base: bigint): Record<string, NetIfAddr[]> {
  const off = offsetIn(buf, base);
  const out: Record<string, NetIfAddr[]> = {};
  for (const a of adapterOffsets(buf, base)) {
    const name = decodeUtf16z(buf, off(buf.readBigUInt64LE(a + ADAPTER.FriendlyName)));
    const list: NetIfAddr[] = out[name] ?? (out[name] = []);
    const macLen = Math.min(8, buf.readUInt32LE(a + ADAPTER.PhysicalAddressLength));
    if (macLen) {
      // psutil (#786): a MAC shorter than six octets is padded with "-00"
      const mac = [...buf.subarray(a + ADAPTER.PhysicalAddress, a + ADAPTER.PhysicalAddress + macLen)].map((b) => b.toString(16).toUpperCase().padStart(2, '0'));
      while (mac.length < 6) mac.push('00');
      list.push({ family: 'AF_LINK', address: mac.join('-'), netmask: null, broadcast: null, ptp: null });
    }
    for (let u = buf.readBigUInt64LE(a + ADAPTER.FirstUnicastAddress); u !== 0n;) {
      const uo = off(u);
      const sa = off(buf.readBigUInt64LE(uo + UNICAST.lpSockaddr));
      const family = buf.readUInt16LE(sa);
      if (family === AF_INET) {
        const b = buf.subarray(sa + 4, sa + 8);
        const bits = buf[uo + UNICAST.OnLinkPrefixLength];
        list.push({ family: 'AF_INET', address: [...b].join('.'), netmask: prefixToIpv4Mask(bits), broadcast: ipv4Broadcast(b, bits), ptp: null });
      } else if (family === AF_INET6) {
        list.push({ family: 'AF_INET6', address: rtlIpv6AddressToString(buf.subarray(sa + 8, sa + 24)), netmask: null, broadcast: null, ptp: null });
      }
      u = buf.readBigUInt64LE(uo + UNICAST.Next);
    }
  }
  // psutil sorts the raw rows by family (AF_LINK -1, AF_INET 2, AF_INET6 23), stably
  const rank = { AF_LINK: 0, AF_INET: 1, AF_INET6: 2 } as const;
  for (const list of Object.values(out)) list.sort((x, y) => rank[x.family as keyof typeof rank] - rank[y.family as keyof typeof rank]);
  return out;
}

/** psutil's broadcast_addr on Windows: the network's broadcast address; none for a /32 (or a prefix past 32). */
export function ipv4Broadcast(addr: ArrayLike<number>, bits: number): string | null {
  if (bits >= 32) return null;
  const a = ((addr[0] << 24) | (addr[1] << 16) | (addr[2] << 8) | addr[3]) >>> 0;
  const host = bits === 0 ? 0xffffffff : (0xffffffff >>> bits);
  const b = (a | host) >>> 0;
  return [b >>> 24, (b >>> 16) & 255, (b >>> 8) & 255, b & 255].join('.');
}

function offsetIn(buf: Buffer, base: bigint): (p: bigint) => number {
  return (p) => {
    const o = Number(p - base);
    if (o < 0 || o >= buf.length) throw new RangeError(`GetAdaptersAddresses: pointer ${p.toString(16)} outside the buffer`);
    return o;
  };
}

function adapterOffsets(buf: Buffer, base: bigint): number[] {
  const off = offsetIn(buf, base);
  const out: number[] = [];
  for (let p = base; p !== 0n && out.length < 100000; p = buf.readBigUInt64LE(off(p) + ADAPTER.Next)) out.push(off(p));
  return out;
}

/**
 * IfIndex -> FriendlyName of every adapter GetAdaptersAddresses lists: psutil's net_io_counters
 * and net_if_stats walk these adapters (GetIfEntry2 on each IfIndex) and name them by FriendlyName,
 * so the hidden filter interfaces GetIfTable2 also lists are not NICs, and the names agree with
 * net_if_addrs.
 */
export function parseAdapterNames(buf: Buffer, base: bigint): Map<number, string> {
  const off = offsetIn(buf, base);
  const out = new Map<number, string>();
  for (const a of adapterOffsets(buf, base)) out.set(buf.readUInt32LE(a + ADAPTER.IfIndex), decodeUtf16z(buf, off(buf.readBigUInt64LE(a + ADAPTER.FriendlyName))));
  return out;
}

/** WTS_CLIENT_ADDRESS -> "a.b.c.d" for AF_INET (at Address[2..5]), else null (psutil's None). */
export function parseWtsClientAddress(buf: Buffer): string | null {
  if (buf.length < WTS_CLIENT_ADDRESS_ADDRESS + 6 || buf.readUInt32LE(0) !== AF_INET) return null;
  const a = WTS_CLIENT_ADDRESS_ADDRESS + 2;
  return `${buf[a]}.${buf[a + 1]}.${buf[a + 2]}.${buf[a + 3]}`;
}

/** WTSINFOW.ConnectTime (a FILETIME date) -> seconds since the epoch, psutil's started. */
export function parseWtsConnectTime(buf: Buffer): number {
  return filetimeToUnix(buf.readBigInt64LE(WTSINFO_CONNECT_TIME));
}

const PROTECTION: Record<number, string> = { 0x01: '', 0x02: 'r', 0x04: 'rw', 0x08: 'wc', 0x10: 'x', 0x20: 'xr', 0x40: 'xrw', 0x80: 'xwc' };

/** psutil's get_region_protection_string: the PAGE_* constant in the low byte, '?' for any other. */
export function regionProtection(protect: number): string {
  return PROTECTION[protect & 0xff] ?? '?';
}

/**
 * psutil's convert_dos_path: "\Device\HarddiskVolume1\x" -> "C:\x" (devices maps the NT device
 * of each drive letter, QueryDosDeviceW's answer), "\??\C:\x" -> "C:\x", UNC forms to "\\server\share".
 * A device no drive letter names keeps no prefix, as psutil's join with an empty letter.
 */
export function convertDosPath(s: string, devices: ReadonlyMap<string, string>): string {
  if (s.startsWith('\\\\')) return s;
  const parts = s.split('\\');
  let raw = parts.slice(0, 3).join('\\');
  let letter: string;
  if (raw === '\\??\\UNC' || raw === '\\Device\\Mup') {
    raw = parts.slice(0, 5).join('\\');
    letter = `\\\\${parts.slice(3, 5).join('\\')}`;
  } else if (raw.startsWith('\\??\\')) {
    letter = parts[2];
  } else {
    letter = devices.get(raw.toLowerCase()) ?? '';
  }
  const rest = s.slice(raw.length);
  if (!letter) return rest;
  return letter.endsWith('\\') || rest.startsWith('\\') ? letter + rest : `${letter}\\${rest}`;
}

/** One paging file of SYSTEM_PAGEFILE_INFORMATION: sizes in pages. */
export interface PageFile { name: string; totalSize: number; totalInUse: number; peakUsage: number }

/** The SYSTEM_PAGEFILE_INFORMATION chain NtQuerySystemInformation(SystemPageFileInformation) wrote (len bytes; names point into buf at base). */
export function parsePageFiles(buf: Buffer, len: number, base: bigint): PageFile[] {
  const out: PageFile[] = [];
  for (let o = 0; len >= SPFI.Size && o + SPFI.Size <= Math.min(len, buf.length) && out.length < 64;) {
    const nameLen = buf.readUInt16LE(o + SPFI.NameLength);
    const at = Number(buf.readBigUInt64LE(o + SPFI.NameBuffer) - base);
    out.push({
      name: nameLen && at >= 0 && at + nameLen <= buf.length ? decodeUtf16(buf, at, nameLen) : '',
      totalSize: buf.readUInt32LE(o + SPFI.TotalSize), totalInUse: buf.readUInt32LE(o + SPFI.TotalInUse), peakUsage: buf.readUInt32LE(o + SPFI.PeakUsage),
    });
    const next = buf.readUInt32LE(o + SPFI.Next);
    if (!next) break;
    o += next;
  }
  return out;
}

/**
 * psutil's swap_memory (5.9.4+): total = CommitLimit - PhysicalTotal (pages of GetPerformanceInfo),
 * and the use is the paging files' "% Usage" (the PDH counter \Paging File(_Total)\% Usage is
 * the sum of their TotalInUse over the sum of their TotalSize) applied to that total. No paging
 * file known (or none at all): 0 % used, as psutil when the counter cannot be collected.
 */
export function swapFromPageFiles(perf: { pageSize: number; commitLimit: number; physicalTotal: number }, files: readonly PageFile[]): SwapMemory {
  const total = Math.max(0, (perf.commitLimit - perf.physicalTotal) * perf.pageSize);
  let size = 0;
  let inUse = 0;
  for (const f of files) { size += f.totalSize; inUse += f.totalInUse; }
  const pct = total > 0 && size > 0 ? Math.min(100, (inUse / size) * 100) : 0;
  const used = Math.floor(0.01 * pct * total);
  return { total, used, free: total - used, percent: usagePercent(used, total), sin: null, sout: null };
}

/**
 * psutil's proc_memory_uss: the working-set pages that are private, or shareable but used by this
 * process alone (!Shared || ShareCount <= 1), of a MEMORY_WORKING_SET_INFORMATION (x64).
 */
export function ussPages(buf: Buffer): number {
  const n = Math.min(Number(buf.readBigUInt64LE(0)), Math.floor((buf.length - 8) / 8));
  let pages = 0;
  for (let i = 0; i < n; i++) {
    const lo = buf.readUInt32LE(8 + i * 8);
    const shareCount = (lo >>> 5) & 7;
    const shared = (lo >>> 8) & 1;
    if (!shared || shareCount <= 1) pages++;
  }
  return pages;
}

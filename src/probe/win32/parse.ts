// Pure decoders for what the Windows APIs hand back (buffers -> objects). No I/O: unit-tested on
// any OS with hand-built buffers.
import type { CpuTimes } from '../types';
import { rtlIpv6AddressToString } from '../inetAddr';

/** UTF-16LE without loss; an unpaired surrogate becomes U+FFFD (never throws). */
export function decodeUtf16(buf: Uint8Array, byteOffset = 0, byteLength = buf.length - byteOffset): string {
  const units = byteLength >> 1;
  let out = '';
  for (let i = 0; i < units; i++) {
    const p = byteOffset + i * 2;
    const c = buf[p] | (buf[p + 1] << 8);
    if (c >= 0xd800 && c <= 0xdbff) {
      if (i + 1 < units) {
        const q = p + 2;
        const d = buf[q] | (buf[q + 1] << 8);
        if (d >= 0xdc00 && d <= 0xdfff) { out += String.fromCharCode(c, d); i++; continue; }
      }
      out += '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += String.fromCharCode(c);
    }
  }
  return out;
}

/** A NUL-terminated UTF-16 string starting at byteOffset. */
export function decodeUtf16z(buf: Uint8Array, byteOffset = 0, maxBytes = buf.length - byteOffset): string {
  let end = byteOffset;
  const limit = Math.min(buf.length, byteOffset + maxBytes) - 1;
  while (end < limit && (buf[end] | buf[end + 1]) !== 0) end += 2;
  return decodeUtf16(buf, byteOffset, end - byteOffset);
}

/** A list of NUL-terminated strings ending with an empty one (GetLogicalDriveStringsW). */
export function decodeMultiSz(buf: Uint8Array, byteLength: number): string[] {
  const out: string[] = [];
  let start = 0;
  for (let p = 0; p + 1 < byteLength; p += 2) {
    if (buf[p] === 0 && buf[p + 1] === 0) {
      if (p === start) break;
      out.push(decodeUtf16(buf, start, p - start));
      start = p + 2;
    }
  }
  return out;
}

/**
 * CommandLineToArgvW's rules (the ones the MS C runtime uses after argv[0]): whitespace separates,
 * double quotes group, 2n backslashes + quote -> n backslashes and a quote toggles, 2n+1 -> n and a
 * literal quote, other backslashes are literal. argv[0] ends at the next quote if quoted, else at
 * whitespace, with no backslash processing (as CommandLineToArgvW does).
 */
export function splitCommandLine(cmd: string): string[] {
  const args: string[] = [];
  let i = 0;
  const n = cmd.length;
  const isSpace = (c: string) => c === ' ' || c === '\t';
  if (n === 0) return [];
  // argv[0]
  let first = '';
  if (cmd[0] === '"') {
    i = 1;
    while (i < n && cmd[i] !== '"') first += cmd[i++];
    if (i < n) i++;
  } else {
    while (i < n && !isSpace(cmd[i])) first += cmd[i++];
  }
  args.push(first);
  for (;;) {
    while (i < n && isSpace(cmd[i])) i++;
    if (i >= n) break;
    let arg = '';
    let quoted = false;
    while (i < n && (quoted || !isSpace(cmd[i]))) {
      if (cmd[i] === '\\') {
        let slashes = 0;
        while (i < n && cmd[i] === '\\') { slashes++; i++; }
        if (i < n && cmd[i] === '"') {
          arg += '\\'.repeat(slashes >> 1);
          if (slashes & 1) { arg += '"'; i++; }
        } else {
          arg += '\\'.repeat(slashes);
        }
      } else if (cmd[i] === '"') {
        i++;
        if (quoted && cmd[i] === '"') { arg += '"'; i++; } // "" inside quotes: a literal quote
        else quoted = !quoted;
      } else {
        arg += cmd[i++];
      }
    }
    args.push(arg);
  }
  return args;
}

const TICKS = 1e7;
const EPOCH_DIFF = 11644473600;

/** A FILETIME date (100 ns since 1601) -> seconds since the Unix epoch. */
export function filetimeToUnix(ticks: bigint | number): number {
  return Number(ticks) / TICKS - EPOCH_DIFF;
}

/** SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION[] -> per-cpu times, psutil's (user, system, idle, interrupt, dpc). */
export function parseProcessorTimes(buf: Buffer, count: number): CpuTimes[] {
  const out: CpuTimes[] = [];
  for (let i = 0; i < count; i++) {
    const o = i * 48;
    const idle = Number(buf.readBigInt64LE(o)) / TICKS;
    const kernel = Number(buf.readBigInt64LE(o + 8)) / TICKS;
    const user = Number(buf.readBigInt64LE(o + 16)) / TICKS;
    const dpc = Number(buf.readBigInt64LE(o + 24)) / TICKS;
    const interrupt = Number(buf.readBigInt64LE(o + 32)) / TICKS;
    out.push(windowsCpuTimes(user, kernel - idle, idle, interrupt, dpc));
  }
  return out;
}

/**
 * psutil's Windows scputimes (user, system, idle, interrupt, dpc) in the shared CpuTimes shape:
 * interrupt -> irq, dpc -> softirq. nice is 0 (Windows has no such time) so the shape stays the
 * one every consumer reads; the Linux-only columns are null.
 */
export function windowsCpuTimes(user: number, system: number, idle: number, interrupt: number, dpc: number): CpuTimes {
  return { user, nice: 0, system, idle, iowait: null, irq: interrupt, softirq: dpc, steal: null, guest: null, guestNice: null };
}

/** One process of SYSTEM_PROCESS_INFORMATION (x64 offsets), psutil's proc_info fields. */
export interface SysProcInfo {
  pid: number; ppid: number; name: string; numThreads: number; numHandles: number; createTime: number;
  user: number; system: number; privateWorkingSet: number;
  numPageFaults: number; peakWset: number; wset: number; peakPagedPool: number; pagedPool: number;
  peakNonpagedPool: number; nonpagedPool: number; pagefile: number; peakPagefile: number; private: number;
  readCount: number; writeCount: number; otherCount: number; readBytes: number; writeBytes: number; otherBytes: number;
  /** psutil's is_suspended: every thread waiting (state 5) for reason Suspended (5). */
  suspended: boolean;
  /** The entry's SYSTEM_THREAD_INFORMATION records (a view, not a copy), decoded on demand. */
  threadRecords: Buffer;
}

/** Per-thread times and context switches of one snapshot entry (psutil: threads(), num_ctx_switches()). */
export function parseThreads(records: Buffer): { id: number; userTime: number; systemTime: number; contextSwitches: number }[] {
  const out = [];
  for (let t = 0; t + 80 <= records.length; t += 80) {
    out.push({
      id: Number(records.readBigUInt64LE(t + 48)),
      userTime: Number(records.readBigUInt64LE(t + 8)) / TICKS,
      systemTime: Number(records.readBigUInt64LE(t)) / TICKS,
      contextSwitches: records.readUInt32LE(t + 64),
    });
  }
  return out;
}

/**
 * psutil's parse_environ_block on Windows: NUL-terminated NAME=value entries up to an empty one
 * (or an unterminated tail, garbage); names upper-cased, as Windows treats them case-blind, so
 * that PATH is found whether the process wrote Path or PATH; the per-drive current directories
 * ("=C:=C:\dir", a name starting with "=") and entries without "=" are left out. A null-prototype
 * record: the names are the process's text.
 */
export function parseEnvironmentBlock(block: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (let pos = 0; ;) {
    const end = block.indexOf('\0', pos);
    if (end <= pos) break;
    const eq = block.indexOf('=', pos);
    if (eq > pos && eq < end) out[block.slice(pos, eq).toUpperCase()] = block.slice(eq + 1, end);
    pos = end + 1;
  }
  return out;
}

const u64 = (b: Buffer, o: number) => Number(b.readBigUInt64LE(o));

/**
 * Walks the NextEntryOffset chain of a SystemProcessInformation buffer. `base` is the buffer's
 * address: ImageName.Buffer points inside the same block.
 */
export function parseSystemProcessInformation(buf: Buffer, base: bigint): Map<number, SysProcInfo> {
  const out = new Map<number, SysProcInfo>();
  let o = 0;
  for (;;) {
    const next = buf.readUInt32LE(o);
    const numThreads = buf.readUInt32LE(o + 4);
    const nameLen = buf.readUInt16LE(o + 56);
    const namePtr = buf.readBigUInt64LE(o + 64);
    const pid = u64(buf, o + 80);
    let name = '';
    if (nameLen && namePtr) {
      const at = Number(namePtr - base);
      if (at >= 0 && at + nameLen <= buf.length) name = decodeUtf16(buf, at, nameLen);
    }
    let suspended = numThreads > 0;
    for (let t = 0; t < numThreads && suspended; t++) {
      const to = o + 256 + t * 80;
      if (to + 80 > buf.length) { suspended = false; break; }
      if (buf.readUInt32LE(to + 68) !== 5 || buf.readUInt32LE(to + 72) !== 5) suspended = false;
    }
    out.set(pid, {
      pid, ppid: u64(buf, o + 88), name, numThreads, numHandles: buf.readUInt32LE(o + 96),
      createTime: filetimeToUnix(buf.readBigInt64LE(o + 32)),
      user: u64(buf, o + 40) / TICKS, system: u64(buf, o + 48) / TICKS, privateWorkingSet: u64(buf, o + 8),
      numPageFaults: buf.readUInt32LE(o + 128), peakWset: u64(buf, o + 136), wset: u64(buf, o + 144),
      peakPagedPool: u64(buf, o + 152), pagedPool: u64(buf, o + 160), peakNonpagedPool: u64(buf, o + 168),
      nonpagedPool: u64(buf, o + 176), pagefile: u64(buf, o + 184), peakPagefile: u64(buf, o + 192), private: u64(buf, o + 200),
      readCount: u64(buf, o + 208), writeCount: u64(buf, o + 216), otherCount: u64(buf, o + 224),
      readBytes: u64(buf, o + 232), writeBytes: u64(buf, o + 240), otherBytes: u64(buf, o + 248),
      suspended,
      threadRecords: buf.subarray(Math.min(buf.length, o + 256), Math.min(buf.length, o + 256 + numThreads * 80)),
    });
    if (next === 0) break;
    o += next;
    if (o >= buf.length) break;
  }
  return out;
}

export const SERVICE_START_TYPES: Record<number, string> = { 2: 'automatic', 3: 'manual', 4: 'disabled' };
export const SERVICE_STATES: Record<number, string> = {
  1: 'stopped', 2: 'start_pending', 3: 'stop_pending', 4: 'running', 5: 'continue_pending', 6: 'pause_pending', 7: 'paused',
};

/** GetSystemPowerStatus -> psutil's sensors_battery rules (null without a battery). */
export function batteryFromPowerStatus(s: { ACLineStatus: number; BatteryFlag: number; BatteryLifePercent: number; BatteryLifeTime: number }):
  { percent: number; secsLeft: number; powerPlugged: boolean } | null {
  if (s.BatteryFlag & 128) return null; // no system battery
  const powerPlugged = s.ACLineStatus === 1;
  const charging = (s.BatteryFlag & 8) !== 0;
  let secsLeft = s.BatteryLifeTime === 0xffffffff || s.BatteryLifeTime === -1 ? -1 : s.BatteryLifeTime;
  if (powerPlugged || charging) secsLeft = -2;
  return { percent: s.BatteryLifePercent, secsLeft, powerPlugged }; // psutil: acline_status == 1, so unknown (255) is false
}

/** MIB_TCP_STATE -> psutil's CONN_* names. */
const TCP_STATES = ['', 'CLOSE', 'LISTEN', 'SYN_SENT', 'SYN_RECV', 'ESTABLISHED', 'FIN_WAIT1', 'FIN_WAIT2',
  'CLOSE_WAIT', 'CLOSING', 'LAST_ACK', 'TIME_WAIT', 'DELETE_TCB'];

type Addr = { ip: string; port: number };

/** A port as the tables keep it: network order in the low 16 bits of a DWORD. */
const portAt = (b: Buffer, o: number) => (b[o] << 8) | b[o + 1];
const ip4 = (b: Buffer, o: number) => `${b[o]}.${b[o + 1]}.${b[o + 2]}.${b[o + 3]}`;
const ip6 = (b: Buffer, o: number) => rtlIpv6AddressToString(b.subarray(o, o + 16));
const zero = (b: Buffer, o: number, n: number) => { for (let i = 0; i < n; i++) if (b[o + i]) return false; return true; };

const MIB_TCP_STATE_LISTEN = 2;

/**
 * The rows of a MIB_{TCP,TCP6,UDP,UDP6}TABLE_OWNER_PID. As psutil, an address that is all zero
 * with port 0 is absent (null), and so is a listening socket's remote address whatever the table
 * holds there; UDP rows have no state (null, the caller's CONN_NONE).
 */
export function parseConnectionTable(buf: Buffer, kind: 'tcp4' | 'tcp6' | 'udp4' | 'udp6', rowSize: number):
  { laddr: Addr | null; raddr: Addr | null; status: string | null; pid: number }[] {
  const n = buf.readUInt32LE(0);
  const out = [];
  for (let i = 0; i < n; i++) {
    const o = 4 + i * rowSize;
    if (o + rowSize > buf.length) break;
    if (kind === 'tcp4') {
      const l = zero(buf, o + 4, 4) && !portAt(buf, o + 8) ? null : { ip: ip4(buf, o + 4), port: portAt(buf, o + 8) };
      const state = buf.readUInt32LE(o);
      const r = (zero(buf, o + 12, 4) && !portAt(buf, o + 16)) || state === MIB_TCP_STATE_LISTEN ? null : { ip: ip4(buf, o + 12), port: portAt(buf, o + 16) };
      out.push({ laddr: l, raddr: r, status: TCP_STATES[state] ?? 'NONE', pid: buf.readUInt32LE(o + 20) });
    } else if (kind === 'tcp6') {
      const l = zero(buf, o, 16) && !portAt(buf, o + 20) ? null : { ip: ip6(buf, o), port: portAt(buf, o + 20) };
      const state = buf.readUInt32LE(o + 48);
      const r = (zero(buf, o + 24, 16) && !portAt(buf, o + 44)) || state === MIB_TCP_STATE_LISTEN ? null : { ip: ip6(buf, o + 24), port: portAt(buf, o + 44) };
      out.push({ laddr: l, raddr: r, status: TCP_STATES[state] ?? 'NONE', pid: buf.readUInt32LE(o + 52) });
    } else if (kind === 'udp4') {
      const l = zero(buf, o, 4) && !portAt(buf, o + 4) ? null : { ip: ip4(buf, o), port: portAt(buf, o + 4) };
      out.push({ laddr: l, raddr: null, status: null, pid: buf.readUInt32LE(o + 8) });
    } else {
      const l = zero(buf, o, 16) && !portAt(buf, o + 20) ? null : { ip: ip6(buf, o), port: portAt(buf, o + 20) };
      out.push({ laddr: l, raddr: null, status: null, pid: buf.readUInt32LE(o + 24) });
    }
  }
  return out;
}

// Pure decoders over the buffers the darwin calls fill, after psutil's arch/osx/*.c and
// _psosx.py. Offsets come from layout.ts, which the layout test checks against xnu's headers.
import { usagePercent } from '../cpuMath';
import { STATUS_IDLE, STATUS_RUNNING, STATUS_SLEEPING, STATUS_STOPPED, STATUS_ZOMBIE } from '../constants';
import type { CpuTimes, DiskPartition, DiskUsage, LoadAvg, NetIfStats, NetIoCounters, SwapMemory, User, VirtualMemory } from '../types';
import {
  CONN_CLOSE, CONN_CLOSE_WAIT, CONN_CLOSING, CONN_ESTABLISHED, CONN_FIN_WAIT1, CONN_FIN_WAIT2, CONN_LAST_ACK, CONN_LISTEN,
  CONN_NONE, CONN_SYN_RECV, CONN_SYN_SENT, CONN_TIME_WAIT, NIC_DUPLEX_UNKNOWN,
} from '../constants';
import { inetNtop4, inetNtop6 } from '../inetAddr';
import type { Addr, Connection, OpenFile } from '../platform';
import { usageFromBlocks } from '../diskUsage';
import { C, STRUCTS, type Field, type StructLayout } from './layout';

/** One scalar field of a struct at `base` (numbers; u64/i64 above 2^53 lose precision, as every byte count here is far below). */
export function readField(buf: Buffer, st: StructLayout, name: string, base = 0): number {
  const f: Field | undefined = st.fields[name];
  if (!f || f[0] === 'struct') throw new Error(`${st.c} has no scalar field ${name}`);
  const at = base + f[0];
  switch (f[1]) {
    case 'u8': return buf.readUInt8(at);
    case 'u16': return buf.readUInt16LE(at);
    case 'i16': return buf.readInt16LE(at);
    case 'u32': return buf.readUInt32LE(at);
    case 'i32': return buf.readInt32LE(at);
    case 'boolean_t': return buf.readUInt32LE(at) !== 0 ? 1 : 0;
    case 'u64': return Number(buf.readBigUInt64LE(at));
    case 'i64': return Number(buf.readBigInt64LE(at));
    case 'char': return buf.readUInt8(at);
    case 'ptr': return Number(buf.readBigUInt64LE(at));
  }
}

/** A char[N] field up to its first NUL, as UTF-8 (invalid bytes become U+FFFD). */
export function readCString(buf: Buffer, st: StructLayout, name: string, base = 0): string {
  const f = st.fields[name];
  if (!f || f[1] !== 'char' || typeof f[2] !== 'number') throw new Error(`${st.c} has no char array ${name}`);
  return cString(buf, base + f[0], f[2]);
}

export function cString(buf: Buffer, at: number, max: number): string {
  const end = Math.min(buf.length, at + max);
  const nul = buf.indexOf(0, at);
  return buf.toString('utf8', at, nul === -1 || nul > end ? end : nul);
}

function structOffset(st: StructLayout, name: string): number {
  const f = st.fields[name];
  if (!f || f[0] !== 'struct') throw new Error(`${st.c} has no struct field ${name}`);
  return f[1];
}

// --- system ---

/**
 * psutil's virtual_memory on macOS: total = hw.memsize; available = inactive + free; used =
 * active + wired; free = free - speculative (what `vm_stat`'s "Pages free" shows); percent of
 * total - available.
 */
export function virtualMemoryFromVmStats(buf: Buffer, total: number, pageSize: number): VirtualMemory & { wired: number } {
  const vm = STRUCTS.vm_statistics64;
  const page = (name: string) => readField(buf, vm, name) * pageSize;
  const active = page('active_count');
  const inactive = page('inactive_count');
  const wired = page('wire_count');
  const freePages = page('free_count');
  const available = inactive + freePages;
  return {
    total, available, percent: usagePercent(total - available, total), used: active + wired,
    free: freePages - page('speculative_count'), active, inactive, wired,
    buffers: null, cached: null, shared: null, slab: null,
  };
}

/** psutil's swap_memory: vm.swapusage totals; sin / sout are the VM page-ins / page-outs in bytes. */
export function swapFromXswUsage(xsw: Buffer, vmStats: Buffer | null, pageSize: number): SwapMemory {
  const x = STRUCTS.xsw_usage;
  const total = readField(xsw, x, 'xsu_total');
  const used = readField(xsw, x, 'xsu_used');
  const free = readField(xsw, x, 'xsu_avail');
  const vm = STRUCTS.vm_statistics64;
  return {
    total, used, free, percent: usagePercent(used, total),
    sin: vmStats ? readField(vmStats, vm, 'pageins') * pageSize : null,
    sout: vmStats ? readField(vmStats, vm, 'pageouts') * pageSize : null,
  };
}

/** cpu_ticks[CPU_STATE_MAX] as psutil's scputimes(user, nice, system, idle); the Linux-only columns are null. */
export function cpuTimesFromTicks(buf: Buffer, at: number, ticksPerSecond: number): CpuTimes {
  const t = (state: number) => buf.readUInt32LE(at + state * 4) / ticksPerSecond;
  return {
    user: t(C.CPU_STATE_USER), nice: t(C.CPU_STATE_NICE), system: t(C.CPU_STATE_SYSTEM), idle: t(C.CPU_STATE_IDLE),
    iowait: null, irq: null, softirq: null, steal: null, guest: null, guestNice: null,
  };
}

/** host_processor_info(PROCESSOR_CPU_LOAD_INFO): one processor_cpu_load_info per cpu. */
export function perCpuTimesFromLoadInfo(buf: Buffer, count: number, ticksPerSecond: number): CpuTimes[] {
  const size = STRUCTS.processor_cpu_load_info.size;
  if (buf.length < count * size) throw new RangeError(`processor_cpu_load_info: ${buf.length} bytes for ${count} cpus`);
  const out: CpuTimes[] = [];
  for (let i = 0; i < count; i++) out.push(cpuTimesFromTicks(buf, i * size + STRUCTS.processor_cpu_load_info.fields.cpu_ticks[0], ticksPerSecond));
  return out;
}

/** vm.loadavg: fixed-point averages over fscale. */
export function loadAvgFromStruct(buf: Buffer): LoadAvg {
  const l = STRUCTS.loadavg;
  const scale = readField(buf, l, 'fscale');
  const at = l.fields.ldavg[0];
  const v = (i: number) => (scale > 0 ? buf.readUInt32LE(at + i * 4) / scale : 0);
  return [v(0), v(1), v(2)];
}

/** kern.boottime as seconds since the epoch (psutil keeps the whole seconds: tv_sec). */
export function bootTimeFromTimeval(buf: Buffer): number {
  return readField(buf, STRUCTS.timeval, 'tv_sec');
}

// --- disks ---

/** psutil's names for the statfs f_flags bits, in its order (arch/osx/disk.c). */
const MOUNT_OPTS: readonly [number, string][] = [
  [C.MNT_SYNCHRONOUS, 'sync'], [C.MNT_NOEXEC, 'noexec'], [C.MNT_NOSUID, 'nosuid'], [C.MNT_UNION, 'union'],
  [C.MNT_ASYNC, 'async'], [C.MNT_EXPORTED, 'exported'], [C.MNT_LOCAL, 'local'], [C.MNT_QUOTA, 'quota'],
  [C.MNT_ROOTFS, 'rootfs'], [C.MNT_DOVOLFS, 'dovolfs'], [C.MNT_DONTBROWSE, 'dontbrowse'],
  [C.MNT_IGNORE_OWNERSHIP, 'ignore-ownership'], [C.MNT_AUTOMOUNTED, 'automounted'], [C.MNT_JOURNALED, 'journaled'],
  [C.MNT_NOUSERXATTR, 'nouserxattr'], [C.MNT_DEFWRITE, 'defwrite'], [C.MNT_MULTILABEL, 'multilabel'],
  [C.MNT_NOATIME, 'noatime'], [C.MNT_NODEV, 'nodev'],
];

export function mountOpts(flags: number): string {
  const opts = [flags & C.MNT_RDONLY ? 'ro' : 'rw'];
  for (const [bit, name] of MOUNT_OPTS) if (flags & bit) opts.push(name);
  return opts.join(',');
}

/** getfsstat's array of struct statfs, as psutil's disk_partitions. */
export function partitionsFromStatfs(buf: Buffer, count: number): DiskPartition[] {
  const st = STRUCTS.statfs;
  const out: DiskPartition[] = [];
  for (let i = 0; i < count; i++) {
    const base = i * st.size;
    if (base + st.size > buf.length) break;
    out.push({
      device: readCString(buf, st, 'f_mntfromname', base),
      mountpoint: readCString(buf, st, 'f_mntonname', base),
      fstype: readCString(buf, st, 'f_fstypename', base),
      opts: mountOpts(readField(buf, st, 'f_flags', base)),
    });
  }
  return out;
}

/** statfs: f_bsize is the fundamental block size on macOS (its statfs has no f_frsize). */
export function usageFromStatfs(buf: Buffer): DiskUsage {
  const st = STRUCTS.statfs;
  return usageFromBlocks(readField(buf, st, 'f_bsize'), readField(buf, st, 'f_blocks'), readField(buf, st, 'f_bfree'), readField(buf, st, 'f_bavail'));
}

// --- network ---

export interface IfRow { name: string; counters: NetIoCounters; stats: NetIfStats }

/**
 * The NET_RT_IFLIST2 routing messages: for each RTM_IFINFO2, an if_msghdr2 followed by the
 * sockaddr_dl that names the interface (psutil's net_io_counters in arch/osx/net.c: dropout is
 * 0, macOS keeps no such count). Stats from the same message: isup is IFF_RUNNING as psutil's
 * net_if_is_running, speed ifi_baudrate in Mbit/s, duplex unknown here. A message shorter than
 * it says, or one naming no interface, is skipped.
 */
export function interfacesFromIfList2(buf: Buffer, length = buf.length): IfRow[] {
  const m = STRUCTS.if_msghdr2;
  const d = STRUCTS.if_data64;
  const dl = STRUCTS.sockaddr_dl;
  const dataAt = m.fields.ifm_data[1];
  const end = Math.min(length, buf.length);
  const out: IfRow[] = [];
  for (let at = 0; at + 4 <= end;) {
    const len = readField(buf, m, 'ifm_msglen', at);
    if (len < 4) break; // a zero length would loop forever
    if (readField(buf, m, 'ifm_type', at) === C.RTM_IFINFO2 && at + m.size + dl.size <= end && at + len <= end) {
      const sdl = at + m.size;
      const nlen = Math.min(readField(buf, dl, 'sdl_nlen', sdl), len - m.size - dl.fields.sdl_data[0]);
      if (nlen > 0) {
        const name = buf.toString('utf8', sdl + dl.fields.sdl_data[0], sdl + dl.fields.sdl_data[0] + nlen);
        const n = (f: string) => readField(buf, d, f, at + dataAt);
        const flags = readField(buf, m, 'ifm_flags', at);
        out.push({
          name,
          counters: {
            bytesSent: n('ifi_obytes'), bytesRecv: n('ifi_ibytes'), packetsSent: n('ifi_opackets'), packetsRecv: n('ifi_ipackets'),
            errin: n('ifi_ierrors'), errout: n('ifi_oerrors'), dropin: n('ifi_iqdrops'), dropout: 0,
          },
          stats: { isup: (flags & C.IFF_RUNNING) !== 0, duplex: NIC_DUPLEX_UNKNOWN, speed: Math.floor(n('ifi_baudrate') / 1e6), mtu: n('ifi_mtu'), flags: '' },
        });
      }
    }
    at += len;
  }
  return out;
}

/** proc_pid_rusage(RUSAGE_INFO_V2): the physical footprint (what Activity Monitor calls Memory) and disk bytes. */
export function decodeRusageV2(buf: Buffer): { footprint: number; diskRead: number; diskWritten: number } {
  const r = STRUCTS.rusage_info_v2;
  return { footprint: readField(buf, r, 'ri_phys_footprint'), diskRead: readField(buf, r, 'ri_diskio_bytesread'), diskWritten: readField(buf, r, 'ri_diskio_byteswritten') };
}

// --- threads ---

/** PROC_PIDLISTTHREADS: the thread handles (uint64 each) PROC_PIDTHREADINFO takes as its arg. */
export function threadHandles(buf: Buffer, bytes: number): bigint[] {
  const out: bigint[] = [];
  for (let at = 0; at + 8 <= Math.min(bytes, buf.length); at += 8) out.push(buf.readBigUInt64LE(at));
  return out;
}

/** proc_threadinfo's times (nanoseconds) in seconds. */
export function threadTimesFromInfo(buf: Buffer): { userTime: number; systemTime: number } {
  const t = STRUCTS.proc_threadinfo;
  return { userTime: readField(buf, t, 'pth_user_time') / 1e9, systemTime: readField(buf, t, 'pth_system_time') / 1e9 };
}

// --- open files ---

/** proc_fdinfo entries of PROC_PIDLISTFDS: [fd, type]. */
export function fdsFromList(buf: Buffer, bytes: number): [fd: number, type: number][] {
  const f = STRUCTS.proc_fdinfo;
  const out: [number, number][] = [];
  for (let at = 0; at + f.size <= Math.min(bytes, buf.length); at += f.size) out.push([readField(buf, f, 'proc_fd', at), readField(buf, f, 'proc_fdtype', at)]);
  return out;
}

/** The kernel's file flags (FREAD/FWRITE for the access mode) as psutil's open_files mode string. */
export function modeFromFileFlags(flags: number): string {
  const access = flags & (C.FREAD | C.FWRITE);
  let mode = access === (C.FREAD | C.FWRITE) ? 'r+' : access === C.FWRITE ? 'w' : 'r';
  if (flags & C.O_APPEND) mode = mode === 'w' ? 'a' : mode === 'r+' ? 'a+' : mode;
  return mode;
}

/**
 * PROC_PIDFDVNODEPATHINFO as psutil's open file: a regular file only (vst_mode), its path,
 * position (fi_offset), mode, and flags as open(2) flags (the kernel keeps the access mode as
 * FREAD/FWRITE, open's value plus one); null for anything that is not a regular file.
 */
export function openFileFromVnodeFdInfo(buf: Buffer, fd: number): OpenFile | null {
  const w = STRUCTS.vnode_fdinfowithpath;
  const pvip = w.fields.pvip[1];
  const mode = readField(buf, STRUCTS.vinfo_stat, 'vst_mode', pvip);
  if ((mode & C.S_IFMT) !== C.S_IFREG) return null;
  const path = readCString(buf, STRUCTS.vnode_info_path, 'vip_path', pvip);
  if (!path) return null;
  const flags = readField(buf, STRUCTS.proc_fileinfo, 'fi_openflags', w.fields.pfi[1]);
  const access = flags & (C.FREAD | C.FWRITE);
  return {
    path, fd, position: readField(buf, STRUCTS.proc_fileinfo, 'fi_offset', w.fields.pfi[1]),
    mode: modeFromFileFlags(flags), flags: access ? (flags & ~(C.FREAD | C.FWRITE)) | (access - 1) : flags,
  };
}

// --- connections ---

/** tcpsi_state (TSI_S_*) as psutil's TCP_STATUSES on macOS. */
const TCP_STATES: Record<number, string> = {
  [C.TSI_S_CLOSED]: CONN_CLOSE, [C.TSI_S_LISTEN]: CONN_LISTEN, [C.TSI_S_SYN_SENT]: CONN_SYN_SENT,
  [C.TSI_S_SYN_RECEIVED]: CONN_SYN_RECV, [C.TSI_S_ESTABLISHED]: CONN_ESTABLISHED, [C.TSI_S__CLOSE_WAIT]: CONN_CLOSE_WAIT,
  [C.TSI_S_FIN_WAIT_1]: CONN_FIN_WAIT1, [C.TSI_S_CLOSING]: CONN_CLOSING, [C.TSI_S_LAST_ACK]: CONN_LAST_ACK,
  [C.TSI_S_FIN_WAIT_2]: CONN_FIN_WAIT2, [C.TSI_S_TIME_WAIT]: CONN_TIME_WAIT,
};

/** insi_lport / insi_fport hold the port in network order in their low 16 bits (psutil: ntohs). */
function port(buf: Buffer, at: number): number {
  const v = buf.readUInt16LE(at);
  return ((v & 0xff) << 8) | (v >> 8);
}

/**
 * PROC_PIDFDSOCKETINFO as psutil's connection (arch/osx/proc.c): AF_INET/AF_INET6 from
 * in_sockinfo (a v4 address is the last 4 bytes of in4in6_addr), the TCP state where it is a TCP
 * socket, CONN_NONE otherwise, no remote address while the remote port is 0; AF_UNIX the bound
 * and peer paths. Other families (AF_SYSTEM ...) are null.
 */
export function connectionFromSocketFdInfo(buf: Buffer, fd: number): Connection | null {
  const si = STRUCTS.socket_info;
  const psi = STRUCTS.socket_fdinfo.fields.psi[1];
  const family = readField(buf, si, 'soi_family', psi);
  const type = readField(buf, si, 'soi_type', psi);
  const kind = readField(buf, si, 'soi_kind', psi);
  const proto = psi + si.fields.soi_proto[1];
  if (family === C.AF_INET || family === C.AF_INET6) {
    if (kind !== C.SOCKINFO_IN && kind !== C.SOCKINFO_TCP) return null;
    const ini = proto + (kind === C.SOCKINFO_TCP ? STRUCTS.tcp_sockinfo.fields.tcpsi_ini[1] : 0);
    const f = STRUCTS.in_sockinfo.fields;
    const ip = (at: number): string => (family === C.AF_INET
      ? inetNtop4(buf.subarray(at + STRUCTS.in4in6_addr.fields.i46a_addr4[1], at + 16))
      : inetNtop6(buf.subarray(at, at + 16)));
    const laddr: Addr = { ip: ip(ini + f.insi_laddr[1]), port: port(buf, ini + f.insi_lport[0]) };
    const rport = port(buf, ini + f.insi_fport[0]);
    const raddr: Addr | null = rport ? { ip: ip(ini + f.insi_faddr[1]), port: rport } : null;
    const status = kind === C.SOCKINFO_TCP && type === C.SOCK_STREAM
      ? TCP_STATES[readField(buf, STRUCTS.tcp_sockinfo, 'tcpsi_state', proto)] ?? CONN_NONE : CONN_NONE;
    return { fd, family, type, laddr, raddr, status };
  }
  if (family === C.AF_UNIX && kind === C.SOCKINFO_UN) {
    const u = STRUCTS.un_sockinfo.fields;
    const path = (at: number) => readCString(buf, STRUCTS.sockaddr_un, 'sun_path', at);
    const peer = path(proto + u.unsi_caddr[1]);
    return { fd, family, type, laddr: path(proto + u.unsi_addr[1]), raddr: peer || null, status: CONN_NONE };
  }
  return null;
}

/** psutil's connection kinds as (family, type) pairs with the macOS numbers. */
export const CONNECTION_KINDS: Record<string, readonly [number, number][]> = (() => {
  const tcp4: [number, number] = [C.AF_INET, C.SOCK_STREAM];
  const tcp6: [number, number] = [C.AF_INET6, C.SOCK_STREAM];
  const udp4: [number, number] = [C.AF_INET, C.SOCK_DGRAM];
  const udp6: [number, number] = [C.AF_INET6, C.SOCK_DGRAM];
  const unix: [number, number][] = [[C.AF_UNIX, C.SOCK_STREAM], [C.AF_UNIX, C.SOCK_DGRAM]];
  return {
    all: [tcp4, tcp6, udp4, udp6, ...unix], tcp: [tcp4, tcp6], tcp4: [tcp4], tcp6: [tcp6], udp: [udp4, udp6], udp4: [udp4],
    udp6: [udp6], unix, inet: [tcp4, tcp6, udp4, udp6], inet4: [tcp4, udp4], inet6: [tcp6, udp6],
  };
})();

// --- users ---

/**
 * One getutxent record as psutil's users(): USER_PROCESS entries only; the "~" line (reboot,
 * shutdown) and an entry without a time are skipped; an empty line or host is null.
 */
export function userFromUtmpx(buf: Buffer): User | null {
  const u = STRUCTS.utmpx;
  if (readField(buf, u, 'ut_type') !== C.USER_PROCESS) return null;
  const line = readCString(buf, u, 'ut_line');
  const started = readField(buf, STRUCTS.timeval, 'tv_sec', u.fields.ut_tv[1]);
  if (line === '~' || !started) return null;
  const host = readCString(buf, u, 'ut_host');
  return { name: readCString(buf, u, 'ut_user'), terminal: line || null, host: host || null, started, pid: readField(buf, u, 'ut_pid') };
}

/**
 * getpwuid_r's record -> pw_name. The name lies in `strings`, the buffer passed to the call, whose
 * address was `stringsAt`; a pointer outside it (never expected) gives null rather than a read elsewhere.
 */
export function passwdName(pwd: Buffer, strings: Buffer, stringsAt: bigint): string | null {
  const p = pwd.readBigUInt64LE(STRUCTS.passwd.fields.pw_name[0]);
  if (p < stringsAt || p >= stringsAt + BigInt(strings.length)) return null;
  return cString(strings, Number(p - stringsAt), strings.length);
}

// --- processes ---

/** pbi_status (sys/proc.h) as psutil's PROC_STATUSES. */
export function statusName(pbiStatus: number): string {
  switch (pbiStatus) {
    case C.SIDL: return STATUS_IDLE;
    case C.SRUN: return STATUS_RUNNING;
    case C.SSLEEP: return STATUS_SLEEPING;
    case C.SSTOP: return STATUS_STOPPED;
    case C.SZOMB: return STATUS_ZOMBIE;
    default: return '?';
  }
}

export interface BsdInfo {
  pid: number; ppid: number; status: number; comm: string; name: string;
  uid: number; ruid: number; svuid: number; gid: number; rgid: number; svgid: number;
  nice: number; tdev: number; createTime: number;
}

/** proc_bsdinfo (PROC_PIDTBSDINFO, or the head of proc_taskallinfo). */
export function decodeBsdInfo(buf: Buffer, base = 0): BsdInfo {
  const b = STRUCTS.proc_bsdinfo;
  const n = (f: string) => readField(buf, b, f, base);
  return {
    pid: n('pbi_pid'), ppid: n('pbi_ppid'), status: n('pbi_status'),
    comm: readCString(buf, b, 'pbi_comm', base), name: readCString(buf, b, 'pbi_name', base),
    uid: n('pbi_uid'), ruid: n('pbi_ruid'), svuid: n('pbi_svuid'), gid: n('pbi_gid'), rgid: n('pbi_rgid'), svgid: n('pbi_svgid'),
    nice: n('pbi_nice'), tdev: n('e_tdev'),
    createTime: n('pbi_start_tvsec') + n('pbi_start_tvusec') / 1e6,
  };
}

export interface TaskInfo {
  virtualSize: number; residentSize: number; totalUser: number; totalSystem: number;
  faults: number; pageins: number; csw: number; threadnum: number; numrunning: number;
}

/**
 * proc_taskinfo. pti_total_user/system are mach absolute time ticks, converted with the timer's
 * frequency, sysctl hw.tbfrequency (1 GHz on Intel, 24 MHz on Apple silicon): psutil #1956 found
 * the M1 values 3/125 too small read as nanoseconds, and psutil PR #2728 moved from
 * mach_timebase_info to hw.tbfrequency because under Rosetta 2 the former answers 1/1 while the
 * ticks stay native.
 */
export function decodeTaskInfo(buf: Buffer, base = 0, ticksPerSecond = 1e9): TaskInfo {
  const t = STRUCTS.proc_taskinfo;
  const n = (f: string) => readField(buf, t, f, base);
  // whole seconds in bigint: 2^53 ns is 104 days of cpu time, which a long-running process can pass
  const hz = BigInt(ticksPerSecond);
  const secs = (f: 'pti_total_user' | 'pti_total_system') => {
    const ticks = buf.readBigUInt64LE(base + t.fields[f][0]);
    return Number(ticks / hz) + Number(ticks % hz) / ticksPerSecond;
  };
  return {
    virtualSize: n('pti_virtual_size'), residentSize: n('pti_resident_size'),
    totalUser: secs('pti_total_user'), totalSystem: secs('pti_total_system'),
    faults: n('pti_faults'), pageins: n('pti_pageins'), csw: n('pti_csw'), threadnum: n('pti_threadnum'), numrunning: n('pti_numrunning'),
  };
}

/** proc_taskallinfo: the BSD part and the task part of one PROC_PIDTASKALLINFO read. */
export function decodeTaskAllInfo(buf: Buffer, ticksPerSecond?: number): { bsd: BsdInfo; task: TaskInfo } {
  const a = STRUCTS.proc_taskallinfo;
  return { bsd: decodeBsdInfo(buf, structOffset(a, 'pbsd')), task: decodeTaskInfo(buf, structOffset(a, 'ptinfo'), ticksPerSecond) };
}

/** proc_vnodepathinfo: the current directory's path (pvi_cdir.vip_path). */
export function cwdFromVnodePathInfo(buf: Buffer): string {
  const p = STRUCTS.proc_vnodepathinfo;
  return readCString(buf, STRUCTS.vnode_info_path, 'vip_path', structOffset(p, 'pvi_cdir'));
}

/**
 * The KERN_PROCARGS2 buffer: int argc, the exec path, NUL padding, then argc NUL-terminated
 * arguments and the environment strings up to an empty one (psutil's psutil_get_cmdline /
 * psutil_get_environ). Never throws on a short or odd buffer: what is there is returned.
 */
export function parseProcArgs2(buf: Buffer, length = buf.length): { exe: string; argv: string[]; env: string[] } {
  const end = Math.min(length, buf.length);
  if (end < 4) return { exe: '', argv: [], env: [] };
  const argc = buf.readInt32LE(0);
  let at = 4;
  const next = (): string | null => {
    if (at >= end) return null;
    let nul = buf.indexOf(0, at);
    if (nul === -1 || nul > end) nul = end;
    const s = buf.toString('utf8', at, nul);
    at = nul + 1;
    return s;
  };
  const exe = next() ?? '';
  while (at < end && buf[at] === 0) at++; // the exec path's padding
  const argv: string[] = [];
  for (let i = 0; i < argc && at < end; i++) argv.push(next() ?? '');
  const env: string[] = [];
  while (at < end) {
    const s = next();
    if (!s) break;
    env.push(s);
  }
  return { exe, argv, env };
}

/** "K=V" strings as an environ mapping (a string without "=" is skipped, as psutil's parse_environ_block). */
export function environFromStrings(list: readonly string[]): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const kv of list) {
    const eq = kv.indexOf('=', 1);
    if (eq > 0) out[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return out;
}

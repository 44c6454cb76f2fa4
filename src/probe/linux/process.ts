// The Linux half of Process: raw getters over /proc/PID and libc. psutil's _pslinux.Process.
import fs from 'node:fs';
import path from 'node:path';
import { AT_EACCESS, AT_FDCWD, O_CLOEXEC, O_RDONLY, PRIO_PROCESS, R_OK, SYS_IOPRIO } from '../../../native-ffi/linux/libc';
import {
  IOPRIO_CLASS_BE, IOPRIO_CLASS_IDLE, IOPRIO_CLASS_NONE, IOPRIO_CLASS_RT, RLIM_INFINITY,
  STATUS_DEAD, STATUS_DISK_SLEEP, STATUS_IDLE, STATUS_PARKED, STATUS_RUNNING, STATUS_SLEEPING,
  STATUS_STOPPED, STATUS_TRACING_STOP, STATUS_WAKE_KILL, STATUS_WAKING, STATUS_ZOMBIE,
} from '../constants';
import { errnoOf, ZombieProcess } from '../errors';
import { errnoError, listDir, readText } from './fsio';
import { getClockTicks, getPageSize, tryLibc } from './native';
import { AF_UNIX, CONNECTION_KINDS, connectionKey, parseInetTable, parseUnixTable, SocketRow } from './parse/netConns';
import {
  flagsToMode, MemoryMap, parseCmdline, parseCpuList, parseEnviron, parseFdinfo, parsePidIo, parsePidStat,
  parseSmaps, parseSmapsTotals, parseStatm, PidStat, PidStatus, Statm,
} from './parse/pid';
import { OneshotCache, PidFiles } from './pidFiles';
import { isLiveProcfs, roots } from './roots';
import { parseCpuNumbers } from './parse/procStat';
import { bootTime } from './system';

import type { Connection, Ids, IoNice, OpenFile, ProcessBackend, ThreadTimes } from '../platform';
import { unsupported } from '../unsupported';

export interface ProcCpuTimes { user: number; system: number; childrenUser: number; childrenSystem: number; iowait: number }
export interface MemoryInfo { rss: number; vms: number; shared: number; text: number; lib: number; data: number; dirty: number }
export interface MemoryFullInfo extends MemoryInfo { uss: number; pss: number; swap: number }
export interface IoCounters { readCount: number; writeCount: number; readBytes: number; writeBytes: number; readChars: number; writeChars: number }
export type { Connection, Ids, IoNice, MemoryMap, OpenFile, ThreadTimes };

const SIGNALS = { SIGTERM: 15, SIGKILL: 9, SIGSTOP: 19, SIGCONT: 18 } as const;

// Indexed by the state letter's char code: a keyed lookup by letter would go megamorphic.
const STATUS_BY_LETTER: string[] = [];
for (const [letter, status] of Object.entries({
  R: STATUS_RUNNING, S: STATUS_SLEEPING, D: STATUS_DISK_SLEEP, T: STATUS_STOPPED, t: STATUS_TRACING_STOP,
  Z: STATUS_ZOMBIE, X: STATUS_DEAD, x: STATUS_DEAD, K: STATUS_WAKE_KILL, W: STATUS_WAKING, I: STATUS_IDLE, P: STATUS_PARKED,
})) STATUS_BY_LETTER[letter.charCodeAt(0)] = status;

/** psutil's status for a /proc/PID/stat state letter ('?' for one it does not know). */
export function statusOfState(state: string): string {
  return STATUS_BY_LETTER[state.charCodeAt(0)] ?? '?';
}

function noMemory(): MemoryInfo {
  return { rss: 0, vms: 0, shared: 0, text: 0, lib: 0, data: 0, dirty: 0 };
}

let bootTimeCache: { root: string; value: number } | undefined;
export function cachedBootTime(): number {
  if (!bootTimeCache || bootTimeCache.root !== roots.procfs) bootTimeCache = { root: roots.procfs, value: bootTime() };
  return bootTimeCache.value;
}

export function pids(): number[] {
  const listed = isLiveProcfs() ? pidsByGetdents() : undefined;
  if (listed) return listed;
  const out: number[] = [];
  for (const name of fs.readdirSync(roots.procfs)) {
    const c = name.charCodeAt(0);
    if (c >= 48 && c <= 57) out.push(Number(name));
  }
  return ascending(out);
}

/** The pids in ascending order: /proc lists them so already, which one pass confirms. */
function ascending(pids: number[]): number[] {
  for (let i = 1; i < pids.length; i++) if (pids[i] < pids[i - 1]) return pids.sort((a, b) => a - b);
  return pids;
}

const direntBuffer = Buffer.allocUnsafe(64 * 1024);

/**
 * The numeric entries of /proc from getdents64(2) records, read as numbers straight from the bytes:
 * readdirSync makes (and libuv sorts) a string per entry, a quarter of a scan's own time at 3,000
 * processes. undefined where libc has no getdents64 (glibc before 2.30, no koffi).
 */
function pidsByGetdents(): number[] | undefined {
  const c = tryLibc();
  if (!c?.getdents64) return undefined;
  const fd = c.open('/proc', O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw errnoError(c.errno(), 'open', '/proc');
  const out: number[] = [];
  try {
    for (;;) {
      const n = c.getdents64(fd, direntBuffer, direntBuffer.length);
      if (n < 0) throw errnoError(c.errno(), 'getdents64', '/proc');
      if (n === 0) break;
      // linux_dirent64: u64 ino, s64 off, u16 reclen, u8 type, then the NUL-terminated name
      for (let off = 0; off < n; off += direntBuffer.readUInt16LE(off + 16)) {
        let i = off + 19;
        let ch = direntBuffer[i];
        if (ch < 48 || ch > 57) continue;
        let pid = 0;
        while (ch >= 48 && ch <= 57) {
          pid = pid * 10 + ch - 48;
          ch = direntBuffer[++i];
        }
        if (ch !== 0) continue; // a name that only starts with a digit
        out.push(pid);
      }
    }
  } finally {
    c.close(fd);
  }
  return ascending(out);
}

/** /proc/PID/task/TID/children exists (CONFIG_PROC_CHILDREN, Linux 3.5+): checked once, on this process. */
export function hasChildLists(): boolean {
  return fs.existsSync(`/proc/self/task/${process.pid}/children`);
}
let childLists: boolean | undefined;

/**
 * The children of `pid`: each of its threads' /proc/PID/task/TID/children (a child belongs to the
 * thread that forked it), joined and sorted. Reads the tree's own processes only, never every
 * process on the machine as a ppid scan must. NoSuchProcess when `pid` is gone; null without child
 * lists (a kernel without CONFIG_PROC_CHILDREN, a fixture tree).
 */
export function childPids(pid: number): number[] | null {
  if (!isLiveProcfs()) return null; // fixture trees hold no child lists
  childLists ??= hasChildLists();
  if (!childLists) return null;
  const files = new PidFiles(pid);
  const out: number[] = [];
  for (const tid of files.listdir('task')) {
    let text: string;
    try {
      text = readText(files.path(`task/${tid}/children`)); // a seq_file iterator: read to EOF
    } catch (e) {
      if (errnoOf(e) === 'ENOENT' || errnoOf(e) === 'ESRCH') continue; // that thread ended meanwhile
      throw files.mapError(e);
    }
    for (const word of text.split(' ')) if (word) out.push(Number(word));
  }
  return out.sort((a, b) => a - b);
}

/** A thread id has a /proc entry too; only a thread group leader (Tgid == pid) is a pid. */
export function pidExists(pid: number): boolean {
  if (!Number.isInteger(pid) || pid < 0) return false;
  if (pid === 0) return pids().includes(0);
  if (isLiveProcfs()) {
    try {
      process.kill(pid, 0);
    } catch (e) {
      if (errnoOf(e) !== 'EPERM') return false;
    }
  }
  try {
    const tgid = new PidStatus(readText(path.join(roots.procfs, String(pid), 'status')), 'status').int('Tgid');
    if (tgid !== undefined) return tgid === pid;
  } catch { /* fall through */ }
  return pids().includes(pid);
}

const usernames = new Map<number, string>();

export function usernameOf(uid: number): string {
  const hit = usernames.get(uid);
  if (hit !== undefined) return hit;
  let name = String(uid);
  const c = tryLibc();
  if (c) {
    const pwd: { pw_name?: string } = {};
    const buf = Buffer.alloc(16384);
    const result: [unknown] = [null];
    if (c.getpwuid_r(uid, pwd, buf, buf.length, result) === 0 && result[0] !== null && pwd.pw_name) name = pwd.pw_name;
  }
  usernames.set(uid, name);
  return name;
}

let fdSizeCounts: { root: string; value: boolean } | undefined;

/** Linux 6.2+ reports the open-fd count as the size of /proc/PID/fd (0 before); live /proc only. */
function fdCountFromSize(): boolean {
  if (fdSizeCounts?.root !== roots.procfs) {
    let value = false;
    if (isLiveProcfs()) try { value = fs.statSync('/proc/self/fd').size > 0; } catch { /* no /proc/self */ }
    fdSizeCounts = { root: roots.procfs, value };
  }
  return fdSizeCounts.value;
}

let terminalMap: Map<number, string> | undefined;
let terminalMapBuilt = 0;

function terminalFor(ttyNr: number): string | null {
  if (ttyNr === 0) return null;
  if (!terminalMap || (!terminalMap.has(ttyNr) && Date.now() - terminalMapBuilt > 1000)) {
    terminalMap = new Map();
    terminalMapBuilt = Date.now();
    const candidates = [
      ...listDir('/dev').filter((n) => n.startsWith('tty')).map((n) => `/dev/${n}`),
      ...listDir('/dev/pts').filter((n) => /^\d+$/.test(n)).map((n) => `/dev/pts/${n}`),
    ];
    for (const dev of candidates) {
      try { terminalMap.set(fs.statSync(dev).rdev, dev); } catch { /* vanished */ }
    }
  }
  return terminalMap.get(ttyNr) ?? null;
}

export class LinuxProcess implements ProcessBackend {
  readonly files: PidFiles;

  /**
   * The last stat and statm texts and what they parsed to: a process that has not run since reads
   * the very same text, and a scan every tick then neither parses nor allocates for it again.
   */
  private lastStat: { text: string; parsed: PidStat } | undefined;
  private lastStatm: { text: string; parsed: Statm } | undefined;

  constructor(readonly pid: number) {
    this.files = new PidFiles(pid);
  }

  get cache(): OneshotCache | undefined { return this.files.cache; }
  set cache(c: unknown) { this.files.cache = c as OneshotCache | undefined; }
  newCache(): OneshotCache { return new OneshotCache(); }
  setKnownName(name: string): void { this.files.name = name; }
  username(): string { return usernameOf(this.uids().real); }
  numHandles(): number { return unsupported('Process.numHandles()', 'linux'); }
  isZombie(): boolean { return this.files.isZombie(); }
  exitCode(): number | null { return null; }

  sendSignal(signal: NodeJS.Signals | number): void {
    try {
      process.kill(this.pid, signal);
    } catch (e) {
      throw this.files.mapError(e);
    }
  }

  suspend(): void { this.sendSignal(SIGNALS.SIGSTOP); }
  resume(): void { this.sendSignal(SIGNALS.SIGCONT); }
  terminate(): void { this.sendSignal(SIGNALS.SIGTERM); }
  kill(): void { this.sendSignal(SIGNALS.SIGKILL); }

  stat(): PidStat {
    const files = this.files;
    const cache = files.cache;
    if (cache?.stat) return cache.stat;
    const text = files.text('stat');
    let s: PidStat;
    if (this.lastStat?.text === text) s = this.lastStat.parsed;
    else {
      s = parsePidStat(text, files.path('stat'));
      this.lastStat = { text, parsed: s };
    }
    files.name ??= s.name;
    if (cache) cache.stat = s;
    return s;
  }

  status(): PidStatus {
    const cache = this.files.cache;
    if (cache?.status) return cache.status;
    const st = new PidStatus(this.files.text('status'), this.files.path('status'));
    if (cache) cache.status = st;
    return st;
  }

  /** comm as the kernel keeps it: at most 15 characters. */
  name(): string { return this.stat().name; }
  ppid(): number { return this.stat().ppid; }
  procStatus(): string { return statusOfState(this.stat().state); }
  createTime(): number { return cachedBootTime() + this.stat().starttime / getClockTicks(); }
  numThreads(): number { return this.stat().numThreads; }
  cpuNum(): number { return this.stat().processor; }
  nice(): number { return this.stat().nice; }
  terminal(): string | null { return terminalFor(this.stat().ttyNr); }

  cpuTimes(): ProcCpuTimes {
    const s = this.stat();
    const hz = getClockTicks();
    return { user: s.utime / hz, system: s.stime / hz, childrenUser: s.cutime / hz, childrenSystem: s.cstime / hz, iowait: s.blkioTicks / hz };
  }

  /**
   * True when a stat read in this oneshot shows no address space (vsize 0: a kernel thread or a
   * zombie). The kernel then answers cmdline with nothing and statm with zeros, so neither is read.
   */
  private withoutAddressSpace(): boolean {
    return this.files.cache?.stat?.vsize === 0;
  }

  cmdline(): string[] {
    if (this.withoutAddressSpace()) return [];
    return parseCmdline(this.files.text('cmdline'));
  }
  environ(): Record<string, string> { return parseEnviron(this.files.text('environ')); }

  exe(): string { return this.linkOrEmpty('exe'); }
  cwd(): string { return this.linkOrEmpty('cwd'); }

  /**
   * psutil's _readlink: a link that is missing (ENOENT; ESRCH when it races) while the process is
   * still there reads as "" (kernel threads have no exe; a process tearing down loses its cwd),
   * a zombie's raises ZombieProcess, and a vanished process's NoSuchProcess.
   */
  private linkOrEmpty(link: 'exe' | 'cwd'): string {
    try {
      return cleanLink(fs.readlinkSync(this.files.path(link)));
    } catch (e) {
      const code = errnoOf(e);
      if ((code === 'ENOENT' || code === 'ESRCH') && this.files.stillThere()) {
        if (this.files.isZombie()) throw new ZombieProcess(this.pid, this.files.name);
        return '';
      }
      throw this.files.mapError(e);
    }
  }
  uids(): Ids { return this.status().ids('Uid'); }
  gids(): Ids { return this.status().ids('Gid'); }

  numCtxSwitches(): { voluntary: number; involuntary: number } {
    const st = this.status();
    return { voluntary: st.required('voluntary_ctxt_switches'), involuntary: st.required('nonvoluntary_ctxt_switches') };
  }

  /**
   * The number of entries of /proc/PID/fd, as psutil counts them. Since Linux 6.2 the directory's
   * size is that count (the kernel counts the open-fd bitmap): a permission check and a stat
   * instead of open, getdents and close and a string per fd. The check is the kernel's own
   * (faccessat with the effective ids runs the same proc_fd_permission a listing meets), so a
   * process psutil may not list stays AccessDenied here.
   */
  numFds(): number {
    const c = fdCountFromSize() ? tryLibc() : null;
    if (!c) return this.files.listdir('fd').length;
    const dir = this.files.path('fd');
    if (c.faccessat(AT_FDCWD, dir, R_OK, AT_EACCESS) !== 0) throw this.files.mapError(errnoError(c.errno(), 'faccessat', dir));
    const n = this.files.guard(() => fs.statSync(dir).size);
    // listing our own fd directory opens it: that fd is one of the entries psutil (and readdir) count
    return this.pid === process.pid ? n + 1 : n;
  }

  threads(): ThreadTimes[] {
    const hz = getClockTicks();
    const out: ThreadTimes[] = [];
    for (const tid of this.files.listdir('task')) {
      try {
        const s = parsePidStat(readText(this.files.path(`task/${tid}/stat`)), `task/${tid}/stat`);
        out.push({ id: Number(tid), userTime: s.utime / hz, systemTime: s.stime / hz });
      } catch (e) {
        if (errnoOf(e) !== 'ENOENT' && errnoOf(e) !== 'ESRCH') throw this.files.mapError(e);
      }
    }
    if (!out.length) this.stat(); // all threads vanished: raise NoSuchProcess if the process did
    // psutil sorts the task listing as strings ("1000" before "999"); by number is what "sorted by id" means
    return out.sort((a, b) => a.id - b.id);
  }

  /**
   * From statm as psutil does, except inside a oneshot that holds /proc/PID/status or will read it
   * (processIter with a status attribute): then the same kernel counters are taken from status
   * (VmRSS, VmSize, RssFile+RssShmem, VmExe, VmData+VmStk), which saves a file read per process.
   */
  memoryInfo(): MemoryInfo {
    const cache = this.files.cache;
    if (this.withoutAddressSpace()) return noMemory();
    if (cache && !cache.statm && (cache.statusPlanned || cache.status || cache.getText('status') !== undefined)) {
      const m = this.statusIfReadable()?.memoryKb();
      // a status without VmSize and RssFile (kernels before 4.5, kernel threads) leaves it to statm
      if (m) return { rss: m.rss, vms: m.size, shared: m.file + m.shmem, text: m.exe, lib: 0, data: m.data + m.stk, dirty: 0 };
    }
    const m = cache?.statm ?? this.parsedStatm();
    if (cache) cache.statm = m;
    const page = getPageSize();
    return { rss: m.resident * page, vms: m.size * page, shared: m.shared * page, text: m.text * page, lib: m.lib * page, data: m.data * page, dirty: m.dirty * page };
  }

  private parsedStatm(): Statm {
    const text = this.files.text('statm');
    if (this.lastStatm?.text === text) return this.lastStatm.parsed;
    const parsed = parseStatm(text, this.files.path('statm'));
    this.lastStatm = { text, parsed };
    return parsed;
  }

  /** status, or undefined where it cannot be read (denied: statm may still be readable, as psutil finds it). */
  private statusIfReadable(): PidStatus | undefined {
    try {
      return this.status();
    } catch {
      return undefined;
    }
  }

  memoryFullInfo(): MemoryFullInfo {
    let totals: { uss: number; pss: number; swap: number };
    try {
      totals = parseSmapsTotals(this.files.text('smaps_rollup'));
    } catch (e) {
      if (errnoOf(e) !== 'ENOENT') throw e;
      totals = parseSmapsTotals(this.files.text('smaps')); // kernels before 4.14
    }
    return { ...this.memoryInfo(), ...totals };
  }

  /** psutil strips " (deleted)" from the path of a mapped file that is gone. */
  memoryMaps(): MemoryMap[] {
    const maps = parseSmaps(this.files.text('smaps'));
    const gone = new Map<string, boolean>();
    for (const m of maps) {
      if (!m.path.endsWith(' (deleted)')) continue;
      let isGone = gone.get(m.path);
      if (isGone === undefined) { isGone = !fs.existsSync(m.path); gone.set(m.path, isGone); }
      if (isGone) m.path = m.path.slice(0, -10);
    }
    return maps;
  }

  ioCounters(): IoCounters {
    const io = parsePidIo(this.files.text('io'), this.files.path('io'));
    return { readCount: io.syscr, writeCount: io.syscw, readBytes: io.readBytes, writeBytes: io.writeBytes, readChars: io.rchar, writeChars: io.wchar };
  }

  private fdLinks(): [number, string][] {
    const out: [number, string][] = [];
    for (const fd of this.files.listdir('fd')) {
      try {
        out.push([Number(fd), fs.readlinkSync(this.files.path(`fd/${fd}`))]);
      } catch (e) {
        const code = errnoOf(e);
        if (code === 'ENOENT' || code === 'ESRCH') continue; // fd closed meanwhile
        if (code === 'EINVAL' || code === 'ENAMETOOLONG') continue; // not a link; a target past PATH_MAX (psutil skips both)
        throw this.files.mapError(e);
      }
    }
    return out.sort((a, b) => a[0] - b[0]);
  }

  openFiles(): OpenFile[] {
    const out: OpenFile[] = [];
    for (const [fd, target] of this.fdLinks()) {
      if (!target.startsWith('/')) continue;
      try {
        if (!fs.statSync(target).isFile()) continue;
        const info = parseFdinfo(readText(this.files.path(`fdinfo/${fd}`)));
        out.push({ path: cleanLink(target), fd, position: info.pos, mode: flagsToMode(info.flags), flags: info.flags });
      } catch (e) {
        const code = errnoOf(e);
        if (code === 'ENOENT' || code === 'ESRCH') continue; // closed or gone meanwhile
        throw this.files.mapError(e); // EACCES on a path: AccessDenied, not a silently shorter list (psutil)
      }
    }
    return out;
  }

  /** Socket inode -> its fds in ascending order, from the "socket:[INODE]" links in /proc/PID/fd. */
  socketInodes(): Map<string, number[]> {
    const inodes = new Map<string, number[]>();
    for (const [fd, target] of this.fdLinks()) {
      if (!target.startsWith('socket:[')) continue;
      const inode = target.slice(8, -1);
      const fds = inodes.get(inode);
      if (fds) fds.push(fd); else inodes.set(inode, [fd]);
    }
    return inodes;
  }

  connections(kind = 'inet'): Connection[] {
    const tables = connectionTables(kind);
    const inodes = this.socketInodes();
    if (!inodes.size) { this.stat(); return []; }
    const out = new ConnectionSet();
    for (const row of readSocketTables(tables, this.pid)) {
      const fds = inodes.get(row.inode);
      if (fds === undefined) continue;
      const { inode: _inode, ...rest } = row;
      for (const fd of fdsToReport(row, fds)) out.add({ fd, ...rest });
    }
    return out.list;
  }

  // --- libc-backed getters and setters ---

  private libcCall(fn: () => number): number {
    const c = tryLibc();
    if (!c) throw new Error('native libc bindings are unavailable');
    if (!isLiveProcfs()) throw new Error(`system calls for pid ${this.pid} need the live /proc, not ${roots.procfs}`);
    const r = fn();
    if (r === -1) {
      const err = errnoError(c.errno(), `libc call for pid ${this.pid}`) as NodeJS.ErrnoException;
      if (err.code === 'EINVAL') throw err;
      // prlimit and friends can answer ENOSYS for a zombie (psutil's test_rlimit_zombie)
      if (err.code === 'ENOSYS' && this.files.isZombie()) throw new ZombieProcess(this.pid, this.files.name);
      throw this.files.mapError(err);
    }
    return r;
  }

  setNice(value: number): void {
    this.libcCall(() => tryLibc()!.setpriority(PRIO_PROCESS, this.pid, value));
  }

  ionice(): IoNice {
    const prio = this.libcCall(() => tryLibc()!.syscall3(SYS_IOPRIO.get, 1, this.pid));
    return { ioclass: prio >> 13, value: prio & 0x1fff };
  }

  setIonice(ioclass: number, value = 0): void {
    if (![IOPRIO_CLASS_NONE, IOPRIO_CLASS_RT, IOPRIO_CLASS_BE, IOPRIO_CLASS_IDLE].includes(ioclass)) throw new RangeError(`invalid ioclass ${ioclass}`);
    if ((ioclass === IOPRIO_CLASS_NONE || ioclass === IOPRIO_CLASS_IDLE) && value) throw new RangeError(`ioclass ${ioclass} accepts no value`);
    if (value < 0 || value > 7) throw new RangeError('ionice value must be between 0 and 7');
    this.libcCall(() => tryLibc()!.syscall3(SYS_IOPRIO.set, 1, this.pid, (ioclass << 13) | value));
  }

  rlimit(resource: number): [number, number] {
    const out: { rlim_cur?: number | bigint; rlim_max?: number | bigint } = {};
    this.libcCall(() => tryLibc()!.prlimit(this.pid, resource, null, out));
    return [fromRlim(out.rlim_cur), fromRlim(out.rlim_max)];
  }

  setRlimit(resource: number, soft: number, hard: number): void {
    this.libcCall(() => tryLibc()!.prlimit(this.pid, resource, { rlim_cur: toRlim(soft), rlim_max: toRlim(hard) }, null));
  }

  cpuAffinity(): number[] {
    const c = tryLibc();
    if (!c || !isLiveProcfs()) {
      const list = this.status().raw('Cpus_allowed_list');
      if (list === undefined) throw new Error(`no Cpus_allowed_list in ${this.files.path('status')}`);
      return parseCpuList(list);
    }
    for (let size = 128; ; size *= 2) {
      const mask = Buffer.alloc(size);
      if (c.sched_getaffinity(this.pid, size, mask) === 0) return maskToCpus(mask);
      if (c.errno() !== 22 || size >= 1 << 16) this.libcCall(() => -1);
    }
  }

  /**
   * psutil's _get_eligible_cpus: the Cpus_allowed_list of this process (the CPUs its cpuset lets
   * it use), or every online CPU when the line is missing. Like psutil, this is the process's
   * current affinity, so an empty list after narrowing keeps the narrowed set.
   */
  eligibleCpus(): number[] {
    const list = this.status().raw('Cpus_allowed_list');
    const cpus = list === undefined ? [] : parseCpuList(list);
    return cpus.length ? cpus : onlineCpuNumbers();
  }

  /**
   * An empty list means the eligible CPUs (psutil). A CPU is named by the kernel's number, which
   * is not its position among the "cpuN" lines once a CPU is offline. A number that is neither
   * online nor in Cpus_allowed_list (which may hold possible CPUs not online yet) is refused
   * before the call, where psutil lets the kernel drop it silently when another CPU is valid.
   */
  setCpuAffinity(cpus: number[]): void {
    for (const cpu of cpus) if (!Number.isInteger(cpu) || cpu < 0) throw new RangeError(`invalid CPU ${cpu}`);
    const wanted = cpus.length ? [...new Set(cpus)] : this.eligibleCpus();
    if (cpus.length) {
      const known = new Set([...onlineCpuNumbers(), ...this.eligibleCpus()]);
      for (const cpu of wanted) {
        if (!known.has(cpu)) throw new RangeError(`invalid CPU ${cpu}; choose between ${formatCpuList(this.eligibleCpus())}`);
      }
    }
    const mask = Buffer.alloc(Math.max(128, Math.ceil((Math.max(...wanted) + 1) / 8)));
    for (const cpu of wanted) mask[cpu >> 3] |= 1 << (cpu & 7);
    try {
      this.libcCall(() => tryLibc()!.sched_setaffinity(this.pid, mask.length, mask));
    } catch (e) {
      if (errnoOf(e) === 'EINVAL') { // none of them is both online and in the process's cpuset
        const eligible = this.eligibleCpus();
        const outside = wanted.find((cpu) => !eligible.includes(cpu));
        if (outside !== undefined) throw new RangeError(`CPU number ${outside} is not eligible; choose between ${formatCpuList(eligible)}`);
      }
      throw e;
    }
  }
}

/** The kernel's numbers of the online CPUs (the cpuN lines of /proc/stat). */
export function onlineCpuNumbers(): number[] {
  return parseCpuNumbers(readText(path.join(roots.procfs, 'stat')));
}

/** [0,1,2,3,8] -> "0-3,8", the kernel's cpulist notation (short on machines with hundreds of CPUs). */
export function formatCpuList(cpus: number[]): string {
  const sorted = [...cpus].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.join(',');
}

function maskToCpus(mask: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) for (let b = 0; b < 8; b++) if (mask[i] & (1 << b)) out.push(i * 8 + b);
  return out;
}

const RLIM_INF_U64 = (1n << 64n) - 1n;
function fromRlim(v: number | bigint | undefined): number {
  if (v === undefined) return RLIM_INFINITY;
  if (typeof v === 'bigint') return v >= (1n << 63n) ? RLIM_INFINITY : Number(v);
  return v >= 2 ** 63 ? RLIM_INFINITY : v;
}
function toRlim(v: number): bigint {
  return v === RLIM_INFINITY ? RLIM_INF_U64 : BigInt(v);
}

/** psutil strips the NUL some kernels leave and the " (deleted)" suffix of a removed path. */
function cleanLink(p: string): string {
  let out = p.split('\0')[0];
  if (out.endsWith(' (deleted)') && !fs.existsSync(out)) out = out.slice(0, -10);
  return out;
}

/** The socket tables behind a psutil connection kind ('inet', 'tcp4', 'unix', 'all' ...). */
export function connectionTables(kind: string): [string, number, number][] {
  const tables = CONNECTION_KINDS[kind];
  if (!tables) throw new RangeError(`invalid kind ${JSON.stringify(kind)}; choose between ${Object.keys(CONNECTION_KINDS).join(', ')}`);
  return tables;
}

/**
 * The fds a socket row is reported with, as psutil's NetConnections does: an inet socket shared by
 * several fds (dup, inherited) once, with its first fd; a unix socket once per fd.
 */
export function fdsToReport(row: SocketRow, fds: number[]): number[] {
  return row.family === AF_UNIX || fds.length === 1 ? fds : [fds[0]];
}

/**
 * Connections deduplicated on the whole tuple (fd, family, type, laddr, raddr, status, pid), as
 * psutil's set does: rows the kernel prints twice (a socket moving while the table is read) come
 * out once, while sockets without an inode (TIME_WAIT, SYN_RECV) stay apart by their addresses.
 */
export class ConnectionSet {
  readonly list: Connection[] = [];
  private readonly seen = new Set<string>();

  add(c: Connection): void {
    const key = connectionKey(c.fd, c, c.pid);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(c);
  }
}

/** Reads the socket tables for `kind`; /proc/PID/net/* when a pid is given (its namespace). */
export function readSocketTables(tables: [string, number, number][], pid?: number): SocketRow[] {
  const base = pid === undefined ? path.join(roots.procfs, 'net') : path.join(roots.procfs, String(pid), 'net');
  const rows: SocketRow[] = [];
  for (const [file, family, type] of tables) {
    let text: string;
    try { text = readText(path.join(base, file)); } catch (e) {
      if (errnoOf(e) === 'ENOENT') continue; // no IPv6 in this kernel
      throw e;
    }
    rows.push(...(file === 'unix' ? parseUnixTable(text) : parseInetTable(text, family, type)));
  }
  return rows;
}

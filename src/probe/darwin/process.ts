// The macOS half of Process (psutil's _psosx.Process) over libproc and sysctl: no task_for_pid,
// no root, no entitlements. The oneshot cache holds one PROC_PIDTASKALLINFO read (the BSD and the
// task parts); where the task part is denied (another user's process) the BSD part comes from
// PROC_PIDTBSDINFO, which anyone may read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AccessDenied, NoSuchProcess, ZombieProcess, errnoOf } from '../errors';
import type { Connection, DarwinMemoryFullInfo, DarwinMemoryInfo, Ids, IoCounters, OpenFile, ProcCpuTimes, ProcessBackend, ThreadTimes } from '../platform';
import { signalPid, SIGNAL_NUMBERS } from '../posix';
import { unsupported, UnsupportedProcessMethods } from '../unsupported';
import {
  connectionFromSocketFdInfo, CONNECTION_KINDS, cwdFromVnodePathInfo, threadHandles, threadTimesFromInfo, decodeBsdInfo, decodeRusageV2, decodeTaskAllInfo, environFromStrings, fdsFromList, openFileFromVnodeFdInfo, parseProcArgs2,
  statusName, type BsdInfo, type TaskInfo,
} from './decode';
import { C, STRUCTS } from './layout';
import { lib, processError, sysctlMibNumber, ticksPerSecond, userName } from './native';

export const PLATFORM = 'darwin';

/** The oneshot state: what one PROC_PIDTASKALLINFO (or PROC_PIDTBSDINFO) read gave. */
export interface DarwinCache { bsd?: BsdInfo; task?: TaskInfo; args?: { exe: string; argv: string[]; env: string[] } }

let argMax: number | undefined;
/** /dev rdev -> tty name, psutil's get_terminal_map (built once). */
let terminals: Map<number, string> | undefined;

export class DarwinProcess extends UnsupportedProcessMethods implements ProcessBackend {
  protected readonly platformName = PLATFORM;
  cache: DarwinCache | undefined = undefined;
  private knownName: string | undefined;
  /** Set once PROC_PIDTASKALLINFO was refused: the task part is not ours to read. */
  private taskDenied = false;

  constructor(readonly pid: number) { super(); }

  newCache(): DarwinCache { return {}; }
  setKnownName(name: string): void { this.knownName = name; }

  private pidinfo(flavor: number, size: number, call: string, arg = 0): Buffer {
    const buf = Buffer.alloc(size);
    const got = lib().proc_pidinfo(this.pid, flavor, arg, buf, size);
    if (got <= 0) throw processError(this.pid, this.knownName, call, lib().errno());
    if (got < size) throw processError(this.pid, this.knownName, call, 0); // psutil: less data than asked
    return buf;
  }

  /** One PROC_PIDTASKALLINFO into the cache; AccessDenied where the task part is refused. */
  private readAll(): { bsd: BsdInfo; task: TaskInfo } {
    const c = this.cache;
    if (c?.bsd && c.task) return { bsd: c.bsd, task: c.task };
    if (this.taskDenied) throw new AccessDenied(this.pid, this.knownName);
    try {
      const all = decodeTaskAllInfo(this.pidinfo(C.PROC_PIDTASKALLINFO, STRUCTS.proc_taskallinfo.size, 'proc_pidinfo(PROC_PIDTASKALLINFO)'), ticksPerSecond());
      if (c) { c.bsd = all.bsd; c.task = all.task; }
      return all;
    } catch (e) {
      if (e instanceof AccessDenied) this.taskDenied = true;
      throw e;
    }
  }

  /**
   * The BSD part: from PROC_PIDTASKALLINFO where we may read the task, else PROC_PIDTBSDINFO with a
   * non-zero arg, which xnu's proc_pidinfo answers for a zombie too (bsd/kern/proc_info.c:
   * findzomb for PROC_PIDTBSDINFO "if (arg)"), so a zombie keeps its ppid, name and status.
   */
  private bsd(): BsdInfo {
    if (this.cache?.bsd) return this.cache.bsd;
    if (!this.taskDenied) {
      try { return this.readAll().bsd; } catch (e) { if (!(e instanceof AccessDenied) && !(e instanceof ZombieProcess)) throw e; }
    }
    const bsd = decodeBsdInfo(this.pidinfo(C.PROC_PIDTBSDINFO, STRUCTS.proc_bsdinfo.size, 'proc_pidinfo(PROC_PIDTBSDINFO)', 1));
    if (this.cache) this.cache.bsd = bsd;
    return bsd;
  }

  private task(): TaskInfo {
    if (this.cache?.task) return this.cache.task;
    return this.readAll().task;
  }

  /** pbi_name (2 x MAXCOMLEN) where one is registered, else pbi_comm; Process.name() completes it from cmdline. */
  name(): string {
    if (this.pid === 0) return 'kernel_task';
    const b = this.bsd();
    return b.name || b.comm;
  }

  ppid(): number { return this.bsd().ppid; }
  procStatus(): string { return statusName(this.bsd().status); }
  createTime(): number { return this.bsd().createTime; }
  uids(): Ids { const b = this.bsd(); return { real: b.ruid, effective: b.uid, saved: b.svuid }; }
  gids(): Ids { const b = this.bsd(); return { real: b.rgid, effective: b.gid, saved: b.svgid }; }
  isZombie(): boolean {
    try { return this.bsd().status === C.SZOMB; } catch { return false; }
  }
  exitCode(): number | null { return null; }

  /** The user name of the real uid (getpwuid_r), else the uid as text (psutil's fallback). */
  username(): string {
    const uid = this.bsd().ruid;
    if (uid === process.getuid?.()) return os.userInfo().username;
    return userName(uid) ?? String(uid);
  }

  /** The tty the process's controlling terminal device is (psutil's get_terminal_map over /dev). */
  terminal(): string | null {
    const dev = this.bsd().tdev;
    if (!dev || dev === 0xffffffff) return null;
    if (!terminals) {
      terminals = new Map();
      for (const n of fs.readdirSync('/dev')) {
        if (!n.startsWith('tty') && n !== 'console') continue;
        try { terminals.set(fs.statSync(path.join('/dev', n)).rdev, path.join('/dev', n)); } catch { /* gone */ }
      }
    }
    return terminals.get(dev) ?? null;
  }

  cpuTimes(): ProcCpuTimes {
    const t = this.task();
    return { user: t.totalUser, system: t.totalSystem, childrenUser: 0, childrenSystem: 0 };
  }

  memoryInfo(): DarwinMemoryInfo {
    const t = this.task();
    return { rss: t.residentSize, vms: t.virtualSize, pfaults: t.faults, pageins: t.pageins };
  }

  /** uss: the physical footprint from proc_pid_rusage(RUSAGE_INFO_V2) (psutil's walk of the task's regions needs task_for_pid). */
  memoryFullInfo(): DarwinMemoryFullInfo {
    const mem = this.memoryInfo();
    const buf = Buffer.alloc(STRUCTS.rusage_info_v2.size);
    if (lib().proc_pid_rusage(this.pid, C.RUSAGE_INFO_V2, buf) !== 0) throw processError(this.pid, this.knownName, 'proc_pid_rusage', lib().errno());
    return { ...mem, uss: decodeRusageV2(buf).footprint };
  }

  numThreads(): number { return this.task().threadnum; }
  /** psutil: pti_csw as voluntary, involuntary 0 (macOS keeps one count). */
  numCtxSwitches(): { voluntary: number; involuntary: number } { return { voluntary: this.task().csw, involuntary: 0 }; }

  /** PROC_PIDLISTFDS with no buffer answers the size of the fd list. */
  numFds(): number {
    if (this.pid === 0) return 0;
    const bytes = lib().proc_pidinfo(this.pid, C.PROC_PIDLISTFDS, 0, null, 0);
    if (bytes <= 0) throw processError(this.pid, this.knownName, 'proc_pidinfo(PROC_PIDLISTFDS)', lib().errno());
    return Math.floor(bytes / STRUCTS.proc_fdinfo.size);
  }

  /**
   * PROC_PIDLISTTHREADS then PROC_PIDTHREADINFO per thread (no task_for_pid, so another user's
   * process is AccessDenied); ids number the threads from 1 in the kernel's order, as psutil's
   * task_threads walk does; a thread that ended in between is skipped.
   */
  threads(): ThreadTimes[] {
    const want = (this.task().threadnum + 16) * 8;
    const list = Buffer.alloc(want);
    const got = lib().proc_pidinfo(this.pid, C.PROC_PIDLISTTHREADS, 0, list, want);
    if (got <= 0) throw processError(this.pid, this.knownName, 'proc_pidinfo(PROC_PIDLISTTHREADS)', lib().errno());
    const out: ThreadTimes[] = [];
    const info = Buffer.alloc(STRUCTS.proc_threadinfo.size);
    threadHandles(list, got).forEach((handle, i) => {
      if (lib().proc_pidinfo(this.pid, C.PROC_PIDTHREADINFO, handle, info, info.length) < info.length) return;
      out.push({ id: i + 1, ...threadTimesFromInfo(info) });
    });
    return out;
  }

  /** The fds of PROC_PIDLISTFDS of one type, with room for fds opened between the two calls. */
  private fds(type: number): number[] {
    const size = lib().proc_pidinfo(this.pid, C.PROC_PIDLISTFDS, 0, null, 0);
    if (size <= 0) throw processError(this.pid, this.knownName, 'proc_pidinfo(PROC_PIDLISTFDS)', lib().errno());
    const list = Buffer.alloc(size + 32 * STRUCTS.proc_fdinfo.size);
    const got = lib().proc_pidinfo(this.pid, C.PROC_PIDLISTFDS, 0, list, list.length);
    if (got <= 0) throw processError(this.pid, this.knownName, 'proc_pidinfo(PROC_PIDLISTFDS)', lib().errno());
    return fdsFromList(list, got).filter(([, t]) => t === type).map(([fd]) => fd);
  }

  /** proc_pidfdinfo into `buf`; false for an fd closed since the list (ENOENT, EBADF), as psutil skips it. */
  private fdInfo(fd: number, flavor: number, buf: Buffer, call: string): boolean {
    buf.fill(0);
    const n = lib().proc_pidfdinfo(this.pid, fd, flavor, buf, buf.length);
    if (n <= 0) {
      const errno = lib().errno();
      if (errno === C.ENOENT || errno === C.EBADF) return false;
      throw processError(this.pid, this.knownName, call, errno);
    }
    if (n < buf.length) throw new AccessDenied(this.pid, this.knownName);
    return true;
  }

  /** psutil's open_files: the vnode fds of PROC_PIDLISTFDS that are regular files. */
  openFiles(): OpenFile[] {
    if (this.pid === 0) return [];
    const out: OpenFile[] = [];
    const info = Buffer.alloc(STRUCTS.vnode_fdinfowithpath.size);
    for (const fd of this.fds(C.PROX_FDTYPE_VNODE)) {
      if (!this.fdInfo(fd, C.PROC_PIDFDVNODEPATHINFO, info, 'proc_pidfdinfo(PROC_PIDFDVNODEPATHINFO)')) continue;
      const file = openFileFromVnodeFdInfo(info, fd);
      if (file) out.push(file);
    }
    return out;
  }

  /** psutil's connections: the socket fds through PROC_PIDFDSOCKETINFO, filtered by kind. */
  connections(kind: string): Connection[] {
    const want = Object.hasOwn(CONNECTION_KINDS, kind) ? CONNECTION_KINDS[kind] : undefined;
    if (!want) throw new RangeError(`invalid kind ${JSON.stringify(kind)}; choose between ${Object.keys(CONNECTION_KINDS).join(', ')}`);
    if (this.pid === 0) return [];
    const out: Connection[] = [];
    const info = Buffer.alloc(STRUCTS.socket_fdinfo.size);
    for (const fd of this.fds(C.PROX_FDTYPE_SOCKET)) {
      if (!this.fdInfo(fd, C.PROC_PIDFDSOCKETINFO, info, 'proc_pidfdinfo(PROC_PIDFDSOCKETINFO)')) continue;
      const c = connectionFromSocketFdInfo(info, fd);
      if (c && want.some(([f, t]) => f === c.family && t === c.type)) out.push(c);
    }
    return out;
  }

  nice(): number {
    try { return os.getPriority(this.pid); } catch (e) { throw this.osError(e); }
  }

  setNice(value: number): void {
    try { os.setPriority(this.pid, value); } catch (e) { throw this.osError(e); }
  }

  private osError(e: unknown): Error {
    const code = errnoOf(e);
    if (code === 'ESRCH') return new NoSuchProcess(this.pid, this.knownName);
    if (code === 'EPERM' || code === 'EACCES') return new AccessDenied(this.pid, this.knownName);
    return e as Error;
  }

  /** proc_pidpath. */
  exe(): string {
    if (this.pid === 0) return '';
    const buf = Buffer.alloc(C.PROC_PIDPATHINFO_MAXSIZE);
    const n = lib().proc_pidpath(this.pid, buf, buf.length);
    if (n <= 0) throw processError(this.pid, this.knownName, 'proc_pidpath', lib().errno());
    return buf.toString('utf8', 0, n);
  }

  /**
   * sysctl KERN_PROCARGS2, read once per oneshot for cmdline and environ. xnu answers EINVAL for
   * another user's process (unless root) and for a task that is gone or no longer IPC-active
   * (bsd/kern/kern_sysctl.c, sysctl_procargsx): ZombieProcess, AccessDenied or NoSuchProcess.
   */
  private args(): { exe: string; argv: string[]; env: string[] } {
    if (this.cache?.args) return this.cache.args;
    if (this.pid === 0) throw new AccessDenied(this.pid, this.knownName);
    argMax ??= sysctlMibNumber([C.CTL_KERN, C.KERN_ARGMAX]);
    const buf = Buffer.alloc(argMax);
    const len: [number | bigint] = [argMax];
    if (lib().sysctl(Int32Array.from([C.CTL_KERN, C.KERN_PROCARGS2, this.pid]), 3, buf, len, null, 0) !== 0) {
      const errno = lib().errno();
      if (errno === C.EINVAL) {
        if (this.isZombie()) throw new ZombieProcess(this.pid, this.knownName);
        throw processError(this.pid, this.knownName, 'sysctl(KERN_PROCARGS2)', 0);
      }
      throw processError(this.pid, this.knownName, 'sysctl(KERN_PROCARGS2)', errno);
    }
    const args = parseProcArgs2(buf, Number(len[0]));
    if (this.cache) this.cache.args = args;
    return args;
  }

  cmdline(): string[] { return this.args().argv; }
  environ(): Record<string, string> { return environFromStrings(this.args().env); }

  /** PROC_PIDVNODEPATHINFO's current directory. */
  cwd(): string {
    return cwdFromVnodePathInfo(this.pidinfo(C.PROC_PIDVNODEPATHINFO, STRUCTS.proc_vnodepathinfo.size, 'proc_pidinfo(PROC_PIDVNODEPATHINFO)'));
  }

  ioCounters(): IoCounters { return unsupported('Process.ioCounters()', PLATFORM); }

  sendSignal(signal: NodeJS.Signals | number): void { signalPid(this.pid, signal, this.knownName); }
  suspend(): void { this.sendSignal(SIGNAL_NUMBERS.SIGSTOP); }
  resume(): void { this.sendSignal(SIGNAL_NUMBERS.SIGCONT); }
  terminate(): void { this.sendSignal(SIGNAL_NUMBERS.SIGTERM); }
  kill(): void { this.sendSignal(SIGNAL_NUMBERS.SIGKILL); }
}

/** proc_listallpids: sized by a first call, with room for pids born in between. */
export function pids(): number[] {
  const want = lib().proc_listallpids(null, 0);
  if (want < 0) throw processError(0, undefined, 'proc_listallpids', lib().errno());
  const buf = Buffer.alloc((want + 64) * 4);
  const n = lib().proc_listallpids(buf, buf.length);
  if (n < 0) throw processError(0, undefined, 'proc_listallpids', lib().errno());
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(buf.readInt32LE(i * 4));
  return out.sort((a, b) => a - b);
}


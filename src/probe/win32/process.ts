// The Windows half of Process (psutil's _pswindows.Process): handles through kernel32/ntdll,
// with the one-call SystemProcessInformation snapshot as the oneshot cache and the fallback
// for what a protected process denies.
import koffi from 'koffi';
import {
  kernel32, PROCESS_QUERY_INFORMATION, PROCESS_QUERY_LIMITED_INFORMATION, PROCESS_SET_INFORMATION,
  PROCESS_SUSPEND_RESUME, PROCESS_TERMINATE, PROCESS_VM_READ, STILL_ACTIVE, SYNCHRONIZE, MBI_SIZE, MBI_REGION_SIZE, MBI_PROTECT,
} from '../../../native-ffi/win32/kernel32';
import {
  MemoryWorkingSetInformation, ntdll, ProcessBasicInformation, ProcessCommandLineInformation, ProcessIoPriority, ProcessWow64Information, STATUS_ACCESS_DENIED,
  STATUS_INFO_LENGTH_MISMATCH, STATUS_INVALID_INFO_CLASS, STATUS_NOT_IMPLEMENTED,
} from '../../../native-ffi/win32/ntdll';

/** False once the OS has answered that it lacks ProcessCommandLineInformation: then straight to the PEB. */
let commandLineClass = true;
/** SID (hex) -> DOMAIN\user: LookupAccountSidW is a round trip to the security service (Linux caches uid -> name likewise). */
const accounts = new Map<string, string>();
import { psapi, sizeofMemoryCountersEx, sizeofPerformanceInformation } from '../../../native-ffi/win32/psapi';
import { advapi32, TOKEN_QUERY, TokenUser } from '../../../native-ffi/win32/advapi32';
import { CTRL_BREAK_EVENT, CTRL_C_EVENT, IOPRIO_HIGH, IOPRIO_VERYLOW, STATUS_RUNNING, STATUS_STOPPED } from '../constants';
import { AccessDenied, NoSuchProcess } from '../errors';
import {
  type Connection, type IoCounters, type MemoryMap, type OpenFile, type ProcCpuTimes, type ProcessBackend, type ThreadTimes,
  type WindowsMemoryFullInfo, type WindowsMemoryInfo,
} from '../platform';
import { unsupported, UnsupportedProcessMethods } from '../unsupported';
import { netConnections } from './connections';
import { convertDosPath, regionProtection, ussPages } from './decode';
import { openFiles } from './openFiles';
import { environmentBlock, paramString, PEB32, PEB64, processParameters, type PebLayout, type ReadMemory } from './peb';
import { callError, getterError, NtError, openProcess, pidRunning, retryPartialCopy, systemProcesses, WinError, withProcess } from './native';
import { decodeUtf16, filetimeToUnix, parseEnvironmentBlock, parseThreads, splitCommandLine, SysProcInfo } from './parse';
import { bootTime, perCpuTimes } from './system';
import { dosDevices, processExe } from './exe';

const TICKS = 1e7;
const LIMITED = PROCESS_QUERY_LIMITED_INFORMATION;
const SIGTERM = 15;

/** False once the kernel has said it lacks MemoryWorkingSetInformation. */
let workingSetClass = true;
let page = 0;
/** The page size, from GetPerformanceInfo (asked once). */
function pageSize(): number {
  if (!page) {
    const size = sizeofPerformanceInformation();
    const p: Record<string, number | bigint> = { cb: size };
    page = psapi().GetPerformanceInfo(p, size) ? Number(p.PageSize) : 4096;
  }
  return page;
}

/** The oneshot state: this process's entry of one SystemProcessInformation snapshot. */
export interface WinCache { info: SysProcInfo | undefined }

type Ft = { dwLowDateTime: number; dwHighDateTime: number };
const ftSeconds = (t: Ft) => (t.dwHighDateTime * 4294967296 + t.dwLowDateTime) / TICKS;

export class WindowsProcess extends UnsupportedProcessMethods implements ProcessBackend {
  protected readonly platformName = 'win32';
  cache: WinCache | undefined = undefined;
  /** The handle wait() holds until the exit code is read. */
  private held: unknown = undefined;
  /** @internal the name this process was listed with (for error messages). */
  knownName: string | undefined;

  constructor(readonly pid: number) { super(); }

  newCache(): WinCache { return { info: undefined }; }
  setKnownName(name: string): void { this.knownName = name; }

  /** The snapshot entry: the oneshot's, else a fresh snapshot (psutil's proc_info fallback). */
  private info(): SysProcInfo {
    const c = this.cache;
    if (c?.info) return c.info;
    const info = systemProcesses().get(this.pid);
    if (!info) throw new NoSuchProcess(this.pid, this.knownName);
    if (c) c.info = info;
    return info;
  }

  /** Runs fn over a handle; on AccessDenied, the snapshot fallback when one is given (psutil's pattern). */
  private query<T>(access: number, fn: (h: unknown) => T, fallback?: (i: SysProcInfo) => T): T {
    if (fallback && this.cache?.info) return fallback(this.cache.info);
    try {
      return withProcess(this.pid, access, this.knownName, fn);
    } catch (e) {
      if (fallback && e instanceof AccessDenied) return fallback(this.info());
      throw e;
    }
  }

  /** The image's file name from the snapshot (psutil: basename of exe(); the same name, without opening the process). */
  name(): string {
    if (this.pid === 0) return 'System Idle Process';
    if (this.pid === 4) return 'System';
    return this.info().name;
  }

  ppid(): number { return this.info().ppid; }
  numThreads(): number { return this.info().numThreads; }
  procStatus(): string { return this.info().suspended ? STATUS_STOPPED : STATUS_RUNNING; }

  createTime(): number {
    if (this.pid === 0 || this.pid === 4) return bootTime();
    const created = this.query(LIMITED, (h) => {
      const c = {} as Ft; const x = {} as Ft; const k = {} as Ft; const u = {} as Ft;
      if (!kernel32().GetProcessTimes(h, c, x, k, u)) throw callError(this.pid, this.knownName, 'GetProcessTimes');
      return filetimeToUnix(c.dwHighDateTime * 4294967296 + c.dwLowDateTime);
    }, (i) => i.createTime);
    // A process still being created reads a placeholder far in the future (Wine: 0x5555555555555555
    // ticks, the year 21086) in both sources; comparing identities with it made a child that had
    // just started look recycled a moment later, and kill tree skipped it. Its identity is unknown.
    if (!(created <= Date.now() / 1000 + 86400)) throw new AccessDenied(this.pid, this.knownName, `the creation time of pid ${this.pid} is not set yet (the process is still starting)`);
    return created;
  }

  cpuTimes(): ProcCpuTimes {
    return this.query(LIMITED, (h) => {
      const c = {} as Ft; const x = {} as Ft; const k = {} as Ft; const u = {} as Ft;
      if (!kernel32().GetProcessTimes(h, c, x, k, u)) throw callError(this.pid, this.knownName, 'GetProcessTimes');
      return { user: ftSeconds(u), system: ftSeconds(k), childrenUser: 0, childrenSystem: 0 };
    }, (i) => ({ user: i.user, system: i.system, childrenUser: 0, childrenSystem: 0 }));
  }

  /** rss = WorkingSetSize, vms = PagefileUsage (the issue's and psutil 5's choice), then the counters as named by psutil. */
  memoryInfo(): WindowsMemoryInfo {
    return this.query(LIMITED, (h) => {
      const size = sizeofMemoryCountersEx();
      const m: Record<string, number | bigint> = { cb: size };
      if (!psapi().GetProcessMemoryInfo(h, m, size)) throw callError(this.pid, this.knownName, 'GetProcessMemoryInfo');
      const n = (k: string) => Number(m[k]);
      return {
        rss: n('WorkingSetSize'), vms: n('PagefileUsage'), numPageFaults: n('PageFaultCount'), peakWset: n('PeakWorkingSetSize'),
        wset: n('WorkingSetSize'), peakPagedPool: n('QuotaPeakPagedPoolUsage'), pagedPool: n('QuotaPagedPoolUsage'),
        peakNonpagedPool: n('QuotaPeakNonPagedPoolUsage'), nonpagedPool: n('QuotaNonPagedPoolUsage'),
        pagefile: n('PagefileUsage'), peakPagefile: n('PeakPagefileUsage'), private: n('PrivateUsage'),
      };
    }, (i) => ({
      rss: i.wset, vms: i.pagefile, numPageFaults: i.numPageFaults, peakWset: i.peakWset, wset: i.wset,
      peakPagedPool: i.peakPagedPool, pagedPool: i.pagedPool, peakNonpagedPool: i.peakNonpagedPool,
      nonpagedPool: i.nonpagedPool, pagefile: i.pagefile, peakPagefile: i.peakPagefile, private: i.private,
    }));
  }

  /**
   * psutil's uss on Windows: the working-set pages no other process uses (ussPages), from
   * NtQueryVirtualMemory(MemoryWorkingSetInformation), times the page size. A kernel without that
   * class (Wine) gives the nearest figure it has: the private working set of the process snapshot
   * (WorkingSetPrivateSize, without the shareable pages only this process maps).
   */
  memoryFullInfo(): WindowsMemoryFullInfo {
    const mem = this.memoryInfo();
    if (!workingSetClass) return { ...mem, uss: this.info().privateWorkingSet };
    const pages = withProcess(this.pid, PROCESS_QUERY_INFORMATION, this.knownName, (h) => {
      for (let size = 0x8000; size <= 256 * 1024 * 1024; size *= 2) {
        const buf = Buffer.alloc(size);
        const status = ntdll().NtQueryVirtualMemory(h, 0, MemoryWorkingSetInformation, buf, size, null);
        if (status === STATUS_INFO_LENGTH_MISMATCH) continue;
        if (status === STATUS_INVALID_INFO_CLASS || status === STATUS_NOT_IMPLEMENTED) return undefined;
        if (status === STATUS_ACCESS_DENIED) throw new AccessDenied(this.pid, this.knownName);
        if (status < 0) throw new NtError('NtQueryVirtualMemory(MemoryWorkingSetInformation)', status);
        return ussPages(buf);
      }
      throw new Error('NtQueryVirtualMemory(MemoryWorkingSetInformation): the working set kept growing');
    });
    if (pages === undefined) { workingSetClass = false; return { ...mem, uss: this.info().privateWorkingSet }; }
    return { ...mem, uss: pages * pageSize() };
  }

  ioCounters(): IoCounters {
    return this.query(LIMITED, (h) => {
      const io: Record<string, number | bigint> = {};
      if (!kernel32().GetProcessIoCounters(h, io)) throw callError(this.pid, this.knownName, 'GetProcessIoCounters');
      const n = (k: string) => Number(io[k]);
      return {
        readCount: n('ReadOperationCount'), writeCount: n('WriteOperationCount'), readBytes: n('ReadTransferCount'),
        writeBytes: n('WriteTransferCount'), otherCount: n('OtherOperationCount'), otherBytes: n('OtherTransferCount'),
      };
    }, (i) => ({
      readCount: i.readCount, writeCount: i.writeCount, readBytes: i.readBytes, writeBytes: i.writeBytes,
      otherCount: i.otherCount, otherBytes: i.otherBytes,
    }));
  }

  /**
   * Open handles: HandleCount of the SystemProcessInformation entry, the figure Task Manager shows.
   * psutil asks GetProcessHandleCount first; Wine answers that with 0 for every process, the
   * snapshot has the real count on both, and needs no rights on the process.
   */
  numHandles(): number { return this.info().numHandles; }

  /** psutil's exe(): SystemProcessIdInformation, no handle needed (see ./exe.ts). */
  exe(): string {
    if (this.pid === 0) throw new AccessDenied(this.pid, this.knownName);
    return processExe(this.pid, this.knownName, pidRunning);
  }

  /**
   * NtQueryInformationProcess(ProcessCommandLineInformation) (Windows 8.1+, limited rights
   * suffice), split as CommandLineToArgvW. Where that class is missing (Wine, old Windows) the
   * command line is read from the PEB, psutil's default path.
   */
  cmdline(): string[] {
    if (this.pid === 0 || this.pid === 4) return [];
    if (!commandLineClass) return splitCommandLine(this.pebString('commandLine'));
    const direct = withProcess(this.pid, LIMITED, this.knownName, (h) => {
      let buf = Buffer.alloc(4096);
      const ret: [number] = [0];
      let status = ntdll().NtQueryInformationProcess(h, ProcessCommandLineInformation, buf, buf.length, ret);
      if (status === (0xc0000004 | 0) && ret[0] > buf.length) {
        buf = Buffer.alloc(ret[0]);
        status = ntdll().NtQueryInformationProcess(h, ProcessCommandLineInformation, buf, buf.length, ret);
      }
      if (status === STATUS_INVALID_INFO_CLASS || status === STATUS_NOT_IMPLEMENTED) { commandLineClass = false; return undefined; }
      if (status === (0xc0000022 | 0)) throw new AccessDenied(this.pid, this.knownName);
      if (status < 0) throw new NtError('NtQueryInformationProcess(ProcessCommandLineInformation)', status);
      const len = buf.readUInt16LE(0);
      const ptr = buf.readBigUInt64LE(8);
      const at = Number(ptr - (koffi.address(buf) as bigint));
      if (!len || at < 0 || at + len > buf.length) return '';
      return decodeUtf16(buf, at, len);
    });
    return splitCommandLine(direct ?? this.pebString('commandLine'));
  }

  /** The working directory from the PEB's process parameters (psutil's proc_cwd), without the trailing separator. */
  cwd(): string {
    if (this.pid === 0 || this.pid === 4) throw new AccessDenied(this.pid, this.knownName);
    const dir = this.pebString('cwd');
    return dir.length > 3 && dir.endsWith('\\') ? dir.slice(0, -1) : dir;
  }

  /** Threads from the snapshot: ids and times (psutil reads the same through OpenThread/GetThreadTimes). */
  threads(): ThreadTimes[] {
    return parseThreads(this.info().threadRecords).map(({ id, userTime, systemTime }) => ({ id, userTime, systemTime }));
  }

  /** psutil: the threads' context switches summed as voluntary; Windows does not tell involuntary ones apart (0). */
  numCtxSwitches(): { voluntary: number; involuntary: number } {
    let n = 0;
    for (const t of parseThreads(this.info().threadRecords)) n += t.contextSwitches;
    return { voluntary: n, involuntary: 0 };
  }

  /** The environment block of RTL_USER_PROCESS_PARAMETERS (Environment, EnvironmentSize), as psutil's proc_environ. */
  environ(): Record<string, string> {
    if (this.pid === 0 || this.pid === 4) throw new AccessDenied(this.pid, this.knownName);
    return parseEnvironmentBlock(this.withParams(environmentBlock));
  }

  /** A UNICODE_STRING of RTL_USER_PROCESS_PARAMETERS, read from the process's memory. */
  private pebString(which: 'cwd' | 'commandLine'): string {
    return this.withParams((read, layout, params) => paramString(read, layout, params, which));
  }

  /** fn(read, layout, address of RTL_USER_PROCESS_PARAMETERS), retried on ERROR_PARTIAL_COPY (psutil #875). */
  private withParams<T>(fn: (read: ReadMemory, layout: PebLayout, params: bigint) => T): T {
    return retryPartialCopy(this.pid, this.knownName, () => this.withParamsOnce(fn));
  }

  /** Over a handle that may read the process's memory: a WoW64 process through its PEB32 (psutil's get_proc_data). */
  private withParamsOnce<T>(fn: (read: ReadMemory, layout: PebLayout, params: bigint) => T): T {
    return withProcess(this.pid, PROCESS_QUERY_INFORMATION | PROCESS_VM_READ, this.knownName, (h) => {
      const read = (addr: bigint, size: number): Buffer => {
        const b = Buffer.alloc(size);
        if (!kernel32().ReadProcessMemory(h, addr, b, size, null)) throw callError(this.pid, this.knownName, 'ReadProcessMemory');
        return b;
      };
      const wow = Buffer.alloc(8);
      let status = ntdll().NtQueryInformationProcess(h, ProcessWow64Information, wow, 8, [0]);
      if (status === STATUS_ACCESS_DENIED) throw new AccessDenied(this.pid, this.knownName);
      if (status < 0) throw new NtError('NtQueryInformationProcess(ProcessWow64Information)', status);
      const peb32 = wow.readBigUInt64LE(0);
      if (peb32) return fn(read, PEB32, processParameters(read, PEB32, peb32));
      const pbi = Buffer.alloc(48);
      status = ntdll().NtQueryInformationProcess(h, ProcessBasicInformation, pbi, pbi.length, [0]);
      if (status === STATUS_ACCESS_DENIED) throw new AccessDenied(this.pid, this.knownName);
      if (status < 0) throw new NtError('NtQueryInformationProcess(ProcessBasicInformation)', status);
      return fn(read, PEB64, processParameters(read, PEB64, pbi.readBigUInt64LE(8)));
    });
  }

  /** DOMAIN\user of the process token (psutil: NT AUTHORITY\SYSTEM for pids 0 and 4). */
  username(): string {
    if (this.pid === 0 || this.pid === 4) return 'NT AUTHORITY\\SYSTEM';
    return withProcess(this.pid, LIMITED, this.knownName, (h) => {
      const a = advapi32();
      const token: [unknown] = [null];
      if (!a.OpenProcessToken(h, TOKEN_QUERY, token)) throw callError(this.pid, this.knownName, 'OpenProcessToken');
      try {
        const need: [number] = [0];
        a.GetTokenInformation(token[0], TokenUser, null, 0, need);
        const buf = Buffer.alloc(Math.max(need[0], 64));
        if (!a.GetTokenInformation(token[0], TokenUser, buf, buf.length, need)) throw callError(this.pid, this.knownName, 'GetTokenInformation');
        const sidAt = Number(buf.readBigUInt64LE(0) - (koffi.address(buf) as bigint));
        const sid = buf.subarray(sidAt, sidAt + 8 + 4 * buf[sidAt + 1]); // revision, count, authority, count sub-authorities
        const key = sid.toString('hex');
        const known = accounts.get(key);
        if (known !== undefined) return known;
        const name = Buffer.alloc(512);
        const domain = Buffer.alloc(512);
        const nameLen: [number] = [256];
        const domainLen: [number] = [256];
        if (!a.LookupAccountSidW(null, sid, name, nameLen, domain, domainLen, [0])) {
          throw callError(this.pid, this.knownName, 'LookupAccountSidW');
        }
        const account = `${decodeUtf16(domain, 0, domainLen[0] * 2)}\\${decodeUtf16(name, 0, nameLen[0] * 2)}`;
        accounts.set(key, account);
        return account;
      } finally {
        kernel32().CloseHandle(token[0]);
      }
    });
  }

  /** The priority class (psutil's nice on Windows: one of the *_PRIORITY_CLASS constants). */
  nice(): number {
    return withProcess(this.pid, LIMITED, this.knownName, (h) => {
      const v = kernel32().GetPriorityClass(h);
      if (!v) throw callError(this.pid, this.knownName, 'GetPriorityClass');
      return v;
    });
  }

  setNice(value: number): void {
    withProcess(this.pid, PROCESS_SET_INFORMATION, this.knownName, (h) => {
      if (!kernel32().SetPriorityClass(h, value)) throw callError(this.pid, this.knownName, 'SetPriorityClass');
    });
  }

  /**
   * psutil's ionice() on Windows: the process's I/O priority (NtQueryInformationProcess
   * ProcessIoPriority), one of IOPRIO_VERYLOW..IOPRIO_HIGH: the bare class, as psutil returns it
   * (Linux gives { ioclass, value }).
   */
  ionice(): number {
    return withProcess(this.pid, LIMITED, this.knownName, (h) => {
      const buf = Buffer.alloc(4);
      const status = ntdll().NtQueryInformationProcess(h, ProcessIoPriority, buf, 4, [0]);
      if (status === (0xc0000022 | 0)) throw new AccessDenied(this.pid, this.knownName);
      if (status === STATUS_INVALID_INFO_CLASS || status === STATUS_NOT_IMPLEMENTED) unsupported('Process.ionice() (this system lacks ProcessIoPriority)', 'win32');
      if (status < 0) throw new NtError('NtQueryInformationProcess(ProcessIoPriority)', status);
      return buf.readUInt32LE(0);
    });
  }

  /** psutil's ionice_set: a value is refused (TypeError), the class must be one of IOPRIO_* (RangeError, psutil's ValueError). */
  setIonice(ioclass: number, value?: number): void {
    if (value) throw new TypeError('value argument not accepted on Windows');
    if (!Number.isInteger(ioclass) || ioclass < IOPRIO_VERYLOW || ioclass > IOPRIO_HIGH) throw new RangeError(`${ioclass} is not a valid priority`);
    withProcess(this.pid, PROCESS_SET_INFORMATION, this.knownName, (h) => {
      const buf = Buffer.alloc(4);
      buf.writeUInt32LE(ioclass, 0);
      const status = ntdll().NtSetInformationProcess(h, ProcessIoPriority, buf, 4);
      if (status === (0xc0000022 | 0)) throw new AccessDenied(this.pid, this.knownName);
      if (status === STATUS_INVALID_INFO_CLASS || status === STATUS_NOT_IMPLEMENTED) unsupported('Process.setIonice() (this system lacks ProcessIoPriority)', 'win32');
      if (status < 0) throw new NtError('NtSetInformationProcess(ProcessIoPriority)', status);
    });
  }

  /**
   * psutil's memory_maps on Windows: VirtualQueryEx region by region over the user address space,
   * and each region GetMappedFileNameW names becomes (addr, perms, path, rss = RegionSize), the
   * path converted to a drive letter (convert_dos_path). The loop ends where VirtualQueryEx stops.
   */
  memoryMaps(): MemoryMap[] {
    const devices = dosDevices();
    return withProcess(this.pid, PROCESS_QUERY_INFORMATION | PROCESS_VM_READ, this.knownName, (h) => {
      const k = kernel32();
      const mbi = Buffer.alloc(MBI_SIZE);
      const name = Buffer.alloc(0x8000 * 2);
      const out: MemoryMap[] = [];
      let addr = 0n;
      const limit = 0x7fffffffffffn; // beyond lpMaximumApplicationAddress on every x64 Windows
      for (let n = 0; addr <= limit && n < 1_000_000; n++) {
        if (!k.VirtualQueryEx(h, addr, mbi, MBI_SIZE)) {
          if (n === 0) throw callError(this.pid, this.knownName, 'VirtualQueryEx');
          break;
        }
        const size = mbi.readBigUInt64LE(MBI_REGION_SIZE);
        const len = psapi().GetMappedFileNameW(h, addr, name, 0x8000);
        if (len) {
          out.push({ addr: `0x${addr.toString(16)}`, perms: regionProtection(mbi.readUInt32LE(MBI_PROTECT)), path: convertDosPath(decodeUtf16(name, 0, len * 2), devices), rss: Number(size) });
        }
        if (size === 0n) break;
        addr += size;
      }
      return out;
    });
  }

  cpuAffinity(): number[] {
    return withProcess(this.pid, LIMITED, this.knownName, (h) => {
      const mine: [number | bigint] = [0];
      const sys: [number | bigint] = [0];
      if (!kernel32().GetProcessAffinityMask(h, mine, sys)) throw callError(this.pid, this.knownName, 'GetProcessAffinityMask');
      const mask = BigInt(mine[0]);
      const out: number[] = [];
      for (let i = 0; i < 64; i++) if (mask & (1n << BigInt(i))) out.push(i);
      return out;
    });
  }

  setCpuAffinity(cpus: number[]): void {
    if (!cpus.length) throw new RangeError('invalid argument []'); // psutil's Windows rule
    // psutil checks every cpu against the per-cpu list first (SetProcessAffinityMask accepts some bad masks)
    const count = Math.min(64, perCpuTimes().length);
    let mask = 0n;
    for (const c of cpus) {
      if (typeof c !== 'number' || !Number.isInteger(c)) throw new TypeError(`invalid CPU ${JSON.stringify(c)}; an integer is required`);
      if (c < 0 || c >= count) throw new RangeError(`invalid CPU ${c}`);
      mask |= 1n << BigInt(c);
    }
    withProcess(this.pid, PROCESS_SET_INFORMATION | LIMITED, this.knownName, (h) => {
      if (!kernel32().SetProcessAffinityMask(h, mask)) throw callError(this.pid, this.knownName, 'SetProcessAffinityMask');
    });
  }

  /**
   * psutil's send_signal on Windows: SIGTERM (and SIGKILL here) terminate; CTRL_C_EVENT (0) and
   * CTRL_BREAK_EVENT (1) go to the process group whose id is this pid, through the console this
   * process shares with it (GenerateConsoleCtrlEvent, as Python's os.kill); anything else is refused.
   */
  sendSignal(signal: NodeJS.Signals | number): void {
    if (signal === 'SIGTERM' || signal === SIGTERM || signal === 'SIGKILL' || signal === 9) { this.kill(); return; }
    if (signal === CTRL_C_EVENT || signal === CTRL_BREAK_EVENT) {
      if (!kernel32().GenerateConsoleCtrlEvent(signal, this.pid)) throw callError(this.pid, this.knownName, 'GenerateConsoleCtrlEvent');
      return;
    }
    throw new RangeError('only SIGTERM, CTRL_C_EVENT and CTRL_BREAK_EVENT signals are supported on Windows');
  }

  /** TerminateProcess with exit code SIGTERM, as psutil's proc_kill. */
  kill(): void {
    if (this.pid === 0) throw new AccessDenied(0, this.knownName);
    withProcess(this.pid, PROCESS_TERMINATE, this.knownName, (h) => {
      if (!kernel32().TerminateProcess(h, SIGTERM)) throw callError(this.pid, this.knownName, 'TerminateProcess');
      kernel32().WaitForSingleObject(h, 0);
    });
  }

  terminate(): void { this.kill(); }

  suspend(): void { this.suspendOrResume(true); }
  resume(): void { this.suspendOrResume(false); }

  private suspendOrResume(suspend: boolean): void {
    withProcess(this.pid, PROCESS_SUSPEND_RESUME, this.knownName, (h) => {
      const status = suspend ? ntdll().NtSuspendProcess(h) : ntdll().NtResumeProcess(h);
      if (status === (0xc0000022 | 0)) throw new AccessDenied(this.pid, this.knownName);
      if (status < 0) throw new NtError(suspend ? 'NtSuspendProcess' : 'NtResumeProcess', status);
    });
  }

  /** psutil's open_files (see ./openFiles.ts: the name queries run in a worker thread with a 100 ms deadline). */
  openFiles(): OpenFile[] { return openFiles(this.pid, this.knownName); }

  /** This process's sockets (psutil filters the system-wide tables by pid too). */
  connections(kind = 'inet'): Connection[] { return netConnections(kind, this.pid); }

  isZombie(): boolean { return false; }

  /**
   * psutil's proc_wait keeps its handle from OpenProcess to GetExitCodeProcess: a handle keeps the
   * process object, and its exit code, after the process ends. wait() asks for one as it starts
   * (SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION); exitCode() reads through it and closes it.
   * A Process dropped while waited on closes its handle when collected.
   */
  holdForWait(): void {
    if (this.held !== undefined) return;
    try {
      this.held = openProcess(this.pid, SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, this.knownName);
      heldHandles.register(this, this.held, this);
    } catch (e) {
      if (!(e instanceof NoSuchProcess || e instanceof AccessDenied || e instanceof WinError)) throw e; // gone or not ours to hold: no exit code
    }
  }

  /** The exit code through the handle wait() holds; without one, through a handle opened now (null once the process object is gone). */
  exitCode(): number | null {
    const k = kernel32();
    const held = this.held;
    const h = held ?? k.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, false, this.pid);
    if (!h) return null;
    try {
      const code: [number] = [0];
      return k.GetExitCodeProcess(h, code) && code[0] !== STILL_ACTIVE ? code[0] : null;
    } finally {
      if (held === undefined || !this.stillActive(held)) {
        k.CloseHandle(h);
        if (held !== undefined) { this.held = undefined; heldHandles.unregister(this); }
      }
    }
  }

  private stillActive(h: unknown): boolean {
    const code: [number] = [0];
    return kernel32().GetExitCodeProcess(h, code) && code[0] === STILL_ACTIVE;
  }
}

/** Closes the wait() handle of a WindowsProcess that was collected before its exit code was read. */
const heldHandles = new FinalizationRegistry<unknown>((h) => { kernel32().CloseHandle(h); });

/**
 * The getters, each wrapped in psutil's wrap_exceptions (getterError): a Windows error from a
 * getter is AccessDenied or NoSuchProcess, so processIter and asDict over every attribute never
 * abort on one process. Actions (kill, setNice, ...) keep their Windows errors.
 */
const GETTERS = [
  'name', 'ppid', 'numThreads', 'procStatus', 'createTime', 'cpuTimes', 'memoryInfo', 'memoryFullInfo', 'ioCounters',
  'numHandles', 'exe', 'cmdline', 'cwd', 'threads', 'numCtxSwitches', 'environ', 'username', 'nice', 'ionice',
  'memoryMaps', 'cpuAffinity', 'connections', 'openFiles',
] as const satisfies readonly (keyof WindowsProcess)[];

for (const m of GETTERS) {
  const proto = WindowsProcess.prototype as unknown as Record<string, (this: WindowsProcess, ...a: unknown[]) => unknown>;
  const raw = proto[m];
  proto[m] = function (this: WindowsProcess, ...a: unknown[]) {
    try {
      return raw.apply(this, a);
    } catch (e) {
      throw getterError(this.pid, this.knownName, e);
    }
  };
}


// The guarded path into native-ffi/win32: process handles with psutil's error mapping.
import koffi from 'koffi';
import { kernel32, ERROR_ACCESS_DENIED, ERROR_INVALID_PARAMETER, PROCESS_QUERY_INFORMATION,
  PROCESS_QUERY_LIMITED_INFORMATION, PROCESS_VM_READ, STILL_ACTIVE } from '../../../native-ffi/win32/kernel32';
import { ntdll, STATUS_INFO_LENGTH_MISMATCH, STATUS_BUFFER_TOO_SMALL, SystemProcessInformation } from '../../../native-ffi/win32/ntdll';
import { psapi } from '../../../native-ffi/win32/psapi';
import { AccessDenied, NoSuchProcess } from '../errors';
import { parseSystemProcessInformation, SysProcInfo } from './parse';
import { sleepSync } from '../../sleepSync';

export class WinError extends Error {
  constructor(readonly call: string, readonly code: number) {
    super(`${call} failed: Windows error ${code}`);
    this.name = 'WinError';
  }
}

/** A failed NT call: its NTSTATUS, and the Win32 error RtlNtStatusToDosError makes of it (psutil's psutil_SetFromNTStatusErr). */
export class NtError extends WinError {
  constructor(call: string, readonly status: number) {
    super(call, ntdll().RtlNtStatusToDosError(status | 0) || (status >>> 0));
    this.message = `${call} failed: NTSTATUS 0x${(status >>> 0).toString(16)} (Windows error ${this.code})`;
    this.name = 'NtError';
  }
}

export const ERROR_PARTIAL_COPY = 299;
/**
 * Windows errors that mean "not this field of this process, for us": psutil's is_permission_err
 * (ERROR_ACCESS_DENIED, ERROR_PRIVILEGE_NOT_HELD), ERROR_NOACCESS from ReadProcessMemory, and what
 * the minimal and protected processes (Registry, MemCompression, System, Secure System) answer:
 * ERROR_GEN_FAILURE (31) and ERROR_NOT_FOUND (1168, STATUS_NOT_FOUND) (psutil #1501).
 */
export const DENIED_ERRORS: ReadonlySet<number> = new Set([5, 1314, 998, 31, 1168]);

/**
 * psutil's wrap_exceptions + psutil_raise_for_nt_status for a getter: an error of the probe's own
 * kinds is kept; a Windows error of DENIED_ERRORS is AccessDenied; any other Windows error is
 * NoSuchProcess if the pid has gone meanwhile, else AccessDenied that names the Windows error (a
 * field that cannot be read is left out, it never aborts processIter or a snapshot).
 */
export function getterError(pid: number, name: string | undefined, e: unknown, listed: (pid: number) => boolean = (p) => enumPids().includes(p)): unknown {
  if (!(e instanceof WinError)) return e;
  if (DENIED_ERRORS.has(e.code)) return new AccessDenied(pid, name, `access denied (pid=${pid}): ${e.message}`);
  let gone = false;
  try { gone = !listed(pid); } catch { /* the list itself failed: keep the process */ }
  if (gone) return new NoSuchProcess(pid, name);
  return new AccessDenied(pid, name, `cannot read (pid=${pid}): ${e.message}`);
}

export function lastError(call: string): WinError {
  return new WinError(call, kernel32().GetLastError());
}

/** psutil's pids(): EnumProcesses, growing the buffer until it is not full. */
export function enumPids(): number[] {
  let size = 4096;
  for (;;) {
    const buf = Buffer.alloc(size);
    const needed: [number] = [0];
    if (!psapi().EnumProcesses(buf, size, needed)) throw lastError('EnumProcesses');
    if (needed[0] < size) {
      const out: number[] = [];
      for (let o = 0; o < needed[0]; o += 4) out.push(buf.readUInt32LE(o));
      return out.sort((a, b) => a - b);
    }
    size *= 2;
  }
}

let lastSize = 256 * 1024;

/** Every process in one NtQuerySystemInformation(SystemProcessInformation) call. */
export function systemProcesses(): Map<number, SysProcInfo> {
  for (let tries = 0; tries < 8; tries++) {
    const buf = Buffer.alloc(lastSize);
    const ret: [number] = [0];
    const status = ntdll().NtQuerySystemInformation(SystemProcessInformation, buf, buf.length, ret);
    if (status === STATUS_INFO_LENGTH_MISMATCH || status === STATUS_BUFFER_TOO_SMALL) {
      lastSize = Math.max(lastSize * 2, ret[0] + 64 * 1024);
      continue;
    }
    if (status < 0) throw new WinError('NtQuerySystemInformation(SystemProcessInformation)', status >>> 0);
    return parseSystemProcessInformation(buf, koffi.address(buf) as bigint);
  }
  throw new Error('NtQuerySystemInformation(SystemProcessInformation): the process list kept growing');
}

/** What openProcess needs from kernel32 and the pid list (tests pass fakes). */
export interface OpenProcessDeps {
  k: Pick<ReturnType<typeof kernel32>, 'OpenProcess' | 'GetLastError' | 'GetExitCodeProcess' | 'CloseHandle'>;
  listed(pid: number): boolean;
}

const liveDeps = (): OpenProcessDeps => ({ k: kernel32(), listed: (pid) => enumPids().includes(pid) });

/**
 * psutil's psutil_handle_from_pid: OpenProcess with `access`; on ERROR_ACCESS_DENIED for a
 * PROCESS_QUERY_INFORMATION request, again with PROCESS_QUERY_LIMITED_INFORMATION (protected
 * processes grant only that). psutil #1094: OpenProcess may hand out a handle for a pid that has
 * exited, so GetExitCodeProcess must say STILL_ACTIVE (or the pid still be listed).
 */
export function openProcess(pid: number, access: number, name?: string, deps: OpenProcessDeps = liveDeps()): unknown {
  if (pid === 0) throw new AccessDenied(pid, name, 'access denied (pid 0, the System Idle Process)');
  const { k, listed: pidListed } = deps;
  let h = k.OpenProcess(access, false, pid);
  if (!h) {
    let err = k.GetLastError();
    if (err === ERROR_ACCESS_DENIED && (access & (PROCESS_QUERY_INFORMATION | PROCESS_VM_READ)) === access && (access & PROCESS_QUERY_INFORMATION)) {
      h = k.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, false, pid);
      if (!h) err = k.GetLastError();
    }
    if (!h) {
      if (err === ERROR_INVALID_PARAMETER) throw new NoSuchProcess(pid, name);
      if (err === ERROR_ACCESS_DENIED) throw new AccessDenied(pid, name);
      if (err === 0) throw pidListed(pid) ? new AccessDenied(pid, name) : new NoSuchProcess(pid, name); // psutil #1877
      throw new WinError(`OpenProcess(${pid})`, err);
    }
  }
  const code: [number] = [0];
  if (k.GetExitCodeProcess(h, code)) {
    if (code[0] !== STILL_ACTIVE && !pidListed(pid)) {
      k.CloseHandle(h);
      throw new NoSuchProcess(pid, name);
    }
  } else if (k.GetLastError() !== ERROR_ACCESS_DENIED) {
    const e = lastError('GetExitCodeProcess');
    k.CloseHandle(h);
    throw e;
  }
  return h;
}

/** Runs fn with a handle, closed afterwards whatever happens. */
export function withProcess<T>(pid: number, access: number, name: string | undefined, fn: (h: unknown) => T): T {
  const h = openProcess(pid, access, name);
  try {
    return fn(h);
  } finally {
    kernel32().CloseHandle(h);
  }
}

/** A failed call on an open handle: ERROR_ACCESS_DENIED -> AccessDenied, else the Windows error. */
export function callError(pid: number, name: string | undefined, call: string): Error {
  const code = kernel32().GetLastError();
  if (code === ERROR_ACCESS_DENIED) return new AccessDenied(pid, name);
  return new WinError(call, code);
}


/**
 * psutil's retry_error_partial_copy (#875): ReadProcessMemory of another process's PEB may fail
 * with ERROR_PARTIAL_COPY while that process is starting or its pages move; read again after a
 * short, doubling pause, and after the last try AccessDenied. psutil tries for about 1 s; the
 * sampler reads every process each tick, so here 8 tries in about 25 ms.
 */
export function retryPartialCopy<T>(pid: number, name: string | undefined, fn: () => T, tries = 8, sleep = sleepSync): T {
  let delay = 0.1;
  for (let i = 0; ; i++) {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof WinError) || e.code !== ERROR_PARTIAL_COPY) throw e;
      if (i + 1 >= tries) throw new AccessDenied(pid, name, `access denied (pid=${pid}): still ERROR_PARTIAL_COPY after ${tries} tries (${e.call})`);
      sleep(delay);
      delay = Math.min(delay * 2, 40);
    }
  }
}

/** psutil's pid_exists / psutil_pid_is_running: OpenProcess + the #1094 exit-code check, the pid list when that cannot tell. */
export function pidRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid < 0) return false;
  if (pid === 0) return true;
  try {
    kernel32().CloseHandle(openProcess(pid, PROCESS_QUERY_LIMITED_INFORMATION));
    return true;
  } catch (e) {
    if (e instanceof AccessDenied) return true;
    if (e instanceof NoSuchProcess) return false;
    return enumPids().includes(pid);
  }
}

// The guarded path into native-ffi/win32: process handles with psutil's error mapping.
import koffi from 'koffi';
import { kernel32, ERROR_ACCESS_DENIED, ERROR_INVALID_PARAMETER, PROCESS_QUERY_INFORMATION,
  PROCESS_QUERY_LIMITED_INFORMATION, PROCESS_VM_READ, STILL_ACTIVE } from '../../../native-ffi/win32/kernel32';
import { ntdll, STATUS_INFO_LENGTH_MISMATCH, STATUS_BUFFER_TOO_SMALL, SystemProcessInformation } from '../../../native-ffi/win32/ntdll';
import { psapi } from '../../../native-ffi/win32/psapi';
import { AccessDenied, NoSuchProcess } from '../errors';
import { parseSystemProcessInformation, SysProcInfo } from './parse';

export class WinError extends Error {
  constructor(readonly call: string, readonly code: number) {
    super(`${call} failed: Windows error ${code}`);
    this.name = 'WinError';
  }
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

// The guarded path into native-ffi/darwin/libsystem and the calls every darwin module shares:
// sysctl by MIB or name into a buffer, the host port, the machine's cached constants.
import koffi from 'koffi';
import { libSystem, type LibSystem } from '../../../native-ffi/darwin/libsystem';
import { AccessDenied, NoSuchProcess, ProbeError, ZombieProcess } from '../errors';
import { pidExistsByKill } from '../posix';
import { C, STRUCTS } from './layout';
import { passwdName } from './decode';

let injected: LibSystem | undefined;

export function lib(): LibSystem {
  return injected ?? libSystem();
}

/** Tests on other OSes stand a fake libSystem in (undefined: the real one again), with the caches cleared. */
export function useLibSystem(fake: LibSystem | undefined): void {
  injected = fake;
  host = undefined; pageSize = undefined; tbFrequency = undefined;
  userNames.clear();
}

/** An OS call failed with an errno psutil does not map to a process error. */
export class DarwinError extends ProbeError {
  constructor(readonly call: string, readonly errno: number) {
    super(`${call} failed (errno ${errno})`);
    this.name = 'DarwinError';
  }
}

/**
 * psutil's psutil_raise_for_pid: ESRCH is NoSuchProcess (ZombieProcess while kill(pid, 0) still
 * finds the pid), EPERM/EACCES AccessDenied; errno 0 (the call gave less than asked) is
 * NoSuchProcess once the pid is gone, else AccessDenied.
 */
export function processError(pid: number, name: string | undefined, call: string, errno: number): Error {
  if (errno === C.ESRCH || errno === 0) return pidExistsByKill(pid) ? (errno === 0 ? new AccessDenied(pid, name) : new ZombieProcess(pid, name)) : new NoSuchProcess(pid, name);
  if (errno === C.EPERM || errno === C.EACCES) return new AccessDenied(pid, name);
  return new DarwinError(call, errno);
}

/** sysctl(mib) into a buffer of `size` bytes; returns the buffer cut to what the kernel wrote. */
export function sysctlMib(mib: readonly number[], size: number): Buffer {
  const buf = Buffer.alloc(size);
  const len: [number | bigint] = [size];
  if (lib().sysctl(Int32Array.from(mib), mib.length, buf, len, null, 0) !== 0) throw new DarwinError(`sysctl(${mib.join('.')})`, lib().errno());
  return buf.subarray(0, Number(len[0]));
}

/** sysctlbyname as an integer (4 or 8 bytes, as the kernel wrote it), or null where the name does not exist. */
export function sysctlNumber(name: string): number | null {
  const buf = Buffer.alloc(8);
  const len: [number | bigint] = [8];
  if (lib().sysctlbyname(name, buf, len, null, 0) !== 0) return null;
  const n = Number(len[0]);
  return n === 8 ? Number(buf.readBigInt64LE(0)) : n === 4 ? buf.readInt32LE(0) : null;
}

/** sysctl(mib) as an integer of 4 or 8 bytes. */
export function sysctlMibNumber(mib: readonly number[]): number {
  const buf = sysctlMib(mib, 8);
  return buf.length === 8 ? Number(buf.readBigInt64LE(0)) : buf.readInt32LE(0);
}

let host: number | undefined;
/** mach_host_self(): one send right, kept (each call would add a reference). */
export function hostPort(): number {
  host ??= lib().mach_host_self();
  return host;
}

let pageSize: number | undefined;
export function getPageSize(): number {
  pageSize ??= sysctlMibNumber([C.CTL_HW, C.HW_PAGESIZE]);
  return pageSize;
}

let tbFrequency: number | undefined;
/** hw.tbfrequency: mach absolute time ticks per second (see decodeTaskInfo). */
export function ticksPerSecond(): number {
  tbFrequency ??= sysctlNumber('hw.tbfrequency') ?? 1e9;
  return tbFrequency;
}

/** Copies `bytes` bytes of memory the kernel allocated in our task, then gives it back (vm_deallocate). */
export function takeKernelArray(ptr: unknown, bytes: number): Buffer {
  try {
    const words = koffi.decode(ptr, 'uint32_t', bytes / 4) as Uint32Array;
    return Buffer.from(words.buffer.slice(words.byteOffset, words.byteOffset + bytes));
  } finally {
    lib().vm_deallocate(lib().taskSelf(), koffi.address(ptr), bytes);
  }
}

/** Copies a struct libc returned a pointer to (its static buffer is overwritten by the next call). */
export function copyRecord(ptr: unknown, bytes: number): Buffer {
  const raw = koffi.decode(ptr, 'uint8_t', bytes) as Uint8Array;
  return Buffer.from(raw.buffer.slice(raw.byteOffset, raw.byteOffset + bytes));
}

/** Names looked up (each getpwuid_r may ask opendirectoryd): uid -> name, or null for a uid without one. */
const userNames = new Map<number, string | null>();
const PW_BUFFER_MAX = 1 << 20;

/** psutil's pwd.getpwuid(uid).pw_name through getpwuid_r; null when the uid has no entry (psutil then shows the uid). */
export function userName(uid: number): string | null {
  const cached = userNames.get(uid);
  if (cached !== undefined) return cached;
  const pwd = Buffer.alloc(STRUCTS.passwd.size);
  for (let size = 4096; size <= PW_BUFFER_MAX; size *= 4) {
    const strings = Buffer.alloc(size);
    const result: [unknown] = [null];
    const rc = lib().getpwuid_r(uid, pwd, strings, size, result);
    if (rc === C.ERANGE) continue;
    if (rc !== 0) throw new DarwinError(`getpwuid_r(${uid})`, rc);
    const name = result[0] ? passwdName(pwd, strings, koffi.address(strings) as bigint) : null;
    userNames.set(uid, name);
    return name;
  }
  throw new DarwinError(`getpwuid_r(${uid})`, C.ERANGE);
}

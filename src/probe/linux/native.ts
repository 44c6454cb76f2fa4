// Cached machine constants and the guarded path into native-ffi/linux/libc.
import { libc, SC_CLK_TCK, SC_NPROCESSORS_ONLN, SC_PAGESIZE, type LibC } from '../../../native-ffi/linux/libc';

let native: LibC | null | undefined;

/**
 * libc through koffi, or null when the native loader is unavailable (then callers fall back).
 * VITALS_NO_FFI=1 forces the fallbacks: a way to rule koffi out when diagnosing, and to test them.
 */
export function tryLibc(): LibC | null {
  if (native === undefined) {
    try { native = process.env.VITALS_NO_FFI ? null : libc(); } catch { native = null; }
  }
  return native;
}

let clockTicks: number | undefined;
let pageSize: number | undefined;

export function getClockTicks(): number {
  if (clockTicks === undefined) {
    const v = tryLibc()?.sysconf(SC_CLK_TCK);
    clockTicks = v && v > 0 ? v : 100;
  }
  return clockTicks;
}

export function getPageSize(): number {
  if (pageSize === undefined) {
    const v = tryLibc()?.sysconf(SC_PAGESIZE);
    pageSize = v && v > 0 ? v : 4096;
  }
  return pageSize;
}

/**
 * Fixture trees stand for other machines (16K/64K-page arm64): tests set the page size the
 * statm-based numbers are multiplied by; undefined goes back to sysconf.
 */
export function setPageSize(bytes: number | undefined): void {
  if (bytes !== undefined && !(Number.isInteger(bytes) && bytes > 0)) throw new RangeError(`invalid page size ${bytes}`);
  pageSize = bytes;
}

export function onlineCpus(): number | undefined {
  const v = tryLibc()?.sysconf(SC_NPROCESSORS_ONLN);
  return v && v > 0 ? v : undefined;
}

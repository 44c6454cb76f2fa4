// Windows services (psutil's win_service_iter / win_service_get) over the service control manager.
import koffi from 'koffi';
import {
  advapi32, ENUM_SERVICE_STATUS_PROCESS_SIZE, ERROR_MORE_DATA, ERROR_SERVICE_DOES_NOT_EXIST, SC_ENUM_PROCESS_INFO,
  SC_MANAGER_ENUMERATE_SERVICE, SC_STATUS_PROCESS_INFO, SERVICE_CONFIG_DESCRIPTION, SERVICE_QUERY_CONFIG,
  SERVICE_QUERY_STATUS, SERVICE_STATE_ALL, SERVICE_STATUS_PROCESS_SIZE, SERVICE_WIN32,
} from '../../../native-ffi/win32/advapi32';
import { kernel32 } from '../../../native-ffi/win32/kernel32';
import { NoSuchProcess, ProbeError } from '../errors';
import type { WinService } from '../platform';
import { lastError } from './native';
import { decodeUtf16z, SERVICE_START_TYPES, SERVICE_STATES } from './parse';

/** A UTF-16 string a pointer at `at` names, inside the same buffer (the APIs pack strings after the structs). */
function strAt(buf: Buffer, base: bigint, at: number): string {
  const ptr = buf.readBigUInt64LE(at);
  if (!ptr) return '';
  const off = Number(ptr - base);
  return off >= 0 && off < buf.length ? decodeUtf16z(buf, off) : '';
}

function withManager<T>(fn: (sc: unknown) => T): T {
  const a = advapi32();
  const sc = a.OpenSCManagerW(null, null, SC_MANAGER_ENUMERATE_SERVICE);
  if (!sc) throw lastError('OpenSCManagerW');
  try { return fn(sc); } finally { a.CloseServiceHandle(sc); }
}

/** A query that answers ERROR_INSUFFICIENT_BUFFER / ERROR_MORE_DATA with the size it needs. */
function sized(call: string, fn: (buf: Buffer | null, size: number, needed: [number]) => boolean): Buffer {
  const needed: [number] = [0];
  let buf = Buffer.alloc(8192);
  for (let i = 0; i < 4; i++) {
    if (fn(buf, buf.length, needed)) return buf;
    const err = kernel32().GetLastError();
    if (err !== 122 && err !== ERROR_MORE_DATA) throw new ProbeError(`${call} failed: Windows error ${err}`);
    buf = Buffer.alloc(Math.max(needed[0], buf.length * 2));
  }
  throw new ProbeError(`${call}: buffer kept growing`);
}

function describe(sc: unknown, name: string, displayName?: string): WinService {
  const a = advapi32();
  const h = a.OpenServiceW(sc, name, SERVICE_QUERY_CONFIG | SERVICE_QUERY_STATUS);
  if (!h) {
    const err = kernel32().GetLastError();
    if (err === ERROR_SERVICE_DOES_NOT_EXIST) throw new NoSuchProcess(0, name, `service ${JSON.stringify(name)} does not exist`);
    throw new ProbeError(`OpenServiceW(${name}) failed: Windows error ${err}`);
  }
  try {
    const cfg = sized('QueryServiceConfigW', (b, s, n) => a.QueryServiceConfigW(h, b, s, n));
    const cbase = koffi.address(cfg) as bigint;
    const st = Buffer.alloc(SERVICE_STATUS_PROCESS_SIZE);
    if (!a.QueryServiceStatusEx(h, SC_STATUS_PROCESS_INFO, st, st.length, [0])) throw lastError('QueryServiceStatusEx');
    let description = '';
    try {
      const d = sized('QueryServiceConfig2W', (b, s, n) => a.QueryServiceConfig2W(h, SERVICE_CONFIG_DESCRIPTION, b, s, n));
      description = strAt(d, koffi.address(d) as bigint, 0);
    } catch { /* psutil: a service whose description cannot be read has "" */ }
    const pid = st.readUInt32LE(28);
    return {
      name,
      displayName: displayName ?? strAt(cfg, cbase, 56),
      binpath: strAt(cfg, cbase, 16),
      username: strAt(cfg, cbase, 48),
      startType: SERVICE_START_TYPES[cfg.readUInt32LE(4)] ?? 'unknown',
      pid: pid === 0 ? null : pid,
      status: SERVICE_STATES[st.readUInt32LE(4)] ?? 'unknown',
      description,
    };
  } finally {
    a.CloseServiceHandle(h);
  }
}

/** Every Win32 service with its fields filled (psutil's iterator queries each lazily; this reads all at once). */
export function winServiceIter(): WinService[] {
  return withManager((sc) => {
    const a = advapi32();
    const count: [number] = [0];
    const buf = sized('EnumServicesStatusExW', (b, s, n) => a.EnumServicesStatusExW(sc, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL, b, s, n, count, [0], null));
    const base = koffi.address(buf) as bigint;
    const out: WinService[] = [];
    for (let i = 0; i < count[0]; i++) {
      const o = i * ENUM_SERVICE_STATUS_PROCESS_SIZE;
      const name = strAt(buf, base, o);
      try {
        out.push(describe(sc, name, strAt(buf, base, o + 8)));
      } catch (e) {
        if (!(e instanceof NoSuchProcess)) throw e; // removed since the enumeration
      }
    }
    return out;
  });
}

export function winServiceGet(name: string): WinService {
  return withManager((sc) => describe(sc, name));
}

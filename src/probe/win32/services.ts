// Windows services (psutil's win_service_iter / win_service_get) over the service control manager.
// As psutil: the listing gives names and display names; each other field is queried when asked,
// through its own OpenServiceW with only the right that query needs, so a service that denies one
// query fails alone (AccessDenied) and one removed since the listing says so (NoSuchProcess).
import koffi from 'koffi';
import {
  advapi32, ENUM_SERVICE_STATUS_PROCESS_SIZE, ERROR_MORE_DATA, ERROR_SERVICE_DOES_NOT_EXIST, SC_ENUM_PROCESS_INFO,
  SC_MANAGER_ENUMERATE_SERVICE, SC_STATUS_PROCESS_INFO, SERVICE_CONFIG_DESCRIPTION, SERVICE_QUERY_CONFIG,
  SERVICE_QUERY_STATUS, SERVICE_STATE_ALL, SERVICE_STATUS_PROCESS_SIZE, SERVICE_WIN32,
} from '../../../native-ffi/win32/advapi32';
import { kernel32 } from '../../../native-ffi/win32/kernel32';
import { AccessDenied, NoSuchProcess } from '../errors';
import type { WinService, WinServiceInfo } from '../platform';
import { WinError } from './native';
import { decodeUtf16z, SERVICE_START_TYPES, SERVICE_STATES } from './parse';

const ERROR_ACCESS_DENIED = 5;
const ERROR_FILE_NOT_FOUND = 2;
const ERROR_INVALID_NAME = 123;
const ERROR_NOT_FOUND = 1168;
const ERROR_PRIVILEGE_NOT_HELD = 1314;
const ERROR_MUI_FILE_NOT_FOUND = 15100;

/** psutil's WindowsService._wrap_exceptions: a service's Windows error as AccessDenied / NoSuchProcess for that service. */
export function serviceError(name: string, call: string, code: number): Error {
  if (code === ERROR_ACCESS_DENIED || code === ERROR_PRIVILEGE_NOT_HELD) {
    return new AccessDenied(undefined, name, `service ${JSON.stringify(name)} is not querable (not enough privileges)`);
  }
  if (code === ERROR_INVALID_NAME || code === ERROR_SERVICE_DOES_NOT_EXIST) {
    return new NoSuchProcess(0, name, `service ${JSON.stringify(name)} does not exist`);
  }
  return new WinError(`${call}(${JSON.stringify(name)})`, code);
}

/** A UTF-16 string a pointer at `at` names, inside the same buffer (the APIs pack strings after the structs). */
function strAt(buf: Buffer, base: bigint, at: number): string {
  const ptr = buf.readBigUInt64LE(at);
  if (!ptr) return '';
  const off = Number(ptr - base);
  return off >= 0 && off < buf.length ? decodeUtf16z(buf, off) : '';
}

function withManager<T>(name: string, fn: (sc: unknown) => T): T {
  const a = advapi32();
  const sc = a.OpenSCManagerW(null, null, SC_MANAGER_ENUMERATE_SERVICE);
  if (!sc) throw serviceError(name, 'OpenSCManagerW', kernel32().GetLastError());
  try { return fn(sc); } finally { a.CloseServiceHandle(sc); }
}

/** fn over the service opened with `access` only (psutil's psutil_get_service_handle). */
function withService<T>(name: string, access: number, fn: (h: unknown) => T): T {
  return withManager(name, (sc) => {
    const a = advapi32();
    const h = a.OpenServiceW(sc, name, access);
    if (!h) throw serviceError(name, 'OpenServiceW', kernel32().GetLastError());
    try { return fn(h); } finally { a.CloseServiceHandle(h); }
  });
}

/** A query that answers ERROR_INSUFFICIENT_BUFFER / ERROR_MORE_DATA with the size it needs; other errors to onError. */
function sized(fn: (buf: Buffer | null, size: number, needed: [number]) => boolean, onError: (code: number) => Error): Buffer {
  const needed: [number] = [0];
  let buf = Buffer.alloc(8192);
  for (let i = 0; i < 4; i++) {
    if (fn(buf, buf.length, needed)) return buf;
    const err = kernel32().GetLastError();
    if (err !== 122 && err !== ERROR_MORE_DATA) throw onError(err);
    buf = Buffer.alloc(Math.max(needed[0], buf.length * 2));
  }
  throw new Error('the service query\'s buffer kept growing');
}

interface Config { displayName: string; binpath: string; username: string; startType: string }

function queryConfig(name: string): Config {
  return withService(name, SERVICE_QUERY_CONFIG, (h) => {
    const cfg = sized((b, s, n) => advapi32().QueryServiceConfigW(h, b, s, n), (e) => serviceError(name, 'QueryServiceConfigW', e));
    const base = koffi.address(cfg) as bigint;
    return { displayName: strAt(cfg, base, 56), binpath: strAt(cfg, base, 16), username: strAt(cfg, base, 48), startType: SERVICE_START_TYPES[cfg.readUInt32LE(4)] ?? 'unknown' };
  });
}

function queryStatus(name: string): { status: string; pid: number | null } {
  return withService(name, SERVICE_QUERY_STATUS, (h) => {
    const st = Buffer.alloc(SERVICE_STATUS_PROCESS_SIZE);
    if (!advapi32().QueryServiceStatusEx(h, SC_STATUS_PROCESS_INFO, st, st.length, [0])) throw serviceError(name, 'QueryServiceStatusEx', kernel32().GetLastError());
    const pid = st.readUInt32LE(28);
    return { status: SERVICE_STATES[st.readUInt32LE(4)] ?? 'unknown', pid: pid === 0 ? null : pid };
  });
}

/** psutil's winservice_query_descr: a service without a description (or whose MUI text is missing) has "". */
function queryDescription(name: string): string {
  class Missing extends Error {}
  return withService(name, SERVICE_QUERY_CONFIG, (h) => {
    try {
      const d = sized((b, s, n) => advapi32().QueryServiceConfig2W(h, SERVICE_CONFIG_DESCRIPTION, b, s, n), (e) =>
        e === ERROR_NOT_FOUND || e === ERROR_FILE_NOT_FOUND || e === ERROR_MUI_FILE_NOT_FOUND ? new Missing() : serviceError(name, 'QueryServiceConfig2W', e));
      return strAt(d, koffi.address(d) as bigint, 0);
    } catch (e) {
      if (e instanceof Missing) return '';
      throw e;
    }
  });
}

/** psutil's WindowsService: queried on each call, as psutil does. */
export class WindowsService implements WinService {
  constructor(readonly name: string, readonly displayName: string) {}
  binpath(): string { return queryConfig(this.name).binpath; }
  username(): string { return queryConfig(this.name).username; }
  startType(): string { return queryConfig(this.name).startType; }
  pid(): number | null { return queryStatus(this.name).pid; }
  status(): string { return queryStatus(this.name).status; }
  description(): string { return queryDescription(this.name); }
  /** Each field read once; the first error (AccessDenied / NoSuchProcess of this service) is raised. */
  asDict(): WinServiceInfo {
    const { binpath, username, startType } = queryConfig(this.name);
    const { status, pid } = queryStatus(this.name);
    return { name: this.name, displayName: this.displayName, binpath, username, startType, pid, status, description: this.description() };
  }
  toString(): string { return `WindowsService(name=${JSON.stringify(this.name)}, display_name=${JSON.stringify(this.displayName)})`; }
}

/** Every Win32 service, listed by name and display name (EnumServicesStatusExW); the rest is queried per service, when asked. */
export function winServiceIter(): WindowsService[] {
  return withManager('', (sc) => {
    const a = advapi32();
    const count: [number] = [0];
    const buf = sized((b, s, n) => a.EnumServicesStatusExW(sc, SC_ENUM_PROCESS_INFO, SERVICE_WIN32, SERVICE_STATE_ALL, b, s, n, count, [0], null),
      (e) => new WinError('EnumServicesStatusExW', e));
    const base = koffi.address(buf) as bigint;
    const out: WindowsService[] = [];
    for (let i = 0; i < count[0]; i++) {
      const o = i * ENUM_SERVICE_STATUS_PROCESS_SIZE;
      out.push(new WindowsService(strAt(buf, base, o), strAt(buf, base, o + 8)));
    }
    return out;
  });
}

/** psutil's win_service_get: the service's display name read now (NoSuchProcess if there is none by that name). */
export function winServiceGet(name: string): WindowsService {
  return new WindowsService(name, queryConfig(name).displayName);
}

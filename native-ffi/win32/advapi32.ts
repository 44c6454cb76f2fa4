// koffi declarations for advapi32.dll: process tokens and the service control manager.
// Declarations only: no logic. Loaded lazily, on win32 only.
import koffi from 'koffi';
import { types } from './types';

export const TOKEN_QUERY = 0x0008;
export const TokenUser = 1;
export const SC_MANAGER_CONNECT = 0x0001;
export const SC_MANAGER_ENUMERATE_SERVICE = 0x0004;
export const SERVICE_QUERY_CONFIG = 0x0001;
export const SERVICE_QUERY_STATUS = 0x0004;
export const SC_ENUM_PROCESS_INFO = 0;
export const SC_STATUS_PROCESS_INFO = 0;
export const SERVICE_WIN32 = 0x30;
export const SERVICE_STATE_ALL = 3;
export const SERVICE_CONFIG_DESCRIPTION = 1;
export const ERROR_MORE_DATA = 234;
export const ERROR_INSUFFICIENT_BUFFER = 122;
export const ERROR_SERVICE_DOES_NOT_EXIST = 1060;
/** sizeof(ENUM_SERVICE_STATUS_PROCESSW) on 64-bit: two pointers + SERVICE_STATUS_PROCESS (9 DWORDs), padded. */
export const ENUM_SERVICE_STATUS_PROCESS_SIZE = 56;
/** sizeof(SERVICE_STATUS_PROCESS): nine DWORDs. */
export const SERVICE_STATUS_PROCESS_SIZE = 36;

export interface Advapi32 {
  OpenProcessToken(h: unknown, access: number, token: [unknown]): boolean;
  GetTokenInformation(token: unknown, cls: number, buf: Buffer | null, len: number, ret: [number]): boolean;
  LookupAccountSidW(system: null, sid: Buffer, name: Buffer, nameLen: [number], domain: Buffer, domainLen: [number], use: [number]): boolean;
  OpenSCManagerW(machine: null, db: null, access: number): unknown;
  OpenServiceW(sc: unknown, name: string, access: number): unknown;
  CloseServiceHandle(h: unknown): boolean;
  EnumServicesStatusExW(sc: unknown, level: number, type: number, state: number, buf: Buffer | null, size: number,
    needed: [number], count: [number], resume: [number], group: null): boolean;
  QueryServiceConfigW(h: unknown, buf: Buffer | null, size: number, needed: [number]): boolean;
  QueryServiceConfig2W(h: unknown, level: number, buf: Buffer | null, size: number, needed: [number]): boolean;
  QueryServiceStatusEx(h: unknown, level: number, buf: Buffer, size: number, needed: [number]): boolean;
}

let lib: Advapi32 | undefined;

export function advapi32(): Advapi32 {
  if (lib) return lib;
  const H = types().HANDLE;
  const a = koffi.load('advapi32.dll');
  lib = {
    OpenProcessToken: a.func('OpenProcessToken', 'bool', [H, 'uint32', koffi.out(koffi.pointer(H))]),
    GetTokenInformation: a.func('GetTokenInformation', 'bool', [H, 'uint32', koffi.out('void *'), 'uint32', koffi.out(koffi.pointer('uint32'))]),
    LookupAccountSidW: a.func('bool __stdcall LookupAccountSidW(void *sys, void *sid, _Out_ void *name, _Inout_ uint32 *nameLen, _Out_ void *domain, _Inout_ uint32 *domainLen, _Out_ int *use)'),
    OpenSCManagerW: a.func('OpenSCManagerW', H, ['void *', 'void *', 'uint32']),
    OpenServiceW: a.func('OpenServiceW', H, [H, 'const char16_t *', 'uint32']),
    CloseServiceHandle: a.func('CloseServiceHandle', 'bool', [H]),
    EnumServicesStatusExW: a.func('EnumServicesStatusExW', 'bool', [H, 'uint32', 'uint32', 'uint32', koffi.out('void *'), 'uint32',
      koffi.out(koffi.pointer('uint32')), koffi.out(koffi.pointer('uint32')), koffi.inout(koffi.pointer('uint32')), 'void *']),
    QueryServiceConfigW: a.func('QueryServiceConfigW', 'bool', [H, koffi.out('void *'), 'uint32', koffi.out(koffi.pointer('uint32'))]),
    QueryServiceConfig2W: a.func('QueryServiceConfig2W', 'bool', [H, 'uint32', koffi.out('void *'), 'uint32', koffi.out(koffi.pointer('uint32'))]),
    QueryServiceStatusEx: a.func('QueryServiceStatusEx', 'bool', [H, 'uint32', koffi.out('void *'), 'uint32', koffi.out(koffi.pointer('uint32'))]),
  } as Advapi32;
  return lib;
}

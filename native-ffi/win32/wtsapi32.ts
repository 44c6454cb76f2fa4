// koffi declarations for wtsapi32.dll (logged-on users). Declarations only: no logic. Loaded lazily,
// on win32 only. Every buffer WTSEnumerateSessionsW / WTSQuerySessionInformationW hand out is
// released with WTSFreeMemory.
import koffi from 'koffi';

export const WTS_CURRENT_SERVER_HANDLE = 0;
/** WTS_INFO_CLASS values. */
export const WTSUserName = 5;
export const WTSClientAddress = 14;
export const WTSSessionInfo = 24;
/** sizeof(WTS_SESSION_INFOW) on 64-bit: SessionId (DWORD, padded), pWinStationName, State. */
export const WTS_SESSION_INFO_SIZE = 24;
/** WTS_CLIENT_ADDRESS: AddressFamily (DWORD) then Address[20]; an IPv4 address is at Address[2..5]. */
export const WTS_CLIENT_ADDRESS_ADDRESS = 4;
/**
 * WTSINFOW.ConnectTime: State, SessionId, 6 DWORD counters (32 bytes), then WinStationName[32],
 * Domain[17], UserName[21] WCHARs (140 bytes, to 172), padded to 8: ConnectTime at 176.
 */
export const WTSINFO_CONNECT_TIME = 176;
export const WTSINFO_SIZE = 216;
export const ERROR_CALL_NOT_IMPLEMENTED = 120;

export interface Wtsapi32 {
  WTSEnumerateSessionsW(server: number, reserved: number, version: number, sessions: [unknown], count: [number]): boolean;
  WTSQuerySessionInformationW(server: number, session: number, cls: number, buf: [unknown], bytes: [number]): boolean;
  WTSFreeMemory(p: unknown): void;
  /** Copies len bytes at p (a buffer WTS handed out) into a Buffer. */
  read(p: unknown, len: number): Buffer;
}

let lib: Wtsapi32 | undefined;

export function wtsapi32(): Wtsapi32 {
  if (lib) return lib;
  const w = koffi.load('wtsapi32.dll');
  lib = {
    WTSEnumerateSessionsW: w.func('bool __stdcall WTSEnumerateSessionsW(intptr_t server, uint32 reserved, uint32 version, _Out_ void **sessions, _Out_ uint32 *count)'),
    WTSQuerySessionInformationW: w.func('bool __stdcall WTSQuerySessionInformationW(intptr_t server, uint32 session, int cls, _Out_ void **buf, _Out_ uint32 *bytes)'),
    WTSFreeMemory: w.func('void __stdcall WTSFreeMemory(void *p)'),
    read: (p, len) => len <= 0 ? Buffer.alloc(0) : Buffer.from(koffi.decode(p, koffi.array('uint8', len)) as Uint8Array),
  } as Wtsapi32;
  return lib;
}

// koffi declarations for kernel32.dll. Declarations only: no logic. Loaded lazily, on win32 only.
import koffi from 'koffi';
import { FileTime, types } from './types';

export const PROCESS_TERMINATE = 0x0001;
export const PROCESS_VM_READ = 0x0010;
export const PROCESS_SET_INFORMATION = 0x0200;
export const PROCESS_QUERY_INFORMATION = 0x0400;
export const PROCESS_SUSPEND_RESUME = 0x0800;
export const PROCESS_QUERY_LIMITED_INFORMATION = 0x1000;
export const SYNCHRONIZE = 0x00100000;
export const STILL_ACTIVE = 259;
export const WAIT_OBJECT_0 = 0;
export const WAIT_TIMEOUT = 0x102;
export const ERROR_ACCESS_DENIED = 5;
export const ERROR_INVALID_PARAMETER = 87;
export const ERROR_SUCCESS = 0;
export const ALL_PROCESSOR_GROUPS = 0xffff;
export const DRIVE_TYPES = ['unknown', 'unmounted', 'removable', 'fixed', 'remote', 'cdrom', 'ramdisk'] as const;
export const FILE_VOLUME_IS_COMPRESSED = 0x00008000;
export const FILE_SUPPORTS_REPARSE_POINTS = 0x00000080;
export const FILE_READ_ONLY_VOLUME = 0x00080000;

export type Handle = unknown;

// CreateFileW / DeviceIoControl on a raw device (diskIoCounters): the handle is an intptr_t here,
// so that INVALID_HANDLE_VALUE (-1) can be told apart.
export const INVALID_HANDLE_VALUE = -1;
export const FILE_SHARE_READ = 0x1;
export const FILE_SHARE_WRITE = 0x2;
export const OPEN_EXISTING = 3;
/** CTL_CODE(IOCTL_DISK_BASE, 0x0008, METHOD_BUFFERED, FILE_ANY_ACCESS) */
export const IOCTL_DISK_PERFORMANCE = 0x70020;
/** sizeof(DISK_PERFORMANCE) on 64-bit; its fields are read by offset (src/probe/win32/decode.ts). */
export const DISK_PERFORMANCE_SIZE = 88;
export const ERROR_INVALID_FUNCTION = 1;
/** MEMORY_BASIC_INFORMATION (64-bit): BaseAddress, AllocationBase, AllocationProtect, RegionSize at 24, State, Protect at 36, Type. */
export const MBI_SIZE = 48;
export const MBI_REGION_SIZE = 24;
export const MBI_PROTECT = 36;
export const ERROR_INSUFFICIENT_BUFFER = 122;
export const ERROR_NOT_SUPPORTED = 50;

export interface Kernel32 {
  GetLastError(): number;
  GetSystemTimes(idle: FileTime | object, kernel: object, user: object): boolean;
  GlobalMemoryStatusEx(m: Record<string, number | bigint>): boolean;
  GetSystemPowerStatus(s: Record<string, number>): boolean;
  GetTickCount64(): number | bigint;
  GetActiveProcessorCount(group: number): number;
  GetLogicalDriveStringsW(len: number, buf: Buffer): number;
  GetDriveTypeW(root: string): number;
  GetDiskFreeSpaceExW(path: string, freeToCaller: [number | bigint], total: [number | bigint], free: [number | bigint]): boolean;
  GetVolumeInformationW(root: string, name: Buffer | null, nameLen: number, serial: null, maxComp: [number], flags: [number], fs: Buffer, fsLen: number): boolean;
  SetErrorMode(mode: number): number;
  OpenProcess(access: number, inherit: boolean, pid: number): Handle;
  CloseHandle(h: Handle): boolean;
  GetProcessTimes(h: Handle, create: object, exit: object, kernel: object, user: object): boolean;
  QueryFullProcessImageNameW(h: Handle, flags: number, buf: Buffer, size: [number]): boolean;
  GetProcessIoCounters(h: Handle, io: Record<string, number | bigint>): boolean;
  TerminateProcess(h: Handle, code: number): boolean;
  GetExitCodeProcess(h: Handle, code: [number]): boolean;
  WaitForSingleObject(h: Handle, ms: number): number;
  GetPriorityClass(h: Handle): number;
  SetPriorityClass(h: Handle, cls: number): boolean;
  GetProcessAffinityMask(h: Handle, proc: [number | bigint], sys: [number | bigint]): boolean;
  SetProcessAffinityMask(h: Handle, mask: number | bigint): boolean;
  GetProcessHandleCount(h: Handle, count: [number]): boolean;
  ReadProcessMemory(h: Handle, addr: number | bigint, buf: Buffer, size: number, read: [number | bigint] | null): boolean;
  IsWow64Process(h: Handle, wow: [number]): boolean;
  GetLogicalProcessorInformationEx(relation: number, buf: Buffer | null, len: [number]): boolean;
  CreateFileW(path: string, access: number, share: number, sa: null, disposition: number, flags: number, template: null): number | bigint;
  DeviceIoControl(h: number | bigint, code: number, inBuf: null, inLen: number, outBuf: Buffer, outLen: number, ret: [number], ov: null): boolean;
  CloseRawHandle(h: number | bigint): boolean;
  VirtualQueryEx(h: Handle, addr: number | bigint, mbi: Buffer, len: number): number | bigint;
  QueryDosDeviceW(name: string, buf: Buffer, max: number): number;
  GenerateConsoleCtrlEvent(event: number, group: number): boolean;
  /** A volume's mount points (folders another volume is mounted on); the handle is an intptr_t (INVALID_HANDLE_VALUE -1). */
  FindFirstVolumeMountPointW(root: string, buf: Buffer, len: number): number | bigint;
  FindNextVolumeMountPointW(h: number | bigint, buf: Buffer, len: number): boolean;
  FindVolumeMountPointClose(h: number | bigint): boolean;
}

export const RelationProcessorCore = 0;

let lib: Kernel32 | undefined;

export function kernel32(): Kernel32 {
  if (lib) return lib;
  const t = types();
  const k = koffi.load('kernel32.dll');
  const H = t.HANDLE;
  lib = {
    GetLastError: k.func('uint32 __stdcall GetLastError()'),
    GetSystemTimes: k.func('GetSystemTimes', 'bool', [koffi.out(koffi.pointer(t.FILETIME)), koffi.out(koffi.pointer(t.FILETIME)), koffi.out(koffi.pointer(t.FILETIME))]),
    GlobalMemoryStatusEx: k.func('GlobalMemoryStatusEx', 'bool', [koffi.inout(koffi.pointer(t.MEMORYSTATUSEX))]),
    GetSystemPowerStatus: k.func('GetSystemPowerStatus', 'bool', [koffi.out(koffi.pointer(t.SYSTEM_POWER_STATUS))]),
    GetTickCount64: k.func('uint64 __stdcall GetTickCount64()'),
    GetActiveProcessorCount: k.func('uint32 __stdcall GetActiveProcessorCount(uint16 group)'),
    GetLogicalDriveStringsW: k.func('uint32 __stdcall GetLogicalDriveStringsW(uint32 len, _Out_ void *buf)'),
    GetDriveTypeW: k.func('uint32 __stdcall GetDriveTypeW(const char16_t *root)'),
    GetDiskFreeSpaceExW: k.func('bool __stdcall GetDiskFreeSpaceExW(const char16_t *path, _Out_ uint64 *a, _Out_ uint64 *b, _Out_ uint64 *c)'),
    GetVolumeInformationW: k.func('bool __stdcall GetVolumeInformationW(const char16_t *root, _Out_ void *name, uint32 nameLen, void *serial, _Out_ uint32 *maxComp, _Out_ uint32 *flags, _Out_ void *fs, uint32 fsLen)'),
    SetErrorMode: k.func('uint32 __stdcall SetErrorMode(uint32 mode)'),
    OpenProcess: k.func('OpenProcess', H, ['uint32', 'bool', 'uint32']),
    CloseHandle: k.func('CloseHandle', 'bool', [H]),
    GetProcessTimes: k.func('GetProcessTimes', 'bool', [H, koffi.out(koffi.pointer(t.FILETIME)), koffi.out(koffi.pointer(t.FILETIME)), koffi.out(koffi.pointer(t.FILETIME)), koffi.out(koffi.pointer(t.FILETIME))]),
    QueryFullProcessImageNameW: k.func('QueryFullProcessImageNameW', 'bool', [H, 'uint32', koffi.out('void *'), koffi.inout(koffi.pointer('uint32'))]),
    GetProcessIoCounters: k.func('GetProcessIoCounters', 'bool', [H, koffi.out(koffi.pointer(t.IO_COUNTERS))]),
    TerminateProcess: k.func('TerminateProcess', 'bool', [H, 'uint32']),
    GetExitCodeProcess: k.func('GetExitCodeProcess', 'bool', [H, koffi.out(koffi.pointer('uint32'))]),
    WaitForSingleObject: k.func('WaitForSingleObject', 'uint32', [H, 'uint32']),
    GetPriorityClass: k.func('GetPriorityClass', 'uint32', [H]),
    SetPriorityClass: k.func('SetPriorityClass', 'bool', [H, 'uint32']),
    GetProcessAffinityMask: k.func('GetProcessAffinityMask', 'bool', [H, koffi.out(koffi.pointer('uint64')), koffi.out(koffi.pointer('uint64'))]),
    SetProcessAffinityMask: k.func('SetProcessAffinityMask', 'bool', [H, 'uint64']),
    GetProcessHandleCount: k.func('GetProcessHandleCount', 'bool', [H, koffi.out(koffi.pointer('uint32'))]),
    ReadProcessMemory: k.func('ReadProcessMemory', 'bool', [H, 'uint64', koffi.out('void *'), 'size_t', koffi.out(koffi.pointer('size_t'))]),
    GetLogicalProcessorInformationEx: k.func('bool __stdcall GetLogicalProcessorInformationEx(int relation, _Out_ void *buf, _Inout_ uint32 *len)'),
    CreateFileW: k.func('intptr_t __stdcall CreateFileW(const char16_t *path, uint32 access, uint32 share, void *sa, uint32 disposition, uint32 flags, void *template)'),
    DeviceIoControl: k.func('bool __stdcall DeviceIoControl(intptr_t h, uint32 code, void *inBuf, uint32 inLen, _Out_ void *outBuf, uint32 outLen, _Out_ uint32 *ret, void *ov)'),
    CloseRawHandle: k.func('CloseHandle', 'bool', ['intptr_t']),
    VirtualQueryEx: k.func('VirtualQueryEx', 'size_t', [H, 'uint64', koffi.out('void *'), 'size_t']),
    QueryDosDeviceW: k.func('uint32 __stdcall QueryDosDeviceW(const char16_t *name, _Out_ void *buf, uint32 max)'),
    FindFirstVolumeMountPointW: k.func('intptr_t __stdcall FindFirstVolumeMountPointW(const char16_t *root, _Out_ void *buf, uint32 len)'),
    FindNextVolumeMountPointW: k.func('bool __stdcall FindNextVolumeMountPointW(intptr_t h, _Out_ void *buf, uint32 len)'),
    FindVolumeMountPointClose: k.func('bool __stdcall FindVolumeMountPointClose(intptr_t h)'),
    GenerateConsoleCtrlEvent: k.func('bool __stdcall GenerateConsoleCtrlEvent(uint32 event, uint32 group)'),
    IsWow64Process: k.func('IsWow64Process', 'bool', [H, koffi.out(koffi.pointer('int'))]),
  } as Kernel32;
  return lib;
}

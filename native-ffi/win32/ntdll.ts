// koffi declarations for ntdll.dll. Declarations only: no logic. Loaded lazily, on win32 only.
// The NT structs are read from plain buffers by offset (src/probe/win32/parse.ts): they are
// variable-length lists a koffi struct cannot describe.
import koffi from 'koffi';
import { types } from './types';

export const SystemBasicInformation = 0;
export const SystemPerformanceInformation = 2;
export const SystemProcessInformation = 5;
export const SystemProcessorPerformanceInformation = 8;
export const SystemInterruptInformation = 23;
export const SystemPageFileInformation = 18;
/** NtQueryVirtualMemory class: MEMORY_WORKING_SET_INFORMATION, NumberOfEntries then one ULONG_PTR per page
 * (Protection bits 0-4, ShareCount bits 5-7, Shared bit 8, then Node and VirtualPage). */
export const MemoryWorkingSetInformation = 1;
export const SystemTimeOfDayInformation = 3;
/** SYSTEM_TIMEOFDAY_INFORMATION: BootTime, CurrentTime (LARGE_INTEGER dates), TimeZoneBias, TimeZoneId, Reserved, BootTimeBias, SleepTimeBias. */
export const STOD = { BootTime: 0, SleepTimeBias: 40, Size: 48 } as const;
/** SYSTEM_PROCESS_ID_INFORMATION (x64): ProcessId (HANDLE), then ImageName (UNICODE_STRING: Length, MaximumLength, Buffer at 16). */
export const SystemProcessIdInformation = 88;
export const SPII = { ProcessId: 0, Length: 8, MaximumLength: 10, Buffer: 16, Size: 24 } as const;
/** SYSTEM_PAGEFILE_INFORMATION (x64): NextEntryOffset, TotalSize, TotalInUse, PeakUsage (ULONGs, in pages), PageFileName. */
export const SPFI = { Next: 0, TotalSize: 4, TotalInUse: 8, PeakUsage: 12, NameLength: 16, NameBuffer: 24, Size: 32 } as const;
export const STATUS_INVALID_INFO_CLASS = 0xc0000003 | 0;
export const STATUS_NOT_IMPLEMENTED = 0xc0000002 | 0;
export const ProcessBasicInformation = 0;
export const ProcessCommandLineInformation = 60;
export const ProcessIoPriority = 33;
/** The PEB32 address of a WoW64 process, 0 for a native one. */
export const ProcessWow64Information = 26;
export const STATUS_SUCCESS = 0;
export const STATUS_INFO_LENGTH_MISMATCH = 0xc0000004 | 0;
export const STATUS_BUFFER_TOO_SMALL = 0xc0000023 | 0;
export const STATUS_ACCESS_DENIED = 0xc0000022 | 0;
/** sizeof(SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION) on 64-bit: Idle, Kernel, User, Dpc, Interrupt (i64 each) + ULONG + pad. */
export const SPPI_SIZE = 48;

/** SYSTEM_PERFORMANCE_INFORMATION: 4 LARGE_INTEGERs then ULONGs; ContextSwitches is the 67th ULONG, SystemCalls the 70th. */
export const SPI_CONTEXT_SWITCHES = 296;
export const SPI_SYSTEM_CALLS = 308;
/** The kernel's struct has grown over the releases: a buffer at least this big is accepted by all. */
export const SPI_BUFFER_SIZE = 1024;
/** SYSTEM_INTERRUPT_INFORMATION: six ULONGs, DpcCount the second. */
export const SII_SIZE = 24;
export const SII_DPC_COUNT = 4;
/** SYSTEM_PROCESSOR_PERFORMANCE_INFORMATION.InterruptCount, after the five LARGE_INTEGERs. */
export const SPPI_INTERRUPT_COUNT = 40;

export interface Ntdll {
  NtQuerySystemInformation(cls: number, buf: Buffer | null, len: number, ret: [number]): number;
  NtQueryInformationProcess(h: unknown, cls: number, buf: Buffer, len: number, ret: [number]): number;
  NtSetInformationProcess(h: unknown, cls: number, buf: Buffer, len: number): number;
  NtSuspendProcess(h: unknown): number;
  NtResumeProcess(h: unknown): number;
  RtlNtStatusToDosError(status: number): number;
  NtQueryVirtualMemory(h: unknown, base: number | bigint, cls: number, buf: Buffer, len: number | bigint, ret: null): number;
}

let lib: Ntdll | undefined;

export function ntdll(): Ntdll {
  if (lib) return lib;
  const H = types().HANDLE;
  const n = koffi.load('ntdll.dll');
  lib = {
    NtQuerySystemInformation: n.func('int32 __stdcall NtQuerySystemInformation(uint32 cls, _Out_ void *buf, uint32 len, _Out_ uint32 *ret)'),
    NtQueryInformationProcess: n.func('NtQueryInformationProcess', 'int32', [H, 'uint32', koffi.out('void *'), 'uint32', koffi.out(koffi.pointer('uint32'))]),
    NtSetInformationProcess: n.func('NtSetInformationProcess', 'int32', [H, 'uint32', 'void *', 'uint32']),
    NtSuspendProcess: n.func('NtSuspendProcess', 'int32', [H]),
    NtResumeProcess: n.func('NtResumeProcess', 'int32', [H]),
    NtQueryVirtualMemory: n.func('NtQueryVirtualMemory', 'int32', [H, 'uint64', 'uint32', koffi.out('void *'), 'size_t', 'void *']),
    RtlNtStatusToDosError: n.func('uint32 __stdcall RtlNtStatusToDosError(int32 status)'),
  } as Ntdll;
  return lib;
}

// koffi declarations for psapi (K32* exports of kernel32 since Windows 7). Declarations only.
import koffi from 'koffi';
import { types } from './types';

export interface Psapi {
  GetProcessMemoryInfo(h: unknown, counters: Record<string, number | bigint>, cb: number): boolean;
  GetPerformanceInfo(info: Record<string, number | bigint>, cb: number): boolean;
  EnumProcesses(buf: Buffer, cb: number, needed: [number]): boolean;
  /** The NT path (\\Device\\HarddiskVolumeN\\...) of the file mapped at addr; length in WCHARs, 0 if none. */
  GetMappedFileNameW(h: unknown, addr: number | bigint, buf: Buffer, size: number): number;
}

let lib: Psapi | undefined;

export function psapi(): Psapi {
  if (lib) return lib;
  const t = types();
  const k = koffi.load('kernel32.dll');
  lib = {
    GetProcessMemoryInfo: k.func('K32GetProcessMemoryInfo', 'bool', [t.HANDLE, koffi.inout(koffi.pointer(t.PROCESS_MEMORY_COUNTERS_EX)), 'uint32']),
    GetPerformanceInfo: k.func('K32GetPerformanceInfo', 'bool', [koffi.inout(koffi.pointer(t.PERFORMANCE_INFORMATION)), 'uint32']),
    GetMappedFileNameW: k.func('K32GetMappedFileNameW', 'uint32', [t.HANDLE, 'uint64', koffi.out('void *'), 'uint32']),
    EnumProcesses: k.func('bool __stdcall K32EnumProcesses(_Out_ void *buf, uint32 cb, _Out_ uint32 *needed)'),
  } as Psapi;
  return lib;
}

export function sizeofPerformanceInformation(): number { return koffi.sizeof(types().PERFORMANCE_INFORMATION); }
export function sizeofMemoryCountersEx(): number { return koffi.sizeof(types().PROCESS_MEMORY_COUNTERS_EX); }

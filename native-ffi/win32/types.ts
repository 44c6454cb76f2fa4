// Shared Win32 types for the koffi declarations in this folder. Declarations only: no logic.
// Everything here is created on first use (types()), so that importing on Linux touches nothing.
import koffi from 'koffi';

export interface FileTime { dwLowDateTime: number; dwHighDateTime: number }

/** 100 ns units since 1601-01-01 -> seconds (a FILETIME as a duration or a date). */
export const FILETIME_TICKS_PER_SECOND = 1e7;
export const EPOCH_DIFF_SECONDS = 11644473600;

let made: ReturnType<typeof make> | undefined;

function make() {
  const HANDLE = koffi.pointer('HANDLE', koffi.opaque());
  const FILETIME = koffi.struct('FILETIME', { dwLowDateTime: 'uint32', dwHighDateTime: 'uint32' });
  const MEMORYSTATUSEX = koffi.struct('MEMORYSTATUSEX', {
    dwLength: 'uint32', dwMemoryLoad: 'uint32', ullTotalPhys: 'uint64', ullAvailPhys: 'uint64',
    ullTotalPageFile: 'uint64', ullAvailPageFile: 'uint64', ullTotalVirtual: 'uint64', ullAvailVirtual: 'uint64',
    ullAvailExtendedVirtual: 'uint64',
  });
  const SYSTEM_POWER_STATUS = koffi.struct('SYSTEM_POWER_STATUS', {
    ACLineStatus: 'uint8', BatteryFlag: 'uint8', BatteryLifePercent: 'uint8', SystemStatusFlag: 'uint8',
    BatteryLifeTime: 'uint32', BatteryFullLifeTime: 'uint32',
  });
  const IO_COUNTERS = koffi.struct('IO_COUNTERS', {
    ReadOperationCount: 'uint64', WriteOperationCount: 'uint64', OtherOperationCount: 'uint64',
    ReadTransferCount: 'uint64', WriteTransferCount: 'uint64', OtherTransferCount: 'uint64',
  });
  const PROCESS_MEMORY_COUNTERS_EX = koffi.struct('PROCESS_MEMORY_COUNTERS_EX', {
    cb: 'uint32', PageFaultCount: 'uint32', PeakWorkingSetSize: 'size_t', WorkingSetSize: 'size_t',
    QuotaPeakPagedPoolUsage: 'size_t', QuotaPagedPoolUsage: 'size_t', QuotaPeakNonPagedPoolUsage: 'size_t',
    QuotaNonPagedPoolUsage: 'size_t', PagefileUsage: 'size_t', PeakPagefileUsage: 'size_t', PrivateUsage: 'size_t',
  });
  const PERFORMANCE_INFORMATION = koffi.struct('PERFORMANCE_INFORMATION', {
    cb: 'uint32', CommitTotal: 'size_t', CommitLimit: 'size_t', CommitPeak: 'size_t', PhysicalTotal: 'size_t',
    PhysicalAvailable: 'size_t', SystemCache: 'size_t', KernelTotal: 'size_t', KernelPaged: 'size_t',
    KernelNonpaged: 'size_t', PageSize: 'size_t', HandleCount: 'uint32', ProcessCount: 'uint32', ThreadCount: 'uint32',
  });
  const PROCESSOR_POWER_INFORMATION = koffi.struct('PROCESSOR_POWER_INFORMATION', {
    Number: 'uint32', MaxMhz: 'uint32', CurrentMhz: 'uint32', MhzLimit: 'uint32', MaxIdleState: 'uint32', CurrentIdleState: 'uint32',
  });
  return {
    HANDLE, FILETIME, MEMORYSTATUSEX, SYSTEM_POWER_STATUS, IO_COUNTERS, PROCESS_MEMORY_COUNTERS_EX,
    PERFORMANCE_INFORMATION, PROCESSOR_POWER_INFORMATION,
  };
}

export function types(): ReturnType<typeof make> {
  made ??= make();
  return made;
}

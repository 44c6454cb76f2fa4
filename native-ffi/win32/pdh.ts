// koffi declarations for pdh.dll (the performance counter behind getLoadAvg). Declarations only:
// no logic. Loaded lazily, on win32 only. A query is closed with PdhCloseQuery.
import koffi from 'koffi';

export const PDH_FMT_DOUBLE = 0x00000200;
/** PDH_FMT_COUNTERVALUE: CStatus (DWORD), padding, then the value union: the double at 8. */
export const PDH_FMT_COUNTERVALUE_SIZE = 16;
export const PDH_FMT_COUNTERVALUE_DOUBLE = 8;
export const PROCESSOR_QUEUE_LENGTH = '\\System\\Processor Queue Length';

type AsyncFn<A extends unknown[]> = { async(...args: [...A, (err: unknown, status: number) => void]): void };

export interface Pdh {
  PdhOpenQueryW: ((src: null, user: number, query: [unknown]) => number) & AsyncFn<[null, number, [unknown]]>;
  PdhAddEnglishCounterW: ((query: unknown, path: string, user: number, counter: [unknown]) => number) & AsyncFn<[unknown, string, number, [unknown]]>;
  PdhCollectQueryData: ((query: unknown) => number) & AsyncFn<[unknown]>;
  PdhGetFormattedCounterValue(counter: unknown, format: number, type: null, value: Buffer): number;
  PdhCloseQuery(query: unknown): number;
}

let lib: Pdh | undefined;

export function pdh(): Pdh {
  if (lib) return lib;
  const p = koffi.load('pdh.dll');
  lib = {
    PdhOpenQueryW: p.func('uint32 __stdcall PdhOpenQueryW(const char16_t *src, uintptr_t user, _Out_ void **query)'),
    PdhAddEnglishCounterW: p.func('uint32 __stdcall PdhAddEnglishCounterW(void *query, const char16_t *path, uintptr_t user, _Out_ void **counter)'),
    PdhCollectQueryData: p.func('uint32 __stdcall PdhCollectQueryData(void *query)'),
    PdhGetFormattedCounterValue: p.func('uint32 __stdcall PdhGetFormattedCounterValue(void *counter, uint32 format, void *type, _Out_ void *value)'),
    PdhCloseQuery: p.func('uint32 __stdcall PdhCloseQuery(void *query)'),
  } as unknown as Pdh;
  return lib;
}

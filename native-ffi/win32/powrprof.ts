// koffi declarations for powrprof.dll (cpu frequency). Declarations only.
import koffi from 'koffi';

export const ProcessorInformation = 11;
/** sizeof(PROCESSOR_POWER_INFORMATION): six ULONGs. */
export const PROCESSOR_POWER_INFORMATION_SIZE = 24;

export interface Powrprof {
  CallNtPowerInformation(level: number, inBuf: null, inLen: number, out: Buffer, outLen: number): number;
}

let lib: Powrprof | undefined;

export function powrprof(): Powrprof {
  lib ??= {
    CallNtPowerInformation: koffi.load('powrprof.dll').func('int32 __stdcall CallNtPowerInformation(int32 level, void *inBuf, uint32 inLen, _Out_ void *out, uint32 outLen)'),
  } as Powrprof;
  return lib;
}

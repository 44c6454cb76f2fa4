// The strings of a process's RTL_USER_PROCESS_PARAMETERS (psutil's proc_peb.c): the working
// directory, the command line and the environment block, read from the process's memory through
// `read`. A 64-bit reader of a 32-bit (WoW64) process follows the PEB32 and
// RTL_USER_PROCESS_PARAMETERS32 layout, whose address ProcessWow64Information gives.
import { decodeUtf16 } from './parse';

export interface PebLayout {
  /** Pointer size; the UNICODE_STRING's Buffer follows Length/MaximumLength (padded to it). */
  ptr: 4 | 8;
  /** PEB.ProcessParameters. */
  processParameters: number;
  /** RTL_USER_PROCESS_PARAMETERS: CurrentDirectory.DosPath, CommandLine, Environment, EnvironmentSize. */
  cwd: number; commandLine: number; environment: number; environmentSize: number;
}

export const PEB64: PebLayout = { ptr: 8, processParameters: 0x20, cwd: 0x38, commandLine: 0x70, environment: 0x80, environmentSize: 0x3f0 };
export const PEB32: PebLayout = { ptr: 4, processParameters: 0x10, cwd: 0x24, commandLine: 0x40, environment: 0x48, environmentSize: 0x290 };

export type ReadMemory = (addr: bigint, size: number) => Buffer;

const ptrAt = (b: Buffer, o: number, ptr: 4 | 8): bigint => (ptr === 8 ? b.readBigUInt64LE(o) : BigInt(b.readUInt32LE(o)));

/** The address of the process parameters, from the PEB at `peb`. */
export function processParameters(read: ReadMemory, layout: PebLayout, peb: bigint): bigint {
  return ptrAt(read(peb + BigInt(layout.processParameters), layout.ptr), 0, layout.ptr);
}

/** A UNICODE_STRING of the parameters ('cwd' or 'commandLine'). */
export function paramString(read: ReadMemory, layout: PebLayout, params: bigint, which: 'cwd' | 'commandLine'): string {
  const us = read(params + BigInt(layout[which]), 2 * layout.ptr);
  const len = us.readUInt16LE(0);
  return len ? decodeUtf16(read(ptrAt(us, layout.ptr, layout.ptr), len), 0, len) : '';
}

/** The environment block (up to 16 MiB), '' when the process has none. */
export function environmentBlock(read: ReadMemory, layout: PebLayout, params: bigint): string {
  const p = ptrAt(read(params + BigInt(layout.environment), layout.ptr), 0, layout.ptr);
  const size = Number(ptrAt(read(params + BigInt(layout.environmentSize), layout.ptr), 0, layout.ptr));
  if (!p || !size) return '';
  const n = Math.min(size, 1 << 24);
  return decodeUtf16(read(p, n), 0, n);
}

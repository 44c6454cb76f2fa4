// Process.exe() on Windows as psutil's proc_exe: NtQuerySystemInformation(SystemProcessIdInformation)
// names the image of any pid without opening the process (so other users' and protected processes
// too), as an NT path converted to a drive letter (convert_dos_path). A kernel without that class
// (Wine, Windows before Vista) falls back to QueryFullProcessImageNameW on a limited handle.
import koffi from 'koffi';
import { kernel32, PROCESS_QUERY_LIMITED_INFORMATION } from '../../../native-ffi/win32/kernel32';
import {
  ntdll, SPII, STATUS_INFO_LENGTH_MISMATCH, STATUS_INVALID_INFO_CLASS, STATUS_NOT_IMPLEMENTED, SystemProcessIdInformation,
} from '../../../native-ffi/win32/ntdll';
import { NoSuchProcess } from '../errors';
import { convertDosPath } from './decode';
import { callError, NtError, withProcess } from './native';
import { decodeUtf16 } from './parse';

/** NTFS_MAX_PATH in bytes: the largest ImageName the USHORT lengths can describe. */
const MAX_NAME_BYTES = 0x7fff * 2;

/** What imageNameById needs (the unit tests pass a fake kernel). */
export interface ImageNameDeps {
  query(info: Buffer): number;
  address(buf: Buffer): bigint;
}

const liveDeps = (): ImageNameDeps => ({
  query: (info) => ntdll().NtQuerySystemInformation(SystemProcessIdInformation, info, SPII.Size, [0]),
  address: (buf) => koffi.address(buf) as bigint,
});

/**
 * The NT image path of pid by SystemProcessIdInformation, '' for a process without one (pid 4),
 * undefined when the kernel lacks the class. The kernel says in MaximumLength how much it needs;
 * under WOW64 it may not, and the buffer is doubled instead (psutil's loop).
 */
export function imageNameById(pid: number, deps: ImageNameDeps = liveDeps()): string | undefined {
  let size = 0x104 * 2;
  for (let tries = 0; tries < 16; tries++) {
    const name = Buffer.alloc(size);
    const info = Buffer.alloc(SPII.Size);
    info.writeBigUInt64LE(BigInt(pid), SPII.ProcessId);
    info.writeUInt16LE(size, SPII.MaximumLength);
    info.writeBigUInt64LE(deps.address(name), SPII.Buffer);
    const status = deps.query(info);
    if (status === STATUS_INVALID_INFO_CLASS || status === STATUS_NOT_IMPLEMENTED) return undefined;
    if (status === STATUS_INFO_LENGTH_MISMATCH && size < MAX_NAME_BYTES) {
      const want = info.readUInt16LE(SPII.MaximumLength);
      size = want > size ? want : Math.min(size * 2, MAX_NAME_BYTES);
      continue;
    }
    if (status < 0) throw new NtError('NtQuerySystemInformation(SystemProcessIdInformation)', status);
    if (info.readBigUInt64LE(SPII.Buffer) === 0n) return '';
    return decodeUtf16(name, 0, Math.min(info.readUInt16LE(SPII.Length), size));
  }
  throw new Error('NtQuerySystemInformation(SystemProcessIdInformation): the name kept growing');
}

/** QueryFullProcessImageNameW: a Win32 path already. */
function imageNameByHandle(pid: number, name: string | undefined): string {
  return withProcess(pid, PROCESS_QUERY_LIMITED_INFORMATION, name, (h) => {
    const buf = Buffer.alloc(32768 * 2);
    const size: [number] = [32768];
    if (!kernel32().QueryFullProcessImageNameW(h, 0, buf, size)) throw callError(pid, name, 'QueryFullProcessImageNameW');
    return decodeUtf16(buf, 0, size[0] * 2);
  });
}

let noIdClass = false;

/**
 * psutil's exe(): the pid must be running (the class answers for a process that has exited while
 * some handle keeps it), an NT path ("\Device\HarddiskVolume3\...") gets its drive letter, any
 * other name ("Registry", "MemCompression") is returned as is.
 */
export function processExe(pid: number, name: string | undefined, running: (pid: number) => boolean): string {
  if (!noIdClass) {
    if (!running(pid)) throw new NoSuchProcess(pid, name);
    const raw = imageNameById(pid);
    if (raw !== undefined) return raw.startsWith('\\') ? convertDosPath(raw, dosDevices()) : raw;
    noIdClass = true;
  }
  return imageNameByHandle(pid, name);
}

let devices: { map: Map<string, string>; at: number } | undefined;

/**
 * NT device (lower case) -> drive letter ("\device\harddiskvolume1" -> "C:") from QueryDosDeviceW
 * over A: to Z:. Kept for 5 s: exe() of every process in a scan asks for it (psutil caches
 * convert_dos_path's answers for good).
 */
export function dosDevices(): Map<string, string> {
  if (devices && Date.now() - devices.at < 5000) return devices.map;
  const k = kernel32();
  const out = new Map<string, string>();
  const buf = Buffer.alloc(1024);
  for (let c = 65; c <= 90; c++) {
    const letter = `${String.fromCharCode(c)}:`;
    const n = k.QueryDosDeviceW(letter, buf, buf.length / 2);
    if (!n) continue;
    const target = decodeUtf16(buf, 0, buf.length).split('\0')[0];
    if (target && !out.has(target.toLowerCase())) out.set(target.toLowerCase(), letter);
  }
  devices = { map: out, at: Date.now() };
  return out;
}

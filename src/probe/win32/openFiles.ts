// Process.openFiles() on Windows, as psutil's proc_handles.c: the process's handles from the
// system handle table, each duplicated into this process; the File ones that name a disk file
// (not a directory, not being deleted) by NtQueryObject(ObjectNameInformation), converted to a
// drive letter. NtQueryObject, and GetFileType / NtQueryInformationFile before it, wait for the
// file object's lock, which a synchronous read on a pipe can hold for ever: psutil makes those
// calls in a thread it gives 100 ms and then kills. Here they run in a worker thread (a thread of
// this process, not a program) that the caller waits for with Atomics.wait and a 100 ms deadline;
// a worker that misses it is left to finish its call and end (threads cannot be killed safely in
// Node), together with the handle copy it holds, and the next handle gets a fresh worker. Asking
// GetFileType first on the calling thread would not avoid the wait: it takes the same lock.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import koffi from 'koffi';
import {
  DUPLICATE_SAME_ACCESS, kernel32, PROCESS_DUP_HANDLE, PROCESS_QUERY_INFORMATION,
} from '../../../native-ffi/win32/kernel32';
import {
  ntdll, ObjectTypeInformation, SHTE, STATUS_BUFFER_TOO_SMALL, STATUS_INFO_LENGTH_MISMATCH, SystemExtendedHandleInformation,
} from '../../../native-ffi/win32/ntdll';
import type { OpenFile } from '../platform';
import { convertDosPath } from './decode';
import { dosDevices } from './exe';
import { NtError, withProcess } from './native';
import { decodeUtf16 } from './parse';

/** psutil's THREAD_TIMEOUT. */
export const NAME_TIMEOUT_MS = 100;
const BOOT_TIMEOUT_MS = 10000;

// ctl[0]: the state (BOOTING -> IDLE <-> BUSY -> DONE), ctl[1] the handle, ctl[2] the answer kind
// (0 not a disk file, 1 a name of ctl[3] bytes in data, 2 NtQueryObject failed with status ctl[3]).
const IDLE = 0; const BUSY = 1; const DONE = 2; const BOOTING = 3; const QUIT = 9;

/** The worker's code: plain JavaScript, given its koffi path (the bundle has no module to point a worker at). */
const WORKER = `
const { workerData } = require('node:worker_threads');
const koffi = require(workerData.koffi);
const ctl = new Int32Array(workerData.ctl);
const data = new Uint8Array(workerData.data);
const k = koffi.load('kernel32.dll');
const n = koffi.load('ntdll.dll');
const GetFileType = k.func('uint32 __stdcall GetFileType(intptr_t h)');
const NtQueryInformationFile = n.func('int32 __stdcall NtQueryInformationFile(intptr_t h, _Out_ void *iosb, _Out_ void *buf, uint32 len, uint32 cls)');
const NtQueryObject = n.func('int32 __stdcall NtQueryObject(intptr_t h, uint32 cls, _Out_ void *buf, uint32 len, _Out_ uint32 *ret)');
const iosb = Buffer.alloc(16), std = Buffer.alloc(24), basic = Buffer.alloc(40), name = Buffer.alloc(65536 + 16);
Atomics.store(ctl, 0, ${IDLE}); Atomics.notify(ctl, 0);
for (;;) {
  Atomics.wait(ctl, 0, ${IDLE});
  const state = Atomics.load(ctl, 0);
  if (state === ${QUIT}) break;
  if (state !== ${BUSY}) continue;
  const h = ctl[1];
  let kind = 0, v = 0;
  // psutil's worker_loop: a disk file (FILE_TYPE_DISK), not a directory nor being deleted
  // (FileStandardInformation), and not a directory's index stream either (FileBasicInformation)
  if (GetFileType(h) === 1 && NtQueryInformationFile(h, iosb, std, 24, 5) >= 0 && !std[20] && !std[21]
      && !(NtQueryInformationFile(h, iosb, basic, 40, 4) >= 0 && (basic.readUInt32LE(32) & 0x10))) {
    const st = NtQueryObject(h, 1, name, name.length, [0]);
    if (st >= 0) {
      const len = name.readUInt16LE(0);
      const at = Number(name.readBigUInt64LE(8) - koffi.address(name));
      if (len && at >= 0 && at + len <= name.length) { data.set(name.subarray(at, at + len)); kind = 1; v = len; }
    } else { kind = 2; v = st; }
  }
  ctl[2] = kind; ctl[3] = v;
  Atomics.store(ctl, 0, ${DONE}); Atomics.notify(ctl, 0);
}
`;

interface NameWorker { worker: Worker; ctl: Int32Array; data: Uint8Array }

let current: NameWorker | undefined;

function startWorker(): NameWorker {
  const ctl = new Int32Array(new SharedArrayBuffer(16));
  const data = new Uint8Array(new SharedArrayBuffer(65536));
  ctl[0] = BOOTING;
  const worker = new Worker(WORKER, { eval: true, workerData: { koffi: createRequire(__filename).resolve('koffi'), ctl: ctl.buffer, data: data.buffer } });
  worker.unref();
  worker.on('error', () => { /* reported as a missed deadline */ });
  if (Atomics.wait(ctl, 0, BOOTING, BOOT_TIMEOUT_MS) === 'timed-out' && Atomics.load(ctl, 0) === BOOTING) {
    void worker.terminate();
    throw new Error('openFiles: the name worker did not start');
  }
  return { worker, ctl, data };
}

/** Ends the idle worker (a worker past its deadline has been let go already). */
export function releaseOpenFiles(): void {
  if (!current) return;
  Atomics.store(current.ctl, 0, QUIT);
  Atomics.notify(current.ctl, 0);
  void current.worker.terminate();
  current = undefined;
}

/** The NT name of a disk-file handle of this process; null if it is no disk file, or if the worker missed the deadline (handle then left to it). */
function fileName(h: number): { name: string | null; abandoned: boolean } {
  current ??= startWorker();
  const w = current;
  w.ctl[1] = h;
  Atomics.store(w.ctl, 0, BUSY);
  Atomics.notify(w.ctl, 0);
  const end = Date.now() + NAME_TIMEOUT_MS;
  while (Atomics.load(w.ctl, 0) === BUSY) {
    const left = end - Date.now();
    if (left <= 0) {
      current = undefined; // busy in the kernel: it ends once its call returns (terminate takes effect then)
      void w.worker.terminate();
      return { name: null, abandoned: true };
    }
    Atomics.wait(w.ctl, 0, BUSY, left);
  }
  const kind = w.ctl[2];
  const v = w.ctl[3];
  Atomics.store(w.ctl, 0, IDLE);
  if (kind === 1) return { name: decodeUtf16(w.data, 0, v), abandoned: false };
  return { name: null, abandoned: false };
}

/** Every handle in the system as (pid, handle value, type index), from SystemExtendedHandleInformation. */
function handlesOf(pid: number): { value: bigint; type: number }[] {
  for (let size = 1 << 20; size <= 1 << 28; size *= 2) {
    const buf = Buffer.alloc(size);
    const ret: [number] = [0];
    const status = ntdll().NtQuerySystemInformation(SystemExtendedHandleInformation, buf, size, ret);
    if (status === STATUS_INFO_LENGTH_MISMATCH || status === STATUS_BUFFER_TOO_SMALL) { size = Math.max(size, ret[0]); continue; }
    if (status < 0) throw new NtError('NtQuerySystemInformation(SystemExtendedHandleInformation)', status);
    const n = Math.min(Number(buf.readBigUInt64LE(0)), Math.floor((buf.length - SHTE.First) / SHTE.Size));
    const out: { value: bigint; type: number }[] = [];
    for (let i = 0; i < n; i++) {
      const o = SHTE.First + i * SHTE.Size;
      if (Number(buf.readBigUInt64LE(o + SHTE.Pid)) === pid) out.push({ value: buf.readBigUInt64LE(o + SHTE.Handle), type: buf.readUInt16LE(o + SHTE.TypeIndex) });
    }
    return out;
  }
  throw new Error('NtQuerySystemInformation(SystemExtendedHandleInformation): the handle table kept growing');
}

/** The object type name of a handle of this process (NtQueryObject(ObjectTypeInformation): no file lock involved). */
function typeName(h: number): string {
  const buf = Buffer.alloc(4096);
  if (ntdll().NtQueryObject(h, ObjectTypeInformation, buf, buf.length, [0]) < 0) return '';
  const len = buf.readUInt16LE(0);
  const at = Number(buf.readBigUInt64LE(8) - (koffi.address(buf) as bigint));
  return len && at >= 0 && at + len <= buf.length ? decodeUtf16(buf, at, len) : '';
}

/**
 * psutil's open_files on Windows: regular files only, paths with drive letters, each once; fd -1
 * (Windows has handles, not descriptors) and no position or mode (-1, ''), flags 0.
 */
export function openFiles(pid: number, name: string | undefined): OpenFile[] {
  if (pid === 0 || pid === 4) return [];
  return withProcess(pid, PROCESS_DUP_HANDLE | PROCESS_QUERY_INFORMATION, name, (proc) => {
    const k = kernel32();
    const self = k.GetCurrentProcess();
    const isFile = new Map<number, boolean>(); // type index -> File, learnt from the first handle of each type
    const paths = new Set<string>();
    for (const { value, type } of handlesOf(pid)) {
      if (isFile.get(type) === false) continue;
      const dup: [number | bigint] = [0];
      if (!k.DuplicateHandle(proc, value, self, dup, 0, false, DUPLICATE_SAME_ACCESS)) continue; // closed meanwhile, or not ours to copy
      const h = Number(dup[0]);
      let abandoned = false;
      try {
        if (!isFile.has(type)) isFile.set(type, typeName(h) === 'File');
        if (!isFile.get(type)) continue;
        const r = fileName(h);
        abandoned = r.abandoned;
        if (r.name) paths.add(convertDosPath(r.name, dosDevices()));
      } finally {
        if (!abandoned) k.CloseRawHandle(h);
      }
    }
    return [...paths].map((path) => ({ path, fd: -1, position: -1, mode: '', flags: 0 }));
  });
}

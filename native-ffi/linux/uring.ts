// koffi declarations for io_uring (no glibc wrappers exist) and the mmap it needs. Declarations and
// the kernel ABI's numbers only: the logic is in src/probe/linux/uringReader.ts.
import koffi from 'koffi';
import { libc } from './libc';

/** io_uring_setup/enter/register: the same numbers on every architecture (added after the syscall table unification). */
export const SYS_IO_URING_SETUP = 425;
export const SYS_IO_URING_ENTER = 426;
export const SYS_IO_URING_REGISTER = 427;

export const IORING_OP_OPENAT = 18;
export const IORING_OP_CLOSE = 19;
export const IORING_OP_READ = 22;

export const IOSQE_FIXED_FILE = 1 << 0;
export const IOSQE_IO_LINK = 1 << 2;
export const IOSQE_IO_HARDLINK = 1 << 3;

export const IORING_SETUP_SINGLE_ISSUER = 1 << 12;
export const IORING_SETUP_DEFER_TASKRUN = 1 << 13;
export const IORING_ENTER_GETEVENTS = 1 << 0;
export const IORING_REGISTER_FILES = 2;
/** Linux 5.17: a linked request's file is looked up when it runs, so open -> read on a direct descriptor works. */
export const IORING_FEAT_LINKED_FILE = 1 << 12;
export const IORING_FEAT_SINGLE_MMAP = 1 << 0;

export const IORING_OFF_SQ_RING = 0;
export const IORING_OFF_SQES = 0x10000000;

export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const MAP_SHARED = 1;
export const MAP_POPULATE = 0x8000;
export const AT_FDCWD = -100;

/** struct io_uring_params: 120 bytes; the offsets of the fields read back. */
export const PARAMS_SIZE = 120;
export const PARAMS = {
  sqEntries: 0, cqEntries: 4, flags: 8, features: 20,
  sqOff: { head: 40, tail: 44, ringMask: 48, array: 64 },
  cqOff: { head: 80, tail: 84, ringMask: 88, cqes: 100 },
} as const;

/** struct io_uring_sqe (64 bytes) and struct io_uring_cqe (16 bytes), little-endian field offsets. */
export const SQE_SIZE = 64;
export const SQE = { opcode: 0, flags: 1, fd: 4, off: 8, addr: 16, len: 24, openFlags: 28, userData: 32, fileIndex: 44 } as const;
export const CQE_SIZE = 16;
export const CQE = { userData: 0, res: 8 } as const;

export interface UringCalls {
  /** Returns the ring fd, or -1 (errno()). */
  setup(entries: number, params: Buffer): number;
  /** Returns the number of requests consumed, or -1 (errno()). */
  enter(fd: number, toSubmit: number, minComplete: number, flags: number): number;
  /** io_uring_register with an argument buffer; 0 or -1 (errno()). */
  register(fd: number, opcode: number, arg: Buffer, nrArgs: number): number;
  /** mmap of the ring: a view of the kernel's shared memory and its munmap, or null when mmap failed. */
  mapRing(fd: number, length: number, offset: number): { view: ArrayBuffer; unmap(): void } | null;
  /** The address of a Buffer's memory (stable: Node never moves a Buffer's backing store). */
  addressOf(buf: Buffer): bigint;
  errno(): number;
  close(fd: number): number;
}

let cached: UringCalls | undefined;

export function uringCalls(): UringCalls {
  if (cached) return cached;
  const lib = koffi.load('libc.so.6');
  const syscall = lib.func('long syscall(long, ...)');
  const mmap = lib.func('void *mmap(void *, size_t, int, int, int, long)');
  const munmap = lib.func('int munmap(void *, size_t)');
  const { close, errno } = libc(); // the ring fd is an ordinary fd: libc.ts's close and errno
  const MAP_FAILED = (1n << 64n) - 1n;
  cached = {
    setup: (entries, params) => Number(syscall(SYS_IO_URING_SETUP, 'uint32_t', entries, 'void *', params)),
    enter: (fd, toSubmit, minComplete, flags) => Number(syscall(SYS_IO_URING_ENTER,
      'int', fd, 'uint32_t', toSubmit, 'uint32_t', minComplete, 'uint32_t', flags, 'void *', null, 'size_t', 0)),
    register: (fd, opcode, arg, nrArgs) => Number(syscall(SYS_IO_URING_REGISTER, 'int', fd, 'uint32_t', opcode, 'void *', arg, 'uint32_t', nrArgs)),
    mapRing: (fd, length, offset) => {
      const p = mmap(null, length, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, offset);
      if (!p || koffi.address(p) === MAP_FAILED) return null;
      return { view: koffi.view(p, length), unmap: () => munmap(p, length) };
    },
    addressOf: (buf) => koffi.address(buf),
    errno,
    close,
  };
  return cached;
}

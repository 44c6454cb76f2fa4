// Reads many small procfs files with one system call: io_uring, each file an open -> read -> close
// chain on a direct descriptor (never in the fd table). processIter reads three files for every
// process, nine syscalls each, and on a VM with costly syscalls that crossing is most of a scan.
//
// Only for files the kernel renders whole in one read (see readWholeText): a read that fills its
// slot is reported as not read, and the caller reads that file the ordinary way. So is every
// error: the caller's own read then meets it and maps it as usual. io_uring is a speed-up only.
//
// Needs Linux 6.1 (DEFER_TASKRUN; linked direct descriptors since 5.17); refused by seccomp profiles (Docker's default),
// kernel.io_uring_disabled, or VITALS_NO_URING=1: then there is no reader and nothing changes.
import {
  AT_FDCWD, CQE, CQE_SIZE, IORING_ENTER_GETEVENTS, IORING_FEAT_LINKED_FILE, IORING_FEAT_SINGLE_MMAP,
  IORING_OFF_SQ_RING, IORING_OFF_SQES, IORING_OP_CLOSE, IORING_OP_OPENAT, IORING_OP_READ, IORING_REGISTER_FILES,
  IORING_SETUP_DEFER_TASKRUN, IORING_SETUP_SINGLE_ISSUER, IOSQE_FIXED_FILE, IOSQE_IO_HARDLINK, IOSQE_IO_LINK, PARAMS, PARAMS_SIZE, SQE, SQE_SIZE, uringCalls, type UringCalls,
} from '../../../native-ffi/linux/uring';
import { tryLibc } from './native';

/** Files per batch; each has its own read slot and direct-descriptor slot. */
export const URING_FILES_PER_BATCH = 192;
/** Bytes a file may have and still be read in the batch; a full slot is left to the caller. */
export const URING_SLOT_BYTES = 8192;
const PATH_BYTES = 256;
const EINTR = 4;

/** Where file i's path and read slot sit in the reader's one Buffer: every path, then every slot. */
const pathOffset = (file: number) => file * PATH_BYTES;
const slotOffset = (file: number) => URING_FILES_PER_BATCH * PATH_BYTES + file * URING_SLOT_BYTES;

interface Ring {
  fd: number;
  sqTail: Uint32Array; sqMask: number; sqArray: Uint32Array;
  cqHead: Uint32Array; cqTail: Uint32Array; cqMask: number; cqes: DataView;
  /** The submission entries, filled once by writeRequests. */
  sqes: Buffer;
  unmap(): void;
}

export class UringReader {
  private constructor(private readonly calls: UringCalls, private readonly ring: Ring, private readonly memory: Buffer) {}

  /** A reader, or null where io_uring cannot be used here (the reason is not needed: callers read normally). */
  static open(): UringReader | null {
    // no koffi, or VITALS_NO_FFI=1: the plain reads are Node's fs then, and so are these
    if (process.platform !== 'linux' || process.env.VITALS_NO_URING || !tryLibc()) return null;
    let calls: UringCalls;
    try { calls = uringCalls(); } catch { return null; }
    const entries = URING_FILES_PER_BATCH * 4; // three requests per file, rounded up to a power of two by the kernel
    const params = Buffer.alloc(PARAMS_SIZE);
    // DEFER_TASKRUN (Linux 6.1): completions wait until this thread asks for them, so the kernel
    // wakes it once per batch. Without it every completion from the io-wq worker (procfs reads
    // always run there) woke the waiting thread: measured unpinned on this 2-vCPU VM, the batch
    // was then no faster than plain reads (1.00x), with it 0.33-0.40x.
    params.writeUInt32LE(IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN, PARAMS.flags);
    const fd = calls.setup(entries, params);
    if (fd < 0) return null;
    let ring: Ring | undefined;
    try {
      const features = params.readUInt32LE(PARAMS.features);
      if (!(features & IORING_FEAT_LINKED_FILE) || !(features & IORING_FEAT_SINGLE_MMAP)) throw new Error('kernel too old');
      ring = mapRing(calls, fd, params);
      // a sparse table of direct descriptors: -1 is an empty slot
      const slots = Buffer.alloc(URING_FILES_PER_BATCH * 4, 0xff);
      if (calls.register(fd, IORING_REGISTER_FILES, slots, URING_FILES_PER_BATCH) < 0) throw new Error('register');
      // one Buffer for every path and read slot: allocUnsafeSlow gives it its own backing store, whose address never changes
      const memory = Buffer.allocUnsafeSlow(URING_FILES_PER_BATCH * (PATH_BYTES + URING_SLOT_BYTES));
      const reader = new UringReader(calls, ring, memory);
      reader.writeRequests(params.readUInt32LE(PARAMS.sqEntries));
      if (!reader.selfCheck()) throw new Error('self-check');
      return reader;
    } catch {
      ring?.unmap();
      calls.close(fd);
      return null;
    }
  }

  /**
   * Each path's whole text, or undefined where the caller must read it itself (an error, or more
   * than URING_SLOT_BYTES). At most URING_FILES_PER_BATCH paths.
   */
  readAll(paths: readonly string[]): (string | undefined)[] {
    const n = paths.length;
    if (this.closed) throw new Error('the io_uring reader is closed');
    if (n > URING_FILES_PER_BATCH) throw new RangeError(`at most ${URING_FILES_PER_BATCH} files per batch, got ${n}`);
    const out: (string | undefined)[] = new Array(n).fill(undefined);
    if (n === 0) return out;
    const memory = this.memory;
    for (let i = 0; i < n; i++) {
      const at = pathOffset(i);
      const len = memory.write(paths[i], at, PATH_BYTES - 1, 'utf8');
      if (len === PATH_BYTES - 1) return out; // a path this long is not a procfs path: read everything the usual way
      memory[at + len] = 0;
    }
    // the requests never change (file i: open path i into slot i, read into buffer i, close slot i);
    // a batch only points the submission ring at the first 3n of them
    const { sqTail, sqMask, sqArray } = this.ring;
    let tail = sqTail[0];
    for (let k = 0; k < 3 * n; k++, tail++) sqArray[tail & sqMask] = k;
    sqTail[0] = tail; // read by the kernel inside io_uring_enter below: the syscall orders it
    this.submitAndWait(3 * n, (k, res) => {
      if ((k % 3) !== 1 || res < 0 || res >= URING_SLOT_BYTES) return;
      const file = (k - 1) / 3;
      const at = slotOffset(file);
      out[file] = memory.toString('utf8', at, at + res); // decoded as fsio decodes a plain read
    });
    return out;
  }

  /** Unmaps and closes the ring; readAll refuses from then on. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.ring.unmap(); // nothing reads the views after this
    this.calls.close(this.ring.fd);
  }

  private closed = false;

  private submitAndWait(count: number, onCompletion: (request: number, res: number) => void): void {
    const { fd, cqHead, cqTail, cqMask, cqes } = this.ring;
    let submitted = 0;
    let completed = 0;
    let idle = 0; // calls that neither submitted nor completed anything: the ring is stuck, give up
    while (completed < count) {
      const r = this.calls.enter(fd, count - submitted, count - completed, IORING_ENTER_GETEVENTS);
      if (r < 0) {
        if (this.calls.errno() === EINTR) continue;
        throw new Error(`io_uring_enter failed (errno ${this.calls.errno()})`);
      }
      submitted += r;
      const completedBefore = completed;
      let head = cqHead[0];
      const tail = cqTail[0];
      for (; head !== tail; head = (head + 1) >>> 0) {
        const at = (head & cqMask) * CQE_SIZE;
        onCompletion(cqes.getUint32(at + CQE.userData, true), cqes.getInt32(at + CQE.res, true));
        completed++;
      }
      cqHead[0] = head;
      idle = r === 0 && completedBefore === completed ? idle + 1 : 0;
      if (idle > 3) throw new Error('io_uring made no progress');
    }
  }

  /** Fills the fixed submission entries once: 3 per file slot. */
  private writeRequests(sqEntries: number): void {
    if (sqEntries < 3 * URING_FILES_PER_BATCH) throw new Error('ring too small');
    const sqes = this.ring.sqes;
    const base = this.calls.addressOf(this.memory);
    const addr = (offset: number) => base + BigInt(offset);
    for (let file = 0; file < URING_FILES_PER_BATCH; file++) {
      const open = sqes.subarray((3 * file) * SQE_SIZE, (3 * file + 1) * SQE_SIZE);
      const read = sqes.subarray((3 * file + 1) * SQE_SIZE, (3 * file + 2) * SQE_SIZE);
      const close = sqes.subarray((3 * file + 2) * SQE_SIZE, (3 * file + 3) * SQE_SIZE);
      for (const [k, sqe] of [open, read, close].entries()) {
        sqe.fill(0);
        sqe.writeBigUInt64LE(BigInt(3 * file + k), SQE.userData);
      }
      // open: O_RDONLY (O_CLOEXEC is refused for a direct descriptor, which is never in the fd table anyway)
      open[SQE.opcode] = IORING_OP_OPENAT;
      open[SQE.flags] = IOSQE_IO_LINK;
      open.writeInt32LE(AT_FDCWD, SQE.fd);
      open.writeBigUInt64LE(addr(pathOffset(file)), SQE.addr);
      open.writeUInt32LE(file + 1, SQE.fileIndex);
      // read: a hard link, so the close runs even after a short read (which breaks a soft link)
      read[SQE.opcode] = IORING_OP_READ;
      read[SQE.flags] = IOSQE_FIXED_FILE | IOSQE_IO_HARDLINK;
      read.writeInt32LE(file, SQE.fd);
      read.writeBigUInt64LE(addr(slotOffset(file)), SQE.addr);
      read.writeUInt32LE(URING_SLOT_BYTES, SQE.len);
      close[SQE.opcode] = IORING_OP_CLOSE;
      close.writeUInt32LE(file + 1, SQE.fileIndex);
    }
  }

  /** The reader gives /proc/self/stat as a plain read does, up to the fields that change. */
  private selfCheck(): boolean {
    const [stat] = this.readAll(['/proc/self/stat']);
    return stat !== undefined && stat.startsWith(`${process.pid} (`);
  }
}

function mapRing(calls: UringCalls, fd: number, params: Buffer): Ring {
  const u32 = (o: number) => params.readUInt32LE(o);
  const sqEntries = u32(PARAMS.sqEntries);
  const cqEntries = u32(PARAMS.cqEntries);
  const ringBytes = Math.max(u32(PARAMS.sqOff.array) + sqEntries * 4, u32(PARAMS.cqOff.cqes) + cqEntries * CQE_SIZE);
  const ringMap = calls.mapRing(fd, ringBytes, IORING_OFF_SQ_RING); // one mapping holds both rings (IORING_FEAT_SINGLE_MMAP)
  const sqeMap = calls.mapRing(fd, sqEntries * SQE_SIZE, IORING_OFF_SQES);
  if (!ringMap || !sqeMap) {
    ringMap?.unmap();
    sqeMap?.unmap();
    throw new Error('mmap');
  }
  const rings = ringMap.view;
  const word = (o: number) => new Uint32Array(rings, o, 1);
  return {
    fd,
    sqTail: word(u32(PARAMS.sqOff.tail)),
    sqMask: word(u32(PARAMS.sqOff.ringMask))[0],
    sqArray: new Uint32Array(rings, u32(PARAMS.sqOff.array), sqEntries),
    cqHead: word(u32(PARAMS.cqOff.head)),
    cqTail: word(u32(PARAMS.cqOff.tail)),
    cqMask: word(u32(PARAMS.cqOff.ringMask))[0],
    cqes: new DataView(rings, u32(PARAMS.cqOff.cqes), cqEntries * CQE_SIZE),
    sqes: Buffer.from(sqeMap.view),
    unmap: () => { ringMap.unmap(); sqeMap.unmap(); },
  };
}

let shared: UringReader | null | undefined;

/** This thread's reader (each worker thread has its own module state, so its own ring), or null. */
export function uringReader(): UringReader | null {
  if (shared === undefined) {
    shared = UringReader.open();
    if (shared && !exitHooked) {
      exitHooked = true;
      process.once('exit', () => shared?.close()); // a worker thread's exit too (not terminate()): its ring goes with it
    }
  }
  return shared;
}

let exitHooked = false;

/** Drops this thread's reader for good, after a failure that may leave its ring out of step. */
export function abandonUringReader(): void {
  shared?.close();
  shared = null;
}

/** Closes this thread's ring if it has one; the next uringReader() opens a new one (unless abandoned). */
export function releaseUringReader(): void {
  if (!shared) return;
  shared.close();
  shared = undefined;
}

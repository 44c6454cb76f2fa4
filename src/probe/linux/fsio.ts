// Thin, fast file access for procfs/sysfs. One shared buffer, no fstat: procfs files report
// size 0, so a plain read loop is both correct and the cheapest thing the kernel offers.
import fs from 'node:fs';
import os from 'node:os';
import { O_CLOEXEC, O_RDONLY, type LibC } from '../../../native-ffi/linux/libc';
import { RLIMIT_NOFILE } from '../constants';
import { errnoOf } from '../errors';
import { tryLibc } from './native';

let buffer = Buffer.allocUnsafe(64 * 1024);

/** open/read/close, from libc when koffi loads, else from Node's fs (same errors either way). */
interface FileCalls {
  open(path: string): number;
  /** Reads into buf at offset; from `position` when given, else from the fd's offset. */
  read(fd: number, buf: Buffer, offset: number, length: number, position: number | null): number;
  close(fd: number): void;
}

const nodeCalls: FileCalls = {
  open: (path) => fs.openSync(path, fs.constants.O_RDONLY),
  read: (fd, buf, offset, length, position) => fs.readSync(fd, buf, offset, length, position),
  close: (fd) => fs.closeSync(fd),
};

// errno -> name; where two names share a number (EAGAIN/EWOULDBLOCK) the first, as libuv reports it.
const ERRNO_NAMES = new Map<number, string>();
for (const [name, n] of Object.entries(os.constants.errno)) if (!ERRNO_NAMES.has(n)) ERRNO_NAMES.set(n, name);
const EINTR = os.constants.errno.EINTR;

/** An Error shaped like Node's own (code, errno, syscall, path), so callers map both alike. */
export function errnoError(errno: number, syscall: string, path?: string): Error {
  const code = ERRNO_NAMES.get(errno) ?? `E${errno}`;
  const where = path === undefined ? syscall : `${syscall} '${path}'`;
  return Object.assign(new Error(`${code}: ${where}`), { code, errno: -errno, syscall, path });
}

function libcCalls(c: LibC): FileCalls {
  return {
    open(path) {
      for (;;) {
        const fd = c.open(path, O_RDONLY | O_CLOEXEC);
        if (fd >= 0) return fd;
        const errno = c.errno();
        if (errno !== EINTR) throw errnoError(errno, 'open', path);
      }
    },
    read(fd, buf, offset, length, position) {
      const target = offset === 0 ? buf : buf.subarray(offset);
      for (;;) {
        const n = position === null ? c.read(fd, target, length) : c.pread(fd, target, length, position);
        if (n >= 0) return n;
        const errno = c.errno();
        if (errno !== EINTR) throw errnoError(errno, 'read');
      }
    },
    close(fd) {
      c.close(fd); // close(2) on a read-only procfs/sysfs fd has nothing to report
    },
  };
}

let calls: FileCalls | undefined;

function fileCalls(): FileCalls {
  if (!calls) {
    const c = process.platform === 'linux' ? tryLibc() : null;
    calls = c ? libcCalls(c) : nodeCalls;
  }
  return calls;
}

/**
 * Reads from `position` (null: the fd's offset) into the shared buffer; returns the length.
 *
 * `toEof`: read until read(2) returns 0. Required for every seq_file iterator, which hands out
 * about one page per read however large the buffer (/proc/net/{tcp,tcp6,udp,udp6,unix},
 * /proc/PID/{maps,smaps,mounts,mountinfo}, /proc/diskstats, /proc/net/dev, /proc/vmstat,
 * /proc/cpuinfo, /proc/zoneinfo ...), and the only safe choice for a file of unknown kind.
 *
 * `renderedWhole`: a read that returns less than asked is the end. Only for the files the caller
 * knows the kernel renders whole in one read (see readWholeText); it saves the final zero-length
 * read, a quarter of the syscalls per process in processIter.
 */
function readFd(fd: number, position: number | null, mode: 'toEof' | 'renderedWhole'): number {
  const io = fileCalls();
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      const bigger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(bigger, 0, 0, total);
      buffer = bigger;
    }
    const want = buffer.length - total;
    const n = io.read(fd, buffer, total, want, position === null ? null : position + total);
    total += n;
    if (n === 0 || (n < want && mode === 'renderedWhole')) return total;
  }
}

function readIntoBuffer(path: string, mode: 'toEof' | 'renderedWhole'): number {
  const io = fileCalls();
  const fd = io.open(path);
  try {
    return readFd(fd, null, mode);
  } finally {
    io.close(fd);
  }
}

/** Which file calls this process uses: libc through koffi, or Node's fs (no koffi, or VITALS_NO_FFI=1). */
export function fileBackend(): 'libc' | 'node' {
  return fileCalls() === nodeCalls ? 'node' : 'libc';
}

// System-wide procfs files read every tick stay open: pread at offset 0 makes the kernel
// regenerate a seq_file, which saves the open/close pair on each sample. Read to EOF like any
// file: a pinned /proc/net/dev or /proc/vmstat is an iterator too.
const pinned = new Map<string, number>();

export function readPinnedText(path: string): string {
  return readPinned(path, 'toEof');
}

/**
 * readPinnedText for a system file the kernel renders whole in one read: /proc/stat
 * (single_open_size) and /proc/meminfo (single_open); not /proc/vmstat, /proc/net/dev or
 * /proc/diskstats, which are seq_file iterators. Saves a pread per file on every tick.
 */
export function readPinnedWholeText(path: string): string {
  return readPinned(path, 'renderedWhole');
}

function readPinned(path: string, mode: 'toEof' | 'renderedWhole'): string {
  let fd = pinned.get(path);
  if (fd === undefined) {
    fd = fileCalls().open(path);
    pinned.set(path, fd);
  }
  try {
    return buffer.toString('utf8', 0, readFd(fd, 0, mode));
  } catch (e) {
    unpin(path);
    throw e;
  }
}

function unpin(path: string): void {
  const fd = pinned.get(path);
  pinned.delete(path);
  if (fd !== undefined) try { fileCalls().close(fd); } catch { /* already closed */ }
}

/** Closes every pinned file (on configure(), so a new root is read from scratch). */
export function unpinAll(): void {
  for (const path of [...pinned.keys()]) unpin(path);
  unpinPidFilesExcept(new Set());
}

// processIter's /proc/PID/stat, statm, status and cmdline, kept open from one scan to the next: a
// pread at offset 0 makes the kernel render the file again (cmdline: read the argv again from the
// process's memory, whatever it is now), one syscall instead of open, read and close (about half
// the cost of a scan that reads stat alone). The fd holds the process's struct pid, not its number:
// once the process is gone the read fails (ESRCH), also when its pid already names another
// process, and the path is opened afresh, which finds whatever has that pid now.
export type PinnedPidFile = 'stat' | 'statm' | 'status' | 'cmdline';
const pinnedPidFiles: Record<PinnedPidFile, Map<number, number>> = { stat: new Map(), statm: new Map(), status: new Map(), cmdline: new Map() };
const PINNED_FILES = Object.keys(pinnedPidFiles) as PinnedPidFile[];
/** status and cmdline (read by processIter for some attributes, not by the table every tick) get half the budget at most. */
const SECONDARY = new Set<PinnedPidFile>(['status', 'cmdline']);
let pinnedTotal = 0;
let pidPinLimit: number | undefined;

/**
 * Each kept file costs the kernel memory: a seq_file (stat, statm, status) keeps the page-size
 * buffer of its first read until it is closed, measured 3.9-4.2 KB per fd (SUnreclaim) on this
 * VM's 6.x kernel, where an fd never read costs 0.1-0.25 KB. So at most 4,096 files (about
 * 16 MB of kernel memory; at 2 s a kept file saves about one open and close per tick, some
 * 1-3 us of CPU), and at most a quarter of the soft RLIMIT_NOFILE: the editor's own files come first.
 */
export const PID_PIN_MAX = 4096;

/** The most /proc/PID files kept open: PID_PIN_MAX, or a quarter of the soft RLIMIT_NOFILE. */
function pinLimit(): number {
  if (pidPinLimit === undefined) {
    const out: { rlim_cur?: number | bigint } = {};
    const c = tryLibc();
    const soft = c && c.prlimit(0, RLIMIT_NOFILE, null, out) === 0 ? Number(out.rlim_cur) : 1024;
    pidPinLimit = Math.max(0, Math.min(PID_PIN_MAX, Math.floor((Number.isFinite(soft) ? soft : 1024) / 4)));
  }
  return pidPinLimit;
}

/** /proc/PID/<file> through its pinned fd, pinning it on first read while under the limit. */
export function readPidFilePinned(pid: number, file: PinnedPidFile, procfs: string): string {
  const n = readPidFileBytesPinned(pid, file, procfs); // first: a long file grows (replaces) the buffer
  return buffer.toString('utf8', 0, n);
}

/**
 * readPidFilePinned's bytes, left in the shared buffer (readBuffer(): valid until the next read);
 * returns their length. The path (`procfs`/PID/`file`) is made only to open the file.
 */
export function readPidFileBytesPinned(pid: number, file: PinnedPidFile, procfs: string): number {
  const fds = pinnedPidFiles[file];
  const fd = fds.get(pid);
  if (fd !== undefined) {
    try {
      return readFd(fd, 0, 'renderedWhole');
    } catch {
      unpinPidFile(pid, file); // ended, or a new process has the pid: the path below tells which
    }
  }
  const io = fileCalls();
  const opened = io.open(`${procfs}/${pid}/${file}`);
  let n: number;
  try {
    n = readFd(opened, 0, 'renderedWhole');
  } catch (e) {
    io.close(opened);
    throw e;
  }
  if (pinnedTotal < (SECONDARY.has(file) ? pinLimit() / 2 : pinLimit())) {
    fds.set(pid, opened);
    pinnedTotal++;
  } else {
    io.close(opened);
  }
  return n;
}

/** The shared buffer the last read left its bytes in (readPidFileBytesPinned). */
export function readBuffer(): Buffer {
  return buffer;
}

function unpinPidFile(pid: number, file: PinnedPidFile): void {
  const fds = pinnedPidFiles[file];
  const fd = fds.get(pid);
  if (fd === undefined) return;
  fds.delete(pid);
  pinnedTotal--;
  try { fileCalls().close(fd); } catch { /* already closed */ }
}

/** After a whole scan: closes the pinned files of every process the scan did not find. */
export function unpinPidFilesExcept(alive: ReadonlySet<number>): void {
  unpinPidFilesUnless((pid) => alive.has(pid));
}

/** Closes the pinned files of every pid `keep` says no to. */
export function unpinPidFilesUnless(keep: (pid: number) => boolean): void {
  // deleting the entry a Map iterator is on is safe: it goes on with the next
  for (const file of PINNED_FILES) {
    for (const pid of pinnedPidFiles[file].keys()) if (!keep(pid)) unpinPidFile(pid, file);
  }
}

/** How many files the probe keeps open now: /proc/PID files and system files (/proc/stat ...). */
export function keptFileCount(): number {
  return pinnedTotal + pinned.size;
}

/** How many /proc/PID files are pinned now (tests). */
export function pinnedPidFileCount(): number {
  return pinnedTotal;
}

/** The whole file as UTF-8 text, read to EOF; invalid bytes become U+FFFD (Buffer's decoder never throws). */
export function readText(path: string): string {
  const n = readIntoBuffer(path, 'toEof');
  return buffer.toString('utf8', 0, n);
}

/**
 * readText for a file the kernel renders whole in one read, so the first short read is its end.
 * The caller names the file and vouches for it; today that is only these, from /proc/PID:
 * - stat, status, statm, io: single_open seq_files. seq_read runs their one show() into a buffer
 *   it grows until the whole text fits, then copies as much as the reader asked for.
 * - cmdline, environ: proc_pid_cmdline_read and environ_read copy page after page from the
 *   process's memory inside one read call until the count is met or the strings end (a
 *   setproctitle() cmdline is at most one page, also in one read).
 * A regular file (a fixture tree) returns short only at its end, so it reads whole here too.
 * Anything else, including a seq_file iterator (maps, smaps, mountinfo, /proc/net/*), goes
 * through readText, whatever its size today.
 */
export function readWholeText(path: string): string {
  const n = readIntoBuffer(path, 'renderedWhole');
  return buffer.toString('utf8', 0, n);
}

/** Raw bytes, read to EOF, copied out of the shared buffer. */
export function readBytes(path: string): Buffer {
  const n = readIntoBuffer(path, 'toEof');
  return Buffer.from(buffer.subarray(0, n));
}

/** The file's text, or `undefined` when it is missing or unreadable (optional sysfs attributes). */
export function readOptional(path: string): string | undefined {
  try {
    return readText(path);
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM'
      || code === 'ENODEV' || code === 'EINVAL' || code === 'EIO' || code === 'ENXIO' || code === 'ENODATA' || code === 'EAGAIN') return undefined;
    throw e;
  }
}

export function readOptionalTrimmed(path: string): string | undefined {
  const s = readOptional(path);
  return s === undefined ? undefined : s.trim();
}

/** An integer from a one-value sysfs file, or undefined when absent or not a number. */
export function readOptionalInt(path: string): number | undefined {
  const s = readOptionalTrimmed(path);
  if (s === undefined || !/^-?\d+$/.test(s)) return undefined;
  return Number(s);
}

/** Entries of a directory; [] when it does not exist (checked first: a thrown ENOENT costs more than the stat). */
export function listDir(path: string): string[] {
  if (!fs.existsSync(path)) return [];
  try {
    return fs.readdirSync(path);
  } catch (e) {
    if (errnoOf(e) === 'ENOENT' || errnoOf(e) === 'ENOTDIR') return [];
    throw e;
  }
}

export function exists(path: string): boolean {
  return fs.existsSync(path);
}

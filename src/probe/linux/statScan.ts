// The all-processes table's read of every process on every tick: /proc/PID/stat and statm through
// fds kept open between scans (fsio's readPidFileBytesPinned), decoded and parsed only when their
// bytes differ from the last scan's. A process that has not run since reads the very same bytes,
// so it costs two preads, two byte comparisons and a map lookup: none of the Process, oneshot
// cache and per-attribute getters processIter makes for each process. Values and their errors are
// processIter's (the same parsers; a table test compares every row with a fresh processIter).
import { errnoOf, MalformedFileError } from '../errors';
import type { ProcessStats } from '../platform';
import { readBuffer, readPidFileBytesPinned, readPinnedWholeText, unpinPidFilesUnless } from './fsio';
import { getClockTicks, getPageSize } from './native';
import { parsePidStat, parseStatm } from './parse/pid';
import { cachedBootTime, pids, statusOfState } from './process';
import { isLiveProcfs, roots } from './roots';

interface Entry {
  /** The bytes last read (a copy), and their length. */
  stat: Buffer;
  statLen: number;
  statm: Buffer;
  statmLen: number;
  /** vsize > 0. Without an address space (kernel threads, zombies) statm is all zeros: not read, as memoryInfo does. */
  hasMemory: boolean;
  view: ProcessStats;
  /** The scan that last found it. */
  scan: number;
}

const entries = new Map<number, Entry>();
let scanNo = 0;

/**
 * The last scan's pids, and the pid namespace's last allocated pid when it listed them (the fifth
 * field of /proc/loadavg). While that has not moved, no process (and no thread) has started since
 * the listing, so the same pids, less those found gone, are all there are: /proc is not listed
 * again (its getdents, a dentry lookup per pid, is a tenth of an idle scan). Only where /proc is
 * this process's own pid namespace, whose counter loadavg shows.
 */
export class PidListing {
  private list: number[] | undefined;
  private cursor: string | undefined;

  /** This scan's pids: `listed()` unless `cursor` is the last listing's. */
  take(cursor: string | undefined, listed: () => number[]): number[] {
    const same = cursor !== undefined && cursor === this.cursor && this.list !== undefined;
    const pids = same ? this.list! : listed();
    this.cursor = cursor;
    return pids;
  }

  /** What the scan found there (its gone pids left out): the list the next scan may reuse. */
  keep(found: number[]): void {
    this.list = found;
  }

  forget(): void {
    this.list = undefined;
    this.cursor = undefined;
  }
}

const listing = new PidListing();
let ownNamespace: boolean | undefined;

/** The last pid allocated in this pid namespace, or undefined where /proc is not its own. */
function lastPid(): string | undefined {
  try {
    ownNamespace ??= readPidFileBytesPinned(process.pid, 'stat', roots.procfs) > 0 && readBuffer().toString('latin1', 0, 12).startsWith(`${process.pid} `);
    if (!ownNamespace) return undefined;
    const text = readPinnedWholeText(`${roots.procfs}/loadavg`);
    return text.slice(text.lastIndexOf(' ') + 1).trim() || undefined;
  } catch {
    return undefined; // unreadable: list /proc every scan
  }
}

/**
 * Calls `visit` for every process, in pid order, with what stat and statm hold. `stats` is null
 * when stat is refused (hidepid); it is valid only during the call (it is updated in place next
 * scan). A process that ends during the scan or whose files are malformed is left out, as
 * processIter leaves it out. Returns false, visiting nothing, off the live /proc (fixture trees:
 * processIter reads them).
 */
export function scanStats(visit: (pid: number, stats: ProcessStats | null) => void): boolean {
  if (!isLiveProcfs()) return false;
  const scan = ++scanNo;
  const procfs = roots.procfs;
  const found: number[] = [];
  for (const pid of listing.take(lastPid(), pids)) {
    let n: number;
    try {
      n = readPidFileBytesPinned(pid, 'stat', procfs);
    } catch (e) {
      if (refused(e)) { found.push(pid); visit(pid, null); }
      else if (!gone(e)) throw e;
      continue;
    }
    found.push(pid);
    let entry = entries.get(pid);
    let buf = readBuffer();
    if (!entry || n !== entry.statLen || buf.compare(entry.stat, 0, n, 0, n) !== 0) {
      const view = entry?.view ?? { pid, createTime: 0, ppid: 0, name: '', status: '', numThreads: 0, busy: 0, rss: 0 };
      const hasMemory = parseStatInto(view, buf.toString('utf8', 0, n));
      if (hasMemory === undefined) { entries.delete(pid); continue; }
      if (!entry) {
        entry = { stat: Buffer.allocUnsafe(Math.max(512, n)), statLen: 0, statm: Buffer.allocUnsafe(64), statmLen: -1, hasMemory, view, scan };
        entries.set(pid, entry);
      }
      if (entry.stat.length < n) entry.stat = Buffer.allocUnsafe(n * 2);
      buf.copy(entry.stat, 0, 0, n);
      entry.statLen = n;
      entry.hasMemory = hasMemory;
    }
    entry.scan = scan;
    if (entry.hasMemory) {
      try {
        n = readPidFileBytesPinned(pid, 'statm', procfs);
      } catch (e) {
        if (gone(e)) { entries.delete(pid); continue; }
        if (!refused(e)) throw e;
        n = -1; // denied while stat was not: RSS unknown, as memoryInfo's AccessDenied leaves it
      }
      buf = readBuffer();
      if (n < 0) { entry.view.rss = 0; entry.statmLen = -1; }
      else if (n !== entry.statmLen || buf.compare(entry.statm, 0, n, 0, n) !== 0) {
        let resident: number;
        try {
          resident = parseStatm(buf.toString('latin1', 0, n), `${procfs}/${pid}/statm`).resident;
        } catch (e) {
          if (!(e instanceof MalformedFileError)) throw e;
          entries.delete(pid);
          continue;
        }
        entry.view.rss = resident * getPageSize();
        if (entry.statm.length < n) entry.statm = Buffer.allocUnsafe(n * 2);
        buf.copy(entry.statm, 0, 0, n);
        entry.statmLen = n;
      }
    } else {
      entry.view.rss = 0;
      entry.statmLen = -1;
    }
    visit(pid, entry.view);
  }
  listing.keep(found);
  for (const [pid, entry] of entries) if (entry.scan !== scan) entries.delete(pid);
  unpinPidFilesUnless((pid) => entries.has(pid));
  return true;
}

/**
 * Fills `view` from a changed stat as Process's getters compute each value; returns whether the
 * process has an address space (vsize > 0), undefined when the text is malformed.
 */
function parseStatInto(view: ProcessStats, text: string): boolean | undefined {
  let s;
  try {
    s = parsePidStat(text, `${roots.procfs}/${view.pid}/stat`);
  } catch (e) {
    if (e instanceof MalformedFileError) return undefined;
    throw e;
  }
  const hz = getClockTicks();
  view.ppid = s.ppid;
  view.name = s.name;
  view.status = statusOfState(s.state);
  view.numThreads = s.numThreads;
  view.busy = s.utime / hz + s.stime / hz;
  view.createTime = cachedBootTime() + s.starttime / hz;
  return s.vsize !== 0;
}

function gone(e: unknown): boolean {
  const code = errnoOf(e);
  return code === 'ESRCH' || code === 'ENOENT';
}

function refused(e: unknown): boolean {
  const code = errnoOf(e);
  return code === 'EACCES' || code === 'EPERM';
}

// The all-processes table's read of every process on every tick: /proc/PID/stat and statm through
// fds kept open between scans (fsio's readPidFileBytesPinned), decoded and parsed only when their
// bytes differ from the last scan's. A process that has not run since reads the very same bytes,
// so it costs two preads, two byte comparisons and a map lookup: none of the Process, oneshot
// cache and per-attribute getters processIter makes for each process. Values and their errors are
// processIter's (the same parsers; a table test compares every row with a fresh processIter).
import { errnoOf, MalformedFileError } from '../errors';
import type { ProcessStats } from '../platform';
import { readBuffer, readPidFileBytesPinned, unpinPidFilesUnless } from './fsio';
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
  for (const pid of pids()) {
    let n: number;
    try {
      n = readPidFileBytesPinned(pid, 'stat', procfs);
    } catch (e) {
      if (refused(e)) visit(pid, null);
      else if (!gone(e)) throw e;
      continue;
    }
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

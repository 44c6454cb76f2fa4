// processIter's scan on Linux: the pids, and for each process an empty oneshot cache its getters
// fill as they read, with the plan of what the requested attributes will read, so that no file is
// read for an attribute another file read anyway already answers; stat and statm (and status and
// cmdline when the attributes read them every scan) are read through fds kept open from one scan to
// the next (fsio's readPidFilePinned), closed once a scan no longer finds it. (An io_uring read-ahead of the
// files lived here; in CPU time it cost 1.10x the plain reads at 100, 400 and 1,200 processes, so
// it went: see README, Performance.)
import type { ProcessScan } from '../platform';
import { type PinnedPidFile, unpinPidFilesExcept } from './fsio';
import { OneshotCache } from './pidFiles';
import { isLiveProcfs } from './roots';

/** The attributes read from /proc/PID/status (nothing cheaper holds the real uid, gid or context switches). */
const STATUS_ATTRS = new Set(['uids', 'gids', 'username', 'numCtxSwitches']);

/** Whether one of `attrs` reads /proc/PID/status: memoryInfo then takes its numbers from there, not from statm. */
export function attrsReadStatus(attrs: readonly string[]): boolean {
  return attrs.some((a) => STATUS_ATTRS.has(a));
}

const HOT: readonly PinnedPidFile[] = ['stat', 'statm'];

export function linuxScan(pids: readonly number[], attrs: readonly string[] | undefined): ProcessScan {
  const readsStatus = !!attrs && attrsReadStatus(attrs);
  // a fixture file rewritten by rename would stay the old one through a kept fd: live /proc only
  const pinned = isLiveProcfs()
    ? new Set<string>([...HOT, ...(readsStatus ? ['status'] : []), ...(attrs?.includes('cmdline') ? ['cmdline'] : [])])
    : undefined;
  return {
    pids,
    cacheFor: () => {
      const cache = new OneshotCache();
      cache.statusPlanned = readsStatus;
      cache.pinned = pinned;
      return cache;
    },
    finish: pinned ? (seen) => unpinPidFilesExcept(seen) : undefined,
  };
}

// processIter's scan on Linux: the pids, and for each process an empty oneshot cache its getters
// fill as they read. (An io_uring read-ahead of the files lived here; measured in CPU time it cost
// 1.10x the plain reads at 100, 400 and 1,200 processes, so it went: see README, Performance.)
import type { ProcessScan } from '../platform';
import { OneshotCache } from './pidFiles';

export function linuxScan(pids: readonly number[], _attrs: readonly string[] | undefined): ProcessScan {
  return { pids, cacheFor: () => new OneshotCache() };
}

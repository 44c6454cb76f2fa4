// psutil's disk_usage arithmetic, shared by every backend that reads statvfs/statfs blocks.
import { usagePercent } from './cpuMath';
import type { DiskUsage } from './types';

/** psutil: percent is against what an unprivileged user can use (total minus root's reserve). */
export function usageFromBlocks(frsize: number, blocks: number, bfree: number, bavail: number): DiskUsage {
  const total = blocks * frsize;
  const availToRoot = bfree * frsize;
  const availToUser = bavail * frsize;
  const used = total - availToRoot;
  const totalUser = used + availToUser;
  return { total, used, free: availToUser, percent: usagePercent(used, totalUser) };
}

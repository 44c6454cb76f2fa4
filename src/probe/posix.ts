// POSIX signals through Node's process.kill, with psutil's error mapping; shared by the backends
// that have no procfs (portable, darwin).
import os from 'node:os';
import { AccessDenied, NoSuchProcess, errnoOf } from './errors';

/** kill(2) with ESRCH as NoSuchProcess and EPERM as AccessDenied. */
export function signalPid(pid: number, signal: NodeJS.Signals | number, name?: string): void {
  try {
    process.kill(pid, signal);
  } catch (e) {
    const code = errnoOf(e);
    if (code === 'ESRCH') throw new NoSuchProcess(pid, name);
    if (code === 'EPERM' || code === 'EACCES') throw new AccessDenied(pid, name);
    throw e;
  }
}

/** psutil's POSIX pid_exists: kill(pid, 0) succeeds, or fails with EPERM (someone else's process). */
export function pidExistsByKill(pid: number): boolean {
  if (!Number.isInteger(pid) || pid < 0) return false;
  if (pid === 0) return true; // the kernel's (swapper / kernel_task): kill(0) would signal our own group
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoOf(e) === 'EPERM';
  }
}

export const SIGNAL_NUMBERS = os.constants.signals;

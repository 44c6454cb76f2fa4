// Worker errors as sentences for the dashboard and its modals. No vscode import.
import { RemoteError } from '../monitor/sampler';

/** Errors from the worker in words a user can act on. */
export function explain(e: unknown, pid: number, acting = false): string {
  const name = e instanceof RemoteError ? e.remoteName : e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'AccessDenied') return `Permission denied: this user may not act on pid ${pid} (it belongs to another user, or needs elevated rights).`;
  if (name === 'NoSuchProcess' || name === 'ZombieProcess') return `Process ${pid} is gone, or its pid now belongs to another process${acting ? ': nothing was signalled' : ''}.`;
  return message;
}

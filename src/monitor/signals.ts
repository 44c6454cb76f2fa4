// Signals sent on the user's behalf, from the worker. Each one re-checks the target's
// (pid, createTime) right before it is sent, so a pid reused since the user picked it is never hit.
import { constants } from 'node:os';
import * as probe from '../probe';
import type { ProcessRow, SignalResult } from '../protocol';

/** The identity the user picked, or NoSuchProcess naming what happened to it. */
export function sameProcess(pid: number, createTime: number | undefined): probe.Process {
  if (createTime === undefined || !Number.isFinite(createTime)) {
    throw new probe.NoSuchProcess(pid, undefined, `Vitals will not signal pid ${pid} without knowing which process it is (no creation time)`);
  }
  let p: probe.Process;
  try {
    p = new probe.Process(pid);
  } catch (e) {
    if (e instanceof probe.NoSuchProcess) throw new probe.NoSuchProcess(pid, undefined, `pid ${pid} has exited`);
    throw e;
  }
  let now: number;
  try { now = p.createTime(); } catch { throw new probe.AccessDenied(pid, undefined, deniedMessage(pid, p)); }
  if (Math.abs(now - createTime) > 0.01) {
    throw new probe.NoSuchProcess(pid, undefined, `pid ${pid} now belongs to another process (started ${new Date(now * 1000).toISOString()}): nothing was signalled`);
  }
  return new probe.Process(pid, undefined, createTime);
}

function deniedMessage(pid: number, p: probe.Process): string {
  let owner = '';
  try { owner = ` (${p.username()})`; } catch { /* not even that */ }
  return `Vitals cannot signal pid ${pid}${owner}: permission denied`;
}

function nameOf(p: probe.Process): string {
  try { return p.name(); } catch { return ''; }
}

function send(p: probe.Process, signal: NodeJS.Signals): void {
  try {
    p.sendSignal(signal);
  } catch (e) {
    if (e instanceof probe.AccessDenied) throw new probe.AccessDenied(p.pid, undefined, deniedMessage(p.pid, p));
    throw e;
  }
}

export function signalProcess(pid: number, createTime: number | undefined, signal: string, tree: boolean): SignalResult {
  if (!(signal in constants.signals)) throw new RangeError(`unknown signal ${JSON.stringify(signal)}`);
  const sig = signal as NodeJS.Signals;
  const p = sameProcess(pid, createTime);
  const result: SignalResult = { signalled: [], failed: [] };
  if (!tree) {
    const name = nameOf(p);
    send(p, sig);
    result.signalled.push({ pid, name });
    return result;
  }
  // stop the top first so it cannot start more children while the tree is being collected;
  // every descendant keeps its own identity and is re-checked before its signal
  send(p, 'SIGSTOP');
  const rootName = nameOf(p);
  const descendants = p.children({ recursive: true });
  send(p, sig);
  result.signalled.push({ pid, name: rootName });
  for (const c of descendants) {
    const name = nameOf(c);
    try {
      c.sendSignal(sig);
      result.signalled.push({ pid: c.pid, name });
    } catch (e) {
      if (e instanceof probe.NoSuchProcess) continue; // exited meanwhile: nothing to do
      result.failed.push({ pid: c.pid, error: e instanceof probe.AccessDenied ? deniedMessage(c.pid, c) : (e as Error).message });
    }
  }
  if (sig !== 'SIGKILL' && sig !== 'SIGSTOP') try { p.sendSignal('SIGCONT'); } catch { /* gone */ }
  return result;
}

/** Every process on the machine, for the inspector's "all processes" view. */
export function listAll(): ProcessRow[] {
  const rows: ProcessRow[] = [];
  for (const p of probe.processIter({ attrs: ['ppid', 'name', 'cmdline', 'createTime', 'memoryInfo', 'cpuPercent', 'username'], adValue: null })) {
    const i = p.info;
    if (typeof i.createTime !== 'number') continue;
    rows.push({
      pid: p.pid, ppid: (i.ppid as number) ?? 0, name: (i.name as string) ?? '', createTime: i.createTime,
      cmdline: Array.isArray(i.cmdline) ? (i.cmdline as string[]).join(' ') : '',
      cpuPercent: (i.cpuPercent as number) ?? 0, rss: (i.memoryInfo as { rss: number } | null)?.rss ?? 0,
      username: (i.username as string) ?? '',
    });
  }
  return rows;
}

// Signals sent on the user's behalf, from the worker. Each one re-checks the target's
// (pid, createTime) right before it is sent, so a pid reused since the user picked it is never hit.
import { constants } from 'node:os';
import * as probe from '../probe';
import type { ProcessRow, SignalResult } from '../protocol';
import { cap, CMDLINE_MAX, LABEL_MAX } from '../text/sinks';
import { sleepSync } from '../sleepSync';

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

/** Raised for an action Vitals will not take (on the editor itself, pid 1, a kernel thread). */
export class Refused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Refused';
  }
}

/**
 * Why Vitals will not signal this process, or undefined. The extension host Vitals runs in and its
 * ancestors (the VS Code server or main process): a stopped or killed editor is not what a user
 * picking a row meant, and a stopped host could not send the kill that follows. pid 1: ending it
 * takes the machine or container down. Kernel threads: not processes a signal means anything to.
 */
export function refusal(target: probe.Process, ancestors: readonly number[] = ancestorsOfSelf()): string | undefined {
  const pid = target.pid;
  if (pid === process.pid) return `Vitals will not signal pid ${pid}: it is the extension host Vitals runs in (ending it ends every extension of this window; use "Developer: Restart Extension Host" instead)`;
  if (pid === 0 || pid === 1) return `Vitals will not signal pid ${pid}: it is the system's ${pid === 1 ? 'init process (ending it ends the machine or container)' : 'scheduler'}`;
  for (const a of ancestors) {
    if (a === pid) return `Vitals will not signal pid ${pid}: it runs this editor (an ancestor of the extension host Vitals runs in); close the window or quit instead`;
  }
  if (process.platform === 'linux' && isKernelThread(target)) return `Vitals will not signal pid ${pid}: it is a kernel thread`;
  return undefined;
}

function ancestorsOfSelf(): number[] {
  const out: number[] = [];
  try {
    for (const p of new probe.Process(process.pid).parents()) out.push(p.pid);
  } catch { /* a parent denied: what was read is refused still */ }
  return out;
}

/** kthreadd (pid 2) and its children: Linux's kernel threads. */
function isKernelThread(p: probe.Process): boolean {
  if (p.pid === 2) return true;
  try { return p.ppid() === 2; } catch { return false; }
}

function guard(p: probe.Process, ancestors?: readonly number[]): void {
  const why = refusal(p, ancestors);
  if (why) throw new Refused(why);
}

/** How long kill tree waits for the members it stopped to be stopped, at most. */
const STOP_WAIT_MS = 2000;

/**
 * Waits (in the worker: blocking is fine there) until each process is stopped, a zombie or gone.
 * Linux shows it in the status; elsewhere suspending is synchronous enough and there is no status
 * to poll (Wine shows no suspended state), so the next walk goes ahead at once.
 */
function waitStopped(list: Iterable<probe.Process>): void {
  if (process.platform !== 'linux') return;
  const deadline = Date.now() + STOP_WAIT_MS;
  for (const p of list) {
    for (;;) {
      let status: string;
      try { status = p.status(); } catch { break; } // gone or denied: nothing to wait for
      if (status === 'stopped' || status === 'tracing-stop' || status === 'zombie' || status === 'dead' || Date.now() > deadline) break;
      sleepSync(1);
    }
  }
}

/** How many times kill tree walks the stopped tree again looking for a child it has not stopped yet. */
const MAX_WALKS = 100;

export function signalProcess(pid: number, createTime: number | undefined, signal: string, tree: boolean): SignalResult {
  // own properties only: "constructor" or "toString" is in every object. SIGSTOP and SIGCONT are
  // suspend and resume, which Windows has too (NtSuspendProcess) without naming them in os.constants
  const known = typeof signal === 'string' && (Object.hasOwn(constants.signals, signal) || signal === 'SIGSTOP' || signal === 'SIGCONT');
  if (!known) throw new RangeError(`unknown signal ${JSON.stringify(String(signal).slice(0, 40))}`);
  const sig = signal as NodeJS.Signals;
  const p = sameProcess(pid, createTime);
  guard(p);
  const result: SignalResult = { signalled: [], failed: [] };
  if (!tree) {
    const name = nameOf(p);
    if (sig === 'SIGSTOP' || sig === 'SIGCONT') {
      // suspend/resume: SIGSTOP/SIGCONT on POSIX, NtSuspendProcess/NtResumeProcess on Windows
      try { if (sig === 'SIGSTOP') p.suspend(); else p.resume(); } catch (e) { throw e instanceof probe.AccessDenied ? new probe.AccessDenied(pid, undefined, deniedMessage(pid, p)) : e; }
    } else {
      send(p, sig);
    }
    result.signalled.push({ pid, name });
    return result;
  }
  return killTree(p, sig, result);
}

/**
 * Stops every member first (suspend: SIGSTOP, or NtSuspendProcess on Windows), walking the tree
 * again until a walk finds no child it has not stopped, so a fork loop cannot outrun it; then
 * signals each member, re-checked by (pid, createTime) right before. Whatever was stopped and not
 * ended is resumed, on success and on any failure midway.
 */
function killTree(root: probe.Process, sig: NodeJS.Signals, result: SignalResult): SignalResult {
  const members = new Map<number, probe.Process>([[root.pid, root]]);
  const stopped = new Set<probe.Process>();
  const stop = (p: probe.Process): void => {
    try {
      p.suspend();
      stopped.add(p);
    } catch (e) {
      if (e instanceof probe.NoSuchProcess) return; // ended meanwhile
      if (e instanceof probe.AccessDenied) { result.failed.push({ pid: p.pid, error: deniedMessage(p.pid, p) }); return; }
      throw e;
    }
  };
  const ended = new Set<probe.Process>();
  const ancestors = ancestorsOfSelf();
  try {
    stop(root);
    let walks = 0;
    for (;;) {
      // kill(SIGSTOP) returns before a process running on another cpu has stopped: until it has, it
      // can still fork, so a walk counts as quiet only once every member it follows is stopped
      waitStopped(stopped);
      let fresh = 0;
      for (const c of root.children({ recursive: true })) {
        if (members.has(c.pid) || c.pid === process.pid) continue;
        guard(c, ancestors);
        members.set(c.pid, c);
        stop(c);
        fresh++;
      }
      if (!fresh) break;
      if (++walks >= MAX_WALKS) throw new Error(`kill tree: new children kept appearing after ${MAX_WALKS} walks of the stopped tree: nothing was killed`);
    }
    // deepest first (found last): no parent sees its child die and reacts, it is stopped anyway
    for (const c of [...members.values()].reverse()) {
      if (result.failed.some((f) => f.pid === c.pid)) continue;
      const name = nameOf(c);
      try {
        c.sendSignal(sig); // re-checks (pid, createTime) first
        result.signalled.push({ pid: c.pid, name });
        if (sig === 'SIGKILL' || sig === 'SIGTERM') ended.add(c);
      } catch (e) {
        // a member that ended before it could be stopped ended by itself; one that was stopped
        // cannot end unless someone else killed it or its identity no longer checks out: say so
        if (e instanceof probe.NoSuchProcess && !stopped.has(c)) continue;
        result.failed.push({ pid: c.pid, error: e instanceof probe.AccessDenied ? deniedMessage(c.pid, c) : (e as Error).message });
      }
    }
    result.signalled.sort((a, b) => (a.pid === root.pid ? -1 : b.pid === root.pid ? 1 : 0));
    return result;
  } finally {
    // SIGTERM to a stopped process waits for SIGCONT: those are resumed too, so they can exit
    for (const p of stopped) {
      if (sig === 'SIGKILL' && ended.has(p)) continue;
      try { p.resume(); } catch { /* gone */ }
    }
  }
}

/** Every process on the machine, for the inspector's "all processes" view. */
export function listAll(): ProcessRow[] {
  const rows: ProcessRow[] = [];
  for (const p of probe.processIter({ attrs: ['ppid', 'name', 'cmdline', 'createTime', 'memoryInfo', 'cpuPercent', 'username'], adValue: null })) {
    const i = p.info;
    if (typeof i.createTime !== 'number') continue;
    rows.push({
      pid: p.pid, ppid: (i.ppid as number) ?? 0, name: cap((i.name as string) ?? '', LABEL_MAX), createTime: i.createTime,
      // cut at the sink's size here: 200 processes with 1 MiB command lines must not make a 200 MiB reply
      cmdline: Array.isArray(i.cmdline) ? cap((i.cmdline as string[]).join(' '), CMDLINE_MAX) : '',
      cpuPercent: (i.cpuPercent as number) ?? 0, rss: (i.memoryInfo as { rss: number } | null)?.rss ?? 0,
      username: cap((i.username as string) ?? '', LABEL_MAX),
    });
  }
  return rows;
}

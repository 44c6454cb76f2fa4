// Worker-side process actions and details. Every signal re-checks (pid, createTime) first, so a
// recycled pid is never hit; the probe's Process re-checks its own identity again right before kill(2).
import os from 'node:os';
import * as probe from '../probe';
import type { ProcessDetails, SignalName } from '../protocol';
import { formatBytes, formatDuration, printable } from '../format';
import { attempt } from '../report/procinfo';

/** The process (pid, createTime) names, or NoSuchProcess when the pid now belongs to another one. */
export function sameProcess(pid: number, createTime: number | undefined): probe.Process {
  const p = new probe.Process(pid);
  if (createTime !== undefined && Math.abs(p.createTime() - createTime) > 0.01) {
    throw new probe.NoSuchProcess(pid, undefined, `pid ${pid} now belongs to another process`);
  }
  return p;
}

export function signalNumber(name: SignalName): number {
  const n = os.constants.signals[name];
  if (typeof n !== 'number') throw new RangeError(`unknown signal ${name}`);
  return n;
}

export type SignalMethod = 'kill' | 'terminate' | 'suspend' | 'resume' | 'signal' | 'killTree';

/** Sends the action's signal; killTree stops the process, kills its descendants (deepest found last, killed first), then it. Returns the pids signalled. */
export function signalProcess(method: SignalMethod, pid: number, createTime: number | undefined, signal?: SignalName): number[] {
  const p = sameProcess(pid, createTime);
  switch (method) {
    case 'kill': p.kill(); return [pid];
    case 'terminate': p.terminate(); return [pid];
    case 'suspend': p.suspend(); return [pid];
    case 'resume': p.resume(); return [pid];
    case 'signal':
      if (!signal) throw new RangeError('no signal named');
      p.sendSignal(signalNumber(signal));
      return [pid];
    case 'killTree': {
      // stopped first, the parent can neither spawn more children nor react to their deaths (exit early, respawn)
      p.suspend();
      const kids = p.children({ recursive: true });
      const done: number[] = [];
      for (const c of kids.reverse()) {
        try { c.kill(); done.push(c.pid); } catch (e) { if (!(e instanceof probe.NoSuchProcess)) throw e; }
      }
      try { p.kill(); } catch (e) { if (!(e instanceof probe.NoSuchProcess)) throw e; }
      return [...done, pid];
    }
  }
}

type Attempted<T> = T | string;

const show = <T>(v: Attempted<T>, fmt: (x: T) => string): string => (typeof v === 'string' && v.startsWith('(') ? v : fmt(v as T));

/** Everything the probe knows about a process, as labelled text fields (the detail pane renders them as text). */
export function processDetails(pid: number): ProcessDetails {
  const p = new probe.Process(pid);
  return p.oneshot(() => {
    const created = p.createTime();
    const mem = attempt(() => p.memoryFullInfo());
    const basic = p.memoryInfo();
    const io = attempt(() => p.ioCounters());
    const ctx = attempt(() => p.numCtxSwitches());
    const t = p.cpuTimes();
    const parent = attempt(() => p.parent());
    const files = attempt(() => p.openFiles());
    const conns = attempt(() => p.connections('all'));
    const children = attempt(() => p.children());
    const ids = (x: probe.Ids): string => `real=${x.real} effective=${x.effective} saved=${x.saved}`;
    return {
      pid,
      createTime: created,
      identity: [
        ['name', printable(p.name())],
        ['exe', show(attempt(() => p.exe()), (x) => printable(x) || '(none)')],
        ['command line', show(attempt(() => p.cmdline()), (x) => printable(x.join(' ')) || '(empty)')],
        ['parent', show(parent, (x) => (x ? `${x.pid} (${printable(attempt(() => x.name()) as string)})` : '(none)'))],
        ['started', `${new Date(created * 1000).toISOString()} (${formatDuration(Date.now() / 1000 - created)} ago)`],
        ['user', show(attempt(() => p.username()), (x) => printable(x))],
        ['uids', show(attempt(() => p.uids()), ids)],
        ['gids', show(attempt(() => p.gids()), ids)],
        ['terminal', show(attempt(() => p.terminal()), (x) => x ?? '(none)')],
        ['cwd', show(attempt(() => p.cwd()), (x) => printable(x))],
        ['status', p.status()],
        ['nice', String(p.nice())],
        ['threads', String(p.numThreads())],
        ['fds', show(attempt(() => p.numFds()), String)],
      ],
      cpu: [
        ['user', `${t.user.toFixed(2)} s`],
        ['system', `${t.system.toFixed(2)} s`],
        ['children', `user ${t.childrenUser.toFixed(2)} s, system ${t.childrenSystem.toFixed(2)} s`],
        ...(t.iowait === undefined ? [] : [['iowait', `${t.iowait.toFixed(2)} s`] as [string, string]]),
        ['last cpu', show(attempt(() => p.cpuNum()), String)],
        ['affinity', show(attempt(() => p.cpuAffinity()), (x) => x.join(','))],
        ['context switches', show(ctx, (x) => `voluntary ${x.voluntary}, involuntary ${x.involuntary}`)],
      ],
      memory: [
        ['rss', formatBytes(basic.rss)],
        ['vms', 'vms' in basic ? formatBytes(basic.vms) : '(not known on this platform)'],
        ...('shared' in basic ? [['shared', formatBytes(basic.shared)] as [string, string]] : []),
        ['uss', show(mem, (x) => formatBytes(x.uss))],
        // pss and swap are Linux's (smaps); Windows has neither
        ...(typeof mem !== 'string' && 'pss' in mem
          ? [['pss', formatBytes(mem.pss)], ['swap', formatBytes(mem.swap)]] as [string, string][]
          : typeof mem === 'string' ? [['pss', mem], ['swap', mem]] as [string, string][] : []),
        ['percent', `${p.memoryPercent().toFixed(2)} %`],
      ],
      io: typeof io === 'string' ? [['I/O', io]] : [
        ['read', `${formatBytes(io.readBytes)} (${io.readCount} calls)`],
        ['written', `${formatBytes(io.writeBytes)} (${io.writeCount} calls)`],
        ['read chars', formatBytes(io.readChars)],
        ['written chars', formatBytes(io.writeChars)],
      ],
      openFiles: typeof files === 'string' ? files : files.map((f) => `${f.fd}: ${printable(f.path)} (${f.mode})`),
      connections: typeof conns === 'string' ? conns : conns.map((c) => {
        const a = (x: probe.Connection['laddr']): string => (!x ? '' : typeof x === 'string' ? printable(x) : x.ip.includes(':') ? `[${x.ip}]:${x.port}` : `${x.ip}:${x.port}`);
        return `${c.family === 1 ? 'unix' : c.type === 1 ? 'tcp' : 'udp'} ${a(c.laddr)}${c.raddr && a(c.raddr) ? ` → ${a(c.raddr)}` : ''} ${c.status}`.trim();
      }),
      children: typeof children === 'string' ? [] : children.map((c) => ({ pid: c.pid, name: String(attempt(() => c.name())) })),
      threads: p.numThreads(),
    };
  });
}

/** The environment, sorted by name; values are raw strings (the webview renders them as text). */
export function processEnviron(pid: number): [string, string][] {
  return Object.entries(new probe.Process(pid).environ()).sort(([a], [b]) => a.localeCompare(b));
}

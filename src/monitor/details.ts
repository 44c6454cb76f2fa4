// Worker-side process details for the dashboard's pane. Each request names (pid, createTime): a
// pid that now belongs to another process is NoSuchProcess, never that other process's data.
// (Signals are src/monitor/signals.ts's.)
import * as probe from '../probe';
import type { ProcessDetails } from '../protocol';
import { LIST_MAX } from '../report/procinfo';
import { sameProcess } from './signals';
import { formatBytes, formatDuration, printable } from '../format';
import { attempt } from '../report/procinfo';

type Attempted<T> = T | string;

// attempt's refusals are already escaped; a value that merely starts with "(" is escaped like any other
const show = <T>(v: Attempted<T>, fmt: (x: T) => string): string => (typeof v === 'string' && v.startsWith('(') ? printable(v) : fmt(v as T));

/** Everything the probe knows about a process, as labelled text fields (the detail pane renders them as text). */
export function processDetails(pid: number, createTime: number | undefined): ProcessDetails {
  const p = sameProcess(pid, createTime);
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
      openFiles: typeof files === 'string' ? files : more(files.slice(0, LIST_MAX).map((f) => `${f.fd}: ${printable(f.path)} (${f.mode})`), files.length),
      connections: typeof conns === 'string' ? conns : more(conns.slice(0, LIST_MAX).map((c) => {
        const a = (x: probe.Connection['laddr']): string => (!x ? '' : typeof x === 'string' ? printable(x) : x.ip.includes(':') ? `[${x.ip}]:${x.port}` : `${x.ip}:${x.port}`);
        return `${c.family === 1 ? 'unix' : c.type === 1 ? 'tcp' : 'udp'} ${a(c.laddr)}${c.raddr && a(c.raddr) ? ` → ${a(c.raddr)}` : ''} ${c.status}`.trim();
      }), conns.length),
      children: typeof children === 'string' ? [] : children.map((c) => ({ pid: c.pid, name: String(attempt(() => c.name())) })),
      threads: p.numThreads(),
    };
  });
}

/** The first LIST_MAX lines, then "and N more". */
function more(lines: string[], total: number): string[] {
  return total > lines.length ? [...lines, `… and ${total - lines.length} more`] : lines;
}

/** The environment, sorted by name; values are raw strings (the webview renders them as text). */
export function processEnviron(pid: number, createTime: number | undefined): [string, string][] {
  return Object.entries(sameProcess(pid, createTime).environ()).sort(([a], [b]) => a.localeCompare(b));
}

// Everything known about one process, in the spirit of psutil's procinfo.py: shared by `vitals procinfo PID` and the inspector.
import * as probe from '../probe';
import { formatBytes, formatDuration, printable, table } from '../format';
import { MESSAGE_MAX, plainText } from '../text/sinks';

const RLIMITS: [string, number][] = [
  ['as', probe.RLIMIT_AS], ['core', probe.RLIMIT_CORE], ['cpu', probe.RLIMIT_CPU], ['data', probe.RLIMIT_DATA],
  ['fsize', probe.RLIMIT_FSIZE], ['locks', probe.RLIMIT_LOCKS], ['memlock', probe.RLIMIT_MEMLOCK],
  ['msgqueue', probe.RLIMIT_MSGQUEUE], ['nice', probe.RLIMIT_NICE], ['nofile', probe.RLIMIT_NOFILE],
  ['nproc', probe.RLIMIT_NPROC], ['rss', probe.RLIMIT_RSS], ['rtprio', probe.RLIMIT_RTPRIO],
  ['rttime', probe.RLIMIT_RTTIME], ['sigpending', probe.RLIMIT_SIGPENDING], ['stack', probe.RLIMIT_STACK],
];
const IOCLASS = ['none', 'realtime', 'best-effort', 'idle'];

/** The value, or a short reason when the OS refused it. NoSuchProcess propagates. */
function startedAt(t: number): string {
  return Number.isFinite(t) ? new Date(t * 1000).toISOString() : 'unknown';
}

export function attempt<T>(fn: () => T): T | string {
  try {
    return fn();
  } catch (e) {
    if (e instanceof probe.ZombieProcess) return '(zombie)';
    if (e instanceof probe.AccessDenied) return '(access denied)';
    if (e instanceof probe.NoSuchProcess) throw e;
    // a parser's message may quote what it read (a line of /proc/PID/stat holds the process's name)
    return `(${plainText(e instanceof Error ? e.message : String(e), MESSAGE_MAX)})`;
  }
}

function show(v: unknown, fmt: (x: never) => string = (x) => String(x)): string {
  // a value that merely starts with "(" is shown escaped like any other
  return typeof v === 'string' && v.startsWith('(') ? printable(v) : fmt(v as never);
}

function addr(a: probe.Connection['laddr']): string {
  if (!a) return '';
  return typeof a === 'string' ? printable(a) : a.ip.includes(':') ? `[${a.ip}]:${a.port}` : `${a.ip}:${a.port}`;
}

function section(title: string, body: string): string {
  return `\n${title}\n${body || '  (none)'}`;
}

/** Open files and connections listed, at most; the rest is counted. */
export const LIST_MAX = 500;

/** The first LIST_MAX rows, then "and N more". */
export function bounded<T>(list: readonly T[], row: (x: T) => [string, string]): string {
  const rows = list.slice(0, LIST_MAX).map(row);
  if (list.length > LIST_MAX) rows.push(['…', `and ${list.length - LIST_MAX} more`]);
  return table(rows);
}

export interface ProcinfoOptions {
  /** The identity the caller means: a pid that now names another process is refused (NoSuchProcess). */
  createTime?: number;
  /**
   * Environment values are secrets (tokens, passwords): without this only the names are listed.
   * The CLI shows them (the user asked for this process in a terminal they own); the editor only
   * behind an explicit reveal.
   */
  environValues?: boolean;
}

export function renderProcinfo(pid: number, opts: ProcinfoOptions = {}): string {
  const p = new probe.Process(pid);
  if (opts.createTime !== undefined) {
    const now = p.createTime();
    if (!Number.isFinite(opts.createTime) || Math.abs(now - opts.createTime) > 0.01) {
      throw new probe.NoSuchProcess(pid, undefined, `the process this document showed (pid ${pid}, started ${startedAt(opts.createTime)}) has ended; pid ${pid} now belongs to another process (started ${startedAt(now)})`);
    }
  }
  return p.oneshot(() => {
    const out: string[] = [];
    const cmdline = attempt(() => p.cmdline());
    const parent = attempt(() => p.parent());
    const ionice = attempt(() => p.ionice());
    const uids = attempt(() => p.uids());
    const gids = attempt(() => p.gids());
    out.push('Identity');
    out.push(table([
      ['pid', String(p.pid)],
      ['name', printable(p.name())],
      ['exe', show(attempt(() => p.exe()), (x: string) => printable(x) || '(none)')],
      ['cmdline', show(cmdline, (x: string[]) => printable(x.join(' ')) || '(empty)')],
      ['parent', show(parent, (x: probe.Process | null) => (x ? `${x.pid} (${printable(x.name())})` : '(none)'))],
      ['started', `${new Date(p.createTime() * 1000).toISOString()} (${formatDuration(Date.now() / 1000 - p.createTime())} ago)`],
      ['user', show(attempt(() => p.username()), (x: string) => printable(x))],
      ['uids', show(uids, (x: probe.Ids) => `real=${x.real} effective=${x.effective} saved=${x.saved}`)],
      ['gids', show(gids, (x: probe.Ids) => `real=${x.real} effective=${x.effective} saved=${x.saved}`)],
      ['terminal', show(attempt(() => p.terminal()), (x: string | null) => x ?? '(none)')],
      ['cwd', show(attempt(() => p.cwd()), (x: string) => printable(x))],
      ...(probe.LINUX ? [['cgroup', show(attempt(() => probe.processCgroup(pid)), (x: string | null) => (x === null ? '(none)' : printable(x)))] as [string, string]] : []),
      ['status', p.status()],
      ['nice', String(p.nice())],
      ['ionice', show(ionice, (x: probe.IoNice | number) => (typeof x === 'number' ? `class=${x}` : `class=${IOCLASS[x.ioclass] ?? x.ioclass} value=${x.value}`))],
      ['fds', show(attempt(() => p.numFds()))],
      ['ctx switches', show(attempt(() => p.numCtxSwitches()), (x: { voluntary: number; involuntary: number }) => `voluntary=${x.voluntary} involuntary=${x.involuntary}`)],
    ]));

    const t = p.cpuTimes();
    out.push(section('CPU', table([
      ['user', `${t.user.toFixed(2)} s`], ['system', `${t.system.toFixed(2)} s`],
      ['children', `user ${t.childrenUser.toFixed(2)} s, system ${t.childrenSystem.toFixed(2)} s`],
      ...(t.iowait === undefined ? [] : [['iowait', `${t.iowait.toFixed(2)} s`] as [string, string]]),
      ['average use', `${p.cpuPercent()} % of one cpu since start`],
      ['last cpu', String(p.cpuNum())],
      ['affinity', show(attempt(() => p.cpuAffinity()), (x: number[]) => x.join(','))],
    ])));

    const mem = attempt(() => p.memoryFullInfo());
    const basic = p.memoryInfo();
    out.push(section('Memory', table([
      ['rss', `${formatBytes(basic.rss)} (${show(attempt(() => p.memoryPercent()), (x: number) => `${x.toFixed(2)} % of RAM`)})`],
      ['vms', 'vms' in basic ? formatBytes(basic.vms) : '(not known on this platform)'],
      ...('shared' in basic
        ? [['shared', formatBytes(basic.shared)], ['text', formatBytes(basic.text)], ['data', formatBytes(basic.data)]] as [string, string][]
        : 'private' in basic ? [['private', formatBytes(basic.private)], ['peak working set', formatBytes(basic.peakWset)]] as [string, string][] : []),
      ['uss', show(mem, (x: probe.MemoryFullInfo) => formatBytes(x.uss))],
      ...(typeof mem !== 'string' && 'pss' in mem
        ? [['pss', formatBytes(mem.pss)], ['swap', formatBytes(mem.swap)]] as [string, string][] : []),
    ])));

    const io = attempt(() => p.ioCounters());
    if (typeof io !== 'string') {
      out.push(section('I/O', table([
        ['read', `${formatBytes(io.readBytes)} from disk, ${formatBytes(io.readChars)} total, ${io.readCount} calls`],
        ['written', `${formatBytes(io.writeBytes)} to disk, ${formatBytes(io.writeChars)} total, ${io.writeCount} calls`],
      ])));
    }

    const threads = attempt(() => p.threads());
    out.push(section(`Threads (${p.numThreads()})`, typeof threads === 'string' ? `  ${threads}` :
      table(threads.slice(0, 20).map((th): [string, string] => [String(th.id), `user ${th.userTime.toFixed(2)} s, system ${th.systemTime.toFixed(2)} s`]))));

    const files = attempt(() => p.openFiles());
    out.push(section(`Open files${typeof files === 'string' ? '' : ` (${files.length})`}`, typeof files === 'string' ? `  ${files}` :
      bounded(files, ((f): [string, string] => [`fd ${f.fd}`, `${f.mode.padEnd(2)} pos ${f.position}  ${printable(f.path)}`]))));

    const conns = attempt(() => p.connections('all'));
    out.push(section(`Connections${typeof conns === 'string' ? '' : ` (${conns.length})`}`, typeof conns === 'string' ? `  ${conns}` :
      bounded(conns, ((c): [string, string] => [`fd ${c.fd}`, `${c.family === 1 ? 'unix' : c.type === 1 ? 'tcp' : 'udp'} ${addr(c.laddr)}${c.raddr ? ` -> ${addr(c.raddr)}` : ''} ${c.status === 'NONE' ? '' : c.status}`.trim()]))));

    const children = p.children();
    out.push(section('Children', table(children.map((c): [string, string] => [String(c.pid), printable(String(attempt(() => c.name())))]))));

    const limits = RLIMITS.map(([name, r]): [string, string] => {
      const v = attempt(() => p.rlimit(r));
      const fmt = (x: number): string => (x === probe.RLIM_INFINITY ? 'infinity' : String(x));
      return [name, typeof v === 'string' ? v : `soft ${fmt(v[0])}, hard ${fmt(v[1])}`];
    });
    out.push(section('Resource limits', table(limits)));

    const env = attempt(() => p.environ());
    if (typeof env === 'string') out.push(section('Environment', `  ${env}`));
    else if (opts.environValues) out.push(section('Environment', table(Object.keys(env).sort().map((k): [string, string] => [printable(k), printable(env[k])]))));
    else {
      const names = Object.keys(env).sort().map(printable);
      out.push(section(`Environment (${names.length} variables; values hidden: run "Vitals: Reveal Environment Values" to show them)`,
        names.map((n) => `  ${n}`).join('\n')));
    }
    return out.join('\n');
  });
}

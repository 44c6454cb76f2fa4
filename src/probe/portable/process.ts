// Vitals' own process through Node's process object: the one process the portable backend knows.
// Any other pid needs a native backend: its getters raise UnsupportedPlatform naming the call.
import os from 'node:os';
import path from 'node:path';
import { STATUS_RUNNING } from '../constants';
import type { IoCounters, PortableMemoryInfo, ProcCpuTimes, ProcessBackend } from '../platform';
import { signalPid, SIGNAL_NUMBERS } from '../posix';
import { unsupported, UnsupportedProcessMethods } from '../unsupported';

export const PLATFORM = 'portable';

/** Fixed once per thread so that (pid, createTime) stays one identity: process.uptime() counts from this process's start. */
let ownCreateTime: number | undefined;
function selfCreateTime(): number {
  ownCreateTime ??= Math.round((Date.now() / 1000 - process.uptime()) * 100) / 100;
  return ownCreateTime;
}

export class PortableProcess extends UnsupportedProcessMethods implements ProcessBackend {
  protected readonly platformName = PLATFORM;
  cache: unknown = undefined;
  private knownName: string | undefined;

  constructor(readonly pid: number) { super(); }

  newCache(): unknown { return {}; }
  setKnownName(name: string): void { this.knownName = name; }

  /** Our own process, else UnsupportedPlatform naming the getter. */
  private self(what: string): void {
    if (this.pid !== process.pid) unsupported(`Process.${what}() of another process`, PLATFORM);
  }

  name(): string { this.self('name'); return path.basename(process.execPath); }
  exe(): string { this.self('exe'); return process.execPath; }
  /** Node's view of its own command line: the executable, Node's options, then the script and its arguments. */
  cmdline(): string[] { this.self('cmdline'); return [process.execPath, ...process.execArgv, ...process.argv.slice(1)]; }
  environ(): Record<string, string> {
    this.self('environ');
    const out: Record<string, string> = Object.create(null);
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out[k] = v;
    return out;
  }
  cwd(): string { this.self('cwd'); return process.cwd(); }
  ppid(): number { this.self('ppid'); return process.ppid; }
  procStatus(): string { this.self('status'); return STATUS_RUNNING; }
  createTime(): number { this.self('createTime'); return selfCreateTime(); }
  username(): string { this.self('username'); return os.userInfo().username; }
  nice(): number { this.self('nice'); return os.getPriority(0); }
  setNice(value: number): void { this.self('setNice'); os.setPriority(0, value); }

  /** process.cpuUsage(): the whole process (every thread), getrusage(RUSAGE_SELF); children are not counted. */
  cpuTimes(): ProcCpuTimes {
    this.self('cpuTimes');
    const u = process.cpuUsage();
    return { user: u.user / 1e6, system: u.system / 1e6, childrenUser: 0, childrenSystem: 0 };
  }

  /** process.memoryUsage().rss; Node has no virtual size, so vms is left out (a native backend has it). */
  memoryInfo(): PortableMemoryInfo {
    this.self('memoryInfo');
    return { rss: process.memoryUsage.rss() };
  }

  numCtxSwitches(): { voluntary: number; involuntary: number } {
    this.self('numCtxSwitches');
    const r = process.resourceUsage();
    return { voluntary: r.voluntaryContextSwitches, involuntary: r.involuntaryContextSwitches };
  }

  numThreads(): number { return unsupported('Process.numThreads()', PLATFORM); }
  ioCounters(): IoCounters { return unsupported('Process.ioCounters()', PLATFORM); }

  sendSignal(signal: NodeJS.Signals | number): void { signalPid(this.pid, signal, this.knownName); }
  suspend(): void { this.sendSignal(SIGNAL_NUMBERS.SIGSTOP); }
  resume(): void { this.sendSignal(SIGNAL_NUMBERS.SIGCONT); }
  terminate(): void { this.sendSignal(SIGNAL_NUMBERS.SIGTERM); }
  kill(): void { this.sendSignal(SIGNAL_NUMBERS.SIGKILL); }
  isZombie(): boolean { return false; }
  exitCode(): number | null { return null; }
}

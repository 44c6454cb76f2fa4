// A backend checks itself against what Node already knows about this machine and this process:
// the CPU and memory totals, the boot time, and this very process's parent, command line,
// executable, memory and CPU time. A struct decoded at a wrong offset fails these at once. The
// macOS backend has not run on a Mac here, so on macOS it runs this in a child process first
// (src/canary.ts) and is used only when every check passes (monitor/backendCanary.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as probe from './index';

export interface SelfCheck {
  backend: string;
  /** How many checks ran. */
  checks: number;
  /** One line per failed check: what was expected, what the backend said. */
  failed: string[];
}

const near = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance;

/** Runs every check; never throws (a throwing call is a failed check, named). */
export function selfCheck(): SelfCheck {
  const failed: string[] = [];
  let checks = 0;
  const check = (name: string, fn: () => string | true): void => {
    checks++;
    try {
      const r = fn();
      if (r !== true) failed.push(`${name}: ${r}`);
    } catch (e) {
      failed.push(`${name}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
  };
  /** For what an OS may lack or refuse: UnsupportedPlatform and AccessDenied pass. */
  const optional = (name: string, fn: () => string | true): void => check(name, () => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof probe.UnsupportedPlatform || e instanceof probe.AccessDenied) return true;
      throw e;
    }
  });

  const cpus = os.cpus().length;
  check('cpuCount', () => probe.cpuCount() === cpus || `${probe.cpuCount()}, Node counts ${cpus}`);
  check('cpuTimes', () => {
    const t = probe.cpuTimes();
    const values = Object.values(t).filter((v): v is number => typeof v === 'number');
    return (values.every((v) => Number.isFinite(v) && v >= 0) && t.user + t.system + t.idle > 0) || JSON.stringify(t);
  });
  check('cpuTimes(percpu)', () => probe.cpuTimes(true).length === cpus || `${probe.cpuTimes(true).length} cpus, Node counts ${cpus}`);
  check('virtualMemory', () => {
    const m = probe.virtualMemory();
    if (m.total !== os.totalmem()) return `total ${m.total}, Node says ${os.totalmem()}`;
    return (m.available > 0 && m.available <= m.total && m.percent >= 0 && m.percent <= 100) || JSON.stringify(m);
  });
  check('swapMemory', () => { const s = probe.swapMemory(); return (s.total >= 0 && s.used >= 0 && s.used <= s.total) || JSON.stringify(s); });
  check('bootTime', () => {
    const expected = Date.now() / 1000 - os.uptime();
    return near(probe.bootTime(), expected, 5) || `${probe.bootTime()}, Node says ${expected.toFixed(0)}`;
  });
  check('diskUsage', () => { const d = probe.diskUsage(path.parse(process.cwd()).root); return (d.total > 0 && d.used <= d.total) || JSON.stringify(d); });
  optional('getLoadAvg', () => probe.getLoadAvg().every((v) => Number.isFinite(v) && v >= 0) || 'not finite');
  optional('netIoCounters', () => typeof probe.netIoCounters() === 'object' || 'not an object');
  optional('diskIoCounters', () => typeof probe.diskIoCounters() === 'object' || 'not an object');
  optional('sensorsBattery', () => { probe.sensorsBattery(); return true; });
  optional('sensorsTemperatures', () => { probe.sensorsTemperatures(); return true; });

  let me: probe.Process | undefined;
  check('own process', () => { me = new probe.Process(process.pid); return true; });
  const own = (name: string, fn: (p: probe.Process) => string | true): void => check(name, () => (me ? fn(me) : 'this process could not be opened'));
  own('own ppid', (p) => p.ppid() === process.ppid || `${p.ppid()}, Node says ${process.ppid}`);
  own('own createTime', (p) => {
    const expected = Date.now() / 1000 - process.uptime();
    return near(p.createTime(), expected, 5) || `${p.createTime()}, Node says ${expected.toFixed(1)}`;
  });
  own('own cmdline', (p) => {
    const argv = p.cmdline();
    return argv.some((a) => path.resolve(a) === process.argv[1]) || `${JSON.stringify(argv.slice(0, 4))} lacks ${process.argv[1]}`;
  });
  own('own exe', (p) => {
    const exe = p.exe();
    return exe === fs.realpathSync(process.execPath) || exe === process.execPath || `${exe}, Node runs ${process.execPath}`;
  });
  own('own name', (p) => p.name().length > 0 || 'empty');
  own('own memoryInfo', (p) => {
    const rss = p.memoryInfo().rss;
    const node = process.memoryUsage().rss;
    return (rss > node / 2 && rss < node * 2) || `rss ${rss}, Node says ${node}`;
  });
  own('own cpuTimes', (p) => {
    const t = p.cpuTimes();
    const u = process.cpuUsage();
    return near(t.user + t.system, (u.user + u.system) / 1e6, 0.5) || `${(t.user + t.system).toFixed(2)} s, Node says ${((u.user + u.system) / 1e6).toFixed(2)} s`;
  });
  own('own numThreads', (p) => p.numThreads() >= 1 || `${p.numThreads()}`);
  check('processIter', () => {
    let n = 0;
    let mine: probe.Process | undefined;
    for (const p of probe.processIter({ attrs: ['ppid', 'name', 'createTime'], adValue: null })) {
      n++;
      if (p.pid === process.pid) mine = p;
    }
    if (!mine) return `${n} processes, not this one`;
    return (n >= 2 && mine.info.ppid === process.ppid) || `${n} processes; this one's ppid ${String(mine.info.ppid)}`;
  });
  return { backend: probe.backendName(), checks, failed };
}

// /proc/stat: cpu time lines (in clock ticks), context switches, interrupts, boot time.
import { MalformedFileError } from '../../errors';
import { CpuTimes } from '../../types';
import { fields, uintAt } from './scan';

/** A line the kernel did not print (softirq before 2.6.31) is null, as in psutil's cpu_stats. */
export interface ProcStat {
  cpu: CpuTimes;
  perCpu: CpuTimes[];
  /** The N of each "cpuN" line, beside perCpu: offline cpus leave gaps. */
  perCpuIds: number[];
  ctxt: number | null;
  intr: number | null;
  softirq: number | null;
  btime: number | undefined;
}

/**
 * Kernels before 2.6.33 print fewer columns (iowait 2.5.41, irq/softirq 2.6.0, steal 2.6.11,
 * guest 2.6.24, guest_nice 2.6.33). A column the kernel does not print is null, not a made-up 0.
 */
export function parseCpuLine(line: string, clockTicks: number, file: string): CpuTimes {
  const f = fields(line);
  const v = (i: number): number => {
    const n = Number(f[i]);
    if (!Number.isFinite(n)) throw new MalformedFileError(file, `non-numeric cpu field ${JSON.stringify(f[i])} in ${JSON.stringify(line)}`);
    return n / clockTicks;
  };
  const opt = (i: number): number | null => (i < f.length ? v(i) : null);
  if (f.length < 5) throw new MalformedFileError(file, `truncated cpu line ${JSON.stringify(line)}`);
  return {
    user: v(1), nice: v(2), system: v(3), idle: v(4), iowait: opt(5), irq: opt(6),
    softirq: opt(7), steal: opt(8), guest: opt(9), guestNice: opt(10),
  };
}

export function parseProcStat(text: string, clockTicks: number, file = '/proc/stat'): ProcStat {
  let cpu: CpuTimes | undefined;
  const perCpu: CpuTimes[] = [];
  const perCpuIds: number[] = [];
  let ctxt: number | null = null; let intr: number | null = null; let softirq: number | null = null;
  let btime: number | undefined;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (text.startsWith('cpu', pos)) {
      const c = text.charCodeAt(pos + 3);
      if (c === 32) cpu = parseCpuLine(text.slice(pos, end), clockTicks, file);
      else if (c >= 48 && c <= 57) {
        perCpu.push(parseCpuLine(text.slice(pos, end), clockTicks, file));
        perCpuIds.push(uintAt(text, pos + 3));
      }
    } else if (text.startsWith('ctxt ', pos)) ctxt = firstNumber(text, pos + 5);
    else if (text.startsWith('intr ', pos)) intr = firstNumber(text, pos + 5);
    else if (text.startsWith('softirq ', pos)) softirq = firstNumber(text, pos + 8);
    else if (text.startsWith('btime ', pos)) btime = firstNumber(text, pos + 6) ?? undefined;
    pos = end + 1;
  }
  if (!cpu) throw new MalformedFileError(file, 'no aggregate "cpu" line');
  return { cpu, perCpu, perCpuIds, ctxt, intr, softirq, btime };
}

function firstNumber(text: string, pos: number): number | null {
  const n = uintAt(text, pos);
  return Number.isNaN(n) ? null : n;
}

/** The kernel's numbers of the online CPUs, from the "cpuN" lines (offline CPUs leave gaps). */
export function parseCpuNumbers(text: string): number[] {
  const out: number[] = [];
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (text.startsWith('cpu', pos)) {
      const n = uintAt(text, pos + 3);
      if (!Number.isNaN(n) && text.charCodeAt(pos + 3) !== 32) out.push(n);
    }
    pos = end + 1;
  }
  return out;
}

// /proc/stat: cpu time lines (in clock ticks), context switches, interrupts, boot time.
import { MalformedFileError } from '../../errors';
import { CpuTimes } from '../../types';
import { fields, uintAt } from './scan';

export interface ProcStat {
  cpu: CpuTimes;
  perCpu: CpuTimes[];
  ctxt: number;
  intr: number;
  softirq: number;
  btime: number | undefined;
}

/** Kernels before 2.6.33 have fewer columns; missing ones read as 0 as psutil does. */
export function parseCpuLine(line: string, clockTicks: number, file: string): CpuTimes {
  const f = fields(line);
  const v = (i: number): number => {
    if (i >= f.length) return 0;
    const n = Number(f[i]);
    if (!Number.isFinite(n)) throw new MalformedFileError(file, `non-numeric cpu field ${JSON.stringify(f[i])} in ${JSON.stringify(line)}`);
    return n / clockTicks;
  };
  if (f.length < 5) throw new MalformedFileError(file, `truncated cpu line ${JSON.stringify(line)}`);
  return {
    user: v(1), nice: v(2), system: v(3), idle: v(4), iowait: v(5), irq: v(6),
    softirq: v(7), steal: v(8), guest: v(9), guestNice: v(10),
  };
}

export function parseProcStat(text: string, clockTicks: number, file = '/proc/stat'): ProcStat {
  let cpu: CpuTimes | undefined;
  const perCpu: CpuTimes[] = [];
  let ctxt = 0; let intr = 0; let softirq = 0; let btime: number | undefined;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (text.startsWith('cpu', pos)) {
      const c = text.charCodeAt(pos + 3);
      if (c === 32) cpu = parseCpuLine(text.slice(pos, end), clockTicks, file);
      else if (c >= 48 && c <= 57) perCpu.push(parseCpuLine(text.slice(pos, end), clockTicks, file));
    } else if (text.startsWith('ctxt ', pos)) ctxt = firstNumber(text, pos + 5);
    else if (text.startsWith('intr ', pos)) intr = firstNumber(text, pos + 5);
    else if (text.startsWith('softirq ', pos)) softirq = firstNumber(text, pos + 8);
    else if (text.startsWith('btime ', pos)) btime = firstNumber(text, pos + 6);
    pos = end + 1;
  }
  if (!cpu) throw new MalformedFileError(file, 'no aggregate "cpu" line');
  return { cpu, perCpu, ctxt, intr, softirq, btime };
}

function firstNumber(text: string, pos: number): number {
  const n = uintAt(text, pos);
  return Number.isNaN(n) ? 0 : n;
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

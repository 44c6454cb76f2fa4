// /proc/stat: cpu time lines (in clock ticks), context switches, interrupts, boot time.
import { MalformedFileError } from '../../errors';
import { CpuTimes } from '../../types';

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
  const f = line.trim().split(/\s+/);
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
  for (const line of text.split('\n')) {
    if (line.startsWith('cpu')) {
      if (line.startsWith('cpu ')) cpu = parseCpuLine(line, clockTicks, file);
      else if (/^cpu\d/.test(line)) perCpu.push(parseCpuLine(line, clockTicks, file));
    } else if (line.startsWith('ctxt ')) ctxt = firstNumber(line);
    else if (line.startsWith('intr ')) intr = firstNumber(line);
    else if (line.startsWith('softirq ')) softirq = firstNumber(line);
    else if (line.startsWith('btime ')) btime = firstNumber(line);
  }
  if (!cpu) throw new MalformedFileError(file, 'no aggregate "cpu" line');
  return { cpu, perCpu, ctxt, intr, softirq, btime };
}

function firstNumber(line: string): number {
  const n = Number(line.split(/\s+/)[1]);
  return Number.isFinite(n) ? n : 0;
}

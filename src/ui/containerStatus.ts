// The status bar's container view, as plain data (no vscode import: unit-tested in Node). Under a
// container limit the memory item shows the working set of the limit and the cpu item the percent
// of the effective cores, each tooltip naming the container limit with the host's numbers beside.
import { formatBytes, usedOfTotal } from '../format';
import type { Snapshot } from '../protocol';

export interface ContainerItem { text: string; label: string; tooltip: string; percent: number }

/** PSI for the memory tooltip, only once memory pressure rises (some avg10 at or over this percent). */
export const PRESSURE_SHOWN_FROM = 1;

export function pressureLines(s: Snapshot): string {
  const p = s.pressure;
  if (!p || p.memorySome === null || p.memorySome < PRESSURE_SHOWN_FROM) return '';
  const f = (v: number | null): string => (v === null ? '-' : `${v.toFixed(1)} %`);
  return `\n\nPressure (${p.source === 'cgroup' ? 'cgroup' : 'machine'}, last 10 s): memory some ${f(p.memorySome)}, full ${f(p.memoryFull)}; cpu ${f(p.cpuSome)}; io ${f(p.ioSome)}`;
}

/** The memory item under a container memory limit: the working set of the limit, host numbers beside. */
export function containerMemory(s: Snapshot): ContainerItem | undefined {
  const c = s.container;
  if (!c || c.memoryLimit === null || c.memoryUsed === null || c.memoryPercent === null) return undefined;
  const amount = usedOfTotal(c.memoryUsed, c.memoryLimit);
  const m = s.memory;
  const oom = c.oomKills ? `\n\nOOM kills in the container: ${c.oomKills}` : '';
  return {
    text: `$(server) ${amount.text}`,
    label: `Memory ${amount.spoken} used of the container limit, ${Math.round(c.memoryPercent)} percent`,
    tooltip: `Memory: **${c.memoryPercent} %** of the container limit\n\n| | container limit | host |\n|---|---:|---:|\n`
      + `| used | ${formatBytes(c.memoryUsed)} | ${formatBytes(m.used)} |\n| available | ${formatBytes(Math.max(0, c.memoryLimit - c.memoryUsed))} | ${formatBytes(m.available)} |\n`
      + `| total | ${formatBytes(c.memoryLimit)} | ${formatBytes(m.total)} |${oom}${pressureLines(s)}`,
    percent: c.memoryPercent,
  };
}

/** The cpu item when the container has fewer effective cores than the machine: percent of those cores. */
export function containerCpu(s: Snapshot): ContainerItem | undefined {
  const c = s.container;
  if (!c || c.effectiveCores === null || c.cpuPercent === null || !(c.effectiveCores < s.cpu.count)) return undefined;
  const cores = Number(c.effectiveCores.toFixed(2));
  const coreWord = cores === 1 ? 'core' : 'cores';
  const throttled = c.throttledPerSec ? `\n\nThrottled: ${(c.throttledPerSec * 1000).toFixed(0)} ms per second` : '';
  return {
    text: `$(pulse) ${Math.round(c.cpuPercent)}%`,
    label: `CPU ${Math.round(c.cpuPercent)} percent of the container limit of ${cores} ${coreWord}`,
    tooltip: `CPU: **${c.cpuPercent.toFixed(1)} %** of ${cores} ${coreWord} (container limit)\n\nHost: ${s.cpu.percent.toFixed(1)} % of ${s.cpu.count} cpus${throttled}`,
    percent: c.cpuPercent,
  };
}

// `vitals top`: a refreshing process list sorted by cpu. Ctrl-C restores the terminal and exits.
import * as probe from '../probe';
import { formatBytes, printable } from '../format';

const ATTRS = ['pid', 'name', 'username', 'cpuTimes', 'memoryInfo', 'numThreads', 'status'] as const;

export function renderTop(meter: probe.CpuMeter, rows: number, width: number): string {
  const cpu = meter.cpuPercent(true);
  const vm = probe.virtualMemory();
  const load = probe.getLoadAvg();
  const procs: { p: probe.Process; cpu: number | null }[] = [];
  for (const p of probe.processIter({ attrs: ATTRS })) {
    const cpu = cpuPercentOf(p);
    if (cpu !== undefined) procs.push({ p, cpu });
  }
  procs.sort((a, b) => (b.cpu ?? -1) - (a.cpu ?? -1) || (b.p.info.memoryInfo as probe.MemoryInfo | null ?? { rss: 0 }).rss - (a.p.info.memoryInfo as probe.MemoryInfo | null ?? { rss: 0 }).rss);
  const lines = [
    `cpu ${cpu.map((c) => `${c.toFixed(0).padStart(3)}%`).join(' ')}   load ${load.map((l) => l.toFixed(2)).join(' ')}`,
    `mem ${formatBytes(vm.used)} / ${formatBytes(vm.total)} (${vm.percent} %)   processes ${procs.length}`,
    '',
    `${'PID'.padStart(7)} ${'USER'.padEnd(10)} ${'CPU%'.padStart(6)} ${'RSS'.padStart(10)} ${'THR'.padStart(4)} S NAME`,
  ];
  for (const { p, cpu: pct } of procs.slice(0, Math.max(1, rows - lines.length - 1))) {
    const mem = p.info.memoryInfo as probe.MemoryInfo | null;
    const line = `${String(p.pid).padStart(7)} ${printable(String(p.info.username ?? '?')).slice(0, 10).padEnd(10)} ${(pct === null ? '?' : pct.toFixed(1)).padStart(6)} ${formatBytes(mem?.rss).padStart(10)} ${String(p.info.numThreads ?? '?').padStart(4)} ${String(p.info.status ?? '?').charAt(0).toUpperCase()} ${printable(String(p.info.name ?? '?'))}`;
    lines.push(line.slice(0, width));
  }
  return lines.join('\n');
}

/** The process's cpu percent since the last frame; null where it is denied (shown as ?), undefined once it has exited. */
function cpuPercentOf(p: probe.Process): number | null | undefined {
  try {
    return p.cpuPercent();
  } catch (e) {
    if (e instanceof probe.NoSuchProcess) return undefined;
    if (e instanceof probe.AccessDenied) return null;
    throw e;
  }
}

export async function runTop(intervalSeconds: number): Promise<void> {
  const meter = probe.newCpuMeter();
  meter.cpuPercent(true);
  for (const p of probe.processIter()) cpuPercentOf(p);
  const out = process.stdout;
  const tty = out.isTTY;
  let stopped = false;
  const stop = (): void => {
    stopped = true;
    if (tty) out.write('\x1b[?25h\x1b[?1049l');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  out.on('error', stop); // a closed pipe (| head) ends the view quietly
  if (tty) out.write('\x1b[?1049h\x1b[?25l');
  try {
    await new Promise((r) => setTimeout(r, 300));
    while (!stopped) {
      const frame = renderTop(meter, tty ? out.rows : 30, tty ? out.columns : 200);
      out.write(tty ? `\x1b[H\x1b[2J${frame}\n` : `${frame}\n\n`);
      const until = Date.now() + intervalSeconds * 1000;
      while (!stopped && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    if (!stopped) stop();
  }
}

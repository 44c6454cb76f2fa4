// `vitals snapshot`: every system probe by its API name, as JSON or as readable text.
import * as probe from '../probe';
import { formatBytes, printable, table } from '../format';

export interface SystemSnapshot { [name: string]: unknown }

/** Each probe runs on its own: one failure becomes an entry in `errors`, not a lost snapshot. */
export function collectSystem(errors: Record<string, string>): SystemSnapshot {
  const getters: Record<string, () => unknown> = {
    cpuCount: () => probe.cpuCount(),
    cpuCountPhysical: () => probe.cpuCount(false),
    cpuTimes: () => probe.cpuTimes(),
    cpuTimesPercpu: () => probe.cpuTimes(true),
    cpuPercent: () => probe.cpuPercent(),
    cpuStats: () => probe.cpuStats(),
    cpuFreq: () => probe.cpuFreq(),
    loadAvg: () => probe.getLoadAvg(),
    virtualMemory: () => probe.virtualMemory(),
    swapMemory: () => probe.swapMemory(),
    bootTime: () => probe.bootTime(),
    diskPartitions: () => probe.diskPartitions(),
    diskIoCounters: () => probe.diskIoCounters(true),
    netIoCounters: () => probe.netIoCounters(true),
    netIfStats: () => probe.netIfStats(),
    sensorsTemperatures: () => probe.sensorsTemperatures(),
    sensorsFans: () => probe.sensorsFans(),
    sensorsBattery: () => probe.sensorsBattery(),
    users: () => probe.users(),
    containerLimits: () => probe.containerLimits(),
    pressure: () => probe.pressure(),
  };
  const out: SystemSnapshot = {};
  for (const [name, get] of Object.entries(getters)) {
    try {
      out[name] = get();
    } catch (e) {
      out[name] = null;
      errors[name] = e instanceof Error ? e.message : String(e);
    }
  }
  return out;
}

export function renderSystem(s: SystemSnapshot): string {
  const lines: string[] = [];
  const vm = s.virtualMemory as probe.VirtualMemory | null;
  const sw = s.swapMemory as probe.SwapMemory | null;
  const la = s.loadAvg as probe.LoadAvg | null;
  const freq = s.cpuFreq as probe.CpuFreq | null;
  lines.push('System');
  lines.push(table([
    ['cpus', `${s.cpuCount ?? '-'} logical, ${s.cpuCountPhysical ?? '-'} physical`],
    ['cpu busy (since boot)', `${s.cpuPercent ?? '-'} %`],
    ['cpu freq', freq ? `${freq.current.toFixed(0)} MHz (min ${freq.min ?? '-'}, max ${freq.max ?? '-'})` : '-'],
    ['load average', la ? la.map((x) => x.toFixed(2)).join(' ') : '-'],
    ['memory', vm ? `${formatBytes(vm.used)} used of ${formatBytes(vm.total)} (${vm.percent} %), ${formatBytes(vm.available)} available` : '-'],
    ['swap', sw ? `${formatBytes(sw.used)} used of ${formatBytes(sw.total)} (${sw.percent} %)` : '-'],
    ['boot time', typeof s.bootTime === 'number' ? new Date(s.bootTime * 1000).toISOString() : '-'],
  ]));
  const parts = (s.diskPartitions as probe.DiskPartition[] | null) ?? [];
  if (parts.length) {
    lines.push('', 'Partitions');
    lines.push(table(parts.map((p) => {
      let usage = '';
      try { const u = probe.diskUsage(p.mountpoint); usage = `${formatBytes(u.used)} / ${formatBytes(u.total)} (${u.percent} %)`; } catch { usage = '-'; }
      return [p.mountpoint, `${p.device} ${p.fstype}  ${usage}`];
    })));
  }
  const disks = (s.diskIoCounters as Record<string, probe.DiskIoCounters> | null) ?? {};
  if (Object.keys(disks).length) {
    lines.push('', 'Disk I/O');
    lines.push(table(Object.entries(disks).map(([n, d]) => [n, `read ${formatBytes(d.readBytes)}  written ${formatBytes(d.writeBytes)}${d.busyTime === undefined ? '' : `  busy ${d.busyTime} ms`}`])));
  }
  const nics = (s.netIoCounters as Record<string, probe.NetIoCounters> | null) ?? {};
  const stats = (s.netIfStats as Record<string, probe.NetIfStats> | null) ?? {};
  if (Object.keys(nics).length) {
    lines.push('', 'Network');
    lines.push(table(Object.entries(nics).map(([n, c]) => [n, `${stats[n]?.isup ? 'up  ' : 'down'} sent ${formatBytes(c.bytesSent)}  received ${formatBytes(c.bytesRecv)}`])));
  }
  const temps = (s.sensorsTemperatures as Record<string, probe.Temperature[]> | null) ?? {};
  lines.push('', 'Temperatures');
  const tempRows: [string, string][] = [];
  for (const [chip, list] of Object.entries(temps)) {
    for (const t of list) tempRows.push([`${chip} ${t.label}`.trim(), `${t.current.toFixed(1)} °C (high ${t.high ?? '-'}, critical ${t.critical ?? '-'})`]);
  }
  lines.push(tempRows.length ? table(tempRows) : '  no sensors');
  const fans = (s.sensorsFans as Record<string, probe.Fan[]> | null) ?? {};
  const fanRows = Object.entries(fans).flatMap(([chip, list]) => list.map((f): [string, string] => [`${chip} ${f.label}`.trim(), `${f.current} RPM`]));
  if (fanRows.length) lines.push('', 'Fans', table(fanRows));
  const bat = s.sensorsBattery as probe.Battery | null;
  lines.push('', 'Battery');
  lines.push(bat ? table([
    ['charge', `${bat.percent.toFixed(1)} %`],
    ['plugged in', bat.powerPlugged === null ? 'unknown' : bat.powerPlugged ? 'yes' : 'no'],
    ['time left', bat.secsLeft === probe.POWER_TIME_UNLIMITED ? 'unlimited' : bat.secsLeft === probe.POWER_TIME_UNKNOWN ? 'unknown' : `${Math.round(bat.secsLeft / 60)} min`],
  ]) : '  no battery');
  lines.push('', 'Container (cgroup)', renderContainer(s.containerLimits as probe.ContainerLimits | null));
  return lines.join('\n');
}

function renderContainer(c: probe.ContainerLimits | null): string {
  if (!c) return '  no cgroup';
  const bytes = (n: number | null): string => (n === null ? 'none' : formatBytes(n));
  return table([
    ['cgroup', `v${c.cgroupVersion}${c.hybrid ? ' (hybrid)' : ''} ${printable(c.path)}`],
    ['memory', `${bytes(c.memoryUsage)} used, working set ${bytes(c.workingSet)}, limit ${bytes(c.memoryLimit)}`],
    ['cpu', `${c.effectiveCores === null ? '-' : c.effectiveCores.toFixed(2)} effective cores (quota ${c.cpuQuota === null ? 'none' : c.cpuQuota.toFixed(2)}, cpuset ${c.cpusetCpus ?? 'none'})`],
    ['throttled', c.nrThrottled === null ? '-' : `${c.nrThrottled} periods, ${c.throttledTime?.toFixed(3) ?? '-'} s`],
    ['oom kills', c.oomKills === null ? '-' : String(c.oomKills)],
    ...c.errors.map((e): [string, string] => ['error', printable(e)]),
  ]);
}

export const SNAPSHOT_PROCESS_ATTRS = [
  'pid', 'ppid', 'name', 'exe', 'cmdline', 'username', 'status', 'createTime', 'numThreads', 'cpuTimes', 'memoryInfo',
] as const;

/**
 * `snapshot --json`: the same text as JSON.stringify({ system, processes, errors }, null, 2), written
 * a process at a time. Whole, 200 processes with 1 MiB command lines made a 300 MiB cgroup run out of
 * heap (every info kept, then one string of all of them); now one process's text is held at a time,
 * and its info is dropped from processIter's cache once written. Fields the OS refused are null.
 */
export function writeSnapshotJson(write: (text: string) => void, system: SystemSnapshot, errors: Record<string, string>): void {
  const nested = (v: unknown, indent: string): string => JSON.stringify(v, null, 2).replace(/\n/g, `\n${indent}`);
  write(`{\n  "system": ${nested(system, '  ')},\n  "processes": [`);
  let count = 0;
  for (const p of probe.processIter({ attrs: SNAPSHOT_PROCESS_ATTRS, adValue: null })) {
    write(`${count++ ? ',' : ''}\n    ${nested(p.info, '    ')}`);
    p.info = {};
  }
  write(`${count ? '\n  ' : ''}],\n  "errors": ${nested(errors, '  ')}\n}\n`);
}

// What Vitals exports, by name: node_exporter's names for what node_exporter measures, cAdvisor's
// for the container, vitals_* for the rest. Pure: an ExportSnapshot in, metric families out.
import type { Battery, CpuTimes, DiskIoCounters, LoadAvg, NetIoCounters, SwapMemory, Temperature, VirtualMemory } from '../probe/types';
import type { Labels, MetricFamily, MetricSample } from './openmetrics';

/** One process's series set. `role` is the editor's name for it ("extension host"), absent from the CLI. */
export interface ExportProcess {
  pid: number;
  name: string;
  role?: string;
  /** seconds */
  cpuUser: number;
  cpuSystem: number;
  rss: number;
  vms?: number;
  threads?: number;
  /** seconds since epoch */
  startTime?: number;
  fds?: number;
}

/** The container's limits and usage, cAdvisor's meaning (sample.ts adapts the probe's ContainerLimits). */
export interface ContainerReading {
  /** bytes; null = no limit */
  memoryLimit: number | null;
  /** usage - inactive_file, bytes */
  workingSet: number | null;
  memoryUsage?: number | null;
  /** cpu.max quota / period in cores; null = no quota */
  cpuQuotaCores?: number | null;
  /** min(cpus, quota) */
  effectiveCores?: number | null;
  cpuUsageSeconds?: number | null;
  throttledSeconds?: number | null;
  throttledPeriods?: number | null;
  oomKills?: number | null;
}

/** Pressure stall totals, seconds (the kernel's `total=` in µs / 1e6). */
export interface PressureReading {
  cpuSome?: number | null;
  cpuFull?: number | null;
  memorySome?: number | null;
  memoryFull?: number | null;
  ioSome?: number | null;
  ioFull?: number | null;
}

export interface ExportSnapshot {
  cpu?: { id: number; times: CpuTimes }[];
  memory?: VirtualMemory;
  swap?: SwapMemory;
  load?: LoadAvg;
  bootTime?: number;
  disks?: [string, DiskIoCounters][];
  nics?: [string, NetIoCounters][];
  temperatures?: [string, Temperature[]][];
  battery?: Battery | null;
  pressure?: PressureReading | null;
  container?: ContainerReading | null;
  processes: ExportProcess[];
  /** How long reading this snapshot took, seconds. */
  sampleSeconds: number;
  /** Processes there were before the --max-processes cut. */
  processesSeen: number;
  /** Probe calls that failed, by name (counted, the messages go to the log). */
  errors: number;
}

const CPU_MODES: [keyof CpuTimes, string][] = [
  ['user', 'user'], ['nice', 'nice'], ['system', 'system'], ['idle', 'idle'], ['iowait', 'iowait'],
  ['irq', 'irq'], ['softirq', 'softirq'], ['steal', 'steal'],
];

function fam(name: string, type: 'counter' | 'gauge', help: string, samples: MetricSample[]): MetricFamily {
  return { name, type, help, samples };
}

function one(value: number | null | undefined): MetricSample[] {
  return value === null || value === undefined ? [] : [{ value }];
}

export function families(s: ExportSnapshot): MetricFamily[] {
  const out: MetricFamily[] = [];
  const push = (name: string, type: 'counter' | 'gauge', help: string, samples: MetricSample[]): void => {
    out.push(fam(name, type, help, samples));
  };

  // cpu: /proc/stat as node_exporter reads it (user includes guest there too)
  const cpu: MetricSample[] = [];
  const guest: MetricSample[] = [];
  for (const { id, times } of s.cpu ?? []) {
    for (const [field, mode] of CPU_MODES) {
      const v = times[field];
      if (v !== null) cpu.push({ labels: [['cpu', String(id)], ['mode', mode]], value: v });
    }
    if (times.guest !== null) guest.push({ labels: [['cpu', String(id)], ['mode', 'user']], value: times.guest });
    if (times.guestNice !== null) guest.push({ labels: [['cpu', String(id)], ['mode', 'nice']], value: times.guestNice });
  }
  push('node_cpu_seconds', 'counter', 'Seconds the CPUs spent in each mode.', cpu);
  push('node_cpu_guest_seconds', 'counter', 'Seconds the CPUs spent running guests (also counted in user / nice).', guest);

  const m = s.memory;
  if (m) {
    const mem: [string, number | null, string][] = [
      ['MemTotal', m.total, 'Total usable memory (MemTotal).'],
      ['MemAvailable', m.available, 'Memory available for new programs without swapping (MemAvailable).'],
      ['MemFree', m.free, 'Unused memory (MemFree).'],
      ['Buffers', m.buffers, 'Block device buffers (Buffers).'],
      ['Active', m.active, 'Recently used memory (Active).'],
      ['Inactive', m.inactive, 'Memory not recently used (Inactive).'],
      ['Shmem', m.shared, 'Shared memory and tmpfs (Shmem).'],
      ['Slab', m.slab, 'Kernel slab caches (Slab).'],
    ];
    for (const [k, v, help] of mem) push(`node_memory_${k}_bytes`, 'gauge', `Memory information field ${help}`, one(v));
    // psutil's cached is Cached + SReclaimable: not node_exporter's Cached, so not its name
    push('vitals_memory_cached_bytes', 'gauge', 'Page cache and reclaimable slab (psutil cached: Cached + SReclaimable).', one(m.cached));
    push('vitals_memory_used_bytes', 'gauge', 'Memory in use: MemTotal - MemAvailable (psutil used).', one(m.used));
  }
  if (s.swap) {
    push('node_memory_SwapTotal_bytes', 'gauge', 'Memory information field SwapTotal.', one(s.swap.total));
    push('node_memory_SwapFree_bytes', 'gauge', 'Memory information field SwapFree.', one(s.swap.free));
    // psutil's sin/sout are bytes; node_exporter's node_vmstat_pswpin/out are pages, untyped
    push('vitals_swap_in_bytes', 'counter', 'Bytes swapped in from disk since boot (psutil sin).', one(s.swap.sin));
    push('vitals_swap_out_bytes', 'counter', 'Bytes swapped out to disk since boot (psutil sout).', one(s.swap.sout));
  }
  if (s.load) {
    push('node_load1', 'gauge', '1m load average.', one(s.load[0]));
    push('node_load5', 'gauge', '5m load average.', one(s.load[1]));
    push('node_load15', 'gauge', '15m load average.', one(s.load[2]));
  }
  push('node_boot_time_seconds', 'gauge', 'Node boot time, in unixtime.', one(s.bootTime));

  const disks = s.disks ?? [];
  const perDisk = (get: (d: DiskIoCounters) => number | undefined, scale = 1): MetricSample[] =>
    disks.flatMap(([device, d]) => {
      const v = get(d);
      return v === undefined ? [] : [{ labels: [['device', device]] as Labels, value: v * scale }];
    });
  push('node_disk_reads_completed', 'counter', 'The total number of reads completed successfully.', perDisk((d) => d.readCount));
  push('node_disk_writes_completed', 'counter', 'The total number of writes completed successfully.', perDisk((d) => d.writeCount));
  push('node_disk_read_bytes', 'counter', 'The total number of bytes read successfully.', perDisk((d) => d.readBytes));
  push('node_disk_written_bytes', 'counter', 'The total number of bytes written successfully.', perDisk((d) => d.writeBytes));
  push('node_disk_read_time_seconds', 'counter', 'The total number of seconds spent by all reads.', perDisk((d) => d.readTime, 1e-3));
  push('node_disk_write_time_seconds', 'counter', 'This is the total number of seconds spent by all writes.', perDisk((d) => d.writeTime, 1e-3));
  push('node_disk_reads_merged', 'counter', 'The total number of reads merged.', perDisk((d) => d.readMergedCount));
  push('node_disk_writes_merged', 'counter', 'The number of writes merged.', perDisk((d) => d.writeMergedCount));
  push('node_disk_io_time_seconds', 'counter', 'Total seconds spent doing I/Os.', perDisk((d) => d.busyTime, 1e-3));

  const nics = s.nics ?? [];
  const perNic = (get: (n: NetIoCounters) => number): MetricSample[] => nics.map(([device, n]) => ({ labels: [['device', device]], value: get(n) }));
  push('node_network_receive_bytes', 'counter', 'Network device statistic receive_bytes.', perNic((n) => n.bytesRecv));
  push('node_network_transmit_bytes', 'counter', 'Network device statistic transmit_bytes.', perNic((n) => n.bytesSent));
  push('node_network_receive_packets', 'counter', 'Network device statistic receive_packets.', perNic((n) => n.packetsRecv));
  push('node_network_transmit_packets', 'counter', 'Network device statistic transmit_packets.', perNic((n) => n.packetsSent));
  push('node_network_receive_errs', 'counter', 'Network device statistic receive_errs.', perNic((n) => n.errin));
  push('node_network_transmit_errs', 'counter', 'Network device statistic transmit_errs.', perNic((n) => n.errout));
  push('node_network_receive_drop', 'counter', 'Network device statistic receive_drop.', perNic((n) => n.dropin));
  push('node_network_transmit_drop', 'counter', 'Network device statistic transmit_drop.', perNic((n) => n.dropout));

  const temp: MetricSample[] = [];
  const high: MetricSample[] = [];
  const crit: MetricSample[] = [];
  for (const [chip, list] of s.temperatures ?? []) {
    const used = new Map<string, number>();
    list.forEach((t, i) => {
      const base = t.label || `temp${i + 1}`;
      const n = (used.get(base) ?? 0) + 1; // a chip that repeats a label would be a duplicate series
      used.set(base, n);
      const labels: Labels = [['chip', chip], ['sensor', n > 1 ? `${base}#${n}` : base]];
      temp.push({ labels, value: t.current });
      if (t.high !== null) high.push({ labels, value: t.high });
      if (t.critical !== null) crit.push({ labels, value: t.critical });
    });
  }
  push('node_hwmon_temp_celsius', 'gauge', 'Hardware monitor for temperature (input).', temp);
  push('node_hwmon_temp_max_celsius', 'gauge', 'Hardware monitor for temperature (max).', high);
  push('node_hwmon_temp_crit_celsius', 'gauge', 'Hardware monitor for temperature (crit).', crit);

  const b = s.battery;
  if (b) {
    const labels: Labels = [['power_supply', 'battery']];
    push('node_power_supply_capacity', 'gauge', 'Battery charge, percent.', [{ labels, value: b.percent }]);
    push('node_power_supply_online', 'gauge', '1 when plugged in, 0 when on battery.', b.powerPlugged === null ? [] : [{ labels, value: b.powerPlugged ? 1 : 0 }]);
    push('node_power_supply_time_to_empty_seconds', 'gauge', 'Seconds of battery left.', b.secsLeft >= 0 ? [{ labels, value: b.secsLeft }] : []);
  }

  const p = s.pressure;
  if (p) {
    push('node_pressure_cpu_waiting_seconds', 'counter', 'Total time in seconds that processes have waited for CPU time.', one(p.cpuSome));
    push('node_pressure_cpu_stalled_seconds', 'counter', 'Total time in seconds no process could make progress due to CPU congestion.', one(p.cpuFull));
    push('node_pressure_memory_waiting_seconds', 'counter', 'Total time in seconds that processes have waited for memory.', one(p.memorySome));
    push('node_pressure_memory_stalled_seconds', 'counter', 'Total time in seconds no process could make progress due to memory congestion.', one(p.memoryFull));
    push('node_pressure_io_waiting_seconds', 'counter', 'Total time in seconds that processes have waited due to IO congestion.', one(p.ioSome));
    push('node_pressure_io_stalled_seconds', 'counter', 'Total time in seconds no process could make progress due to IO congestion.', one(p.ioFull));
  }

  const c = s.container;
  if (c) {
    push('container_memory_working_set_bytes', 'gauge', 'Current working set in bytes (usage - inactive_file).', one(c.workingSet));
    push('container_memory_usage_bytes', 'gauge', 'Current memory usage in bytes, including all memory regardless of when it was accessed.', one(c.memoryUsage));
    push('container_spec_memory_limit_bytes', 'gauge', 'Memory limit for the container (absent: no limit).', one(c.memoryLimit));
    push('vitals_container_cpu_quota_cores', 'gauge', 'CPU quota of the container in cores (cpu.max quota / period; absent: no quota).', one(c.cpuQuotaCores));
    push('vitals_container_effective_cores', 'gauge', 'Cores the container can use: min(cpus allowed, quota).', one(c.effectiveCores));
    push('container_cpu_usage_seconds', 'counter', 'Cumulative cpu time consumed by the container in seconds.', one(c.cpuUsageSeconds));
    push('container_cpu_cfs_throttled_seconds', 'counter', 'Total time duration the container has been throttled.', one(c.throttledSeconds));
    push('container_cpu_cfs_throttled_periods', 'counter', 'Number of throttled period intervals.', one(c.throttledPeriods));
    push('container_oom_events', 'counter', 'Count of out of memory events observed for the container.', one(c.oomKills));
  }

  const procs = s.processes;
  const ids = (q: ExportProcess): [string, string][] => {
    const l: [string, string][] = [['pid', String(q.pid)], ['name', q.name]];
    if (q.role) l.push(['role', q.role]);
    return l;
  };
  const per = (get: (q: ExportProcess) => number | undefined): MetricSample[] =>
    procs.flatMap((q) => {
      const v = get(q);
      return v === undefined ? [] : [{ labels: ids(q), value: v }];
    });
  push('vitals_process_cpu_seconds', 'counter', 'CPU time of the process, by mode (user, system).',
    procs.flatMap((q) => [
      { labels: [...ids(q), ['mode', 'user']] as Labels, value: q.cpuUser },
      { labels: [...ids(q), ['mode', 'system']] as Labels, value: q.cpuSystem },
    ]));
  push('vitals_process_resident_memory_bytes', 'gauge', 'Resident set size of the process.', per((q) => q.rss));
  push('vitals_process_virtual_memory_bytes', 'gauge', 'Virtual memory size of the process.', per((q) => q.vms));
  push('vitals_process_threads', 'gauge', 'Threads of the process.', per((q) => q.threads));
  push('vitals_process_open_fds', 'gauge', 'Open file descriptors (handles on Windows) of the process.', per((q) => q.fds));
  push('vitals_process_start_time_seconds', 'gauge', 'Start time of the process, in unixtime.', per((q) => q.startTime));

  push('vitals_processes_seen', 'gauge', 'Processes considered before the --max-processes cut.', one(s.processesSeen));
  push('vitals_processes_exported', 'gauge', 'Processes with a vitals_process_* series set in this scrape.', one(procs.length));
  push('vitals_sample_duration_seconds', 'gauge', 'Time Vitals took to read the sample this scrape shows.', one(s.sampleSeconds));
  push('vitals_sample_errors', 'gauge', 'Probe readings that failed in the sample this scrape shows.', one(s.errors));
  return out;
}

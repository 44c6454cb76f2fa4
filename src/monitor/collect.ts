// One sampler tick: the system readings the status bar and dashboard need, plus the editor's
// process trees. Runs inside the worker thread; every probe call is isolated so one failing
// sensor never loses the rest of the snapshot.
import os from 'node:os';
import * as probe from '../probe';
import type { ProcessSample, Snapshot, SystemExtras } from '../protocol';
import { TableCollector } from './table';

export class Collector {
  private readonly meter = probe.newCpuMeter();
  private prevIo: { at: number; disk: probe.DiskIoCounters | null; net: probe.NetIoCounters | null } | undefined;
  /** Set while a view needs the all-processes table. */
  table: TableCollector | undefined;

  setTable(on: boolean): void {
    if (on && !this.table) this.table = new TableCollector();
    if (!on) this.table = undefined;
  }

  collect(roots: readonly number[]): Snapshot {
    const started = performance.now();
    const errors: Record<string, string> = {};
    const attempt = <T>(name: string, fn: () => T, fallback: T): T => {
      try {
        return fn();
      } catch (e) {
        errors[name] = e instanceof Error ? e.message : String(e);
        return fallback;
      }
    };
    const perCpu = attempt('cpuPercent', () => this.meter.cpuPercent(true), [] as number[]);
    const cpuPercent = perCpu.length ? Math.round((perCpu.reduce((a, b) => a + b, 0) / perCpu.length) * 10) / 10 : 0;
    const vm = attempt('virtualMemory', () => probe.virtualMemory(), null);
    const sw = attempt('swapMemory', () => probe.swapMemory(), null);
    const snapshot: Snapshot = {
      time: Date.now(),
      host: os.hostname(),
      cpu: { percent: cpuPercent, perCpu, count: perCpu.length },
      memory: vm ? { total: vm.total, available: vm.available, used: vm.used, percent: vm.percent } : { total: 0, available: 0, used: 0, percent: 0 },
      swap: sw ? { total: sw.total, used: sw.used, percent: sw.percent } : { total: 0, used: 0, percent: 0 },
      loadAvg: attempt('getLoadAvg', () => probe.getLoadAvg(), null),
      temperatures: attempt('sensorsTemperatures', () => probe.sensorsTemperatures(), {}),
      battery: attempt('sensorsBattery', () => probe.sensorsBattery(), null),
      processes: [],
      extras: this.extras(attempt, vm?.cached ?? 0),
      errors,
      sampleMs: 0,
    };
    if (this.table) {
      const table = this.table;
      snapshot.table = attempt('processTable', () => table.collect(roots), []);
      snapshot.processes = snapshot.table.filter((r) => r.root).map((r) => ({
        pid: r.pid, ppid: r.ppid, name: r.name, createTime: r.createTime, cpuPercent: r.cpuPercent, rss: r.rss, root: r.root,
      }));
    } else {
      snapshot.processes = attempt('processes', () => this.processTrees(roots), []);
    }
    snapshot.sampleMs = performance.now() - started;
    return snapshot;
  }

  /** Cached memory, boot time and the disk/network byte rates since the previous tick. */
  private extras(attempt: <T>(name: string, fn: () => T, fallback: T) => T, memCached: number): SystemExtras {
    const now = performance.now();
    const disk = attempt('diskIoCounters', () => probe.diskIoCounters(), null);
    const net = attempt('netIoCounters', () => probe.netIoCounters(), null);
    const prev = this.prevIo;
    this.prevIo = { at: now, disk, net };
    const dt = prev ? (now - prev.at) / 1000 : 0;
    const rate = (a: number, b: number): number => Math.max(0, Math.round((a - b) / dt));
    return {
      memCached,
      bootTime: attempt('bootTime', () => probe.bootTime(), 0),
      disk: prev?.disk && disk && dt > 0 ? { readRate: rate(disk.readBytes, prev.disk.readBytes), writeRate: rate(disk.writeBytes, prev.disk.writeBytes) } : null,
      net: prev?.net && net && dt > 0 ? { sentRate: rate(net.bytesSent, prev.net.bytesSent), recvRate: rate(net.bytesRecv, prev.net.bytesRecv) } : null,
    };
  }

  /** Every process descending from one of `roots` (the roots included), tagged with its root. */
  private processTrees(roots: readonly number[]): ProcessSample[] {
    if (!roots.length) return [];
    const procs = new Map<number, probe.Process>();
    const children = new Map<number, number[]>();
    for (const p of probe.processIter({ attrs: ['ppid'] })) {
      procs.set(p.pid, p);
      const ppid = p.info.ppid as number;
      const list = children.get(ppid);
      if (list) list.push(p.pid); else children.set(ppid, [p.pid]);
    }
    const out: ProcessSample[] = [];
    const seen = new Set<number>();
    for (const root of roots) {
      const queue = [root];
      while (queue.length) {
        const pid = queue.shift()!;
        if (seen.has(pid)) continue;
        seen.add(pid);
        const p = procs.get(pid);
        if (!p) continue;
        try {
          out.push(p.oneshot(() => ({
            pid, ppid: p.ppid(), name: p.name(), createTime: p.createTime(),
            cpuPercent: p.cpuPercent(), rss: p.memoryInfo().rss, root,
          })));
        } catch (e) {
          // gone, denied, or a file the kernel wrote oddly: skip this one process, keep the tree
          if (!(e instanceof probe.NoSuchProcess || e instanceof probe.AccessDenied || e instanceof probe.MalformedFileError)) throw e;
          continue;
        }
        queue.push(...(children.get(pid) ?? []));
      }
    }
    return out;
  }
}

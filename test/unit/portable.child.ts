// Run as a child with VITALS_BACKEND=portable: what the probe and one sampler tick give on the
// portable backend, as JSON on stdout (portable.test.ts asserts on it).
import * as probe from '../../src/probe';
import { Collector } from '../../src/monitor/collect';
import { buildTick } from '../../src/ui/dashboardModel';

const errorOf = (fn: () => unknown): { name: string; message: string } | null => {
  try { fn(); return null; } catch (e) { return { name: (e as Error).name, message: (e as Error).message }; }
};

const collector = new Collector();
collector.setTable(true);
collector.collect([process.pid]);
const snap = collector.collect([process.pid]);
const self = new probe.Process(process.pid);
process.stdout.write(JSON.stringify({
  cpuPercent: probe.cpuPercent(),
  perCpu: probe.cpuPercent(true),
  memory: probe.virtualMemory(),
  loadAvg: probe.getLoadAvg(),
  bootTime: probe.bootTime(),
  self: self.asDict(),
  selfName: self.name(),
  attrs: probe.PROCESS_ATTRS,
  errors: {
    swapMemory: errorOf(() => probe.swapMemory()),
    processIter: errorOf(() => [...probe.processIter()]),
    otherProcess: errorOf(() => new probe.Process(process.ppid)),
    numThreads: errorOf(() => self.numThreads()),
  },
  pidExists: { self: probe.pidExists(process.pid), parent: probe.pidExists(process.ppid), none: probe.pidExists(0x3ffffff0) },
  snapshot: { cpu: snap.cpu, memory: snap.memory, processes: snap.processes, table: snap.table, processesUnavailable: snap.processesUnavailable, errors: snap.errors },
  tick: buildTick(snap, {}, [process.pid]).processesUnavailable,
}));

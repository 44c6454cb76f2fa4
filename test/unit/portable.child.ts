// Run as a child with VITALS_BACKEND=portable: what the probe and one sampler tick give on the
// portable backend, as JSON on stdout (portable.test.ts asserts on it).
import * as probe from '../../src/probe';
import { Collector } from '../../src/monitor/collect';
import { buildTick } from '../../src/ui/dashboardModel';
import path from 'node:path';
import { RemoteError, Sampler } from '../../src/monitor/sampler';
import type { Snapshot } from '../../src/protocol';

const errorOf = (fn: () => unknown): { name: string; message: string } | null => {
  try { fn(); return null; } catch (e) { return { name: (e as Error).name, message: (e as Error).message }; }
};

const collector = new Collector();
collector.setTable(true);
collector.collect([process.pid]);
const snap = collector.collect([process.pid]);
const self = new probe.Process(process.pid);
/** The real worker thread (dist/worker.js) on the same backend: two snapshots with the table on, and a call it must refuse by name. */
async function sampler(): Promise<{ snapshots: Snapshot[]; listAll: string }> {
  const s = new Sampler({ workerPath: path.resolve(__dirname, '..', '..', '..', 'dist', 'worker.js'), config: { intervalMs: 250, roots: [process.pid] }, log: () => {} });
  const snapshots: Snapshot[] = [];
  const two = new Promise<void>((resolve) => { s.onSnapshot((x) => { if (snapshots.push(x) === 2) resolve(); }); });
  try {
    s.start();
    s.needTable('dashboard', true);
    await two;
    let listAll = '';
    try { await s.call('listAll', 0); } catch (e) { listAll = e instanceof RemoteError ? e.remoteName : String(e); }
    return { snapshots, listAll };
  } finally {
    await s.dispose();
  }
}

void sampler().then((worker) => process.stdout.write(JSON.stringify({
  worker: {
    listAll: worker.listAll,
    snapshots: worker.snapshots.map((w) => ({ cpu: w.cpu, memory: w.memory, loadAvg: w.loadAvg, bootTime: w.extras?.bootTime, processesUnavailable: w.processesUnavailable, errors: w.errors })),
  },
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
})));

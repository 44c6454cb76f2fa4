// The sampler's worker thread: all probe I/O happens here, never on the extension host's loop.
import { parentPort } from 'node:worker_threads';
import { renderProcinfo } from '../report/procinfo';
import * as probe from '../probe';
import type { Origin, Snapshot, WorkerMessage, WorkerRequest } from '../protocol';
import { guardSnapshot } from './rowGuard';
import { processDetails, processEnviron } from './details';
import { listAll, signalProcess } from './signals';
import { Collector } from './collect';
import { workerCost } from './selfCost';
import { EditorExport } from './exportEndpoint';
import { TableDiffer } from './tableDiff';

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');

// Any end of this thread but terminate() (the host's stop, a crash) closes what the probe holds open in the host process.
process.once('exit', () => {
  try { probe.releaseResources(); } catch { /* exiting anyway */ }
});

const collector = new Collector();
let intervalMs = 2000;
let roots: number[] = [];
let origins: Origin[] = [];
let paused = false;
let timer: NodeJS.Timeout | undefined;
const editorExport = new EditorExport(() => undefined); // probe failures already reach the log through snapshot errors
/** The rows last posted: each snapshot carries only the table's delta (the host never touches the rows). */
const differ = new TableDiffer();

function post(msg: WorkerMessage): void {
  port!.postMessage(msg);
}

/**
 * One snapshot, whatever the processes on the machine did: rows that are not what the protocol
 * says are dropped (rowGuard), and should the snapshot still fail to clone or the collection throw,
 * a snapshot without process rows goes out naming the cause, so the host keeps its system readings
 * and logs the cause once. Never throws: the worker must not die on a process.
 */
function sample(): void {
  let snapshot: Snapshot;
  try {
    snapshot = withCost(asDelta(guardSnapshot(collector.collect(roots, origins))));
  } catch (e) {
    differ.reset(); // whatever was diffed is not sent: the next delta starts over
    snapshot = emptySnapshot(`the sampler could not collect this tick: ${e instanceof Error ? e.message : String(e)}`);
  }
  editorExport.setProcesses(snapshot.processes);
  try {
    post({ type: 'snapshot', snapshot });
  } catch (e) {
    differ.reset(); // the delta was not sent: the next one must be a reset
    try {
      post({ type: 'snapshot', snapshot: { ...emptySnapshot(`a snapshot could not be sent (${e instanceof Error ? e.name : 'error'}): its process rows were left out`), cpu: snapshot.cpu, memory: snapshot.memory, swap: snapshot.swap } });
    } catch { /* nothing left to send: the next tick tries again */ }
  }
}

/** The collected table becomes a delta against the last one posted (the whole table is never posted); the tree's roots listed. */
function asDelta(s: Snapshot): Snapshot {
  s.treeRoots = [...new Set(s.processes.map((p) => p.root))];
  if (!s.table) return s;
  const delta = differ.diff(s.table);
  delete s.table;
  s.tableDelta = delta;
  s.tableDeltaBytes = Buffer.byteLength(JSON.stringify(delta));
  return s;
}

function emptySnapshot(cause: string): Snapshot {
  return {
    time: Date.now(), host: '', cpu: { percent: 0, perCpu: [], cpuIds: [], count: 0 }, memory: { total: 0, available: 0, used: 0, percent: 0 },
    swap: { total: 0, used: 0, percent: 0 }, loadAvg: null, temperatures: {}, battery: null, processes: [], errors: { sampler: cause }, sampleMs: 0,
  };
}

function tick(): void {
  timer = undefined;
  if (paused) return;
  const started = Date.now();
  sample();
  timer = setTimeout(tick, Math.max(0, intervalMs - (Date.now() - started)));
}

function withCost(s: Snapshot): Snapshot {
  s.cost = workerCost(probe.keptFileCount());
  return s;
}

function reschedule(): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (!paused) tick();
}

function call(req: Extract<WorkerRequest, { type: 'call' }>): unknown {
  switch (req.method) {
    case 'procinfo':
      return renderProcinfo(req.pid, { createTime: req.createTime });
    case 'procinfoEnv':
      return renderProcinfo(req.pid, { createTime: req.createTime, environValues: true });
    case 'identify':
      return new probe.Process(req.pid).createTime();
    case 'listAll':
      return listAll();
    case 'details':
      return processDetails(req.pid, req.createTime);
    case 'environ':
      return processEnviron(req.pid, req.createTime);
    case 'kill': return signalProcess(req.pid, req.createTime, 'SIGKILL', false);
    case 'terminate': return signalProcess(req.pid, req.createTime, 'SIGTERM', false);
    case 'suspend': return signalProcess(req.pid, req.createTime, 'SIGSTOP', false);
    case 'resume': return signalProcess(req.pid, req.createTime, 'SIGCONT', false);
    case 'killTree': return signalProcess(req.pid, req.createTime, 'SIGKILL', true);
    case 'signal': return signalProcess(req.pid, req.createTime, req.signal ?? '', false);
    case 'tableRow': return differ.row(req.pid, req.createTime ?? NaN) ?? null;
  }
  throw new Error(`unknown method ${String(req.method)}`);
}

port.on('message', (req: WorkerRequest) => {
  try {
    onRequest(req);
  } catch (e) {
    // a request the worker cannot act on is answered or dropped; the thread goes on
    if (req?.type === 'call') {
      try { post({ type: 'reply', id: req.id, ok: false, error: e instanceof Error ? e.message : String(e), errorName: e instanceof Error ? e.name : 'Error' }); } catch { /* unanswerable */ }
    }
  }
});

function onRequest(req: WorkerRequest): void {
  switch (req.type) {
    case 'configure':
      intervalMs = Math.max(250, req.intervalMs);
      roots = req.roots;
      origins = req.origins ?? [];
      if (req.extensions) collector.setExtensions(req.extensions);
      if (req.probe) probe.configure(req.probe);
      editorExport.setInterval(intervalMs);
      if (req.exportPort !== undefined) void editorExport.configure(req.exportPort).then((status) => post({ type: 'export', status }));
      reschedule();
      break;
    case 'pause':
      paused = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      break;
    case 'resume':
      if (paused) { paused = false; reschedule(); }
      break;
    case 'sampleNow':
      if (paused) sample(); // one reading, no schedule
      else reschedule();
      break;
    case 'table':
      collector.setTable(req.on);
      differ.reset(); // on: the first delta is the whole table; off: forget the rows
      break;
    case 'tableReset':
      differ.reset();
      break;
    case 'tableEvery':
      collector.tableEvery = Math.max(1, Math.floor(req.every));
      break;
    case 'stop':
      process.exit(0); // in a worker thread: ends this thread only (no further tick), after the 'exit' hook above
      break;
    case 'call':
      try {
        post({ type: 'reply', id: req.id, ok: true, value: call(req) });
      } catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        post({ type: 'reply', id: req.id, ok: false, error: err.message, errorName: err.name });
      }
      break;
  }
}

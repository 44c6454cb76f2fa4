// The sampler's worker thread: all probe I/O happens here, never on the extension host's loop.
import { parentPort } from 'node:worker_threads';
import { renderProcinfo } from '../report/procinfo';
import * as probe from '../probe';
import type { Origin, WorkerMessage, WorkerRequest } from '../protocol';
import { processDetails, processEnviron } from './details';
import { listAll, signalProcess } from './signals';
import { Collector } from './collect';
import { EditorExport } from './exportEndpoint';

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

function post(msg: WorkerMessage): void {
  port!.postMessage(msg);
}

function tick(): void {
  timer = undefined;
  if (paused) return;
  const started = Date.now();
  const snapshot = collector.collect(roots, origins);
  editorExport.setProcesses(snapshot.processes);
  post({ type: 'snapshot', snapshot });
  timer = setTimeout(tick, Math.max(0, intervalMs - (Date.now() - started)));
}

function reschedule(): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (!paused) tick();
}

function call(req: Extract<WorkerRequest, { type: 'call' }>): unknown {
  switch (req.method) {
    case 'procinfo':
      return renderProcinfo(req.pid);
    case 'listAll':
      return listAll();
    case 'details':
      return processDetails(req.pid);
    case 'environ':
      return processEnviron(req.pid);
    case 'kill': return signalProcess(req.pid, req.createTime, 'SIGKILL', false);
    case 'terminate': return signalProcess(req.pid, req.createTime, 'SIGTERM', false);
    case 'suspend': return signalProcess(req.pid, req.createTime, 'SIGSTOP', false);
    case 'resume': return signalProcess(req.pid, req.createTime, 'SIGCONT', false);
    case 'killTree': return signalProcess(req.pid, req.createTime, 'SIGKILL', true);
    case 'signal': return signalProcess(req.pid, req.createTime, req.signal ?? '', false);
  }
  throw new Error(`unknown method ${String(req.method)}`);
}

port.on('message', (req: WorkerRequest) => {
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
      if (paused) post({ type: 'snapshot', snapshot: collector.collect(roots, origins) }); // one reading, no schedule
      else reschedule();
      break;
    case 'table':
      collector.setTable(req.on);
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
});

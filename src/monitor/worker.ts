// The sampler's worker thread: all probe I/O happens here, never on the extension host's loop.
import { parentPort } from 'node:worker_threads';
import { renderProcinfo } from '../cli/procinfo';
import * as probe from '../probe';
import type { WorkerMessage, WorkerRequest } from '../protocol';
import { processDetails, processEnviron, signalProcess } from './actions';
import { Collector } from './collect';

const port = parentPort;
if (!port) throw new Error('worker.js must run in a worker thread');

const collector = new Collector();
let intervalMs = 2000;
let roots: number[] = [];
let paused = false;
let timer: NodeJS.Timeout | undefined;

function post(msg: WorkerMessage): void {
  port!.postMessage(msg);
}

function tick(): void {
  timer = undefined;
  if (paused) return;
  const started = Date.now();
  post({ type: 'snapshot', snapshot: collector.collect(roots) });
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
    case 'details':
      return processDetails(req.pid);
    case 'environ':
      return processEnviron(req.pid);
    case 'kill':
    case 'terminate':
    case 'suspend':
    case 'resume':
    case 'signal':
    case 'killTree':
      return signalProcess(req.method, req.pid, req.createTime, req.signal);
  }
}

port.on('message', (req: WorkerRequest) => {
  switch (req.type) {
    case 'configure':
      intervalMs = Math.max(250, req.intervalMs);
      roots = req.roots;
      if (req.probe) probe.configure(req.probe);
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
      if (paused) post({ type: 'snapshot', snapshot: collector.collect(roots) }); // one reading, no schedule
      else reschedule();
      break;
    case 'table':
      collector.setTable(req.on);
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

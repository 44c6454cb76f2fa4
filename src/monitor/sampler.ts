// Host side of the sampler: owns the worker thread, restarts it with back-off when it dies,
// and turns its messages into snapshots and request replies. No vscode import: testable in Node.
import { Worker } from 'node:worker_threads';
import { formatSelfCost, SelfCostMeter } from './selfCost';
import type { CallMethod, ExportStatus, ExtensionInfo, Origin, ProbeRoots, Snapshot, WorkerMessage, WorkerRequest } from '../protocol';

export interface SamplerConfig { intervalMs: number; roots: number[]; probe?: ProbeRoots; origins?: Origin[]; extensions?: ExtensionInfo[]; exportPort?: number | null }

export interface SamplerOptions {
  workerPath: string;
  /** The probe backend the worker uses (its VITALS_BACKEND); undefined: the probe's default. */
  backend?: string;
  config: SamplerConfig;
  /** Where failures go: each distinct message once, never as a stream. */
  log: (message: string) => void;
  /** First restart delay; doubles up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Schedules a restart (setTimeout by default); the tests pass their own clock. */
  schedule?: (fn: () => void, ms: number) => { cancel(): void };
}

/** Distinct messages the sampler logs at most (each once). */
export const MAX_LOGGED = 200;

const timerSchedule = (fn: () => void, ms: number): { cancel(): void } => {
  const t = setTimeout(fn, ms);
  return { cancel: () => clearTimeout(t) };
};

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

export class RemoteError extends Error {
  constructor(message: string, readonly remoteName: string) {
    super(message);
    this.name = remoteName;
  }
}

export class Sampler {
  private worker: Worker | undefined;
  private config: SamplerConfig;
  private paused = false;
  private disposed = false;
  private backoff: number;
  private restartTimer: { cancel(): void } | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(s: Snapshot) => void>();
  private readonly logged = new Set<string>();
  private exitWaiters: (() => void)[] = [];
  /** Views that need the all-processes table; the worker collects it while any does. */
  private readonly tableNeeds = new Set<string>();
  restarts = 0;
  last: Snapshot | undefined;
  /** Vitals' own cost: the worker's CPU, this thread's time in the snapshot handlers, bytes to the webview. */
  readonly cost = new SelfCostMeter();
  /** The opt-in /metrics endpoint as the worker last reported it. */
  exportStatus: ExportStatus = { url: null };
  private readonly exportListeners = new Set<(s: ExportStatus) => void>();

  constructor(private readonly opts: SamplerOptions) {
    this.config = opts.config;
    this.backoff = opts.backoffMs ?? 1000;
  }

  get running(): boolean {
    return this.worker !== undefined;
  }

  get threadId(): number | undefined {
    return this.worker?.threadId;
  }

  /** The backend for the next worker started (the canary's choice, made before the first start). */
  setBackend(backend: string | undefined): void {
    this.opts.backend = backend;
  }

  start(): void {
    if (this.disposed || this.worker) return;
    const backend = this.opts.backend;
    const worker = new Worker(this.opts.workerPath, backend ? { env: { ...process.env, VITALS_BACKEND: backend } } : undefined);
    this.worker = worker;
    worker.on('message', (msg: WorkerMessage) => this.onMessage(msg));
    worker.on('error', (err) => this.logOnce(`Vitals sampler failed: ${err.stack ?? err.message}`));
    worker.on('exit', (code) => this.onExit(worker, code));
    this.send({ type: 'configure', ...this.config });
    if (this.tableNeeds.size) this.send({ type: 'table', on: true });
    if (this.cost.tableEvery > 1) this.send({ type: 'tableEvery', every: this.cost.tableEvery });
    if (this.paused) this.send({ type: 'pause' });
  }

  /** A view (by name) starts or stops needing the all-processes table. */
  needTable(view: string, on: boolean): void {
    const before = this.tableNeeds.size > 0;
    if (on) this.tableNeeds.add(view); else this.tableNeeds.delete(view);
    const after = this.tableNeeds.size > 0;
    if (before !== after) this.send({ type: 'table', on: after });
    this.cost.setTable(after);
  }

  /**
   * The next table delta is a reset carrying the whole table (a webview that starts over). The
   * worker keeps the rows last posted; a restarted worker starts with a reset by itself.
   */
  tableReset(): void {
    this.send({ type: 'tableReset' });
  }

  get tableOn(): boolean {
    return this.tableNeeds.size > 0;
  }

  configure(patch: Partial<SamplerConfig>): void {
    this.config = { ...this.config, ...patch };
    this.send({ type: 'configure', ...this.config });
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.send({ type: 'pause' });
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.send({ type: 'resume' });
  }

  get isPaused(): boolean {
    return this.paused;
  }

  sampleNow(): void {
    this.send({ type: 'sampleNow' });
  }

  onSnapshot(fn: (s: Snapshot) => void): { dispose(): void } {
    this.listeners.add(fn);
    return { dispose: () => this.listeners.delete(fn) };
  }

  onExportStatus(fn: (s: ExportStatus) => void): { dispose(): void } {
    this.exportListeners.add(fn);
    return { dispose: () => this.exportListeners.delete(fn) };
  }

  /** A request answered by the worker (procinfo text, a kill re-checked by createTime ...). */
  call(method: CallMethod, pid: number, createTime?: number, signal?: string): Promise<unknown> {
    if (!this.worker || this.disposed) return Promise.reject(new Error('the Vitals sampler is not running'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'call', id, method, pid, createTime, signal });
    });
  }

  /**
   * Stops the worker thread; resolves once it has exited. The worker is asked first, so it closes
   * what the probe holds open (Worker#terminate() runs no exit handlers, and a terminated thread
   * leaks its pinned /proc files into this process); terminate() only if it does
   * not answer within stopTimeoutMs.
   */
  async dispose(stopTimeoutMs = 2000): Promise<void> {
    this.disposed = true;
    this.restartTimer?.cancel();
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise<void>((r) => this.exitWaiters.push(r));
    this.send({ type: 'stop' });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((r) => { timer = setTimeout(() => r(true), stopTimeoutMs); });
    if (await Promise.race([exited.then(() => false), timedOut])) await worker.terminate();
    clearTimeout(timer);
    await exited;
  }

  private send(msg: WorkerRequest): void {
    this.worker?.postMessage(msg);
  }

  private onMessage(msg: WorkerMessage): void {
    if (msg.type === 'snapshot') {
      if (this.disposed) return; // a tick the worker finished before it read 'stop': its listeners may be gone
      this.backoff = this.opts.backoffMs ?? 1000;
      this.last = msg.snapshot;
      const started = performance.now();
      for (const [name, error] of Object.entries(msg.snapshot.errors)) this.logOnce(`${name}: ${error}`);
      for (const fn of this.listeners) {
        try {
          fn(msg.snapshot);
        } catch (e) {
          this.logOnce(`snapshot listener failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        }
      }
      // synchronous handlers on this thread: their wall time is this thread's time in them
      this.cost.add(msg.snapshot.cost, (performance.now() - started) / 1000);
      if (this.cost.guard()) {
        this.send({ type: 'tableEvery', every: this.cost.tableEvery });
        this.logOnce(`Vitals took more than 2 % of a core for a minute with the all-processes table on; it now reads that table every ${this.cost.tableEvery} ticks. ${formatSelfCost(this.cost.current())}`);
      }
      return;
    }
    if (msg.type === 'export') {
      this.exportStatus = msg.status;
      if (msg.status.error) this.logOnce(`metrics export: ${msg.status.error}`);
      for (const fn of this.exportListeners) fn(msg.status);
      return;
    }
    const pending = this.pending.get(msg.id);
    if (!pending) return;
    this.pending.delete(msg.id);
    if (msg.ok) pending.resolve(msg.value);
    else pending.reject(new RemoteError(msg.error, msg.errorName));
  }

  private onExit(worker: Worker, code: number): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('the Vitals sampler stopped'));
    this.pending.clear();
    const waiters = this.exitWaiters;
    this.exitWaiters = [];
    for (const w of waiters) w();
    if (this.disposed) return;
    this.logOnce(`Vitals sampler exited with code ${code}; restarting with back-off`);
    const delay = this.backoff;
    this.backoff = Math.min(this.backoff * 2, this.opts.maxBackoffMs ?? 60000);
    this.restartTimer = (this.opts.schedule ?? timerSchedule)(() => {
      this.restartTimer = undefined;
      this.restarts++;
      this.start();
    }, delay);
  }

  private logOnce(raw: string): void {
    // bounded: a message is cut to 2000 characters, and after MAX_LOGGED distinct ones the log says so once and stops
    const message = raw.length > 2000 ? `${raw.slice(0, 2000)}…` : raw;
    if (this.logged.has(message) || this.logged.size > MAX_LOGGED) return;
    this.logged.add(message);
    this.opts.log(this.logged.size > MAX_LOGGED ? `Vitals has logged ${MAX_LOGGED} distinct sampler messages; further ones are not logged` : message);
  }
}

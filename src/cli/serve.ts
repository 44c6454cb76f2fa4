// `vitals serve`: /metrics for Prometheus. The probe runs in a worker thread on a timer and posts
// both expositions of each sample; this thread only answers HTTP, so a scrape never waits on /proc.
import fs from 'node:fs';
import { parentPort, Worker } from 'node:worker_threads';
import * as probe from '../probe';
import type { ProbeRoots } from '../protocol';
import { ExportSampler } from '../export/sample';
import { DEFAULT_PORT, MetricsServer, renderBoth } from '../export/server';
import type { ExpositionFormat } from '../export/openmetrics';

export interface ServeOptions {
  host: string;
  port: number;
  intervalMs: number;
  token?: string;
  maxProcesses: number;
  pids: number[];
  match?: string;
  maxConnections: number;
  probe?: ProbeRoots;
}

/** The worker's marker in workerData: cli.ts runs serveSampler() instead of main() when it sees it. */
export const SERVE_SAMPLER = 'vitalsServeSampler';

type Flags = Map<string, string | true>;

/** Flags to options; a bad value is an Error naming the flag (nothing is started). */
export function serveOptions(flags: Flags): ServeOptions {
  const str = (k: string): string | undefined => {
    const v = flags.get(k);
    if (v === true) throw new Error(`--${k} needs a value`);
    return v;
  };
  const int = (k: string, def: number, min: number, max: number): number => {
    const v = str(k);
    if (v === undefined) return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${k} must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
    return n;
  };
  const interval = Number(str('interval') ?? 5);
  if (!Number.isFinite(interval) || interval < 0.25 || interval > 3600) throw new Error(`--interval must be seconds from 0.25 to 3600, got ${JSON.stringify(str('interval'))}`);
  const pids = (str('pids') ?? '').split(',').filter((x) => x.trim() !== '').map((x) => {
    const n = Number(x);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--pids: not a pid: ${JSON.stringify(x)}`);
    return n;
  });
  const match = str('match');
  if (match !== undefined) {
    try { new RegExp(match); } catch (e) { throw new Error(`--match: ${e instanceof Error ? e.message : String(e)}`); }
  }
  let token = str('token');
  const tokenFile = str('token-file');
  if (tokenFile !== undefined) token = fs.readFileSync(tokenFile, 'utf8').trim();
  if (token !== undefined && token === '') throw new Error('the token is empty');
  const host = str('host') ?? '127.0.0.1';
  return {
    host, port: int('port', DEFAULT_PORT, 0, 65535), intervalMs: Math.round(interval * 1000), token,
    maxProcesses: int('max-processes', 50, 0, 10000), pids, match, maxConnections: int('max-connections', 64, 1, 10000),
  };
}

export type SamplerMessage = { type: 'sample'; texts: Record<ExpositionFormat, string> } | { type: 'log'; message: string };

/** The worker thread: sample, render both formats, post; until 'stop'. */
export function serveSampler(opts: ServeOptions): void {
  const port = parentPort!;
  if (opts.probe) probe.configure(opts.probe);
  const sampler = new ExportSampler((message) => port.postMessage({ type: 'log', message } satisfies SamplerMessage));
  const match = opts.match === undefined ? undefined : new RegExp(opts.match);
  const tick = (): void => {
    const snap = sampler.sample({ maxProcesses: opts.maxProcesses, pids: opts.pids, match });
    port.postMessage({ type: 'sample', texts: renderBoth(snap) } satisfies SamplerMessage);
  };
  tick();
  const timer = setInterval(tick, opts.intervalMs);
  port.on('message', (m: unknown) => {
    if (m !== 'stop') return;
    clearInterval(timer);
    try { probe.releaseResources(); } catch { /* ending anyway */ }
    process.exit(0); // in a worker: ends this thread
  });
}

/** Runs until SIGTERM / SIGINT; resolves with the exit code. */
export async function runServe(opts: ServeOptions, cliPath: string): Promise<number> {
  const server = new MetricsServer({ host: opts.host, port: opts.port, token: opts.token, maxConnections: opts.maxConnections, title: 'Vitals (vitals serve)' });
  const addr = await server.listen();
  const worker = new Worker(cliPath, { workerData: { [SERVE_SAMPLER]: opts } });
  let failed = false;
  let stopping = false;
  worker.on('message', (m: SamplerMessage) => {
    if (m.type === 'sample') server.updateRendered(m.texts);
    else console.error(m.message);
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', (e) => { failed = true; console.error(`sampler failed: ${e.stack ?? e.message}`); });
  const shown = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  console.error(`vitals serve: http://${shown}:${addr.port}/metrics every ${opts.intervalMs / 1000} s${opts.token ? ', bearer token required' : ''}`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
    void exited.then(() => { if (!stopping) { failed = true; resolve(); } });
  });
  stopping = true;
  worker.postMessage('stop');
  const timer = setTimeout(() => void worker.terminate(), 2000);
  await Promise.all([server.close(), exited]);
  clearTimeout(timer);
  return failed ? 1 : 0;
}

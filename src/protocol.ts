// Typed messages between the extension host, the sampler worker and (later) the webview.
import type { Battery, LoadAvg, Temperature } from './probe/types';

export interface ProcessSample {
  pid: number;
  ppid: number;
  name: string;
  createTime: number;
  cpuPercent: number;
  rss: number;
  /** Which editor root this process belongs to (extension host, terminal, task, debug session). */
  root: number;
}

export interface Snapshot {
  /** ms since epoch when the sample was taken. */
  time: number;
  host: string;
  cpu: { percent: number; perCpu: number[]; count: number };
  memory: { total: number; available: number; used: number; percent: number };
  swap: { total: number; used: number; percent: number };
  loadAvg: LoadAvg | null;
  temperatures: Record<string, Temperature[]>;
  battery: Battery | null;
  processes: ProcessSample[];
  /** Probe calls that failed this tick, by name (shown once in the log, never as pop-ups). */
  errors: Record<string, string>;
  /** How long the worker spent sampling, ms. */
  sampleMs: number;
}

export interface ProbeRoots { procfs?: string; sysfs?: string }

export type WorkerRequest =
  | { type: 'configure'; intervalMs: number; roots: number[]; probe?: ProbeRoots }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'sampleNow' }
  | { type: 'call'; id: number; method: 'procinfo' | 'kill' | 'terminate'; pid: number; createTime?: number };

export type WorkerMessage =
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: string; errorName: string };

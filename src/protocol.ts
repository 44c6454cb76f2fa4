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
  /** What the process is to the user (issue #11): its group, and the name it goes by. */
  kind?: ProcessKind;
  label?: string;
  /** The terminal / task / debug session (Origin.id) it belongs or belonged to. */
  origin?: string;
  /** Set on an orphan: "orphaned (was: task 'watch')". */
  note?: string;
  /** Depth below its group's top process (0 for a top process). */
  depth?: number;
  /** The command line joined by spaces, cut at 1000 characters. */
  cmdline?: string;
}

/** VS Code's own processes, extensions' children, and the processes terminals, tasks and debug sessions started. */
export type ProcessKind = 'editor' | 'extension' | 'terminal' | 'task' | 'debug' | 'orphan';

/**
 * A terminal, task or debug session the host knows through the vscode API. `pid` is its process
 * when known; a debug session without one is found among the descendants of `fallbackPid`
 * (the extension host, or the adapter's terminal) started after `since` (seconds since epoch).
 */
export interface Origin {
  id: string;
  kind: 'terminal' | 'task' | 'debug';
  label: string;
  pid?: number;
  fallbackPid?: number;
  since?: number;
}

/** An extension's folder, to label the processes it starts (vscode.extensions.all). */
export interface ExtensionInfo { id: string; displayName?: string; extensionPath: string }

/** One row of "all processes" (the inspector's switch away from the editor's own). */
export interface ProcessRow { pid: number; ppid: number; name: string; createTime: number; cmdline: string; cpuPercent: number; rss: number; username: string }

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
  | { type: 'configure'; intervalMs: number; roots: number[]; probe?: ProbeRoots; origins?: Origin[]; extensions?: ExtensionInfo[] }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'sampleNow' }
  | { type: 'call'; id: number; method: CallMethod; pid: number; createTime?: number; signal?: string };

/**
 * procinfo: text; listAll: ProcessRow[]; kill / terminate / suspend / resume / signal (with
 * `signal`, e.g. 'SIGINT') / killTree: a SignalResult. Every signal re-checks (pid, createTime).
 */
export type CallMethod = 'procinfo' | 'listAll' | 'kill' | 'terminate' | 'suspend' | 'resume' | 'signal' | 'killTree';

export interface SignalResult { signalled: { pid: number; name: string }[]; failed: { pid: number; error: string }[] }

export type WorkerMessage =
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: string; errorName: string };

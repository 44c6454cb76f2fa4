// Typed messages between the extension host, the sampler worker and the webview.
import type { BreakdownRow } from './monitor/profileBreakdown';
import type { Battery, LoadAvg, Temperature } from './probe/types';

/** What every process row carries, in the editor's tree and in the all-processes table. */
export interface ProcessBasics {
  pid: number;
  ppid: number;
  name: string;
  createTime: number;
  cpuPercent: number;
  rss: number;
  /** The editor root this process descends from (extension host, terminal, task, debug session); 0 in the table when it is not one of the editor's. */
  root: number;
  /** A role label for the editor's processes, when the monitor knows one. */
  label?: string;
}

export interface ProcessSample extends ProcessBasics {
  /** What the process is to the user (issue #11): its group, and the name it goes by. */
  kind?: ProcessKind;
  /** The terminal / task / debug session (Origin.id) it belongs or belonged to. */
  origin?: string;
  /** Set on an orphan: "orphaned (was: task 'watch')". */
  note?: string;
  /** Depth below its group's top process (0 for a top process). */
  depth?: number;
  /** The command line joined by spaces, cut at 1000 characters. */
  cmdline?: string;
  /** The extension (id) that started it: its own folder, or its topmost ancestor's below the extension host. */
  extension?: string;
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
  /** perCpu[i] is cpu number cpuIds[i]: offline cpus leave gaps in the numbering. */
  cpu: { percent: number; perCpu: number[]; cpuIds: number[]; count: number };
  memory: { total: number; available: number; used: number; percent: number };
  /** Dashboard readings (cached memory, boot time, disk and network rates). */
  extras?: SystemExtras;
  /** The all-processes table as collected, present only while a view asked for it (WorkerRequest 'table'). Never posted: the worker sends tableDelta instead. */
  table?: TableRow[];
  /** The table as a delta against the one the worker last posted (reset: the whole table); present on the ticks that read the table. */
  tableDelta?: TableDelta;
  /** JSON size of tableDelta, measured in the worker (the self-cost footer's bytes per tick). */
  tableDeltaBytes?: number;
  /** The distinct roots of `processes`, extension host first (worked out in the worker for the dashboard). */
  treeRoots?: number[];
  swap: { total: number; used: number; percent: number };
  loadAvg: LoadAvg | null;
  temperatures: Record<string, Temperature[]>;
  battery: Battery | null;
  processes: ProcessSample[];
  /** Why there is no per-process data at all (the portable backend: it needs a native one); absent where there is. */
  processesUnavailable?: string;
  /** Probe calls that failed this tick, by name (shown once in the log, never as pop-ups). */
  errors: Record<string, string>;
  /** How long the worker spent sampling, ms. */
  sampleMs: number;
  /** The worker thread's own cost so far (Vitals' self-cost footer and guard). */
  cost?: WorkerCost;
  /** Our cgroup's readings (Linux); absent or null without cgroup. */
  container?: ContainerReading | null;
  /** PSI, some/full avg10 in percent (our cgroup's where it has them, else the machine's); absent or null without PSI. */
  pressure?: PressureReadings | null;
}

/** The container view of one tick: what a dev container, Codespace or pod really has. */
export interface ContainerReading {
  cgroupVersion: 1 | 2;
  path: string;
  /** Bytes; null where no limit applies. */
  memoryLimit: number | null;
  /** Working set (usage - inactive file), bytes; null where unreadable. */
  memoryUsed: number | null;
  /** memoryUsed of memoryLimit, percent; null without a limit. */
  memoryPercent: number | null;
  /** min(cpus, quota), unrounded; null where unknown. */
  effectiveCores: number | null;
  /** The group's cpu time since the previous tick, percent of the effective cores; null on the first tick. */
  cpuPercent: number | null;
  /** Throttled seconds per second since the previous tick; null where the group has no cpu.stat throttling. */
  throttledPerSec: number | null;
  oomKills: number | null;
  /** A memory limit applies, or fewer effective cores than the machine has: show the container view. */
  limited: boolean;
}

export interface PressureReadings {
  /** Which files: the cgroup's (v2) or the machine's (/proc/pressure). */
  source: 'cgroup' | 'system';
  cpuSome: number | null;
  memorySome: number | null;
  memoryFull: number | null;
  ioSome: number | null;
}

export interface ProbeRoots { procfs?: string; sysfs?: string }

export type WorkerRequest =
  | { type: 'configure'; intervalMs: number; roots: number[]; probe?: ProbeRoots; origins?: Origin[]; extensions?: ExtensionInfo[]; exportPort?: number | null }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'sampleNow' }
  | { type: 'call'; id: number; method: CallMethod; pid: number; createTime?: number; signal?: string }
  /** Collect the all-processes table (and per-process USS, I/O rates, fds) while on (the dashboard). */
  | { type: 'table'; on: boolean }
  /** Close what the probe holds open and end the thread (the host's dispose). */
  | { type: 'stop' }
  /** Read the all-processes table every `every` ticks (the self-cost guard). */
  | { type: 'tableEvery'; every: number }
  /** The next tableDelta is a reset with the whole table (the dashboard's webview starts over). */
  | { type: 'tableReset' };

/**
 * procinfo: text; listAll: ProcessRow[]; details: ProcessDetails; environ: [name, value][];
 * kill / terminate / suspend / resume / signal (with `signal`, e.g. 'SIGINT') / killTree: a
 * SignalResult. Every signal re-checks (pid, createTime).
 */
export type CallMethod = 'procinfo' | 'listAll' | 'details' | 'environ' | 'kill' | 'terminate' | 'suspend' | 'resume' | 'signal' | 'killTree'
  /** procinfo with the environment's values (an explicit reveal); identify: the pid's createTime now. */
  | 'procinfoEnv' | 'identify'
  /** The table row the worker last posted for (pid, createTime), or null. */
  | 'tableRow';

export interface SignalResult { signalled: { pid: number; name: string }[]; failed: { pid: number; error: string }[] }

export type WorkerMessage =
  | { type: 'snapshot'; snapshot: Snapshot }
  /** Where the opt-in /metrics endpoint (vitals.export.*) listens now, after each change of exportPort. */
  | { type: 'export'; status: ExportStatus }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: string; errorName: string };

// --- Dashboard (issue #10) ---

/** One row of the all-processes table; collected only while a view asked for it. */
export interface TableRow extends ProcessBasics {
  /** null where the OS refuses smaps (or not measured yet: USS is refreshed a few processes per tick). */
  uss: number | null;
  /** Bytes per second since the previous tick; null where /proc/PID/io is denied. */
  readRate: number | null;
  writeRate: number | null;
  numThreads: number;
  numFds: number | null;
  status: string;
  username: string | null;
  cmdline: string;
  /** The process's cgroup path (Linux: v2's, else its memory controller's), read once per process; null where unreadable. */
  cgroup?: string | null;
}

/** Extra system readings for the dashboard, cheap enough to take every tick. */
export interface SystemExtras {
  memCached: number;
  bootTime: number;
  /** Bytes per second over all disks / NICs since the previous tick; null on the first tick or where unknown. */
  disk: { readRate: number; writeRate: number } | null;
  net: { sentRate: number; recvRate: number } | null;
}

/** Signals the dashboard offers ("send signal…"). */
export const SIGNAL_NAMES = ['SIGTERM', 'SIGKILL', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGSTOP', 'SIGCONT', 'SIGTSTP'] as const;
export type SignalName = typeof SIGNAL_NAMES[number];

/** Everything the probe knows about one process, as data (the detail pane). Refused fields are strings like "(access denied)". */
export interface ProcessDetails {
  pid: number;
  createTime: number;
  identity: [string, string][];
  cpu: [string, string][];
  memory: [string, string][];
  io: [string, string][];
  openFiles: string[] | string;
  connections: string[] | string;
  children: { pid: number; name: string }[];
  threads: number;
}

/** Rows keyed by pid: `removed` applies before `added` (a recycled pid is removed, then added). */
export interface TableDelta {
  /** Drop every row first (the first delta after the panel shows, or after the table was off). */
  reset?: boolean;
  added: TableRow[];
  /** Only the fields that changed, plus the pid. */
  changed: (Partial<TableRow> & { pid: number })[];
  removed: number[];
}

export interface SensorReading { key: string; chip: string; label: string; current: number; high: number | null; critical: number | null }

/** One sampler tick as the dashboard sees it: the chart points plus the header cards' readings. */
export interface DashTick {
  /** seconds since epoch */
  time: number;
  /** One value per history series at this tick (null = a gap). */
  values: Record<string, number | null>;
  cpu: { percent: number; count: number; perCpu: number[] };
  loadAvg: LoadAvg | null;
  memory: { total: number; available: number; used: number; percent: number; cached: number };
  swap: { total: number; used: number; percent: number };
  sensors: SensorReading[];
  battery: Battery | null;
  bootTime: number;
  /** Absent while the table is not collected yet. */
  table?: TableDelta;
  /** The editor's root pids (extension host first). */
  roots: number[];
  /** Snapshot.processesUnavailable: shown in place of an empty process table. */
  processesUnavailable?: string;
  /** Our cgroup's readings and PSI (Linux); absent or null without them. */
  container?: ContainerReading | null;
  pressure?: PressureReadings | null;
}

export interface DashThreshold { warning: number; error: number }

export type ToWebview =
  | {
    type: 'init';
    selfPid: number;
    intervalMs: number;
    thresholds: Record<'cpu' | 'memory' | 'temperature', DashThreshold>;
    temperatureUnit: 'celsius' | 'fahrenheit';
    /** The ring buffers, oldest first: what opening the panel shows at once. */
    history: { time: number[]; series: Record<string, (number | null)[]> };
    capacity: number;
  }
  | { type: 'tick'; tick: DashTick }
  | { type: 'details'; pid: number; details?: ProcessDetails; error?: string }
  | { type: 'environ'; pid: number; environ?: [string, string][]; error?: string }
  | { type: 'actionResult'; pid: number; ok: boolean; message: string }
  /** Select this process (the Processes view's and the inspector's "Reveal in dashboard"). */
  | { type: 'select'; pid: number }
  /** The extension host profile (issue #21): the latest breakdown, and whether one is running. */
  | { type: 'profile'; profile: ProfileView }
  | { type: 'profileState'; running: boolean; secondsLeft?: number; message?: string };

export type DashAction = 'terminate' | 'kill' | 'suspend' | 'resume' | 'killTree' | 'signal';
export const DASH_ACTIONS: readonly DashAction[] = ['terminate', 'kill', 'suspend', 'resume', 'killTree', 'signal'];

export type FromWebview =
  | { type: 'ready' }
  | { type: 'details'; pid: number; createTime: number }
  | { type: 'environ'; pid: number; createTime: number }
  | { type: 'action'; action: DashAction; pid: number; createTime: number; name: string; signal?: SignalName }
  /** Run vitals.exportHistory (the button above the charts). */
  | { type: 'exportHistory' }
  | { type: 'profileRun' }
  | { type: 'profileAction'; action: ProfileAction; id?: string };

// --- Vitals' own cost (issue #20) ---

/** The sampler thread's cost so far: CPU seconds of the thread itself ('process': no per-thread clock), its V8 heap. */
export interface WorkerCost {
  cpuSeconds: number;
  cpuSource: 'thread' | 'process';
  heapBytes: number;
  /** Files the probe keeps open between ticks (Linux: about 4 KB of kernel memory each). */
  keptFiles?: number;
}

/** Vitals' cost over the last minute, in percent of one core. */
export interface SelfCost {
  workerCpuPercent: number;
  hostCpuPercent: number;
  heapBytes: number;
  /** Files the probe keeps open between ticks. */
  keptFiles: number;
  bytesPerTick: number;
  tableEvery: number;
  cpuSource: 'thread' | 'process';
}

/** Posted to the dashboard after each tick, for its footer (a message of its own: ToWebview stays as it is). */
export interface SelfCostMessage { type: 'selfCost'; cost: SelfCost; text: string }


// --- Extension host profile (issue #21) ---

/** open: the extension's page; disable: VS Code's disable (asked first); save: the raw .cpuprofile; text: the breakdown as a document. */
export type ProfileAction = 'open' | 'disable' | 'save' | 'text';
export const PROFILE_ACTIONS: readonly ProfileAction[] = ['open', 'disable', 'save', 'text'];

/** One extension (or unattributed bucket) of a profile, largest first. */
export interface ProfileRowView extends BreakdownRow {
  /** CPU % of the processes this extension started (language servers ...), averaged over the window. */
  childCpu?: number;
}

export interface ProfileView {
  /** ms since epoch when the profile ended. */
  time: number;
  windowMs: number;
  intervalMs: number;
  samples: number;
  /** Why it ran: the command, the dashboard, or the automatic trigger. */
  trigger: string;
  /** Set when an inspector port is open on the host (a debugger may be attached). */
  note?: string;
  rows: ProfileRowView[];
}

/** The opt-in /metrics endpoint: its URL while it listens, or why it does not. */
export interface ExportStatus { url: string | null; error?: string }

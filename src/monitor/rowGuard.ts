// The last check before a snapshot leaves the worker. Every row is built from text other processes
// choose; a row that is not what the protocol says (a field of the wrong type, a function that
// postMessage cannot clone) is dropped, strings are cut to their sink's size, and the rows per tick
// are bounded, so no process can stop the sampler. Each cause is reported as one fixed sentence
// (no pid, no count): the host logs each distinct sentence once, never one line per tick.
import type { ProcessBasics, ProcessSample, Snapshot, TableRow } from '../protocol';
import { cap, CMDLINE_MAX, LABEL_MAX } from '../text/sinks';

/** Rows of the editor's tree per tick, at most. */
export const MAX_TREE_ROWS = 2000;
/** Rows of the all-processes table per tick, at most (Linux allows 4 million pids). */
export const MAX_TABLE_ROWS = 20000;

type Kind = 'number' | 'string' | 'number?' | 'string?' | 'number|null' | 'string|null' | 'string|null?';

// every field of the protocol's rows, checked by the type: a field added there and not here would
// be dropped from every row (the Cgroup column and the extensions' child CPU once were)
const BASICS = {
  pid: 'number', ppid: 'number', name: 'string', createTime: 'number', cpuPercent: 'number', rss: 'number', root: 'number', label: 'string?',
} as const satisfies { [K in keyof Required<ProcessBasics>]: Kind };
const SAMPLE: { readonly [K in keyof Required<ProcessSample>]: Kind } = { ...BASICS, kind: 'string?', origin: 'string?', note: 'string?', depth: 'number?', cmdline: 'string?', extension: 'string?' };
const TABLE: { readonly [K in keyof Required<TableRow>]: Kind } = {
  ...BASICS, uss: 'number|null', readRate: 'number|null', writeRate: 'number|null', numThreads: 'number', numFds: 'number|null',
  status: 'string', username: 'string|null', cmdline: 'string', cgroup: 'string|null?',
};
// a cgroup path is at most PATH_MAX (the kernel answers ENAMETOOLONG beyond): 4096 as a command line
const SIZES: ReadonlyMap<string, number> = new Map([['cmdline', CMDLINE_MAX], ['name', LABEL_MAX], ['label', LABEL_MAX], ['note', LABEL_MAX], ['username', LABEL_MAX], ['origin', LABEL_MAX], ['kind', 16], ['status', 32], ['extension', LABEL_MAX], ['cgroup', CMDLINE_MAX]]);

function fits(v: unknown, k: Kind): boolean {
  switch (k) {
    case 'number': return typeof v === 'number';
    case 'string': return typeof v === 'string';
    case 'number?': return v === undefined || typeof v === 'number';
    case 'string?': return v === undefined || typeof v === 'string';
    case 'number|null': return v === null || typeof v === 'number';
    case 'string|null': return v === null || typeof v === 'string';
    case 'string|null?': return v === undefined || v === null || typeof v === 'string';
  }
}

/** The row rebuilt from its known fields only (strings cut to size), or the cause it is dropped for. */
export function checkRow<T extends object>(row: unknown, spec: Record<string, Kind>): { row: T } | { cause: string } {
  if (typeof row !== 'object' || row === null) return { cause: 'a process row that is not an object' };
  const out: Record<string, unknown> = {};
  for (const [field, kind] of Object.entries(spec)) {
    const v = Object.hasOwn(row, field) ? (row as Record<string, unknown>)[field] : undefined;
    if (!fits(v, kind)) return { cause: `a process row whose ${field} is ${typeof v === 'function' ? 'a function' : v === null ? 'null' : `a ${typeof v}`}, not a ${kind}` };
    if (v === undefined) continue;
    const max = SIZES.get(field);
    out[field] = typeof v === 'string' && max !== undefined ? cap(v, max) : v;
  }
  return { row: out as T };
}

/** The snapshot with only well-formed rows, at most the bounds; causes go to `snapshot.errors`. */
export function guardSnapshot(s: Snapshot): Snapshot {
  const causes = new Set<string>();
  const keep = <T extends object>(rows: unknown, spec: Record<string, Kind>, max: number, what: string): T[] => {
    if (!Array.isArray(rows)) { causes.add(`${what} that is not a list`); return []; }
    const out: T[] = [];
    for (const r of rows) {
      if (out.length >= max) { causes.add(`more than ${max} ${what} rows: the rest are left out`); break; }
      const c = checkRow<T>(r, spec);
      if ('row' in c) out.push(c.row); else causes.add(c.cause);
    }
    return out;
  };
  const processes = keep<ProcessSample>(s.processes, SAMPLE, MAX_TREE_ROWS, 'editor process');
  const table = s.table === undefined ? undefined : keep<TableRow>(s.table, TABLE, MAX_TABLE_ROWS, 'process table');
  const errors = { ...s.errors };
  for (const c of causes) errors[c] = 'left out by the sampler';
  return { ...s, processes, ...(table ? { table } : {}), errors };
}

// The process table's pure logic: applying deltas, filtering, sorting and building the editor's
// tree. No DOM: unit-tested in Node.
import type { TableRow, TableDelta } from '../src/protocol';

export interface RowState extends TableRow {
  /** ms (performance/Date clock of the caller) when the row appeared; 0 for rows present at load. */
  addedAt: number;
  /** ms when the process exited; the row fades out and is dropped FADE_MS later. */
  goneAt?: number;
  /** Its CPU % over the last CPU_HISTORY ticks, oldest first. */
  cpuHist: number[];
}

export const FADE_MS = 2500;
export const NEW_MS = 3000;
export const CPU_HISTORY = 60;

export type ColumnId = 'name' | 'label' | 'pid' | 'cpuPercent' | 'rss' | 'uss' | 'readRate' | 'writeRate' | 'numThreads' | 'numFds'
  | 'status' | 'username' | 'uptime' | 'cmdline' | 'cgroup';

export interface Column { id: ColumnId; title: string; numeric: boolean; width: string }

export const COLUMNS: readonly Column[] = [
  { id: 'name', title: 'Name', numeric: false, width: '240px' },
  { id: 'label', title: 'Role', numeric: false, width: '160px' },
  { id: 'pid', title: 'PID', numeric: true, width: '72px' },
  { id: 'cpuPercent', title: 'CPU %', numeric: true, width: '64px' },
  { id: 'rss', title: 'RSS', numeric: true, width: '100px' },
  { id: 'uss', title: 'USS', numeric: true, width: '100px' },
  { id: 'readRate', title: 'Read/s', numeric: true, width: '104px' },
  { id: 'writeRate', title: 'Write/s', numeric: true, width: '104px' },
  { id: 'numThreads', title: 'Threads', numeric: true, width: '72px' },
  { id: 'numFds', title: 'FDs', numeric: true, width: '56px' },
  { id: 'status', title: 'Status', numeric: false, width: '80px' },
  { id: 'username', title: 'User', numeric: false, width: '90px' },
  { id: 'uptime', title: 'Uptime', numeric: true, width: '84px' },
  { id: 'cgroup', title: 'Cgroup', numeric: false, width: '240px' },
  { id: 'cmdline', title: 'Command line', numeric: false, width: '1000px' },
];

/** The Role column (a label alone) is off by default: the Name column already leads with the role; when chosen it shows only while some row has one. */
export const DEFAULT_COLUMNS: ColumnId[] = ['name', 'pid', 'cpuPercent', 'rss', 'uss', 'readRate', 'writeRate', 'numThreads', 'numFds', 'status', 'username', 'uptime', 'cmdline'];

export class TableModel {
  readonly rows = new Map<number, RowState>();

  /** Applies one delta at time `now` (ms); returns whether the set of rows changed (not just values). */
  apply(delta: TableDelta, now: number): boolean {
    let structural = false;
    if (delta.reset) {
      this.rows.clear();
      structural = true;
    }
    for (const pid of delta.removed) {
      const r = this.rows.get(pid);
      if (r && r.goneAt === undefined) { r.goneAt = now; r.cpuPercent = 0; structural = true; }
    }
    for (const row of delta.added) {
      const old = this.rows.get(row.pid);
      const keepHist = old && old.createTime === row.createTime && old.goneAt === undefined;
      this.rows.set(row.pid, { ...row, addedAt: delta.reset ? 0 : now, cpuHist: keepHist ? old.cpuHist : [] });
      structural = true;
    }
    for (const change of delta.changed) {
      const r = this.rows.get(change.pid);
      if (!r) continue;
      Object.assign(r, change);
    }
    for (const r of this.rows.values()) {
      if (r.goneAt !== undefined) continue;
      r.cpuHist.push(r.cpuPercent);
      if (r.cpuHist.length > CPU_HISTORY) r.cpuHist.shift();
    }
    return structural;
  }

  /** Drops rows that finished fading out; returns how many. */
  prune(now: number): number {
    let n = 0;
    for (const [pid, r] of this.rows) {
      if (r.goneAt !== undefined && now - r.goneAt >= FADE_MS) { this.rows.delete(pid); n++; }
    }
    return n;
  }
}

/** Case-insensitive; every space-separated term must match the name, pid, user, role or command line. */
export function matches(row: TableRow, query: string | string[]): boolean {
  const terms = typeof query === 'string' ? queryTerms(query) : query;
  if (!terms.length) return true;
  const hay = `${row.name}\n${row.pid}\n${row.username ?? ''}\n${row.label ?? ''}\n${row.cmdline}`.toLowerCase();
  return terms.every((t) => hay.includes(t));
}

export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export interface SortSpec { column: ColumnId; descending: boolean }

/** The value a column sorts by; null sorts last whatever the direction. */
export function sortValue(r: TableRow, c: ColumnId): number | string | null {
  switch (c) {
    case 'uptime': return r.createTime ? -r.createTime : null; // longest-running is the largest uptime
    case 'name': return (r.label ?? r.name).toLowerCase();
    case 'label': return r.label?.toLowerCase() ?? null;
    case 'cmdline': return r.cmdline.toLowerCase();
    case 'username': return r.username?.toLowerCase() ?? null;
    case 'status': return r.status;
    case 'cgroup': return r.cgroup ?? null;
    default: return r[c] as number | null;
  }
}

export function compareRows(a: TableRow, b: TableRow, sort: SortSpec): number {
  return compareValues(sortValue(a, sort.column), a.pid, sortValue(b, sort.column), b.pid, sort.descending);
}

function compareValues(va: number | string | null, pa: number, vb: number | string | null, pb: number, descending: boolean): number {
  if (va === null || vb === null) {
    if (va === vb) return pa - pb;
    return va === null ? 1 : -1;
  }
  let c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va) < String(vb) ? -1 : String(va) > String(vb) ? 1 : 0;
  if (descending) c = -c;
  return c || pa - pb;
}

/** Sorts in place; each row's sort value is computed once (not twice per comparison), since this runs every tick. */
export function sortRows<T extends TableRow>(rows: T[], sort: SortSpec): T[] {
  const keyed = rows.map((row) => ({ row, v: sortValue(row, sort.column) }));
  keyed.sort((a, b) => compareValues(a.v, a.row.pid, b.v, b.row.pid, sort.descending));
  for (let i = 0; i < rows.length; i++) rows[i] = keyed[i].row;
  return rows;
}

export interface VisibleRow<T extends TableRow = RowState> {
  row: T;
  /** 0 at the top level */
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
  /** 1-based position among its siblings, and their count (aria-posinset / aria-setsize). */
  posinset: number;
  setsize: number;
}

/** All processes: a flat, filtered, sorted list. */
export function flatRows<T extends TableRow>(rows: Iterable<T>, query: string, sort: SortSpec): VisibleRow<T>[] {
  const terms = queryTerms(query);
  const list = sortRows(terms.length ? [...rows].filter((r) => matches(r, terms)) : [...rows], sort);
  return list.map((row, i) => ({ row, depth: 0, hasChildren: false, expanded: false, posinset: i + 1, setsize: list.length }));
}

/**
 * The editor's processes as a tree (rows with a root), children sorted within their parent, the
 * editor's roots first in `roots` order. With a filter, a matching row keeps its ancestors (so it
 * stays in context) and the tree shows expanded along the way.
 */
export function treeRows<T extends TableRow>(rows: Iterable<T>, roots: readonly number[], query: string, sort: SortSpec, collapsed: ReadonlySet<number>): VisibleRow<T>[] {
  const mine = new Map<number, T>();
  for (const r of rows) if (r.root) mine.set(r.pid, r);
  const children = new Map<number, T[]>();
  const tops: T[] = [];
  for (const r of mine.values()) {
    if (r.pid !== r.root && mine.has(r.ppid)) {
      const list = children.get(r.ppid);
      if (list) list.push(r); else children.set(r.ppid, [r]);
    } else {
      tops.push(r);
    }
  }
  let keep: Set<number> | undefined;
  const terms = queryTerms(query);
  if (terms.length) {
    keep = new Set();
    for (const r of mine.values()) {
      if (!matches(r, terms)) continue;
      for (let p: T | undefined = r; p && !keep.has(p.pid); p = p.pid !== p.root ? mine.get(p.ppid) : undefined) keep.add(p.pid);
    }
  }
  const rootOrder = (r: T): number => { const i = roots.indexOf(r.pid); return i < 0 ? roots.length : i; };
  const out: VisibleRow<T>[] = [];
  const walk = (list: T[], depth: number, top: boolean): void => {
    const shown = list.filter((r) => !keep || keep.has(r.pid));
    sortRows(shown, sort);
    if (top) shown.sort((a, b) => rootOrder(a) - rootOrder(b)); // stable: keeps the column order among equals
    shown.forEach((row, i) => {
      const kids = children.get(row.pid) ?? [];
      const visibleKids = keep ? kids.filter((k) => keep!.has(k.pid)) : kids;
      const expanded = visibleKids.length > 0 && (keep !== undefined || !collapsed.has(row.pid));
      out.push({ row, depth, hasChildren: visibleKids.length > 0, expanded, posinset: i + 1, setsize: shown.length });
      if (expanded) walk(kids, depth + 1, false);
    });
  };
  walk(tops, 0, true);
  return out;
}

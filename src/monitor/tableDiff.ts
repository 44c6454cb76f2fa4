// The all-processes table as deltas: the worker remembers the rows it last posted and sends only
// what changed, so the extension host's thread never walks, compares or serialises the table.
import type { TableDelta, TableRow } from '../protocol';

const ROW_FIELDS = ['ppid', 'name', 'createTime', 'cpuPercent', 'rss', 'uss', 'readRate', 'writeRate', 'numThreads', 'numFds',
  'status', 'username', 'cmdline', 'root', 'label', 'cgroup'] as const satisfies readonly (keyof TableRow)[];

/** Remembers the rows last sent and answers with what changed since. */
export class TableDiffer {
  private last = new Map<number, TableRow>();
  private fresh = true;

  /** The next delta starts from nothing (the panel was hidden or reopened, the table was off, a delta was lost). */
  reset(): void {
    this.last = new Map();
    this.fresh = true;
  }

  /** The row last sent for this process, if any (the name a confirmation shows). */
  row(pid: number, createTime: number): TableRow | undefined {
    const r = this.last.get(pid);
    return r && Math.abs(r.createTime - createTime) < 0.01 ? r : undefined;
  }

  diff(rows: readonly TableRow[]): TableDelta {
    const delta: TableDelta = { added: [], changed: [], removed: [] };
    if (this.fresh) delta.reset = true;
    this.fresh = false;
    const next = new Map<number, TableRow>();
    for (const r of rows) {
      next.set(r.pid, r);
      const old = this.last.get(r.pid);
      if (!old) { delta.added.push(r); continue; }
      if (old.createTime !== r.createTime) { delta.removed.push(r.pid); delta.added.push(r); continue; }
      let change: (Partial<TableRow> & { pid: number }) | undefined;
      for (const f of ROW_FIELDS) {
        if (old[f] !== r[f]) {
          change ??= { pid: r.pid };
          (change as Record<string, unknown>)[f] = r[f] ?? null;
        }
      }
      if (change) delta.changed.push(change);
    }
    for (const pid of this.last.keys()) if (!next.has(pid)) delta.removed.push(pid);
    this.last = next;
    return delta;
  }
}

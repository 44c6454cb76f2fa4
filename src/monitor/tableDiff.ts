// The all-processes table as deltas: the worker remembers the rows it last posted and sends only
// what changed, so the extension host's thread never walks, compares or serialises the table.
import type { TableDelta, TableRow } from '../protocol';

export const ROW_FIELDS = ['ppid', 'name', 'createTime', 'cpuPercent', 'rss', 'uss', 'readRate', 'writeRate', 'numThreads', 'numFds',
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
      const old = this.last.get(r.pid);
      if (old && sameFields(old, r)) {
        // keep the row already held: the new one dies young, the long-lived one stays put (an idle
        // process's row is not copied into the old generation again every tick)
        next.set(r.pid, old);
        continue;
      }
      next.set(r.pid, r);
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

/**
 * ROW_FIELDS compared one by one in straight code: most rows of a tick are idle processes that did
 * not change, and this check (monomorphic loads) is what they cost instead of the keyed loop.
 */
function sameFields(a: TableRow, b: TableRow): boolean {
  return a.ppid === b.ppid && a.name === b.name && a.createTime === b.createTime && a.cpuPercent === b.cpuPercent
    && a.rss === b.rss && a.uss === b.uss && a.readRate === b.readRate && a.writeRate === b.writeRate
    && a.numThreads === b.numThreads && a.numFds === b.numFds && a.status === b.status && a.username === b.username
    && a.cmdline === b.cmdline && a.root === b.root && a.label === b.label && a.cgroup === b.cgroup;
}

// The editor's processes as the inspector and the Processes view show them: grouped by kind,
// nested by parent within a group. Pure: snapshot rows in, groups out.
import { formatBytes } from '../format';
import type { ProcessKind, ProcessSample } from '../protocol';

export const GROUPS: { kind: ProcessKind; title: string }[] = [
  { kind: 'editor', title: 'VS Code' },
  { kind: 'extension', title: 'Extensions' },
  { kind: 'terminal', title: 'Terminals' },
  { kind: 'task', title: 'Tasks' },
  { kind: 'debug', title: 'Debug sessions' },
  { kind: 'orphan', title: 'Orphaned' },
];

export interface ProcessNode { sample: ProcessSample; children: ProcessNode[] }
export interface ProcessGroup { kind: ProcessKind; title: string; roots: ProcessNode[]; count: number }

/** The name a process goes by (its label, else its OS name). */
export function labelOf(p: ProcessSample): string {
  return p.label || p.name;
}

/** "pid 123 · 1.5 % · 40.2 MiB" */
export function vitalsLine(p: Pick<ProcessSample, 'pid' | 'cpuPercent' | 'rss'>): string {
  return `pid ${p.pid} · ${p.cpuPercent.toFixed(1)} % · ${formatBytes(p.rss)}`;
}


export function groupProcesses(processes: readonly ProcessSample[]): ProcessGroup[] {
  const byKind = new Map<ProcessKind, ProcessSample[]>();
  for (const p of processes) {
    const kind = p.kind ?? 'extension';
    const list = byKind.get(kind);
    if (list) list.push(p); else byKind.set(kind, [p]);
  }
  const out: ProcessGroup[] = [];
  for (const g of GROUPS) {
    const list = byKind.get(g.kind);
    if (!list?.length) continue;
    // within a group a process nests under its parent when the parent is in the same group and
    // the same origin (a terminal's shell is not the child of another terminal's)
    const nodes = new Map<number, ProcessNode>(list.map((p) => [p.pid, { sample: p, children: [] }]));
    const roots: ProcessNode[] = [];
    for (const n of nodes.values()) {
      const parent = n.sample.depth ? nodes.get(n.sample.ppid) : undefined;
      if (parent && parent.sample.origin === n.sample.origin) parent.children.push(n);
      else roots.push(n);
    }
    out.push({ kind: g.kind, title: g.title, roots, count: list.length });
  }
  return out;
}

/** Flattened in tree order with each row's depth, for a QuickPick. */
export function flatten(group: ProcessGroup): { sample: ProcessSample; depth: number }[] {
  const out: { sample: ProcessSample; depth: number }[] = [];
  const walk = (n: ProcessNode, depth: number): void => {
    out.push({ sample: n.sample, depth });
    for (const c of n.children) walk(c, depth + 1);
  };
  for (const r of group.roots) walk(r, 0);
  return out;
}

/** Total CPU and memory of a set of processes (a debuggee and its children). */
export function totals(list: readonly ProcessSample[]): { cpu: number; rss: number } {
  let cpu = 0;
  let rss = 0;
  for (const p of list) { cpu += p.cpuPercent; rss += p.rss; }
  return { cpu: Math.round(cpu * 10) / 10, rss };
}

// Which processes belong to this editor window, and what each one is to its user. Pure over one
// process scan (pid, ppid, createTime for every process) plus a lazy `describe` for the few
// processes in the tree: command lines are read once per process identity, not once per tick.
//
// Rules, in order:
// - VS Code's own tree: from the extension host up to the topmost VS Code process (a `--type=`
//   role, server-main, or the same executable as its child), then down again. Another window's
//   extension host is shown but not descended into.
// - A terminal / task / debug session root (Origin.pid) makes everything below it that origin's.
// - A debug session without a pid takes the new children of its fallback process (the extension
//   host, or its terminal's shell) started in the session's first minute: the adapter's debuggee.
//   Processes run from an extension's folder (language servers, executable adapters) are not
//   user programs: for those, their own new children are the candidates.
// - Every process seen under an origin is remembered by (pid, createTime); when it is later found
//   outside its origin's tree (the origin ended, it was reparented to init or a subreaper), it
//   stays in the tree as an orphan, "orphaned (was: task 'watch')".
import type { ExtensionInfo, Origin, ProcessKind } from '../protocol';
import { owningExtension, processLabel, vscodeRole } from './processRoles';

export interface ScanEntry { pid: number; ppid: number; createTime: number }

/** What build() asks of the scan: a Map, or a lookup that reads each pid on demand (Collector's tree walk). */
export interface Lookup<V> { get(pid: number): V | undefined }
export interface Described { name: string; exe: string; cmdline: readonly string[] }

export interface TreeNode {
  pid: number;
  ppid: number;
  createTime: number;
  kind: ProcessKind;
  label: string;
  /** The group's top process (the extension host for editor/extension processes). */
  root: number;
  origin?: string;
  note?: string;
  depth: number;
  /** The command line joined by spaces, cut at 1000 characters. */
  cmdline: string;
  /** For the extension host's children: the extension whose folder its topmost ancestor below the host runs from. */
  extension?: string;
}

interface Info { createTime: number; name: string; role?: string; label: string; exe: string; cmdline: string; /** runs from an extension's folder */ extension: boolean; extensionId?: string }
interface Member { createTime: number; origin: string; originText: string }
interface Ctx { kind?: 'terminal' | 'task' | 'debug' | 'orphan'; origin?: string; originText?: string; note?: string; root: number }

/** How long after a debug session starts a new process may still be its debuggee (fallback only). */
const FALLBACK_WINDOW_S = 60;
/** createTime is boot time (whole seconds) plus clock ticks: it may read up to a second off the wall clock. */
const CLOCK_SLACK_S = 1.5;

export function originText(o: Pick<Origin, 'kind' | 'label'>): string {
  return `${o.kind === 'debug' ? 'debug session' : o.kind} '${o.label}'`;
}

export class EditorTree {
  private readonly infos = new Map<number, Info>();
  private readonly members = new Map<number, Member>();
  private readonly rootCreateTimes = new Map<string, { pid: number; createTime: number }>();
  private readonly picked = new Map<string, { pid: number; createTime: number }[]>();
  private extensions: readonly ExtensionInfo[] = [];

  setExtensions(list: readonly ExtensionInfo[]): void {
    const key = (l: readonly ExtensionInfo[]): string => l.map((e) => `${e.id}\0${e.extensionPath}`).join('\n');
    if (key(list) === key(this.extensions)) return;
    this.extensions = list;
    this.infos.clear();
  }

  /** A process that exec'd another program keeps its identity: forget its label when its name changes. */
  checkName(pid: number, name: string): void {
    const i = this.infos.get(pid);
    if (i && i.name !== name) this.infos.delete(pid);
  }

  /** How many processes are remembered as started by a terminal, task or debug session. */
  get remembered(): number {
    return this.members.size;
  }

  build(scan: Lookup<ScanEntry>, children: Lookup<readonly number[]>, hostPid: number,
    origins: readonly Origin[], describe: (pid: number) => Described | undefined, extraRoots: readonly number[] = []): TreeNode[] {
    const info = (pid: number): Info | undefined => {
      const e = scan.get(pid);
      if (!e) return undefined;
      const cached = this.infos.get(pid);
      if (cached && cached.createTime === e.createTime) return cached;
      const d = describe(pid);
      if (!d) return undefined;
      const role = vscodeRole(d.cmdline);
      const owner = owningExtension(d.exe, d.cmdline, this.extensions);
      const fresh: Info = { createTime: e.createTime, name: d.name, role, extension: !!owner, extensionId: owner?.id, exe: d.exe, cmdline: d.cmdline.join(' ').slice(0, 1000), label: processLabel({ pid, ...d }, this.extensions) };
      // An exec in progress shows the new name with no command line yet (the kernel sets comm before
      // the new stack's arguments): cached, that empty description outlived the exec, since the
      // name no longer changes. Only a description with a command line is kept for the identity.
      if (d.cmdline.length) this.infos.set(pid, fresh);
      return fresh;
    };
    for (const [pid, i] of this.infos) if (scan.get(pid)?.createTime !== i.createTime) this.infos.delete(pid);

    // origins whose process is alive and is still the one first seen (a reused pid is not the origin)
    const originOf = new Map<number, Origin>();
    const active = new Set(origins.map((o) => o.id));
    for (const id of this.rootCreateTimes.keys()) if (!active.has(id)) this.rootCreateTimes.delete(id);
    for (const id of this.picked.keys()) if (!active.has(id)) this.picked.delete(id);
    for (const o of origins) {
      if (o.pid === undefined) continue;
      const e = scan.get(o.pid);
      if (!e) continue;
      const first = this.rootCreateTimes.get(o.id);
      if (!first || first.pid !== o.pid) this.rootCreateTimes.set(o.id, { pid: o.pid, createTime: e.createTime });
      else if (first.createTime !== e.createTime) continue;
      originOf.set(o.pid, o);
    }
    this.pickFallbacks(scan, children, origins, originOf, info);

    const out: TreeNode[] = [];
    const visited = new Set<number>();
    const visit = (start: number, startCtx: Ctx): void => {
      const stack: [number, Ctx, number, ProcessKind | undefined, string | undefined][] = [[start, startCtx, 0, undefined, undefined]];
      while (stack.length) {
        const [pid, parentCtx, parentDepth, parentKind, parentExt] = stack.pop()!;
        if (visited.has(pid)) continue;
        const e = scan.get(pid);
        const i = info(pid);
        if (!e || !i) continue;
        visited.add(pid);
        let ctx = parentCtx;
        let depth = parentDepth;
        const o = originOf.get(pid);
        if (o) {
          ctx = { kind: o.kind, origin: o.id, originText: originText(o), root: pid };
          depth = 0;
        } else if (!ctx.origin) {
          const m = this.members.get(pid);
          if (m && m.createTime === e.createTime && !active.has(m.origin)) {
            ctx = { kind: 'orphan', origin: m.origin, originText: m.originText, note: `orphaned (was: ${m.originText})`, root: pid };
            depth = 0;
          }
        }
        const otherHost = i.role === 'extension host' && pid !== hostPid;
        const kind: ProcessKind = ctx.kind ?? (i.role || pid === hostPid || pid === vsRoot ? 'editor' : 'extension');
        if (kind !== parentKind) depth = 0; // depth counts within a group: a language server tops the Extensions group
        let label = o ? o.label : pid === hostPid ? 'extension host' : otherHost ? 'extension host (another window)' : i.label;
        if (pid === vsRoot && !i.role) label = 'main process';
        // the outermost process run from an extension's folder names the extension for its whole subtree
        const extension = kind === 'extension' ? parentExt ?? i.extensionId : undefined;
        out.push({ pid, ppid: e.ppid, createTime: e.createTime, kind, label, root: ctx.root, origin: ctx.origin, note: ctx.note, depth, cmdline: i.cmdline, ...(extension ? { extension } : {}) });
        if (ctx.origin && ctx.originText) this.members.set(pid, { createTime: e.createTime, origin: ctx.origin, originText: ctx.originText });
        if (otherHost) continue;
        const kids = children.get(pid) ?? [];
        for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k], ctx, depth + 1, kind, extension]);
      }
    };

    const vsRoot = this.vscodeRoot(scan, hostPid, info);
    if (vsRoot !== undefined) visit(vsRoot, { root: hostPid });
    for (const [pid, o] of originOf) if (!visited.has(pid)) visit(pid, { kind: o.kind, origin: o.id, originText: originText(o), root: pid });
    for (const pid of extraRoots) if (!visited.has(pid)) visit(pid, { root: pid });
    // orphans: remembered members found nowhere under their origin; the oldest first so a child
    // that is itself remembered is shown under its orphaned parent
    const lost = [...this.members].filter(([pid]) => !visited.has(pid)).sort((a, b) => a[1].createTime - b[1].createTime);
    for (const [pid, m] of lost) {
      if (visited.has(pid)) continue;
      if (scan.get(pid)?.createTime !== m.createTime) { this.members.delete(pid); continue; }
      visit(pid, { kind: 'orphan', origin: m.origin, originText: m.originText, note: `orphaned (was: ${m.originText})`, root: pid });
    }
    return out;
  }

  /** The topmost VS Code process above the extension host (the server, or Electron's main process). */
  private vscodeRoot(scan: Lookup<ScanEntry>, hostPid: number, info: (pid: number) => Info | undefined): number | undefined {
    let cur = hostPid;
    let curInfo = info(cur);
    if (!curInfo) return undefined;
    for (let hops = 0; hops < 16; hops++) {
      const ppid = scan.get(cur)!.ppid;
      if (ppid <= 1) break;
      const p = info(ppid);
      if (!p || !(p.role || (p.exe && p.exe === curInfo.exe))) break;
      cur = ppid;
      curInfo = p;
    }
    return cur;
  }

  /**
   * Debug sessions whose adapter never named a pid: the children of the fallback process that
   * started within the session's first minute, each given to the latest session started before
   * it. Picks are kept by (pid, createTime) for the session's life.
   */
  private pickFallbacks(scan: Lookup<ScanEntry>, children: Lookup<readonly number[]>,
    origins: readonly Origin[], originOf: Map<number, Origin>, info: (pid: number) => Info | undefined): void {
    const waiting = origins.filter((o) => o.pid === undefined && o.fallbackPid !== undefined && o.since !== undefined)
      .sort((a, b) => b.since! - a.since!);
    const ids = new Set(waiting.map((o) => o.id));
    for (const id of this.picked.keys()) if (!ids.has(id)) this.picked.delete(id); // it has a pid (or a child session) now
    if (!waiting.length) return;
    const taken = new Set<number>(originOf.keys());
    for (const [id, list] of this.picked) {
      const alive = list.filter((p) => scan.get(p.pid)?.createTime === p.createTime && !originOf.has(p.pid));
      this.picked.set(id, alive);
      for (const p of alive) taken.add(p.pid);
    }
    for (const o of waiting) {
      const list = this.picked.get(o.id) ?? [];
      // direct children of the fallback process: an inline adapter's debuggee, or the program in the
      // adapter's terminal. A child running from an extension's folder is a language server or an
      // executable adapter, never the user's program: its own new children are looked at instead.
      const queue: [number, number][] = (children.get(o.fallbackPid!) ?? []).map((pid) => [pid, 0]);
      while (queue.length) {
        const [pid, level] = queue.shift()!;
        const e = scan.get(pid);
        if (!e || taken.has(pid)) continue;
        if (e.createTime < o.since! - CLOCK_SLACK_S || e.createTime > o.since! + FALLBACK_WINDOW_S) continue;
        // the latest session that started before this process claims it
        const claimant = waiting.find((w) => w.since! - CLOCK_SLACK_S <= e.createTime && w.fallbackPid === o.fallbackPid);
        const m = this.members.get(pid);
        const owned = m && m.createTime === e.createTime && m.origin !== o.id;
        const i = info(pid);
        if (claimant !== o || owned || !i || i.role) continue;
        if (i.extension) {
          if (level === 0) queue.push(...(children.get(pid) ?? []).map((c): [number, number] => [c, 1]));
          continue;
        }
        list.push({ pid, createTime: e.createTime });
        taken.add(pid);
      }
      this.picked.set(o.id, list);
      for (const p of list) originOf.set(p.pid, o);
    }
  }
}

// Which extension the extension host's CPU went to: a V8 CPU profile (.cpuprofile) and the
// extensions' folders in, a per-extension breakdown out. Pure: no vscode, no file system (the
// caller resolves symlinked folders and passes both paths).
//
// The rule is VS Code's own (ExtensionHostProfiler._distill): the root's children name the
// segment ("(program)", "(garbage collector)", "(idle)", anything else is the extension host's own
// JavaScript); below that, walking from the root, the first frame whose script lies in an
// extension's folder gives the whole subtree to that extension, so an extension calling another
// one's API pays for it. A sample weighs its timeDelta, as in VS Code.

export interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber?: number; scriptId?: string }
export interface ProfileNode { id: number; callFrame: CallFrame; children?: number[]; hitCount?: number }
/** What Profiler.stop answers (and a .cpuprofile file holds). Times in microseconds. */
export interface CpuProfile { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[]; timeDeltas?: number[] }

export interface ProfiledExtension {
  id: string;
  displayName?: string;
  /** The folder as VS Code names it, and its real path when it differs (a symlinked folder). */
  paths: readonly string[];
}

export type BucketId = 'host' | 'gc' | 'idle' | 'program' | 'startup';
export const BUCKET_NAMES: Record<BucketId, string> = {
  host: 'VS Code (extension host itself)',
  gc: 'garbage collection',
  idle: 'idle',
  program: 'program',
  startup: 'profiler start-up',
};

export interface FunctionCost {
  name: string;
  /** file:line, relative to the extension's folder when inside it; "(native)" for frames with no script. */
  location: string;
  selfMs: number;
  samples: number;
}

export interface BreakdownRow {
  kind: 'extension' | 'bucket';
  /** The extension id, or the bucket id. */
  id: string;
  name: string;
  ms: number;
  /** Of the profile's window. */
  percent: number;
  samples: number;
  /** The five costliest functions by self time. */
  top: FunctionCost[];
}

export interface Breakdown {
  windowMs: number;
  samples: number;
  /** Largest first; only what received samples. */
  rows: BreakdownRow[];
}

const TOP_N = 5;

/** A path or URL as comparable segments (Windows-shaped paths lower-cased), or undefined when it names no file. */
export function pathSegments(urlOrPath: string): { segments: string[]; display: string[]; text: string } | undefined {
  let p = urlOrPath;
  if (/^file:/i.test(p)) {
    p = p.replace(/^file:(\/\/)?/i, '');
    // file:///C:/x -> /C:/x -> C:/x; file://server/share -> UNC
    if (/^\/[A-Za-z]:/.test(p)) p = p.slice(1);
    else if (!p.startsWith('/')) p = `//${p}`;
    try { p = decodeURIComponent(p); } catch { /* a stray %: keep it literal */ }
  }
  const windows = /^[A-Za-z]:[\\/]/.test(p) || /^(\\\\|\/\/)[^\\/]/.test(p);
  if (!windows && !p.startsWith('/')) return undefined; // node:internal/..., evalmachine.<anonymous>, '', webpack://
  const raw = windows ? p.replace(/\\/g, '/') : p;
  const display: string[] = [];
  for (const s of raw.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') display.pop(); else display.push(s);
  }
  if (windows && /^(\/\/)/.test(raw)) display[0] = `//${display[0]}`; // keep a UNC host apart from a drive
  return { segments: windows ? display.map((s) => s.toLowerCase()) : display, display, text: windows ? display.join('/') : `/${display.join('/')}` };
}

interface Trie { next: Map<string, Trie>; ext?: number; depth: number }

/** A prefix tree over the extensions' folders: the deepest folder holding a file wins. */
export class ExtensionFolders {
  private readonly root: Trie = { next: new Map(), depth: 0 };

  constructor(readonly extensions: readonly ProfiledExtension[]) {
    extensions.forEach((e, i) => {
      for (const p of e.paths) {
        const seg = pathSegments(p);
        if (!seg || !seg.segments.length) continue;
        let n = this.root;
        for (const s of seg.segments) {
          let c = n.next.get(s);
          if (!c) { c = { next: new Map(), depth: n.depth + 1 }; n.next.set(s, c); }
          n = c;
        }
        n.ext = i;
      }
    });
  }

  /** The index of the extension whose folder holds this script, and the script's path inside it. */
  find(url: string): { ext: number; relative: string } | undefined {
    const seg = pathSegments(url);
    if (!seg) return undefined;
    let n = this.root;
    let best: Trie | undefined;
    for (const s of seg.segments) {
      const c = n.next.get(s);
      if (!c) break;
      n = c;
      if (n.ext !== undefined) best = n;
    }
    if (!best) return undefined;
    return { ext: best.ext!, relative: seg.display.slice(best.depth).join('/') };
  }
}

// a node's owner: a bucket, or an extension by index (>= 0)
const HOST = -1, GC = -2, IDLE = -3, PROGRAM = -4, STARTUP = -5;
const BUCKET_OF: Record<number, BucketId> = { [HOST]: 'host', [GC]: 'gc', [IDLE]: 'idle', [PROGRAM]: 'program', [STARTUP]: 'startup' };
/** How V8 names the root's children that are not JavaScript (VS Code's rule, plus idle). */
const TOP_NAMES = new Map([['(program)', PROGRAM], ['(garbage collector)', GC], ['(idle)', IDLE], ['(root)', PROGRAM]]);

function location(frame: CallFrame, relative: string | undefined): string {
  const file = relative ?? (frame.url ? pathSegments(frame.url)?.text ?? frame.url : '');
  if (!file) return '(native)';
  return frame.lineNumber >= 0 ? `${file}:${frame.lineNumber + 1}` : file;
}

export interface DistillOptions {
  /**
   * The profile was started in process: its first sample's delta is the profiler's start-up (V8
   * logging the host's code), and the stack it shows is the one that asked for the profile.
   */
  firstSampleIsStartup?: boolean;
}

export function distill(profile: CpuProfile, extensions: readonly ProfiledExtension[], opts: DistillOptions = {}): Breakdown {
  const folders = new ExtensionFolders(extensions);
  const nodes = new Map<number, ProfileNode>();
  for (const n of profile.nodes ?? []) nodes.set(n.id, n);
  const owner = new Map<number, number>();
  /** The frame a sample's self time is credited to: for an extension, its deepest own frame on the stack. */
  const credit = new Map<number, { node: ProfileNode; relative?: string }>();

  const children = new Set<number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) children.add(c);
  type Credit = { node: ProfileNode; relative?: string };
  const stack: [ProfileNode, number, number, Credit | undefined][] = [...nodes.values()].filter((n) => !children.has(n.id)).map((r) => [r, 0, PROGRAM, undefined]);
  while (stack.length) {
    const [node, depth, parentOwner, parentCredit] = stack.pop()!;
    if (owner.has(node.id)) continue; // a malformed profile may share a child: the first visit wins
    let own = parentOwner;
    let cred = parentCredit;
    if (depth === 0) own = PROGRAM; // the root: a sample with no stack at all
    else if (depth === 1) own = TOP_NAMES.get(node.callFrame.functionName) ?? HOST;
    const hit = node.callFrame.url && (own === HOST || own >= 0) ? folders.find(node.callFrame.url) : undefined;
    if (hit && own === HOST) own = hit.ext; // the outermost extension frame claims the subtree
    if (hit && hit.ext === own) cred = { node, relative: hit.relative };
    owner.set(node.id, own);
    if (cred) credit.set(node.id, cred);
    for (const c of node.children ?? []) {
      const child = nodes.get(c);
      if (child) stack.push([child, depth + 1, own, cred]);
    }
  }

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const totals = new Map<number, { us: number; samples: number; fns: Map<string, FunctionCost & { us: number }> }>();
  for (let i = 0; i < samples.length; i++) {
    const us = Math.max(0, deltas[i] ?? 0);
    const id = samples[i];
    // V8's first sample comes after the profiler's own start-up (it logs every function the host has
    // compiled): that delta is the profile's cost, not the work of whoever is on the first stack
    const own = i === 0 && opts.firstSampleIsStartup ? STARTUP : owner.get(id) ?? PROGRAM;
    let t = totals.get(own);
    if (!t) { t = { us: 0, samples: 0, fns: new Map() }; totals.set(own, t); }
    t.us += us;
    t.samples++;
    if (own === GC || own === IDLE || own === PROGRAM || own === STARTUP) continue;
    // an extension: its deepest own frame; the host: the leaf itself
    const c = own >= 0 ? credit.get(id) : { node: nodes.get(id)! };
    if (!c?.node) continue;
    const f = c.node.callFrame;
    const key = `${f.functionName}\0${f.url}\0${f.lineNumber}`;
    let fc = t.fns.get(key);
    if (!fc) {
      fc = { name: f.functionName || '(anonymous)', location: location(f, c.relative), selfMs: 0, samples: 0, us: 0 };
      t.fns.set(key, fc);
    }
    fc.us += us;
    fc.samples++;
  }

  let windowUs = profile.endTime - profile.startTime;
  if (!(windowUs > 0)) windowUs = deltas.reduce((a, d) => a + Math.max(0, d), 0);
  const windowMs = windowUs / 1000;
  const rows: BreakdownRow[] = [];
  for (const [own, t] of totals) {
    const ms = t.us / 1000;
    const top = [...t.fns.values()].sort((a, b) => b.us - a.us || b.samples - a.samples).slice(0, TOP_N)
      .map(({ name, location: loc, us, samples: n }) => ({ name, location: loc, selfMs: us / 1000, samples: n }));
    const base = { ms, percent: windowMs > 0 ? (ms / windowMs) * 100 : 0, samples: t.samples, top };
    if (own >= 0) {
      const e = extensions[own];
      rows.push({ kind: 'extension', id: e.id, name: e.displayName || e.id, ...base });
    } else {
      const b = BUCKET_OF[own];
      rows.push({ kind: 'bucket', id: b, name: BUCKET_NAMES[b], ...base });
    }
  }
  rows.sort((a, b) => b.ms - a.ms || b.samples - a.samples || a.id.localeCompare(b.id));
  return { windowMs, samples: samples.length, rows };
}

/** The extensions with their folders' real paths added where a symlink leads elsewhere (realpath is the caller's I/O). */
export function profiledExtensions(list: readonly { id: string; displayName?: string; extensionPath: string }[], realpath: (p: string) => string): ProfiledExtension[] {
  return list.map((e) => {
    let real: string | undefined;
    try { real = realpath(e.extensionPath); } catch { /* gone or unreadable: the name VS Code gave is all there is */ }
    return { id: e.id, displayName: e.displayName, paths: real && real !== e.extensionPath ? [e.extensionPath, real] : [e.extensionPath] };
  });
}

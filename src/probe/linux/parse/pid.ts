// Pure parsers for /proc/PID/* files. Text in, plain objects out; no I/O here.
import { MalformedFileError } from '../../errors';
import type { MemoryMap } from '../../platform';

export type { MemoryMap };
import { keyOffset, uintAt } from './scan';

export interface PidStat {
  name: string; state: string; ppid: number; pgrp: number; session: number; ttyNr: number;
  minflt: number; majflt: number; utime: number; stime: number; cutime: number; cstime: number;
  priority: number; nice: number; numThreads: number; starttime: number; vsize: number; rss: number;
  processor: number; rtPriority: number; policy: number; blkioTicks: number;
}

const STAT_FIELDS = 40;
// Fields (counted from the state letter as 0) that PidStat exposes; the others are skipped unparsed.
const WANTED = new Uint8Array(STAT_FIELDS);
for (const k of [1, 2, 3, 4, 7, 9, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 36, 37, 38, 39]) WANTED[k] = 1;
const scratch = new Float64Array(STAT_FIELDS);

/**
 * "pid (comm) S ppid ...". comm may hold spaces, parentheses and anything else the process
 * chose, so the name runs from the first "(" to the *last* ")". The numbers are scanned in one
 * pass without splitting (this runs for every process on every tick).
 */
export function parsePidStat(text: string, file: string): PidStat {
  const open = text.indexOf('(');
  const close = commEnd(text, open);
  if (open < 0 || close < open || close + 2 >= text.length) throw new MalformedFileError(file, 'no "(comm) state" fields');
  const v = scratch;
  v.fill(0);
  const state = text.charAt(close + 2);
  const len = text.length;
  let i = close + 4;
  let count = 1;
  while (count < STAT_FIELDS && i < len) {
    if (!WANTED[count]) {
      const sp = text.indexOf(' ', i);
      if (sp < 0) { count++; break; }
      i = sp + 1;
      count++;
      continue;
    }
    let c = text.charCodeAt(i);
    const neg = c === 45;
    if (neg) c = text.charCodeAt(++i);
    const start = i;
    let n = 0;
    while (c >= 48 && c <= 57) { n = n * 10 + (c - 48); c = text.charCodeAt(++i); }
    if (i === start) throw new MalformedFileError(file, `non-numeric field ${count} after comm`);
    v[count++] = neg ? -n : n;
    i++;
  }
  if (count < 20) throw new MalformedFileError(file, `truncated: ${count} fields after comm`);
  return {
    name: text.slice(open + 1, close), state, ppid: v[1], pgrp: v[2], session: v[3], ttyNr: v[4],
    minflt: v[7], majflt: v[9], utime: v[11], stime: v[12], cutime: v[13], cstime: v[14],
    priority: v[15], nice: v[16], numThreads: v[17], starttime: v[19], vsize: v[20], rss: v[21],
    processor: v[36], rtPriority: v[37], policy: v[38], blkioTicks: v[39],
  };
}

// comm is at most 15 bytes (TASK_COMM_LEN 16); kernel workers print their full name from a
// 64-byte buffer (proc_task_name). So the closing parenthesis is searched backwards from there
// rather than from the end of the line.
const COMM_MAX = 64;

function commEnd(text: string, open: number): number {
  if (open < 0) return -1;
  for (let i = Math.min(text.length - 1, open + 1 + COMM_MAX); i > open; i--) {
    if (text.charCodeAt(i) === 41) return i;
  }
  return text.lastIndexOf(')'); // longer than any kernel writes: a hand-made file
}

/** How many lines PidStatus steps through from its cursor before falling back to a search. */
const NEARBY_LINES = 12;

const MEMORY_KEYS = [['VmRSS', 'rss'], ['RssFile', 'file'], ['RssShmem', 'shmem'], ['VmData', 'data'], ['VmStk', 'stk'], ['VmExe', 'exe']] as const;

/** Keyed access to /proc/PID/status ("Key:\tvalue" lines) without building a map. */
export class PidStatus {
  constructor(private readonly text: string, private readonly file: string) {}

  /** Where the last key was found: keys are mostly asked for in the order the kernel prints them. */
  private cursor = 0;

  /**
   * Offset just after "Key:", or -1. Callers ask in the kernel's print order, so the key is
   * usually a few lines past the cursor: stepping line by line there is cheaper than a substring
   * search, whose setup (a Boyer-Moore table per call) costs more than the scan.
   */
  private find(key: string): number {
    const text = this.text;
    const keyLength = key.length;
    let pos = this.cursor;
    for (let line = 0; line < NEARBY_LINES && pos < text.length; line++) {
      if (text.charCodeAt(pos + keyLength) === 58 && text.startsWith(key, pos)) {
        this.cursor = pos;
        return pos + keyLength + 1;
      }
      const nl = text.indexOf('\n', pos);
      if (nl < 0) break;
      pos = nl + 1;
    }
    const at = keyOffset(text, key, ':');
    if (at >= 0) this.cursor = at - keyLength - 1;
    return at;
  }

  /** The raw text after "Key:", trimmed; undefined when absent. */
  raw(key: string): string | undefined {
    const at = this.find(key);
    if (at < 0) return undefined;
    let end = this.text.indexOf('\n', at);
    if (end < 0) end = this.text.length;
    return this.text.slice(at, end).trim();
  }

  int(key: string): number | undefined {
    const at = this.find(key);
    if (at < 0) return undefined;
    const n = uintAt(this.text, at);
    return Number.isNaN(n) ? undefined : n;
  }

  /** "1234 kB" -> bytes; 0 when absent (kernel threads have no Vm* lines). */
  kb(key: string): number {
    return (this.int(key) ?? 0) * 1024;
  }

  /** The memory lines memoryInfo needs, found in one forward walk (they appear in this order). */
  memoryKb(): { size: number; rss: number; file: number; shmem: number; data: number; stk: number; exe: number } | undefined {
    const out = { size: 0, rss: 0, file: 0, shmem: 0, data: 0, stk: 0, exe: 0 };
    const pos = this.find('VmSize');
    // RssFile/RssShmem (Linux 4.5) stand for statm's shared: without them statm is the source
    if (pos < 0 || this.find('RssFile') < 0) return undefined;
    out.size = uintAt(this.text, pos) * 1024 || 0;
    for (const [key, field] of MEMORY_KEYS) {
      const at = this.find(key);
      if (at >= 0) out[field] = uintAt(this.text, at) * 1024 || 0;
    }
    return out;
  }

  ids(key: 'Uid' | 'Gid'): { real: number; effective: number; saved: number } {
    const at = this.find(key);
    if (at < 0) throw new MalformedFileError(this.file, `no ${key} line`);
    const real = uintAt(this.text, at);
    const p2 = this.text.indexOf('\t', at + 1);
    const effective = p2 < 0 ? NaN : uintAt(this.text, p2 + 1);
    const p3 = p2 < 0 ? -1 : this.text.indexOf('\t', p2 + 1);
    const saved = p3 < 0 ? NaN : uintAt(this.text, p3 + 1);
    if (Number.isNaN(real) || Number.isNaN(effective) || Number.isNaN(saved)) throw new MalformedFileError(this.file, `bad ${key} line`);
    return { real, effective, saved };
  }

  required(key: string): number {
    const v = this.int(key);
    if (v === undefined) throw new MalformedFileError(this.file, `no ${key} line`);
    return v;
  }
}

/**
 * NUL-separated arguments. Processes that rewrite their title (setproctitle, Chrome) may use
 * spaces instead; psutil's rule: if the data does not end in NUL, split on spaces, and a single
 * NUL-terminated argument containing spaces is split on spaces too.
 */
export function parseCmdline(data: string): string[] {
  if (!data) return [];
  const sep = data.endsWith('\0') ? '\0' : ' ';
  const body = data.endsWith(sep) ? data.slice(0, -1) : data;
  let args = body.split(sep);
  if (sep === '\0' && args.length === 1 && body.includes(' ')) args = body.split(' ');
  return args;
}

/**
 * psutil's parse_environ_block: "KEY=value\0" entries up to the first empty one. A process that
 * rewrote its environment leaves garbage after a double NUL; an unterminated tail is a cut entry.
 * Entries without "=" are skipped.
 */
export function parseEnviron(data: string): Record<string, string> {
  const env: Record<string, string> = {};
  let pos = 0;
  for (;;) {
    const end = data.indexOf('\0', pos);
    if (end <= pos) break;
    const eq = data.indexOf('=', pos);
    // defined, not assigned: a variable named __proto__ is an entry like any other, not a prototype change
    if (eq > pos && eq < end) Object.defineProperty(env, data.slice(pos, eq), { value: data.slice(eq + 1, end), enumerable: true, writable: true, configurable: true });
    pos = end + 1;
  }
  return env;
}

export interface Statm { size: number; resident: number; shared: number; text: number; lib: number; data: number; dirty: number }

/** "size resident shared text lib data dt": seven counts of pages, scanned without splitting (every process, every table tick). */
export function parseStatm(text: string, file: string): Statm {
  const f = statmScratch;
  const len = text.length;
  let i = 0;
  for (let k = 0; k < 7; k++) {
    while (i < len && isBlank(text.charCodeAt(i))) i++;
    const start = i;
    let n = 0;
    for (; i < len; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === start || (i < len && !isBlank(text.charCodeAt(i)))) throw new MalformedFileError(file, 'expected 7 numbers');
    f[k] = n;
  }
  return { size: f[0], resident: f[1], shared: f[2], text: f[3], lib: f[4], data: f[5], dirty: f[6] };
}
const statmScratch = new Float64Array(7);

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** uss = Private_Clean + Private_Dirty + Private_Hugetlb, pss and swap: summed over every mapping (smaps) or once (smaps_rollup). */
export function parseSmapsTotals(text: string): { uss: number; pss: number; swap: number } {
  let uss = 0; let pss = 0; let swap = 0;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const c = text.charCodeAt(pos);
    if (c === 80 /* P */) {
      if (text.startsWith('Private_', pos)) uss += uintAt(text, text.indexOf(':', pos) + 1) || 0;
      else if (text.startsWith('Pss:', pos)) pss += uintAt(text, pos + 4) || 0;
    } else if (c === 83 /* S */ && text.startsWith('Swap:', pos)) swap += uintAt(text, pos + 5) || 0;
    pos = end + 1;
  }
  return { uss: uss * 1024, pss: pss * 1024, swap: swap * 1024 };
}


const SMAPS_FIELDS: Record<string, keyof MemoryMap> = {
  Rss: 'rss', Size: 'size', Pss: 'pss', Shared_Clean: 'sharedClean', Shared_Dirty: 'sharedDirty',
  Private_Clean: 'privateClean', Private_Dirty: 'privateDirty', Referenced: 'referenced', Anonymous: 'anonymous', Swap: 'swap',
};

/** Every mapping of /proc/PID/smaps, in bytes. Anonymous mappings get psutil's "[anon]" path. */
export function parseSmaps(text: string): MemoryMap[] {
  const maps: MemoryMap[] = [];
  let cur: MemoryMap | undefined;
  for (const line of text.split('\n')) {
    if (!line) continue;
    const colon = line.indexOf(':');
    const key = colon > 0 ? line.slice(0, colon) : '';
    if (colon > 0 && /^[A-Z][A-Za-z_]*$/.test(key)) {
      const field = SMAPS_FIELDS[key];
      if (cur && field) (cur[field] as number) = (uintAt(line, colon + 1) || 0) * 1024;
      continue;
    }
    // header: "addr perms offset dev inode [path]"; the path may contain spaces
    const m = /^(\S+)\s+(\S+)\s+\S+\s+\S+\s+\S+\s*(.*)$/.exec(line);
    if (!m) continue;
    cur = {
      path: m[3] || '[anon]', addr: m[1], perms: m[2],
      rss: 0, size: 0, pss: 0, sharedClean: 0, sharedDirty: 0, privateClean: 0, privateDirty: 0, referenced: 0, anonymous: 0, swap: 0,
    };
    maps.push(cur);
  }
  return maps;
}

export interface PidIo { rchar: number; wchar: number; syscr: number; syscw: number; readBytes: number; writeBytes: number }

export function parsePidIo(text: string, file: string): PidIo {
  const get = (k: string): number => {
    const at = keyOffset(text, k, ':');
    if (at < 0) throw new MalformedFileError(file, `no ${k} line`);
    return uintAt(text, at);
  };
  return { rchar: get('rchar'), wchar: get('wchar'), syscr: get('syscr'), syscw: get('syscw'), readBytes: get('read_bytes'), writeBytes: get('write_bytes') };
}

/** pos and flags (octal) of /proc/PID/fdinfo/FD. */
export function parseFdinfo(text: string): { pos: number; flags: number } {
  const pos = /(?:^|\n)pos:\s*(\d+)/.exec(text);
  const flags = /(?:^|\n)flags:\s*([0-7]+)/.exec(text);
  return { pos: pos ? Number(pos[1]) : 0, flags: flags ? parseInt(flags[1], 8) : 0 };
}

const O_WRONLY = 0o1;
const O_RDWR = 0o2;
const O_APPEND = 0o2000;

/** psutil's file_flags_to_mode. */
export function flagsToMode(flags: number): string {
  const acc = flags & 3;
  if (acc === 0) return 'r';
  if (acc === O_WRONLY) return flags & O_APPEND ? 'a' : 'w';
  if (acc === O_RDWR) return flags & O_APPEND ? 'a+' : 'r+';
  return '?';
}

/** "0-3,8,10-11" -> [0,1,2,3,8,10,11] */
export function parseCpuList(s: string): number[] {
  const out: number[] = [];
  for (const part of s.trim().split(',')) {
    if (!part) continue;
    const [a, b] = part.split('-').map(Number);
    if (!Number.isInteger(a)) continue;
    for (let i = a; i <= (Number.isInteger(b) ? b : a); i++) out.push(i);
  }
  return out;
}

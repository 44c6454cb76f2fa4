// Pure parsers for /proc/PID/* files. Text in, plain objects out; no I/O here.
import { MalformedFileError } from '../../errors';
import { fields, uintAt } from './scan';

export interface PidStat {
  name: string; state: string; ppid: number; pgrp: number; session: number; ttyNr: number;
  minflt: number; majflt: number; utime: number; stime: number; cutime: number; cstime: number;
  priority: number; nice: number; numThreads: number; starttime: number; vsize: number; rss: number;
  processor: number; rtPriority: number; policy: number; blkioTicks: number;
}

/**
 * "pid (comm) S ppid ...". comm may hold spaces, parentheses and anything else the process
 * chose, so the name runs from the first "(" to the *last* ")".
 */
export function parsePidStat(text: string, file: string): PidStat {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) throw new MalformedFileError(file, 'no "(comm)" field');
  const f = fields(text.slice(close + 2));
  if (f.length < 20) throw new MalformedFileError(file, `truncated: ${f.length} fields after comm`);
  const n = (i: number): number => (i < f.length ? Number(f[i]) : 0);
  return {
    name: text.slice(open + 1, close), state: f[0], ppid: n(1), pgrp: n(2), session: n(3), ttyNr: n(4),
    minflt: n(7), majflt: n(9), utime: n(11), stime: n(12), cutime: n(13), cstime: n(14),
    priority: n(15), nice: n(16), numThreads: n(17), starttime: n(19), vsize: n(20), rss: n(21),
    processor: n(36), rtPriority: n(37), policy: n(38), blkioTicks: n(39),
  };
}

/** Keyed access to /proc/PID/status ("Key:\tvalue" lines) without building a map. */
export class PidStatus {
  constructor(private readonly text: string, private readonly file: string) {}

  /** The raw text after "Key:", trimmed; undefined when absent. */
  raw(key: string): string | undefined {
    const needle = key + ':';
    let at = this.text.startsWith(needle) ? 0 : this.text.indexOf('\n' + needle);
    if (at < 0) return undefined;
    if (at > 0) at += 1;
    let end = this.text.indexOf('\n', at);
    if (end < 0) end = this.text.length;
    return this.text.slice(at + needle.length, end).trim();
  }

  int(key: string): number | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    const n = uintAt(v, 0);
    return Number.isNaN(n) ? undefined : n;
  }

  /** "1234 kB" -> bytes; 0 when absent (kernel threads have no Vm* lines). */
  kb(key: string): number {
    return (this.int(key) ?? 0) * 1024;
  }

  ids(key: 'Uid' | 'Gid'): { real: number; effective: number; saved: number } {
    const v = this.raw(key);
    const f = v === undefined ? [] : fields(v).map(Number);
    if (f.length < 3 || f.some((x) => !Number.isFinite(x))) throw new MalformedFileError(this.file, `bad ${key} line`);
    return { real: f[0], effective: f[1], saved: f[2] };
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

export function parseEnviron(data: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of data.split('\0')) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

export interface Statm { size: number; resident: number; shared: number; text: number; lib: number; data: number; dirty: number }

export function parseStatm(text: string, file: string): Statm {
  const f = fields(text).map(Number);
  if (f.length < 7 || f.some((x) => !Number.isFinite(x))) throw new MalformedFileError(file, 'expected 7 numbers');
  return { size: f[0], resident: f[1], shared: f[2], text: f[3], lib: f[4], data: f[5], dirty: f[6] };
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

export interface MemoryMap {
  path: string; addr?: string; perms?: string;
  rss: number; size: number; pss: number; sharedClean: number; sharedDirty: number;
  privateClean: number; privateDirty: number; referenced: number; anonymous: number; swap: number;
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
    const at = text.startsWith(k + ':') ? 0 : text.indexOf('\n' + k + ':');
    if (at < 0) throw new MalformedFileError(file, `no ${k} line`);
    return uintAt(text, at + (at ? 1 : 0) + k.length + 1);
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

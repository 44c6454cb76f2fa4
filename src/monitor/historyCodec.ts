// The history rings in a compact binary file, so the charts survive a window reload. Pure: bytes
// in and out. Anything that is not exactly what encode() wrote is refused with a reason.
//
// Layout, little-endian:
//   "VTLH" | version u16 | reserved u16 | points u32 | series u32 | checksum u32 (FNV-1a of what follows)
//   time: points x f64 (seconds since epoch)
//   each series: name length u16 | name (UTF-8) | points x f32 (NaN = a gap)
import { History } from './history';

export const MAGIC = 'VTLH';
export const VERSION = 1;
const HEADER = 20;
/** The file never grows past this: encode drops the oldest points to fit, decode refuses bigger. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_SERIES = 4096;
const MAX_NAME_BYTES = 1024;

export interface DecodedHistory { time: Float64Array; series: [string, Float32Array][] }

export class HistoryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryFileError';
  }
}

function fnv1a(b: Uint8Array, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < b.length; i++) {
    h ^= b[i];
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The rings, oldest first; the oldest points are left out when all of them would pass MAX_FILE_BYTES. */
export function encodeHistory(h: History, maxBytes = MAX_FILE_BYTES): Buffer {
  const names = [...h.series.keys()].slice(0, MAX_SERIES).map((n) => {
    let b = Buffer.from(n, 'utf8');
    if (b.length > MAX_NAME_BYTES) b = b.subarray(0, MAX_NAME_BYTES);
    return b;
  });
  const fixed = HEADER + names.reduce((a, b) => a + 2 + b.length, 0);
  const perPoint = 8 + 4 * names.length;
  const points = Math.max(0, Math.min(h.time.length, Math.floor((maxBytes - fixed) / perPoint)));
  const skip = h.time.length - points;
  const buf = Buffer.alloc(fixed + perPoint * points);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt16LE(VERSION, 4);
  buf.writeUInt32LE(points, 8);
  buf.writeUInt32LE(names.length, 12);
  let o = HEADER;
  for (let i = 0; i < points; i++, o += 8) buf.writeDoubleLE(h.time.at(skip + i), o);
  const rings = [...h.series.values()];
  names.forEach((name, s) => {
    buf.writeUInt16LE(name.length, o);
    name.copy(buf, o + 2);
    o += 2 + name.length;
    for (let i = 0; i < points; i++, o += 4) buf.writeFloatLE(rings[s].at(skip + i), o);
  });
  buf.writeUInt32LE(fnv1a(buf, HEADER), 16);
  return buf;
}

export function decodeHistory(buf: Uint8Array, maxBytes = MAX_FILE_BYTES): DecodedHistory {
  if (buf.length > maxBytes) throw new HistoryFileError(`${buf.length} bytes, more than the ${maxBytes} a history file may have`);
  if (buf.length < HEADER) throw new HistoryFileError('truncated header');
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  if (b.toString('latin1', 0, 4) !== MAGIC) throw new HistoryFileError('not a Vitals history file');
  const version = b.readUInt16LE(4);
  if (version !== VERSION) throw new HistoryFileError(`version ${version}, this Vitals reads version ${VERSION}`);
  const points = b.readUInt32LE(8);
  const count = b.readUInt32LE(12);
  if (count > MAX_SERIES) throw new HistoryFileError(`${count} series`);
  if (fnv1a(b, HEADER) !== b.readUInt32LE(16)) throw new HistoryFileError('checksum mismatch (truncated or corrupt)');
  let o = HEADER;
  const need = (n: number): void => { if (o + n > b.length) throw new HistoryFileError('truncated'); };
  need(points * 8);
  const time = new Float64Array(points);
  for (let i = 0; i < points; i++, o += 8) time[i] = b.readDoubleLE(o);
  const series: [string, Float32Array][] = [];
  for (let s = 0; s < count; s++) {
    need(2);
    const len = b.readUInt16LE(o);
    if (len > MAX_NAME_BYTES) throw new HistoryFileError('series name too long');
    need(2 + len + points * 4);
    const name = b.toString('utf8', o + 2, o + 2 + len);
    o += 2 + len;
    const values = new Float32Array(points);
    for (let i = 0; i < points; i++, o += 4) values[i] = b.readFloatLE(o);
    series.push([name, values]);
  }
  if (o !== b.length) throw new HistoryFileError(`${b.length - o} bytes after the last series`);
  return { time, series };
}

/**
 * A History of `capacity` holding the decoded points newer than `notBefore` (seconds since epoch)
 * and older than the first point of `live`, then the points of `live`: what the charts showed before
 * a reload, followed by what was sampled since activation.
 */
export function mergeRestored(live: History, d: DecodedHistory, notBefore: number): { history: History; restored: number } {
  const out = new History(live.capacity);
  const firstLive = live.time.length ? live.time.at(0) : Infinity;
  // only what fits ahead of the live points, the newest first: a full ring would push the rest out again
  const kept: number[] = [];
  for (let i = d.time.length - 1; i >= 0 && kept.length < live.capacity - live.time.length; i--) {
    const t = d.time[i];
    if (t >= notBefore && t < firstLive) kept.push(i);
  }
  let restored = 0;
  for (const i of kept.reverse()) {
    const t = d.time[i];
    const values: Record<string, number> = Object.create(null);
    for (const [name, v] of d.series) if (!Number.isNaN(v[i])) values[name] = v[i];
    out.push(t, values);
    restored++;
  }
  const series = [...live.series].map(([n, r]) => [n, r.toArray()] as const);
  const times = live.time.toArray();
  for (let i = 0; i < times.length; i++) {
    const values: Record<string, number> = Object.create(null);
    for (const [n, arr] of series) values[n] = arr[i];
    out.push(times[i], values);
  }
  return { history: out, restored };
}

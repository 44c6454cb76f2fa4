// /proc/diskstats. The kernel always counts sectors in 512-byte units (block/stat.rst), whatever
// the device's hw_sector_size: psutil learned this in #1305 and so do we.
import { MalformedFileError } from '../../errors';
import { DiskIoCounters } from '../../types';

export const DISKSTATS_SECTOR_SIZE = 512;

export interface DiskstatsRow extends DiskIoCounters { name: string }

export function parseDiskstats(text: string, file = '/proc/diskstats'): DiskstatsRow[] {
  const rows: DiskstatsRow[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const f = line.trim().split(/\s+/);
    const n = (i: number): number => {
      const v = Number(f[i]);
      if (!Number.isFinite(v)) throw new MalformedFileError(file, `non-numeric field in ${JSON.stringify(line)}`);
      return v;
    };
    let name: string;
    let reads: number, readsMerged: number, rsect: number, rtime: number;
    let writes: number, writesMerged: number, wsect: number, wtime: number, busy: number;
    if (f.length === 15) { // Linux 2.4: "major minor #blocks name ..."
      name = f[3];
      [reads, readsMerged, rsect, rtime, writes, writesMerged, wsect, wtime, busy] =
        [n(4), n(5), n(6), n(7), n(8), n(9), n(10), n(11), n(13)];
    } else if (f.length === 14 || f.length >= 18) { // 2.6+ disk line; 4.18+ adds discard, 5.5+ flush
      name = f[2];
      [reads, readsMerged, rsect, rtime, writes, writesMerged, wsect, wtime, busy] =
        [n(3), n(4), n(5), n(6), n(7), n(8), n(9), n(10), n(12)];
    } else if (f.length === 7) { // 2.6 partition line
      name = f[2];
      [reads, rsect, writes, wsect] = [n(3), n(4), n(5), n(6)];
      readsMerged = writesMerged = rtime = wtime = busy = 0;
    } else {
      throw new MalformedFileError(file, `unexpected ${f.length} fields in ${JSON.stringify(line)}`);
    }
    rows.push({
      name, readCount: reads, writeCount: writes,
      readBytes: rsect * DISKSTATS_SECTOR_SIZE, writeBytes: wsect * DISKSTATS_SECTOR_SIZE,
      readTime: rtime, writeTime: wtime, readMergedCount: readsMerged, writeMergedCount: writesMerged, busyTime: busy,
    });
  }
  return rows;
}

/**
 * /sys/block/DISK/stat and /sys/block/DISK/PART/stat (the fallback where /proc/diskstats is missing):
 * the 11+ counters of a diskstats line without "major minor name"; psutil takes the first ten.
 */
export function parseSysBlockStat(name: string, text: string, file: string): DiskstatsRow {
  const f = text.trim().split(/\s+/);
  if (f.length < 10) throw new MalformedFileError(file, `expected at least 10 fields, got ${f.length}`);
  const n = f.slice(0, 10).map((x) => {
    const v = Number(x);
    if (!/^\d+$/.test(x) || !Number.isFinite(v)) throw new MalformedFileError(file, `non-numeric field ${JSON.stringify(x)}`);
    return v;
  });
  const [reads, readsMerged, rsect, rtime, writes, writesMerged, wsect, wtime, , busy] = n;
  return {
    name, readCount: reads, writeCount: writes,
    readBytes: rsect * DISKSTATS_SECTOR_SIZE, writeBytes: wsect * DISKSTATS_SECTOR_SIZE,
    readTime: rtime, writeTime: wtime, readMergedCount: readsMerged, writeMergedCount: writesMerged, busyTime: busy,
  };
}

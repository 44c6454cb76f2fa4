// diskIoCounters as psutil's arch/osx/disk.c: every IOMedia whose parent in the service plane is
// an IOBlockStorageDriver, named by the media's BSD name, counted by the driver's Statistics.
import { STORAGE_KEYS } from '../../../native-ffi/darwin/iokit';
import { deviceCounters } from '../counters';
import { ProbeError } from '../errors';
import type { DiskIoCounters } from '../types';
import { cf, dictionaryValues, subDictionary, type CfValue } from './cf';

const IOKIT = STORAGE_KEYS['IOKit/IOKitKeys.h'];
const BSD = STORAGE_KEYS['IOKit/IOBSD.h'];
const MEDIA = STORAGE_KEYS['IOKit/storage/IOMedia.h'];
const S = STORAGE_KEYS['IOKit/storage/IOBlockStorageDriver.h'];
export const STATISTICS_KEYS = [
  S.kIOBlockStorageDriverStatisticsReadsKey, S.kIOBlockStorageDriverStatisticsWritesKey, S.kIOBlockStorageDriverStatisticsBytesReadKey,
  S.kIOBlockStorageDriverStatisticsBytesWrittenKey, S.kIOBlockStorageDriverStatisticsTotalReadTimeKey, S.kIOBlockStorageDriverStatisticsTotalWriteTimeKey,
] as const;
/** kIOMainPortDefault is MACH_PORT_NULL: "use the default" (IOKitLib.h). */
const MAIN_PORT_DEFAULT = 0;

/** A driver's Statistics -> counters, psutil's rules: an absent count is 0, the total times are ns, given in whole ms. */
export function diskCountersFromStatistics(stats: ReadonlyMap<string, CfValue>): DiskIoCounters {
  const n = (key: string): number => { const v = stats.get(key); return typeof v === 'number' ? v : 0; };
  return {
    readCount: n(S.kIOBlockStorageDriverStatisticsReadsKey), writeCount: n(S.kIOBlockStorageDriverStatisticsWritesKey),
    readBytes: n(S.kIOBlockStorageDriverStatisticsBytesReadKey), writeBytes: n(S.kIOBlockStorageDriverStatisticsBytesWrittenKey),
    readTime: Math.trunc(n(S.kIOBlockStorageDriverStatisticsTotalReadTimeKey) / 1e6),
    writeTime: Math.trunc(n(S.kIOBlockStorageDriverStatisticsTotalWriteTimeKey) / 1e6),
  };
}

/** A registry entry's properties (a CFDictionary we own) lent to `use`, then released. */
function withProperties<T>(entry: number, what: string, use: (dict: unknown) => T): T {
  const lib = cf();
  const out: [unknown] = [null];
  if (lib.IORegistryEntryCreateCFProperties(entry, out, null, 0) !== 0 || !out[0]) throw new ProbeError(`unable to get the ${what} properties`);
  try {
    return use(out[0]);
  } finally {
    lib.CFRelease(out[0]);
  }
}

/** One IOMedia: its counters under its BSD name, or nothing when its parent is not a block storage driver. */
function readMedia(disk: number, rows: Record<string, DiskIoCounters>): void {
  const lib = cf();
  const parent: [number] = [0];
  if (lib.IORegistryEntryGetParentEntry(disk, IOKIT.kIOServicePlane, parent) !== 0) throw new ProbeError("unable to get the disk's parent");
  try {
    if (!lib.IOObjectConformsTo(parent[0], S.kIOBlockStorageDriverClass)) return;
    const name = withProperties(disk, 'disk', (d) => dictionaryValues(d, [BSD.kIOBSDNameKey]).get(BSD.kIOBSDNameKey));
    if (typeof name !== 'string') throw new ProbeError('unable to get disk name');
    rows[name] = withProperties(parent[0], "driver's", (p) => {
      const stats = subDictionary(p, S.kIOBlockStorageDriverStatisticsKey);
      if (!stats) throw new ProbeError('unable to get disk stats');
      return diskCountersFromStatistics(dictionaryValues(stats, STATISTICS_KEYS));
    });
  } finally {
    lib.IOObjectRelease(parent[0]);
  }
}

/** Per disk (BSD names, kernel text: the map has no prototype). */
export function rawDiskIo(): Record<string, DiskIoCounters> {
  const lib = cf();
  const matching = lib.IOServiceMatching(MEDIA.kIOMediaClass);
  if (!matching) throw new ProbeError('IOServiceMatching(IOMedia) failed');
  const iterator: [number] = [0];
  // consumes `matching`, whatever it returns
  if (lib.IOServiceGetMatchingServices(MAIN_PORT_DEFAULT, matching, iterator) !== 0) throw new ProbeError('unable to get the list of disks');
  const rows = Object.create(null) as Record<string, DiskIoCounters>;
  try {
    for (let disk = lib.IOIteratorNext(iterator[0]); disk; disk = lib.IOIteratorNext(iterator[0])) {
      try {
        readMedia(disk, rows);
      } finally {
        lib.IOObjectRelease(disk);
      }
    }
  } finally {
    lib.IOObjectRelease(iterator[0]);
  }
  return rows;
}

export function diskIoCounters(perdisk: true, nowrap?: boolean): Record<string, DiskIoCounters>;
export function diskIoCounters(perdisk?: false, nowrap?: boolean): DiskIoCounters | null;
export function diskIoCounters(perdisk = false, nowrap = true): Record<string, DiskIoCounters> | DiskIoCounters | null {
  return deviceCounters(rawDiskIo(), perdisk, nowrap, 'diskIoCounters');
}

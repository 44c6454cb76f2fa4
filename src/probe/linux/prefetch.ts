// processIter's scan on Linux: the /proc/PID files the requested attributes need, read for a run
// of pids at a time through io_uring (one system call per run instead of three per file), into the
// oneshot caches the getters then parse from. Without io_uring every cache starts empty and each
// getter reads its file itself, as before; the results are the same either way.
import type { ProcessScan } from '../platform';
import { OneshotCache } from './pidFiles';
import type { LinuxProcess } from './process';
import { roots } from './roots';
import { abandonUringReader, uringReader, URING_FILES_PER_BATCH, type UringReader } from './uringReader';

// Only files the kernel renders whole in one read (the reader's contract); stat is read for every
// process (createTime is its identity). name() reads cmdline only for a 15-character comm: not prefetched.
const STATUS_ATTRS = new Set(['uids', 'gids', 'username', 'numCtxSwitches']);
const MEMORY_ATTRS = new Set(['memoryInfo', 'memoryPercent']);

/** The files worth reading ahead for these attributes. */
export function prefetchFiles(attrs: readonly string[]): string[] {
  const files = ['stat'];
  const needsStatus = attrs.some((a) => STATUS_ATTRS.has(a));
  if (needsStatus) files.push('status');
  // memoryInfo takes its numbers from status when the oneshot holds it, else from statm
  if (!needsStatus && attrs.some((a) => MEMORY_ATTRS.has(a))) files.push('statm');
  if (attrs.includes('cmdline')) files.push('cmdline');
  if (attrs.includes('ioCounters')) files.push('io');
  return files;
}

export function linuxScan(pids: readonly number[], attrs: readonly string[] | undefined): ProcessScan {
  const reader = uringReader();
  if (!reader) return { pids, cacheFor: () => new OneshotCache() };
  return new PrefetchingScan(pids, prefetchFiles(attrs ?? []), reader);
}

class PrefetchingScan implements ProcessScan {
  /** Index in pids of the first pid not yet read ahead. */
  private next = 0;
  private readonly ready = new Map<number, OneshotCache>();

  constructor(readonly pids: readonly number[], private readonly files: readonly string[], private readonly reader: UringReader) {}

  cacheFor(impl: unknown): OneshotCache {
    const pid = (impl as LinuxProcess).pid;
    if (!this.ready.has(pid)) this.readAheadFrom(pid);
    const cache = this.ready.get(pid) ?? new OneshotCache();
    this.ready.delete(pid);
    return cache;
  }

  /** Reads the files of the next run of pids, starting at `pid` (processIter asks in pids' order). */
  private readAheadFrom(pid: number): void {
    const pids = this.pids;
    let i = this.next;
    while (i < pids.length && pids[i] !== pid) i++;
    if (i === pids.length) return; // asked out of order: this one reads its own files
    const files = this.files;
    const count = Math.min(Math.floor(URING_FILES_PER_BATCH / files.length), pids.length - i);
    const proc = roots.procfs;
    const paths: string[] = [];
    for (let k = 0; k < count; k++) for (const f of files) paths.push(`${proc}/${pids[i + k]}/${f}`);
    let texts: (string | undefined)[];
    try {
      texts = this.reader.readAll(paths);
    } catch {
      abandonUringReader(); // a ring that failed mid-batch may be out of step: plain reads from now on
      this.next = pids.length; // and for the rest of this scan, without searching the pids again per pid
      return;
    }
    this.ready.clear();
    for (let k = 0; k < count; k++) {
      const cache = new OneshotCache();
      for (let j = 0; j < files.length; j++) {
        const text = texts[k * files.length + j];
        if (text !== undefined) cache.setText(files[j], text);
      }
      this.ready.set(pids[i + k], cache);
    }
    this.next = i + count;
  }
}

// Reads /proc/PID/<file> with psutil's error mapping, and the oneshot cache that lets every
// getter inside Process.oneshot() parse from a single read of each file.
import fs from 'node:fs';
import { AccessDenied, errnoOf, NoSuchProcess, ZombieProcess } from '../errors';
import { type PinnedPidFile, readPidFilePinned, readText, readWholeText } from './fsio';
import type { PidStat, PidStatus, Statm } from './parse/pid';
import { roots } from './roots';

/** What one oneshot has read: each file's text once, and the parsed forms of the hot files. */
export class OneshotCache {
  stat: PidStat | undefined = undefined;
  status: PidStatus | undefined = undefined;
  statm: Statm | undefined = undefined;
  /**
   * processIter's plan: some requested attribute reads /proc/PID/status in this oneshot, so
   * memoryInfo takes its numbers from it instead of reading statm as well.
   */
  statusPlanned = false;
  /**
   * processIter's scan of the live /proc: the files it reads for every process on every scan, read
   * through fds kept open between scans (readPidFilePinned): stat and statm, and status and cmdline
   * when the requested attributes read them.
   */
  pinned: ReadonlySet<string> | undefined = undefined;
  // processIter reads these three for every process on every tick: plain slots, not map entries.
  private statText: string | undefined = undefined;
  private statusText: string | undefined = undefined;
  private cmdlineText: string | undefined = undefined;
  /** made on first use: processIter makes a cache per process per tick, most of which never need it */
  private otherTexts: Map<string, string> | undefined = undefined;

  getText(file: string): string | undefined {
    switch (file) {
      case 'stat': return this.statText;
      case 'status': return this.statusText;
      case 'cmdline': return this.cmdlineText;
      default: return this.otherTexts?.get(file);
    }
  }

  setText(file: string, text: string): void {
    switch (file) {
      case 'stat': this.statText = text; break;
      case 'status': this.statusText = text; break;
      case 'cmdline': this.cmdlineText = text; break;
      default: (this.otherTexts ??= new Map()).set(file, text);
    }
  }
}

// The /proc/PID files the kernel renders whole in one read (see readWholeText for why each is):
// the first short read is their end, which saves a syscall per file on processIter's hot path.
// Every other file (maps, smaps, smaps_rollup, mountinfo, limits, net/* ...) is read to EOF.
const RENDERED_WHOLE = new Set(['stat', 'status', 'statm', 'io', 'cmdline', 'environ']);

const ADDRESS_SPACE_FILES = new Set(['cmdline', 'environ', 'auxv', 'maps', 'smaps', 'smaps_rollup']);

export class PidFiles {
  /** Present while a oneshot is active. */
  cache: OneshotCache | undefined;
  /** Last known name, for error messages. */
  name: string | undefined;

  constructor(readonly pid: number) {}

  private prefixRoot = '';
  private prefix = '';


  path(file: string): string {
    if (this.prefixRoot !== roots.procfs) {
      this.prefixRoot = roots.procfs;
      this.prefix = `${roots.procfs}/${this.pid}/`;
    }
    return this.prefix + file;
  }

  /** Text of /proc/PID/<file>, read once per oneshot. */
  text(file: string): string {
    const hit = this.cache?.getText(file);
    if (hit !== undefined) return hit;
    let value: string;
    try {
      if (this.cache?.pinned?.has(file)) value = readPidFilePinned(this.pid, file as PinnedPidFile, roots.procfs);
      else value = RENDERED_WHOLE.has(file) ? readWholeText(this.path(file)) : readText(this.path(file));
    } catch (e) {
      if (!this.isEmptyForLackOfAddressSpace(file, e)) throw this.mapError(e);
      value = '';
    }
    this.cache?.setText(file, value);
    return value;
  }

  /**
   * The files rendered from a process's memory (environ, smaps_rollup) fail with ESRCH on recent
   * kernels when it has no address space, a kernel thread or a zombie, though it is still there;
   * older kernels read them as empty. Both mean "nothing to show". psutil calls it NoSuchProcess,
   * which drops every kernel thread from process_iter when environ or memory_full_info is asked.
   * For the other files ESRCH means the process is gone.
   */
  private isEmptyForLackOfAddressSpace(file: string, e: unknown): boolean {
    return ADDRESS_SPACE_FILES.has(file) && errnoOf(e) === 'ESRCH' && this.stillThere();
  }

  /** /proc/PID/stat exists: the directory can outlive the process for a moment, its stat cannot (psutil #2418). */
  stillThere(): boolean {
    return fs.existsSync(this.path('stat'));
  }

  listdir(file: string): string[] {
    return this.guard(() => fs.readdirSync(this.path(file)));
  }

  /** Runs an OS call, mapping errno as psutil's wrap_exceptions does. */
  guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw this.mapError(e);
    }
  }

  mapError(e: unknown): unknown {
    const code = errnoOf(e);
    if (code === 'EACCES' || code === 'EPERM') return new AccessDenied(this.pid, this.name);
    if (code === 'ESRCH') return this.zombieOr(new NoSuchProcess(this.pid, this.name));
    if (code === 'ENOENT') return this.stillThere() ? this.zombieOr(e) : new NoSuchProcess(this.pid, this.name);
    return e;
  }

  isZombie(): boolean {
    try {
      const stat = readWholeText(this.path('stat'));
      return stat.charAt(stat.lastIndexOf(')') + 2) === 'Z';
    } catch {
      return false;
    }
  }

  private zombieOr(e: unknown): unknown {
    return this.isZombie() ? new ZombieProcess(this.pid, this.name) : e;
  }
}

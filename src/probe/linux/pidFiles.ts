// Reads /proc/PID/<file> with psutil's error mapping, and the oneshot cache that lets every
// getter inside Process.oneshot() parse from a single read of each file.
import fs from 'node:fs';
import { AccessDenied, errnoOf, NoSuchProcess, ZombieProcess } from '../errors';
import { readBytes, readText } from './fsio';
import { roots } from './roots';

export class PidFiles {
  /** Present while a oneshot is active: file text by name, and parsed objects by file name. */
  cache: Map<string, unknown> | undefined;
  parsedCache: Map<string, unknown> | undefined;
  /** Last known name, for error messages. */
  name: string | undefined;

  constructor(readonly pid: number) {}

  private prefixRoot = '';
  private prefix = '';

  get dir(): string {
    return `${roots.procfs}/${this.pid}`;
  }

  path(file: string): string {
    if (this.prefixRoot !== roots.procfs) {
      this.prefixRoot = roots.procfs;
      this.prefix = `${roots.procfs}/${this.pid}/`;
    }
    return this.prefix + file;
  }

  /** Text of /proc/PID/<file>, read once per oneshot. */
  text(file: string): string {
    const hit = this.cache?.get(file);
    if (hit !== undefined) return hit as string;
    const value = this.guard(() => readText(this.path(file)));
    this.cache?.set(file, value);
    return value;
  }

  bytes(file: string): Buffer {
    return this.guard(() => readBytes(this.path(file)));
  }

  /** A parsed value derived from `file`, memoised for the oneshot. */
  parsed<T>(file: string, parse: (text: string) => T): T {
    if (!this.cache) return parse(this.text(file));
    const parsed = (this.parsedCache ??= new Map());
    const hit = parsed.get(file);
    if (hit !== undefined) return hit as T;
    const value = parse(this.text(file));
    parsed.set(file, value);
    return value;
  }

  /** The oneshot's parsed stat, if any (the hottest lookup, kept out of the map). */
  statHit: unknown;
  statusHit: unknown;

  /** Starts (with an optional pre-filled cache) or ends a oneshot. */
  setCache(cache: Map<string, unknown> | undefined, parsed?: Map<string, unknown>): void {
    this.cache = cache;
    this.parsedCache = cache ? parsed : undefined;
    this.statHit = cache ? parsed?.get('stat') : undefined;
    this.statusHit = cache ? parsed?.get('status') : undefined;
  }

  readlink(file: string): string {
    return this.guard(() => fs.readlinkSync(this.path(file)));
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
    if (code === 'ENOENT') {
      if (!fs.existsSync(this.dir)) return new NoSuchProcess(this.pid, this.name);
      return this.zombieOr(e);
    }
    return e;
  }

  isZombie(): boolean {
    try {
      const stat = readText(this.path('stat'));
      return stat.charAt(stat.lastIndexOf(')') + 2) === 'Z';
    } catch {
      return false;
    }
  }

  private zombieOr(e: unknown): unknown {
    return this.isZombie() ? new ZombieProcess(this.pid, this.name) : e;
  }
}

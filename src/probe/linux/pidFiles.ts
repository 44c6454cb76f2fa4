// Reads /proc/PID/<file> with psutil's error mapping, and the oneshot cache that lets every
// getter inside Process.oneshot() parse from a single read of each file.
import fs from 'node:fs';
import { AccessDenied, errnoOf, NoSuchProcess, ZombieProcess } from '../errors';
import { readText } from './fsio';
import type { PidStat, PidStatus, Statm } from './parse/pid';
import { roots } from './roots';

/** What one oneshot has read: each file's text once, and the parsed forms of the hot files. */
export class OneshotCache {
  readonly texts = new Map<string, string>();
  stat: PidStat | undefined;
  status: PidStatus | undefined;
  statm: Statm | undefined;
}

export class PidFiles {
  /** Present while a oneshot is active. */
  cache: OneshotCache | undefined;
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
    const hit = this.cache?.texts.get(file);
    if (hit !== undefined) return hit;
    let value: string;
    try {
      value = readText(this.path(file));
    } catch (e) {
      throw this.mapError(e);
    }
    this.cache?.texts.set(file, value);
    return value;
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

// The one place a function a platform lacks is reported: UnsupportedPlatform ("X is not supported
// on this platform"). Kept apart from platform.ts so that backends can extend the base class below
// without an import cycle through the seam.
import { UnsupportedPlatform } from './errors';
import type { Connection, Ids, IoNice, MemoryFullInfo, MemoryMap, OpenFile, ThreadTimes } from './platform';

export function unsupported(what: string, platform: string = process.platform): never {
  throw new UnsupportedPlatform(platform, what);
}

/**
 * Base for process backends: every getter raises UnsupportedPlatform until the subclass
 * implements it. A backend overrides what its OS has.
 */
export abstract class UnsupportedProcessMethods {
  protected abstract readonly platformName: string;
  private no(what: string): never { return unsupported(`Process.${what}()`, this.platformName); }
  cpuNum(): number { return this.no('cpuNum'); }
  terminal(): string | null { return this.no('terminal'); }
  uids(): Ids { return this.no('uids'); }
  gids(): Ids { return this.no('gids'); }
  numCtxSwitches(): { voluntary: number; involuntary: number } { return this.no('numCtxSwitches'); }
  numFds(): number { return this.no('numFds'); }
  numHandles(): number { return this.no('numHandles'); }
  threads(): ThreadTimes[] { return this.no('threads'); }
  memoryMaps(): MemoryMap[] { return this.no('memoryMaps'); }
  openFiles(): OpenFile[] { return this.no('openFiles'); }
  connections(_kind: string): Connection[] { return this.no('connections'); }
  ionice(): IoNice | number { return this.no('ionice'); }
  setIonice(_ioclass: number, _value?: number): void { this.no('setIonice'); }
  rlimit(_resource: number): [number, number] { return this.no('rlimit'); }
  setRlimit(_resource: number, _soft: number, _hard: number): void { this.no('setRlimit'); }
  environ(): Record<string, string> { return this.no('environ'); }
  cwd(): string { return this.no('cwd'); }
  cpuAffinity(): number[] { return this.no('cpuAffinity'); }
  setCpuAffinity(_cpus: number[]): void { this.no('setCpuAffinity'); }
  memoryFullInfo(): MemoryFullInfo { return this.no('memoryFullInfo'); }
}

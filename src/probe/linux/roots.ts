// Where the Linux backend reads from. Tests point these at fixture trees.
import { unpinAll } from './fsio';
import { forgetTopology } from './topology';

export interface Roots { procfs: string; sysfs: string }

export const roots: Roots = { procfs: '/proc', sysfs: '/sys' };

export function configure(opts: Partial<Roots>): void {
  unpinAll();
  forgetTopology();
  if (opts.procfs !== undefined) roots.procfs = opts.procfs.replace(/\/+$/, '') || '/';
  if (opts.sysfs !== undefined) roots.sysfs = opts.sysfs.replace(/\/+$/, '') || '/';
}

/** Closes what stays open between calls: the pinned system files. */
export function release(): void {
  unpinAll();
}

export function isLiveProcfs(): boolean {
  return roots.procfs === '/proc';
}

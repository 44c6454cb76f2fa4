// The choice of backend, by process.platform. Apart from the interface (platform.ts), so the
// backends import the seam and only this module imports the backends: no cycle.
import { linuxBackend } from './linux/backend';
import { win32Backend } from './win32/backend';
import type { Backend, SystemBackend } from './platform';
import { unsupported } from './unsupported';

/** A backend for an OS Vitals has no code for yet: every call raises UnsupportedPlatform. */
function noBackend(platform: string): Backend {
  return {
    platform,
    system: {},
    truncatedNameLength: Infinity,
    unsupportedAttrs: [],
    newProcess: () => unsupported('Process', platform),
    pids: () => unsupported('pids', platform),
    pidExists: () => unsupported('pidExists', platform),
    ppidMap: () => unsupported('ppidMap', platform),
    scan: () => unsupported('processIter', platform),
  };
}

/** The backend for a platform name (exported for tests; the probe uses `backend`). */
export function backendFor(platform: string): Backend {
  if (platform === 'linux') return linuxBackend;
  if (platform === 'win32') return win32Backend;
  return noBackend(platform);
}

export const backend: Backend = backendFor(process.platform);

/** backend.system[name], or a function raising UnsupportedPlatform naming it. */
export function systemFn<K extends keyof SystemBackend>(name: K, from: Backend = backend): SystemBackend[K] {
  const fn = from.system[name];
  if (fn) return fn as SystemBackend[K];
  return ((..._args: unknown[]) => unsupported(name, from.platform)) as unknown as SystemBackend[K];
}


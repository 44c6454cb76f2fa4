// The choice of backend, by process.platform. Apart from the interface (platform.ts), so the
// backends import the seam and only this module imports the backends: no cycle.
import { linuxBackend } from './linux/backend';
import { win32Backend } from './win32/backend';
import { portableBackend } from './portable/backend';
import { darwinBackend } from './darwin/backend';
import type { Backend, SystemBackend } from './platform';
import { unsupported } from './unsupported';

/**
 * The backend for a platform name (exported for tests; the probe uses `backend`). 'portable'
 * (Node's os and fs only) serves every OS without a native backend.
 */
export function backendFor(platform: string): Backend {
  if (platform === 'linux') return linuxBackend;
  if (platform === 'win32') return win32Backend;
  if (platform === 'darwin') return darwinBackend;
  return portableBackend;
}

/**
 * VITALS_BACKEND names the backend: 'portable' forces the portable one anywhere, 'darwin' opts in
 * to the native macOS backend, which is layout-checked but not yet run on a Mac: until it has
 * been, macOS gets the portable one by default.
 */
export const backend: Backend = backendFor(process.env.VITALS_BACKEND || (process.platform === 'darwin' ? 'portable' : process.platform));

/** backend.system[name], or a function raising UnsupportedPlatform naming it. */
export function systemFn<K extends keyof SystemBackend>(name: K, from: Backend = backend): SystemBackend[K] {
  const fn = from.system[name];
  if (fn) return fn as SystemBackend[K];
  return ((..._args: unknown[]) => unsupported(name, from.platform)) as unknown as SystemBackend[K];
}


// Which sensor chips, thermal zones and power supplies exist, and which files each one has.
// That changes when hardware is plugged, not between two samples, and on a VM where a syscall
// costs microseconds the listings were most of the status bar's tick on a machine without any
// sensor. So listings are kept for a few seconds; the values inside are read fresh every call.
// psutil lists on every call; a device plugged in shows up here at most TOPOLOGY_MAX_AGE_MS late.
import { listDir } from './fsio';

export const TOPOLOGY_MAX_AGE_MS = 5000;

const listings = new Map<string, { at: number; entries: string[] }>();

/** listDir() of a sysfs folder that describes hardware, at most TOPOLOGY_MAX_AGE_MS old. */
export function listHardware(dir: string, now = Date.now()): string[] {
  const hit = listings.get(dir);
  if (hit && now - hit.at < TOPOLOGY_MAX_AGE_MS) return hit.entries;
  const entries = listDir(dir);
  listings.set(dir, { at: now, entries });
  return entries;
}

/** Forgets every listing (configure() to another root, tests that change a tree in place). */
export function forgetTopology(): void {
  listings.clear();
}

// Run by cgroup.live.test inside a test cgroup: a real Sampler worker; prints the container and
// pressure readings of its third snapshot (the first has no cpu percent or throttling rate yet).
import path from 'node:path';
import { Sampler } from '../../src/monitor/sampler';
import type { Snapshot } from '../../src/protocol';

const WORKER = path.resolve(__dirname, '..', '..', '..', 'dist', 'worker.js');

async function main(): Promise<void> {
  const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 300, roots: [] }, log: (m) => process.stderr.write(`${m}\n`) });
  const snaps: Snapshot[] = [];
  const done = new Promise<void>((resolve) => {
    s.onSnapshot((x) => { snaps.push(x); if (snaps.length === 3) resolve(); });
  });
  s.start();
  await done;
  await s.dispose();
  const last = snaps[2];
  process.stdout.write(JSON.stringify({ container: last.container, pressure: last.pressure, errors: last.errors, cpuCount: last.cpu.count }));
}

main().catch((e) => { process.stderr.write(String(e?.stack ?? e)); process.exit(1); });

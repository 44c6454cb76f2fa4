// The real-host container check: the VS Code host of test/host/runner.mjs started inside a cgroup v1
// memory group with a limit (below our own group, so every limit we run under still holds), only
// test/integration/container.real.test.js run, the group removed afterwards whatever happened.
// Needs root and a v1 memory hierarchy. Run: npm run build:tests && node test/host/cgroupHost.mjs
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const LIMIT = 6 * 1024 ** 3;

function ownMemoryGroup() {
  const line = fs.readFileSync('/proc/self/cgroup', 'utf8').split('\n').find((l) => l.split(':')[1]?.split(',').includes('memory'));
  const mount = fs.readFileSync('/proc/self/mountinfo', 'utf8').split('\n')
    .map((l) => l.split(' ')).find((f) => f[f.indexOf('-') + 1] === 'cgroup' && f[f.length - 1].split(',').includes('memory') && f[3] === '/');
  if (!line || !mount) throw new Error('needs a cgroup v1 memory hierarchy mounted at its root (and root to write it)');
  return path.join(mount[4], line.split(':').slice(2).join(':'));
}

const group = path.join(ownMemoryGroup(), `vitals-host-${process.pid}`);
fs.mkdirSync(group);
let status = 1;
try {
  fs.writeFileSync(path.join(group, 'memory.limit_in_bytes'), String(LIMIT));
  const child = spawn('/bin/sh', ['-c', `echo $$ > '${group}/cgroup.procs' && exec "$0" "$1"`, process.execPath, path.join(root, 'test', 'host', 'runner.mjs')], {
    stdio: 'inherit', env: { ...process.env, VITALS_HOST_ONLY: 'container.real', VITALS_EXPECT_MEMORY_LIMIT: String(LIMIT) },
  });
  status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
} finally {
  for (let i = 0; i < 100 && fs.existsSync(group); i++) {
    for (const pid of fs.readFileSync(path.join(group, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean)) {
      try { process.kill(Number(pid), 'SIGKILL'); } catch { /* gone */ }
    }
    try { fs.rmdirSync(group); } catch { spawnSync('sleep', ['0.1']); }
  }
  if (fs.existsSync(group)) { console.error(`could not remove ${group}`); status = 1; }
}
process.exit(status);

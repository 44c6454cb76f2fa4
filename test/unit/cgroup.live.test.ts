// Live cgroup v1 (this machine mounts v1 controllers; root makes groups): a process moved into a
// group we made reads the limits we wrote. Groups are made below our own cgroup in each
// hierarchy (so the limits we run under still hold) and removed afterwards, even on failure.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseCgroupMounts, parseProcCgroup } from '../../src/probe/linux/parse/cgroup';

const cli = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const MiB = 1024 ** 2;

/** Our group's directory in the v1 hierarchy holding `controller`, or undefined when it is not mounted. */
function ownV1Dir(controller: string): string | undefined {
  const mount = parseCgroupMounts(fs.readFileSync('/proc/self/mountinfo', 'utf8'))
    .find((m) => m.version === 1 && m.controllers.includes(controller));
  const entry = parseProcCgroup(fs.readFileSync('/proc/self/cgroup', 'utf8')).find((e) => e.controllers.includes(controller));
  if (!mount || !entry || mount.root !== '/') return undefined;
  return path.join(mount.mountpoint, entry.path);
}

/** Makes PARENT/leaf groups in each hierarchy; remove() kills what is left inside and removes them. */
export class TestGroups {
  readonly parent = new Map<string, string>();
  readonly leaf = new Map<string, string>();
  private readonly made: string[] = [];

  constructor(controllers: string[]) {
    const name = `vitals-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    for (const c of controllers) {
      const own = ownV1Dir(c);
      if (!own) throw new Error(`cgroup v1 controller ${c} is not mounted (mountinfo lists no cgroup with it at root /)`);
      const p = path.join(own, name);
      const dirs = [p, path.join(p, 'leaf')];
      for (const d of dirs) {
        if (!fs.existsSync(d)) { fs.mkdirSync(d); this.made.push(d); }
      }
      this.parent.set(c, p);
      this.leaf.set(c, dirs[1]);
    }
  }

  write(controller: string, file: string, value: string, where: 'parent' | 'leaf' = 'parent'): void {
    fs.writeFileSync(path.join((where === 'parent' ? this.parent : this.leaf).get(controller)!, file), value);
  }

  read(controller: string, file: string, where: 'parent' | 'leaf' = 'leaf'): string {
    return fs.readFileSync(path.join((where === 'parent' ? this.parent : this.leaf).get(controller)!, file), 'utf8');
  }

  /** `sh -c` prefix that moves the shell into every leaf before it execs the command. */
  enterScript(): string {
    return [...new Set(this.leaf.values())].map((d) => `echo $$ > '${d}/cgroup.procs'`).join(' && ');
  }

  remove(): void {
    for (const d of [...this.made].reverse()) {
      for (let attempt = 0; attempt < 50 && fs.existsSync(d); attempt++) {
        const pids = fs.readFileSync(path.join(d, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean).map(Number);
        for (const pid of pids) try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
        try { fs.rmdirSync(d); } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EBUSY') throw e;
          spawnSync('sleep', ['0.1']); // a killed process leaves the group once reaped
        }
      }
      if (fs.existsSync(d)) throw new Error(`could not remove test cgroup ${d}`);
    }
    this.made.length = 0;
  }
}

const canRun = process.getuid?.() === 0 && ownV1Dir('memory') !== undefined && ownV1Dir('cpu') !== undefined && ownV1Dir('cpuacct') !== undefined;

describe('containerLimits live in cgroup v1 groups we make', function () {
  let groups: TestGroups | undefined;
  before(function () {
    // The brief's machine runs the tests as root with v1 controllers; fail loudly on one that does not.
    if (!canRun) throw new Error('these tests need root and cgroup v1 memory, cpu and cpuacct hierarchies');
  });
  afterEach(() => { groups?.remove(); groups = undefined; });

  it('the CLI run in PARENT/leaf reads the parent\'s memory limit and quota (the tightest on the path), and the group\'s files', () => {
    groups = new TestGroups(['memory', 'cpu', 'cpuacct']);
    groups.write('memory', 'memory.limit_in_bytes', String(300 * MiB));
    groups.write('cpu', 'cpu.cfs_period_us', '100000');
    groups.write('cpu', 'cpu.cfs_quota_us', '50000');
    groups.write('memory', 'memory.limit_in_bytes', String(400 * MiB), 'leaf'); // looser: the parent's wins
    const r = spawnSync('/bin/sh', ['-c', `${groups.enterScript()} && exec "$0" "$1" snapshot --json`, process.execPath, cli], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const c = (out.system ?? out).containerLimits;
    assert.ok(c, `containerLimits missing: ${JSON.stringify(out.errors)}`);
    assert.equal(c.cgroupVersion, 1);
    assert.ok(c.path.endsWith(path.basename(groups.leaf.get('memory')!)) && c.path.includes('vitals-test-'), c.path);
    assert.equal(c.memoryLimit, 300 * MiB);
    assert.equal(c.cpuQuota, 0.5);
    assert.equal(c.effectiveCores, 0.5);
    assert.deepEqual(c.errors, []);
    // Counters only grow: what the child read is at most what the files hold after it ended.
    const usageAfter = Number(groups.read('cpuacct', 'cpuacct.usage')) / 1e9;
    assert.ok(c.cpuUsage > 0 && c.cpuUsage <= usageAfter, `cpuUsage ${c.cpuUsage} vs cpuacct.usage ${usageAfter}`);
    const maxUsage = Number(groups.read('memory', 'memory.max_usage_in_bytes'));
    assert.ok(c.memoryUsage > 0 && c.memoryUsage <= maxUsage, `memoryUsage ${c.memoryUsage} vs max_usage_in_bytes ${maxUsage}`);
    assert.ok(c.workingSet <= c.memoryUsage);
    const throttledAfter = Number(/nr_throttled (\d+)/.exec(groups.read('cpu', 'cpu.stat', 'parent'))![1]);
    assert.ok(c.nrThrottled <= throttledAfter);
  });

  it('a real Sampler worker in the group: the snapshot carries the limit, the effective cores, cpu percent of them and throttling', async () => {
    groups = new TestGroups(['memory', 'cpu', 'cpuacct']);
    groups.write('memory', 'memory.limit_in_bytes', String(512 * MiB));
    groups.write('cpu', 'cpu.cfs_period_us', '100000');
    groups.write('cpu', 'cpu.cfs_quota_us', '50000');
    const child = path.resolve(__dirname, 'cgroupSampler.child.js');
    // a busy loop in the group makes the quota bite; it dies with the shell's group on cleanup
    const script = `${groups.enterScript()} || exit 1; (while :; do :; done) & BUSY=$!; "$0" "$1"; RC=$?; kill $BUSY; exit $RC`;
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const p = spawn('/bin/sh', ['-c', script, process.execPath, child], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d) => { stdout += d; });
      p.stderr.on('data', (d) => { stderr += d; });
      p.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const c = out.container;
    assert.ok(c, `no container reading: ${JSON.stringify(out.errors)}`);
    assert.equal(c.memoryLimit, 512 * MiB);
    assert.equal(c.effectiveCores, 0.5);
    assert.equal(c.limited, true);
    assert.ok(c.path.includes('vitals-test-'), c.path);
    assert.ok(c.memoryUsed > 0 && c.memoryUsed <= 512 * MiB);
    assert.equal(c.memoryPercent, Math.round((c.memoryUsed / (512 * MiB)) * 1000) / 10);
    // the worker itself ran in the group between two readings (> 0); no group can use more than all
    // the machine's cpus, here 100 % x cpus / 0.5 cores (the quota's own cap depends on tick timing)
    assert.ok(c.cpuPercent !== null && c.cpuPercent > 0 && c.cpuPercent <= 110 * out.cpuCount / 0.5, `cpuPercent ${c.cpuPercent}`);
    assert.ok(c.throttledPerSec !== null && c.throttledPerSec >= 0, `throttledPerSec ${c.throttledPerSec}`);
    // Whether the loop was throttled depends on the machine's load: a group that cpu.stat says was
    // never throttled must read 0, one that was may read any rate from 0 up.
    const throttledTotal = Number(/throttled_time (\d+)/.exec(groups.read('cpu', 'cpu.stat', 'parent'))![1]);
    if (throttledTotal === 0) assert.equal(c.throttledPerSec, 0);
    else assert.ok(c.throttledPerSec >= 0, `throttledPerSec ${c.throttledPerSec}`);
    assert.equal(out.errors.containerLimits, undefined);
  });

  it('a limit lifted (quota -1, limit back to unlimited) reads as null', () => {
    groups = new TestGroups(['memory', 'cpu', 'cpuacct']);
    groups.write('cpu', 'cpu.cfs_quota_us', '-1');
    const r = spawnSync('/bin/sh', ['-c', `${groups.enterScript()} && exec "$0" "$1" snapshot --json`, process.execPath, cli], { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(r.status, 0, r.stderr);
    const c = (JSON.parse(r.stdout).system ?? JSON.parse(r.stdout)).containerLimits;
    assert.equal(c.memoryLimit, null);
    assert.equal(c.cpuQuota, null);
    assert.equal(c.effectiveCores, c.cpus);
  });
});

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { until } from './helpers';

const cli = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const run = (...args: string[]): string => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });

describe('vitals CLI: processes', () => {
  it('snapshot --json has a processes array with the documented fields, null where denied', () => {
    const pidsNow = (): Set<number> => new Set(fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number));
    const before = pidsNow();
    const out = JSON.parse(run('snapshot', '--json'));
    const after = pidsNow();
    // every pid alive before and after the run was alive throughout it (barring a reuse in between): each is listed
    const listed = new Set(out.processes.map((p: { pid: number }) => p.pid));
    assert.deepEqual([...before].filter((p) => after.has(p) && !listed.has(p)), [], 'pids alive throughout the run that the CLI left out');
    const keys = ['pid', 'ppid', 'name', 'exe', 'cmdline', 'username', 'status', 'createTime', 'numThreads', 'cpuTimes', 'memoryInfo'];
    for (const p of out.processes) assert.deepEqual(Object.keys(p).sort(), [...keys].sort());
    // by its command line: other children of this mocha process (a zombie a test left to reap) share the ppid
    const self = out.processes.find((p: { ppid: number; cmdline: string[] | null }) => p.ppid === process.pid && p.cmdline?.[1] === cli);
    assert.ok(self, 'the CLI process itself is listed');
    assert.equal(self.exe, process.execPath.startsWith('/') ? require('node:fs').realpathSync(process.execPath) : self.exe);
  });

  it('snapshot --json is JSON.stringify(..., null, 2) of what it lists, written a process at a time: 48 processes with 1 MiB command lines fit a 32 MiB heap', async () => {
    // 8 arguments of 128 KiB (the kernel's limit for one) make a 1 MiB command line; sh waits on sleep, so its own cmdline stays
    const args = Array.from({ length: 8 }, (_, i) => String.fromCharCode(97 + i).repeat(128 * 1024 - 1));
    const big = Array.from({ length: 48 }, () => spawn('sh', ['-c', 'sleep 600; :', 'sh', ...args], { stdio: 'ignore', detached: true }));
    try {
      await until(() => big.every((c) => { try { return fs.statSync(`/proc/${c.pid}/cmdline`) && fs.readFileSync(`/proc/${c.pid}/cmdline`).length > 1 << 20; } catch { return false; } }), 'the 48 big command lines');
      const out = execFileSync(process.execPath, ['--max-old-space-size=32', cli, 'snapshot', '--json'], { encoding: 'utf8', maxBuffer: 512 << 20 });
      const parsed = JSON.parse(out);
      assert.equal(out, JSON.stringify(parsed, null, 2) + '\n');
      const listed = parsed.processes.filter((p: { cmdline: string[] | null }) => p.cmdline?.length === 12 && p.cmdline[4] === args[0] && p.cmdline[11] === args[7]);
      assert.equal(listed.length, 48, 'every big command line listed whole');
    } finally {
      for (const c of big) try { process.kill(-c.pid!, 'SIGKILL'); } catch { /* gone */ }
    }
  });

  it('procinfo prints every section for this process, and fails cleanly for a missing pid', () => {
    const text = run('procinfo', String(process.pid));
    for (const s of ['Identity', 'CPU', 'Memory', 'Threads', 'Open files', 'Connections', 'Children', 'Resource limits', 'Environment']) {
      assert.match(text, new RegExp(`^${s}`, 'm'), s);
    }
    assert.match(text, /^ {2}uss +\d/m);
    assert.match(text, /^ {2}nofile +soft \d+, hard \d+/m);
    assert.throws(() => execFileSync(process.execPath, [cli, 'procinfo', '999999999'], { stdio: 'pipe' }), /process no longer exists \(pid=999999999\)/);
  });

  it('procinfo on a fixture shows hostile names escaped, not interpreted', () => {
    const procfs = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'linux', 'procs', 'proc');
    const text = run('procinfo', '109', '--procfs', procfs);
    assert.match(text, /name +<b>\\x0a\)x\\x1b\[31m/);
    assert.ok(!text.includes('\x1b'), 'no raw escape reaches the terminal');
  });

  it('top prints frames when not on a terminal and exits 0 on SIGINT', async () => {
    const top = startTop();
    try {
      await until(() => top.exitCode === null && top.out.includes('PID'), `a first frame (stderr: ${top.err})`);
      assert.match(top.out, /^ +PID USER +CPU% +RSS +THR S NAME$/m);
    } finally {
      assert.equal(await top.stop(), 0, top.err);
    }
  });

  it('top keeps drawing while processes start and exit under it (a vanished pid is left out, not fatal)', async function () {
    this.timeout(120000); // the churn takes a core: on a loaded 2-core machine five frames took over 30 s once
    // hundreds of short-lived processes a second: some exit between the scan and their cpu reading
    const churn = spawn('sh', ['-c', 'while :; do /bin/true; done'], { stdio: 'ignore' });
    const top = startTop();
    try {
      await until(() => top.exitCode !== null || top.out.split('PID USER').length > 6, 'five frames', 90000);
      assert.equal(top.exitCode, null, `top exited: ${top.err}`);
      assert.equal(top.err, '');
    } finally {
      churn.kill('SIGKILL');
      assert.equal(await top.stop(), 0, top.err);
    }
  });
});

/** `vitals top` at its shortest interval, with its output collected; stop() sends SIGINT and resolves its exit code. */
function startTop(): { out: string; err: string; exitCode: number | null; stop(): Promise<number | null> } {
  const child = spawn(process.execPath, [cli, 'top', '--interval', '0.25'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const view = {
    out: '',
    err: '',
    get exitCode() { return child.exitCode; },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
  child.stdout.on('data', (d) => { view.out += d; });
  child.stderr.on('data', (d) => { view.err += d; });
  return view;
}

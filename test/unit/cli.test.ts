import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';

const cli = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const run = (...args: string[]): string => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('vitals CLI: processes', () => {
  it('snapshot --json has a processes array with the documented fields, null where denied', () => {
    const out = JSON.parse(run('snapshot', '--json'));
    assert.ok(out.processes.length > 3);
    const keys = ['pid', 'ppid', 'name', 'exe', 'cmdline', 'username', 'status', 'createTime', 'numThreads', 'cpuTimes', 'memoryInfo'];
    for (const p of out.processes) assert.deepEqual(Object.keys(p).sort(), [...keys].sort());
    // by its command line: other children of this mocha process (a zombie a test left to reap) share the ppid
    const self = out.processes.find((p: { ppid: number; cmdline: string[] | null }) => p.ppid === process.pid && p.cmdline?.[1] === cli);
    assert.ok(self, 'the CLI process itself is listed');
    assert.equal(self.exe, process.execPath.startsWith('/') ? require('node:fs').realpathSync(process.execPath) : self.exe);
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
    const child = spawn(process.execPath, [cli, 'top', '--interval', '0.5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    await new Promise<void>((resolve) => {
      const check = setInterval(() => { if (out.includes('PID')) { clearInterval(check); resolve(); } }, 20);
    });
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('exit', r));
    assert.equal(code, 0);
    assert.match(out, /^ +PID USER +CPU% +RSS +THR S NAME$/m);
  });
});

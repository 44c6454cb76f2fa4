// Issue #15 on a live Windows (Wine in CI): kill tree works at all (there is no SIGSTOP; members are
// suspended with NtSuspendProcess), and suspend/resume go through the same calls.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { signalProcess } from '../../src/monitor/signals';
import * as probe from '../../src/probe';

async function until<T>(fn: () => T | undefined | false, what: string, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Windows kill tree and suspend through the worker\'s signal code', function () {
  before(function () {
    if (process.platform !== 'win32') this.skip(); // a Windows backend test needs Windows (or Wine)
  });

  it('kills a process and its two children, each re-checked by (pid, createTime)', async () => {
    const code = `const { spawn } = require('child_process'); for (let i = 0; i < 2; i++) spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); setInterval(() => {}, 1000);`;
    const top = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
    try {
      const p = await until(() => probe.pidExists(top.pid!) && new probe.Process(top.pid!), 'the top process');
      const kids = await until(() => { const k = p.children(); return k.length === 2 ? k : undefined; }, 'its two children');
      const r = signalProcess(top.pid!, p.createTime(), 'SIGKILL', true);
      // a miss names what the probe saw then: each pid's parent and whether it still ran
      const seen = (): string => [top.pid!, ...kids.map((k) => k.pid)].map((pid) => `${pid}: ppid ${probe.ppidMap().get(pid)}, exists ${probe.pidExists(pid)}`).join('; ');
      assert.deepEqual(r.failed, [], seen());
      assert.deepEqual(r.signalled.map((s) => s.pid).sort(), [top.pid!, ...kids.map((k) => k.pid)].sort(), seen());
      await until(() => ![p, ...kids].some((x) => x.isRunning()), 'the tree gone');
    } finally {
      top.kill();
    }
  });

  it('a grandchild still starting has no creation time yet (AccessDenied), never Wine\'s placeholder from the year 21086', async () => {
    const code = `const { spawn } = require('child_process'); for (let i = 0; i < 2; i++) spawn(process.execPath, ['-e', 'setTimeout(() => {}, 1500)'], { stdio: 'ignore' }); setTimeout(() => {}, 1500);`;
    const started = Date.now() / 1000 - 1;
    const top = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
    const read = new Map<number, string[]>();
    try {
      const end = Date.now() + 1200;
      while (Date.now() < end) {
        for (const [pid, ppid] of probe.ppidMap()) {
          if (ppid !== top.pid) continue;
          let seen: string;
          try {
            const t = new probe.Process(pid).createTime();
            // Windows keeps a dead parent's pid in its children: a process older than top is not its child
            if (t < started) continue;
            seen = t <= Date.now() / 1000 + 1 ? 'time' : `a time in the future: ${t}`;
          } catch (e) {
            if (e instanceof probe.NoSuchProcess) continue;
            seen = e instanceof probe.AccessDenied && /still starting/.test(e.message) ? 'starting' : String(e);
          }
          const list = read.get(pid) ?? [];
          if (list[list.length - 1] !== seen) list.push(seen);
          read.set(pid, list);
        }
        await new Promise((r) => setImmediate(r));
      }
      assert.equal(read.size, 2, 'both grandchildren were seen');
      for (const [pid, list] of read) assert.match(list.join(' -> '), /^(starting -> )?time$/, `pid ${pid}`);
    } finally {
      top.kill();
    }
  });

  it('suspend and resume a child (NtSuspendProcess / NtResumeProcess), refuses this process', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const p = await until(() => probe.pidExists(child.pid!) && new probe.Process(child.pid!), 'the child');
      assert.deepEqual(signalProcess(child.pid!, p.createTime(), 'SIGSTOP', false).signalled.map((s) => s.pid), [child.pid]);
      assert.deepEqual(signalProcess(child.pid!, p.createTime(), 'SIGCONT', false).signalled.map((s) => s.pid), [child.pid]);
      const self = new probe.Process(process.pid);
      assert.throws(() => signalProcess(process.pid, self.createTime(), 'SIGKILL', true), (e: Error) => e.name === 'Refused');
    } finally {
      child.kill();
    }
  });
});

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
      assert.deepEqual(r.failed, []);
      assert.deepEqual(r.signalled.map((s) => s.pid).sort(), [top.pid!, ...kids.map((k) => k.pid)].sort());
      await until(() => ![p, ...kids].some((x) => x.isRunning()), 'the tree gone');
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

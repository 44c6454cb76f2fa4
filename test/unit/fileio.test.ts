import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { errnoError, readText } from '../../src/probe/linux/fsio';

const bundle = path.resolve(__dirname, '..', '..', '..', 'dist', 'probe.js');

/** What a fresh process reads about itself and a missing pid, with or without the libc file calls. */
function readInChild(env: NodeJS.ProcessEnv): unknown {
  const script = `
    const p = require(${JSON.stringify(bundle)});
    const me = new p.Process();
    let missing;
    try { new p.Process(4194304 + 7); } catch (e) { missing = e.name + ' ' + e.pid; }
    const iter = [...p.processIter({ attrs: ['name', 'cmdline', 'memoryInfo'] })].find((q) => q.pid === process.pid);
    console.log(JSON.stringify({
      name: me.name(), ppid: me.ppid(), uids: me.uids(), missing, cmdline: iter.info.cmdline,
      hasRss: iter.info.memoryInfo.rss > 0, memTotal: p.virtualMemory().total, cpus: p.cpuCount(),
    }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, 'arg with space'], { encoding: 'utf8', env: { ...process.env, ...env } }));
}

describe('procfs file access: libc calls and the Node fs fallback agree', () => {
  it('same data and the same NoSuchProcess with VITALS_NO_FFI=1', () => {
    const viaLibc = readInChild({ VITALS_NO_FFI: '' });
    const viaNode = readInChild({ VITALS_NO_FFI: '1' });
    assert.deepEqual(viaNode, viaLibc);
    const r = viaLibc as { name: string; ppid: number; missing: string; cmdline: string[]; hasRss: boolean };
    assert.equal(r.ppid, process.pid);
    assert.equal(r.missing, 'NoSuchProcess 4194311');
    assert.equal(r.cmdline.at(-1), 'arg with space');
    assert.ok(r.hasRss);
  });

  it('errors carry the errno names Node gives: ENOENT, EISDIR, and EAGAIN (not EWOULDBLOCK) for 11', () => {
    assert.throws(() => readText('/proc/no-such-file'), (e: NodeJS.ErrnoException) => e.code === 'ENOENT' && e.path === '/proc/no-such-file');
    assert.throws(() => readText('/proc'), (e: NodeJS.ErrnoException) => e.code === 'EISDIR');
    assert.equal((errnoError(11, 'read') as NodeJS.ErrnoException).code, 'EAGAIN');
    assert.equal((errnoError(95, 'read') as NodeJS.ErrnoException).code, 'ENOTSUP');
  });
});

import assert from 'node:assert/strict';
import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errnoError, readText } from '../../src/probe/linux/fsio';
import { PYTHON } from './helpers';

const bundle = path.resolve(__dirname, '..', '..', '..', 'dist', 'probe.js');
const child = path.join(__dirname, 'fileio.child.js');

interface ChildReads { backend: 'libc' | 'node'; text: string[]; whole: string[]; pinned: [string, string][] }

/** Reads files through fsio in a fresh process: readText for `text`, readWholeText for `whole`, readPinnedText twice for `pinned`. */
function fsioInChild(noFfi: boolean, files: { text: string[]; whole: string[]; pinned: string[] }): ChildReads {
  const out = execFileSync(process.execPath, [child, JSON.stringify(files)],
    { encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, VITALS_NO_FFI: noFfi ? '1' : '' } });
  return JSON.parse(out) as ChildReads;
}

/**
 * Idle python holding 120 loopback TCP pairs and 1500 private anonymous mappings whose protections
 * alternate (so neighbours never merge), with a cmdline over 64 KiB: its maps, smaps, cmdline and
 * the TCP table are all many pages long and hold still while it waits on stdin.
 */
const SUBJECT = `
import json, mmap, socket, sys
keep = []
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(256)
keep.append(srv)
for _ in range(120):
    c = socket.create_connection(srv.getsockname())
    a, _ = srv.accept()
    keep += [c, a]
for i in range(1500):
    keep.append(mmap.mmap(-1, 4096, flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ if i % 2 else mmap.PROT_READ | mmap.PROT_WRITE))
print('ready', flush=True)
sys.stdin.read()
`;

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

describe('fsio on files longer than a page: the libc path and the Node fs path, each against an independent reader', function () {
  this.timeout(60_000);
  let subject: ChildProcess;
  let dir: string;
  let big: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-fileio-'));
    big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, crypto.randomBytes(150 * 1024).toString('hex')); // 300 KiB: the 64 KiB buffer must grow
    subject = spawn(PYTHON, ['-c', SUBJECT, 'x'.repeat(100_000)], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      subject.stdout!.once('data', () => resolve());
      subject.once('exit', (code) => reject(new Error(`subject exited with ${code}`)));
    });
  });

  after(() => {
    subject?.stdin?.end();
    subject?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * The subject's rows of a socket table, from the addresses to the inode: the slot number before
   * shifts as other sockets come and go, the reference count after moves with the kernel's own use.
   */
  function subjectRows(table: string, inodes: Set<string>): string[] {
    return table.split('\n').slice(1).map((l) => l.trim().split(/\s+/)).filter((f) => inodes.has(f[9])).map((f) => f.slice(1, 10).join(' ')).sort();
  }

  for (const noFfi of [false, true]) {
    const backend = noFfi ? 'node' : 'libc';
    it(`${backend}: reads maps, smaps, the TCP table, a long cmdline and a 300 KiB file whole, pinned reads too`, () => {
      const pid = subject.pid!;
      const files = {
        text: [`/proc/${pid}/maps`, `/proc/${pid}/smaps`, `/proc/${pid}/net/tcp`, big],
        whole: [`/proc/${pid}/cmdline`],
        pinned: [`/proc/${pid}/maps`, big],
      };
      const got = fsioInChild(noFfi, files);
      assert.equal(got.backend, backend, 'VITALS_NO_FFI picks the file calls; without it koffi must load');
      const maps = fs.readFileSync(`/proc/${pid}/maps`, 'utf8');
      assert.ok(maps.length > 64 * 1024, `maps is ${maps.length} bytes`);
      assert.equal(got.text[0], maps, 'maps');
      // Pss moves as other processes map and unmap the same libraries: compare all but the kB figures
      const kbMasked = (t: string): string => t.replace(/ +\d+ kB$/gm, ' N kB');
      assert.equal(kbMasked(got.text[1]), kbMasked(fs.readFileSync(`/proc/${pid}/smaps`, 'utf8')), 'smaps');
      const inodes = new Set(fs.readdirSync(`/proc/${pid}/fd`).map((fd) => fs.readlinkSync(`/proc/${pid}/fd/${fd}`))
        .filter((t) => t.startsWith('socket:[')).map((t) => t.slice(8, -1)));
      const tcp = subjectRows(got.text[2], inodes);
      assert.equal(tcp.length, 241, 'the listener and 120 pairs');
      assert.deepEqual(tcp, subjectRows(fs.readFileSync(`/proc/${pid}/net/tcp`, 'utf8'), inodes));
      assert.equal(got.text[3], fs.readFileSync(big, 'utf8'), 'a regular file over 64 KiB');
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      assert.ok(cmdline.length > 100_000);
      assert.equal(got.whole[0], cmdline, 'cmdline, which the kernel renders whole in one read');
      assert.deepEqual(got.pinned[0], [maps, maps], 'pinned maps');
      assert.deepEqual(got.pinned[1], [got.text[3], got.text[3]], 'pinned regular file');
    });
  }
});

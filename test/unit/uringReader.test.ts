import assert from 'node:assert/strict';
import util from 'node:util';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as probe from '../../src/probe';
import { uringCalls } from '../../native-ffi/linux/uring';
import { prefetchFiles } from '../../src/probe/linux/prefetch';
import { UringReader, uringReader, URING_FILES_PER_BATCH, URING_SLOT_BYTES } from '../../src/probe/linux/uringReader';
import { until, useLive } from './helpers';

const PROBE = path.resolve(__dirname, '..', '..', '..', 'dist', 'probe.js');

/** Why io_uring cannot run here, from the kernel itself, or undefined when it can. */
function whyNoUring(): string | undefined {
  const [major, minor] = os.release().split('.').map(Number);
  if (major < 6 || (major === 6 && minor < 1)) return `Linux ${os.release()} predates DEFER_TASKRUN (6.1)`;
  const params = Buffer.alloc(120);
  const calls = uringCalls();
  const fd = calls.setup(4, params);
  if (fd < 0) return `io_uring_setup refused here (errno ${calls.errno()})`;
  calls.close(fd);
  return undefined;
}

/** A child whose command line is longer than a read slot: 40 arguments of 500 characters. */
function longCommandLine() {
  const args = Array.from({ length: 40 }, (_, i) => `${i}`.padEnd(500, 'x'));
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', ...args], { stdio: 'ignore' });
}

// Where io_uring cannot run (Docker's default seccomp refuses io_uring_setup) the io_uring suite is
// not defined at all (a pending test fails `npm test`, which runs mocha --forbid-pending), and the
// suite below proves the plain-read path users get there instead.
const NO_URING = whyNoUring();
const suiteIf = (run: boolean) => (title: string, fn: (this: Mocha.Suite) => void): void => { if (run) describe(title, fn); };

suiteIf(NO_URING !== undefined)(`io_uring refused here (${NO_URING}): the plain-read path users get`, () => {
  before(() => useLive());

  it('uringReader() opens nothing and says nothing; processIter reads every process plainly, as /proc gives it', () => {
    assert.equal(uringReader(), null);
    const listed = new Map([...probe.processIter({ attrs: ['name', 'ppid', 'cmdline'] })].map((p) => [p.pid, p.info]));
    assert.deepEqual(listed.get(process.pid), {
      name: fs.readFileSync('/proc/self/comm', 'utf8').trim(), ppid: process.ppid,
      cmdline: fs.readFileSync('/proc/self/cmdline', 'utf8').split('\0').filter(Boolean),
    });
    const pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number).filter((p) => fs.existsSync(`/proc/${p}`));
    assert.deepEqual(pids.filter((p) => !listed.has(p) && fs.existsSync(`/proc/${p}`)), [], 'every live pid is listed');
  });
});

suiteIf(NO_URING === undefined)('io_uring batch reads of /proc (processIter read-ahead; the io_uring path: io_uring_setup works here)', function () {
  before(function () {
    useLive();
  });

  it('opens on a kernel that has what it needs, and reads files as plain reads give them', () => {
    const reader = uringReader();
    assert.ok(reader, 'no reader although io_uring_setup works here');
    const self = `/proc/${process.pid}`;
    const [cmdline, status, environ] = reader.readAll([`${self}/cmdline`, `${self}/status`, `${self}/environ`]);
    assert.equal(cmdline, fs.readFileSync(`${self}/cmdline`, 'utf8'));
    assert.equal(environ, fs.readFileSync(`${self}/environ`, 'utf8'));
    const steady = (s: string) => s.split('\n').filter((l) => /^(Name|Umask|Tgid|Pid|PPid|Uid|Gid|Groups|Cpus_allowed_list):/.test(l));
    assert.deepEqual(steady(status!), steady(fs.readFileSync(`${self}/status`, 'utf8')));
    assert.ok(steady(status!).length >= 8);
  });

  it('leaves to the caller what it cannot read whole: errors, and files that fill the slot', async () => {
    const child = longCommandLine();
    try {
      await until(() => fs.readFileSync(`/proc/${child.pid}/cmdline`).length > URING_SLOT_BYTES);
      const [big, missing, stat] = uringReader()!.readAll([`/proc/${child.pid}/cmdline`, '/proc/999999999/stat', `/proc/${child.pid}/stat`]);
      assert.equal(big, undefined, 'a cmdline longer than the slot is not cut at the slot');
      assert.equal(missing, undefined);
      assert.match(stat!, new RegExp(`^${child.pid} \\(node\\) `));
      // processIter reads that one itself, whole
      const it = [...probe.processIter({ attrs: ['cmdline'] })].find((p) => p.pid === child.pid);
      assert.equal((it?.info.cmdline as string[]).length, 43);
      assert.equal((it?.info.cmdline as string[])[42], '39'.padEnd(500, 'x'));
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes at most URING_FILES_PER_BATCH files, and reads none for a path too long for procfs', () => {
    const reader = uringReader()!;
    const full = Array.from({ length: URING_FILES_PER_BATCH }, () => '/proc/self/stat');
    assert.equal(reader.readAll(full).filter((t) => t?.startsWith(`${process.pid} (`)).length, URING_FILES_PER_BATCH);
    assert.throws(() => reader.readAll([...full, '/proc/self/stat']), RangeError);
    assert.deepEqual(reader.readAll(['/proc/self/stat', `/proc/${'x'.repeat(300)}`]), [undefined, undefined]);
  });

  it('uses no file descriptors: direct descriptors stay out of the fd table, the ring is one fd', () => {
    for (const _ of probe.processIter({ attrs: ['name', 'cmdline', 'username'] })) void _;
    const before = fs.readdirSync('/proc/self/fd').length;
    for (let i = 0; i < 30; i++) for (const _ of probe.processIter({ attrs: ['name', 'cmdline', 'username', 'memoryInfo', 'ioCounters'] })) void _;
    assert.equal(fs.readdirSync('/proc/self/fd').length, before);
  });

  it('processIter gives what plain reads give (a child with VITALS_NO_URING=1), for every process both see unchanged', () => {
    const attrs = ['ppid', 'name', 'cmdline', 'username', 'createTime', 'uids', 'memoryInfo'] as const;
    const script = `const p = require(${JSON.stringify(PROBE)}); const out = {};
      for (const q of p.processIter({ attrs: ${JSON.stringify(attrs)} })) out[q.pid] = q.info;
      console.log(JSON.stringify(out));`;
    const plain = () => {
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, VITALS_NO_URING: '1' } });
      assert.equal(r.status, 0, r.stderr);
      return JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    };
    // a workqueue thread renames itself for each work item ("kworker/1:1-events", "-virtio_vsock", and back
    // between two reads on a busy machine): only its prefix is compared
    const kworker = (info: Record<string, unknown>) => (String(info.name).startsWith('kworker/') ? { ...info, name: String(info.name).replace(/[-+].*/, '') } : info);
    // One round: the processes both plain scans around ours saw unchanged, and those of them ours read otherwise.
    // A process can still move and come back between the plain reads (a forking shell's rss by a page): a pid
    // that differs is compared again in later rounds, and fails only if it differs in all three. A bug in the
    // batch path differs every time.
    const round = (only?: Set<string>): { compared: number; differing: Map<string, [unknown, unknown]> } => {
      const before = plain();
      const ours = Object.fromEntries([...probe.processIter({ attrs })].map((p) => [p.pid, p.info]));
      const after = plain();
      const differing = new Map<string, [unknown, unknown]>();
      let compared = 0;
      for (const [pid, b] of Object.entries(before)) {
        if (only && !only.has(pid)) continue;
        const a = after[pid];
        const o = ours[pid];
        if (!o || !a || JSON.stringify(a) !== JSON.stringify(b) || Number(pid) === process.pid) continue;
        compared++;
        if (!util.isDeepStrictEqual(kworker(o), kworker(b))) differing.set(pid, [kworker(o), kworker(b)]);
      }
      return { compared, differing };
    };
    const first = round();
    const compared = first.compared;
    let differing = first.differing;
    for (let i = 1; i < 3 && differing.size; i++) {
      const again = round(new Set(differing.keys())).differing;
      differing = new Map([...differing].filter(([pid]) => again.has(pid)).map(([pid]) => [pid, again.get(pid)!]));
    }
    for (const [pid, [o, b]] of differing) assert.deepEqual(o, b, `pid ${pid}, in three rounds`);
    assert.ok(compared >= 10, `only ${compared} processes compared`);
  });

  it('reads ahead only the files the attributes need', () => {
    assert.deepEqual(prefetchFiles([]), ['stat']);
    assert.deepEqual(prefetchFiles(['name', 'cmdline', 'username', 'memoryInfo']), ['stat', 'status', 'cmdline']);
    assert.deepEqual(prefetchFiles(['memoryPercent', 'ioCounters']), ['stat', 'statm', 'io']);
  });

  it('VITALS_NO_URING=1 turns it off', () => {
    process.env.VITALS_NO_URING = '1';
    try {
      assert.equal(UringReader.open(), null);
    } finally {
      delete process.env.VITALS_NO_URING;
    }
  });
});

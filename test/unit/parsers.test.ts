import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as probe from '../../src/probe';
import { backendFor, systemFn } from '../../src/probe/backend';
import { WrapTracker } from '../../src/probe/nowrap';
import { parseMounts, parsePhysicalFilesystems } from '../../src/probe/linux/parse/mounts';
import { parseUtmp, UTMP_RECORD_SIZE } from '../../src/probe/linux/parse/utmp';
import { usageFromBlocks } from '../../src/probe/linux/system';
import { parsePidStat, PidStatus } from '../../src/probe/linux/parse/pid';
import { busyPercent, round1, timesPercent, zeroCpuTimes } from '../../src/probe/cpuMath';

describe('pure parsers and math', () => {
  it('WrapTracker keeps keys independent and restarts a key that disappeared', () => {
    const w = new WrapTracker();
    w.apply({ a: { x: 5 }, b: { x: 5 } }, 'd');
    assert.deepEqual(w.apply({ a: { x: 1 }, b: { x: 6 } }, 'd'), { a: { x: 6 }, b: { x: 6 } });
    w.apply({ b: { x: 7 } }, 'd');
    assert.deepEqual(w.apply({ a: { x: 2 }, b: { x: 8 } }, 'd'), { a: { x: 2 }, b: { x: 8 } });
  });

  it('mounts: octal escapes in paths are decoded', () => {
    const m = parseMounts('/dev/sdb1 /media/my\\040disk vfat rw,nosuid 0 0\nnone /sys sysfs rw 0 0\n');
    assert.equal(m[0].mountpoint, '/media/my disk');
    assert.equal(m[1].device, 'none');
    const fs = parsePhysicalFilesystems('nodev\tsysfs\n\text4\nnodev\tzfs\n\tvfat\n');
    assert.deepEqual([...fs].sort(), ['ext4', 'vfat', 'zfs']);
  });

  it('utmp: USER_PROCESS records only; local and ":0" hosts are localhost; started is whole seconds', () => {
    const rec = (type: number, user: string, line: string, host: string | Buffer, sec: number): Buffer => {
      const b = Buffer.alloc(UTMP_RECORD_SIZE);
      b.writeInt16LE(type, 0); b.writeInt32LE(4242, 4);
      b.write(line, 8); b.write(user, 44);
      if (typeof host === 'string') b.write(host, 76); else host.copy(b, 76);
      b.writeInt32LE(sec, 340); b.writeInt32LE(500000, 344);
      return b;
    };
    const longHost = Buffer.alloc(256, 'h'); // fills ut_host: no NUL terminator
    const users = parseUtmp(Buffer.concat([
      rec(2, 'reboot', '~', '', 1), rec(8, 'gone', 'pts/9', 'x', 2),
      rec(7, 'alice', 'pts/0', ':0', 1700000000), rec(7, 'bob', 'tty1', '', 1700000001),
      rec(7, 'carol', 'pts/1', ':0.0', 1700000002), rec(7, 'dave', '', '10.0.0.7', 1700000003),
      rec(7, 'erin', 'pts/2', longHost, 1700000004), Buffer.alloc(10),
    ]));
    assert.deepEqual(users, [
      { name: 'alice', terminal: 'pts/0', host: 'localhost', started: 1700000000, pid: 4242 },
      { name: 'bob', terminal: 'tty1', host: 'localhost', started: 1700000001, pid: 4242 },
      { name: 'carol', terminal: 'pts/1', host: 'localhost', started: 1700000002, pid: 4242 },
      { name: 'dave', terminal: null, host: '10.0.0.7', started: 1700000003, pid: 4242 },
      { name: 'erin', terminal: 'pts/2', host: 'h'.repeat(256), started: 1700000004, pid: 4242 },
    ]);
  });

  it('disk usage percent is against the space a user can use, as psutil does', () => {
    const u = usageFromBlocks(4096, 1000, 300, 250);
    assert.equal(u.total, 4096000);
    assert.equal(u.used, 700 * 4096);
    assert.equal(u.free, 250 * 4096);
    assert.equal(u.percent, Math.round((700 / 950) * 1000) / 10);
  });

  it('other platforms get a clear UnsupportedPlatform error, not an ENOENT on /proc', () => {
    // the backend is picked once by process.platform: ask the seam for another platform's
    // (an OS without a native backend gets the portable one: Node's os and fs, the rest unsupported by name)
    const sunos = backendFor('sunos');
    assert.equal(sunos.platform, 'portable');
    assert.throws(() => systemFn('swapMemory', sunos)(),
      (e: unknown) => e instanceof probe.UnsupportedPlatform && /swapMemory is not supported on this platform \(portable\)/.test((e as Error).message));
    assert.throws(() => systemFn('diskIoCounters', sunos)(), probe.UnsupportedPlatform);
    assert.throws(() => sunos.newProcess(1).createTime(), probe.UnsupportedPlatform);
    assert.throws(() => systemFn('winServiceIter', backendFor('linux'))(), /winServiceIter is not supported on this platform \(linux\)/);
    assert.throws(() => new probe.Process().numHandles(), probe.UnsupportedPlatform);
    assert.ok(!('numHandles' in new probe.Process().asDict()), 'asDict() by default lists only what the platform has');
  });

  it('the public layer imports only the platform seam, never an OS backend', () => {
    const root = path.resolve(__dirname, '..', '..', '..', 'src', 'probe');
    for (const f of ['index.ts', 'process.ts']) {
      const imports = [...fs.readFileSync(path.join(root, f), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      assert.deepEqual(imports.filter((i) => /(^|\/)(linux|win32|darwin)\//.test(i)), [], f);
      assert.ok(imports.includes('./platform'), f);
    }
  });

  it('PidStatus answers keys in any order, and undefined for a missing one', () => {
    const text = ['Name:\tx', 'Umask:\t0022', 'Uid:\t1\t2\t3\t4', 'Gid:\t5\t6\t7\t8', 'VmSize:\t  100 kB', 'VmRSS:\t 40 kB',
      'RssFile:\t 8 kB', 'RssShmem:\t 2 kB', 'VmData:\t 10 kB', 'VmStk:\t 1 kB', 'VmExe:\t 4 kB', 'Threads:\t3', ''].join('\n');
    const st = new PidStatus(text, 'status');
    assert.equal(st.int('Threads'), 3);
    assert.deepEqual(st.ids('Uid'), { real: 1, effective: 2, saved: 3 }, 'a key before the last one found');
    assert.deepEqual(st.memoryKb(), { size: 100 * 1024, rss: 40 * 1024, file: 8 * 1024, shmem: 2 * 1024, data: 10 * 1024, stk: 1024, exe: 4 * 1024 });
    assert.equal(st.int('Name'), undefined, 'not a number');
    assert.equal(st.int('VmSwap'), undefined);
    assert.equal(st.int('Uid'), 1);
    assert.equal(new PidStatus('VmSizeX:\t1\nVmSize:\t2 kB\n', 'status').kb('VmSize'), 2048, 'a key is a whole name up to ":"');
  });

  it('stat: the comm ends at the last ")" within the 64 bytes the kernel prints', () => {
    const tail = ' S 1 2 3 0 -1 0 0 0 0 0 7 8 0 0 20 0 1 0 99 0 0';
    assert.equal(parsePidStat(`5 (kworker/u8:3-events_(unbound))${tail}`, 'stat').name, 'kworker/u8:3-events_(unbound)');
    assert.equal(parsePidStat(`5 ()${tail}`, 'stat').name, '');
    const long = 'x'.repeat(63) + ')';
    const s = parsePidStat(`5 (${long})${tail}`, 'stat');
    assert.equal(s.name, long);
    assert.equal(s.utime, 7);
    assert.equal(parsePidStat(`5 (${'y'.repeat(80)})${tail}`, 'stat').name, 'y'.repeat(80), 'longer than the kernel writes: still found');
  });

  it('percents round as Python\'s round(x, 1), as psutil rounds them', () => {
    // Values from python3 -c 'print(round(x, 1))'.
    const cases: [number, number][] = [[0.15, 0.1], [12.25, 12.2], [12.75, 12.8], [-12.25, -12.2], [1.45, 1.4], [0.35, 0.3],
      [2.675, 2.7], [99.95, 100], [33.333333, 33.3], [66.66666, 66.7], [0, 0], [100, 100], [0.05, 0.1]];
    for (const [x, py] of cases) assert.equal(round1(x), py, String(x));
  });

  it('cpu percent of identical readings is 0, never NaN', () => {
    const t = zeroCpuTimes();
    assert.equal(busyPercent(t, t), 0);
    assert.equal(timesPercent(t, t).user, 0);
  });
});

import assert from 'node:assert/strict';
import * as probe from '../../src/probe';
import { WrapTracker } from '../../src/probe/nowrap';
import { parseMounts, parsePhysicalFilesystems } from '../../src/probe/linux/parse/mounts';
import { parseUtmp, UTMP_RECORD_SIZE } from '../../src/probe/linux/parse/utmp';
import { usageFromBlocks } from '../../src/probe/linux/system';
import { busyPercent, timesPercent, zeroCpuTimes } from '../../src/probe/cpuMath';

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

  it('utmp: USER_PROCESS records only, ":0" hosts become localhost', () => {
    const rec = (type: number, user: string, line: string, host: string, sec: number): Buffer => {
      const b = Buffer.alloc(UTMP_RECORD_SIZE);
      b.writeInt16LE(type, 0); b.writeInt32LE(4242, 4);
      b.write(line, 8); b.write(user, 44); b.write(host, 76); b.writeInt32LE(sec, 340); b.writeInt32LE(500000, 344);
      return b;
    };
    const users = parseUtmp(Buffer.concat([rec(2, 'reboot', '~', '', 1), rec(7, 'alice', 'pts/0', ':0', 1700000000), Buffer.alloc(10)]));
    assert.deepEqual(users, [{ name: 'alice', terminal: 'pts/0', host: 'localhost', started: 1700000000.5, pid: 4242 }]);
  });

  it('disk usage percent is against the space a user can use, as psutil does', () => {
    const u = usageFromBlocks(4096, 1000, 300, 250);
    assert.equal(u.total, 4096000);
    assert.equal(u.used, 700 * 4096);
    assert.equal(u.free, 250 * 4096);
    assert.equal(u.percent, Math.round((700 / 950) * 1000) / 10);
  });

  it('other platforms get a clear UnsupportedPlatform error, not an ENOENT on /proc', () => {
    const real = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'sunos' });
    try {
      assert.throws(() => probe.virtualMemory(), (e: unknown) => e instanceof probe.UnsupportedPlatform && /no sunos backend/.test((e as Error).message));
      assert.throws(() => probe.cpuTimes(), probe.UnsupportedPlatform);
    } finally {
      Object.defineProperty(process, 'platform', real);
    }
  });

  it('cpu percent of identical readings is 0, never NaN', () => {
    const t = zeroCpuTimes();
    assert.equal(busyPercent(t, t), 0);
    assert.equal(timesPercent(t, t).user, 0);
  });
});

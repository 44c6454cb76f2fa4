import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as probe from '../../src/probe';
import { configure } from '../../src/probe';
import { splitDev } from '../../src/probe/linux/disks';
import { parseDiskstats, parseSysBlockStat } from '../../src/probe/linux/parse/diskstats';
import { findRootDevice, parseMountinfo, parseMounts } from '../../src/probe/linux/parse/mounts';
import { psutilJson, useLive, useTree, writeTree } from './helpers';

const row = (o: Partial<probe.DiskIoCounters>): probe.DiskIoCounters => ({
  readCount: 0, writeCount: 0, readBytes: 0, writeBytes: 0, readTime: 0, writeTime: 0, readMergedCount: 0, writeMergedCount: 0, busyTime: 0, ...o,
});

describe('disks: fallbacks on fixture trees', () => {
  afterEach(() => useLive());

  it('diskIoCounters reads /sys/block/*/stat and partitions /sys/block/*/*/stat when /proc/diskstats is missing', () => {
    let root = '';
    const probeRoot = (): string => root;
    useTree(root = writeTree({
      'proc/filesystems': '\text4\n',
      // 5.5+ layout (17 fields); psutil takes the first ten
      'sys/block/sda/stat': '    100     10    2000    300    50     5    1000   200    0   400   500    0 0 0 0 7 8\n',
      'sys/block/sda/sda1/stat': '     80     8    1600    250    40     4     800   150    0   300   400\n',
      'sys/block/sda/queue/scheduler': 'none\n',
      'sys/block/loop0/stat': '      1      0       8      0     0     0       0     0    0     0     0\n',
      'sys/devices/virtual/thing/stat': '9 9 9 9 9 9 9 9 9 9 9\n',
    }));
    // a link out of the disk's directory is not walked (psutil's os.walk does not follow links)
    fs.symlinkSync(path.join(probeRoot(), 'sys', 'devices', 'virtual', 'thing'), path.join(probeRoot(), 'sys', 'block', 'sda', 'device'));
    const sda = row({ readCount: 100, readMergedCount: 10, readBytes: 2000 * 512, readTime: 300, writeCount: 50, writeMergedCount: 5, writeBytes: 1000 * 512, writeTime: 200, busyTime: 400 });
    const sda1 = row({ readCount: 80, readMergedCount: 8, readBytes: 1600 * 512, readTime: 250, writeCount: 40, writeMergedCount: 4, writeBytes: 800 * 512, writeTime: 150, busyTime: 300 });
    const loop0 = row({ readCount: 1, readBytes: 8 * 512 });
    assert.deepEqual(probe.diskIoCounters(true, false), { loop0, sda, sda1 });
    // the total counts whole disks only
    const total = probe.diskIoCounters(false, false);
    assert.equal(total?.readCount, 101);
    assert.equal(total?.readBytes, (2000 + 8) * 512);
  });

  it('a malformed sysfs stat is a named error, not a made-up row', () => {
    useTree(writeTree({ 'proc/filesystems': '', 'sys/block/sda/stat': '1 2 3\n' }));
    assert.throws(() => probe.diskIoCounters(true, false), /sys\/block\/sda\/stat/);
  });

  it('with neither /proc/diskstats nor /sys/block it throws ENOENT, not an empty result', () => {
    useTree(writeTree({ 'proc/filesystems': '', 'sys/class/.keep': '' }));
    assert.throws(() => probe.diskIoCounters(true, false), (e: NodeJS.ErrnoException) => e.code === 'ENOENT');
  });

  const MOUNTINFO = [
    '21 26 0:20 / /proc rw,relatime - proc proc rw',
    '26 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro',
    '27 26 8:2 / /mnt/my\\040disk ro,nosuid,nodev master:3 - vfat /dev/sda2 rw,sync,fmask=0022',
    '28 26 0:30 / /srv ro,relatime - xfs /dev/sdb1 ro,lazytime,attr2',
    '29 26 0:31 / /none rw - tmpfs none rw,size=10k',
    '',
  ].join('\n');
  const PARTS_ALL: probe.DiskPartition[] = [
    { device: 'proc', mountpoint: '/proc', fstype: 'proc', opts: 'rw,relatime' },
    { device: '/dev/sda1', mountpoint: '/', fstype: 'ext4', opts: 'rw,relatime,errors=remount-ro' },
    { device: '/dev/sda2', mountpoint: '/mnt/my disk', fstype: 'vfat', opts: 'ro,sync,nosuid,nodev,fmask=0022' },
    { device: '/dev/sdb1', mountpoint: '/srv', fstype: 'xfs', opts: 'ro,lazytime,relatime,attr2' },
    { device: '', mountpoint: '/none', fstype: 'tmpfs', opts: 'rw,size=10k' },
  ];

  it('diskPartitions falls back to /proc/self/mountinfo, options rebuilt in /proc/mounts order', () => {
    useTree(writeTree({ 'proc/self/mountinfo': MOUNTINFO, 'proc/filesystems': 'nodev\tproc\nnodev\ttmpfs\n\text4\n\tvfat\n' }));
    assert.deepEqual(probe.diskPartitions(true), PARTS_ALL);
    // all=false: a device, and an fstype /proc/filesystems lists without nodev (xfs is not there)
    assert.deepEqual(probe.diskPartitions(false), [PARTS_ALL[1], PARTS_ALL[2]]);
  });

  it('without /proc/filesystems the physical fstypes come from mountinfo, as psutil does when it is denied', () => {
    useTree(writeTree({ 'proc/self/mountinfo': MOUNTINFO }));
    assert.deepEqual(probe.diskPartitions(false), [PARTS_ALL[0], PARTS_ALL[1], PARTS_ALL[2], PARTS_ALL[3]]);
  });

  describe('/dev/root is resolved to the real device', () => {
    const mnt = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'vitals-root-'));
    const { major, minor } = splitDev(fs.statSync(mnt, { bigint: true }).dev);
    const mounts = `/dev/root ${mnt} ext4 rw,relatime 0 0\nrootfs /x rootfs rw 0 0\n`;
    const filesystems = '\text4\n';

    it('from /proc/partitions, by the st_dev of the mountpoint', () => {
      useTree(writeTree({
        'proc/self/mounts': mounts, 'proc/filesystems': filesystems,
        'proc/partitions': `major minor  #blocks  name\n\n ${major + 1} ${minor} 10 other\n ${major} ${minor} 100 fakeroot1\n`,
      }));
      assert.deepEqual(probe.diskPartitions(false).map((p) => p.device), ['/dev/fakeroot1']);
    });

    it('else from /sys/dev/block/MAJ:MIN/uevent DEVNAME', () => {
      useTree(writeTree({
        'proc/self/mounts': mounts, 'proc/filesystems': filesystems,
        [`sys/dev/block/${major}:${minor}/uevent`]: `MAJOR=${major}\nMINOR=${minor}\nDEVNAME=viauevent\nDEVTYPE=disk\n`,
      }));
      assert.equal(probe.diskPartitions(false)[0].device, '/dev/viauevent');
    });

    it('else from /sys/class/block/*/dev; unresolved it stays /dev/root', () => {
      useTree(writeTree({
        'proc/self/mounts': mounts, 'proc/filesystems': filesystems,
        'sys/class/block/zz/dev': '1:1\n', 'sys/class/block/viaclass/dev': `${major}:${minor}\n`,
      }));
      assert.equal(probe.diskPartitions(false)[0].device, '/dev/viaclass');
      useTree(writeTree({ 'proc/self/mounts': mounts, 'proc/filesystems': filesystems }));
      assert.equal(probe.diskPartitions(false)[0].device, '/dev/root');
    });

    it('findRootDevice takes the sources in psutil order', () => {
      const partitions = `major minor  #blocks  name\n\n 8 1 100 sda1\n`;
      assert.equal(findRootDevice(8, 1, { partitions, uevent: 'DEVNAME=other\n' }), '/dev/sda1');
      assert.equal(findRootDevice(8, 2, { partitions, uevent: 'DEVNAME=sda2\n' }), '/dev/sda2');
      assert.equal(findRootDevice(8, 3, { partitions, uevent: 'MAJOR=8\n', classBlock: [['sda3', '8:3\n']] }), '/dev/sda3');
      assert.equal(findRootDevice(8, 4, { partitions }), null);
    });
  });

  it('splitDev is glibc major()/minor(), large numbers included', () => {
    assert.deepEqual(splitDev(0xfe00n), { major: 254, minor: 0 });
    assert.deepEqual(splitDev((0x123n << 44n) | (0xabcn << 20n) | (0x45n << 8n) | 0x67n), { major: 0x123045, minor: 0xabc67 });
  });
});

describe('disks on this machine, cross-checked with the kernel and python3-psutil', () => {
  beforeEach(() => useLive());
  afterEach(() => useLive());

  it('mountinfo rendered as mounts gives /proc/self/mounts line for line', () => {
    const mounts = parseMounts(fs.readFileSync('/proc/self/mounts', 'utf8'));
    const info = parseMountinfo(fs.readFileSync('/proc/self/mountinfo', 'utf8')).map(({ majorMinor: _, ...p }) => p);
    assert.equal(mounts.length, fs.readFileSync('/proc/self/mounts', 'utf8').split('\n').filter(Boolean).length, 'one entry a line');
    assert.deepEqual(info, mounts);
  });

  it('diskPartitions(all=true) and (all=false) as psutil', () => {
    const r = psutilJson<{ all: string[][]; phys: string[][] }>(`
f = lambda l: [[p.device, p.mountpoint, p.fstype, p.opts] for p in l]
print(json.dumps(dict(all=f(psutil.disk_partitions(all=True)), phys=f(psutil.disk_partitions(all=False)))))`);
    const f = (l: probe.DiskPartition[]): string[][] => l.map((p) => [p.device, p.mountpoint, p.fstype, p.opts]);
    assert.deepEqual(f(probe.diskPartitions(true)), r.all);
    assert.deepEqual(f(probe.diskPartitions(false)), r.phys);
  });

  const sandwich = (before: Record<string, probe.DiskIoCounters>, ours: Record<string, probe.DiskIoCounters>, after: Record<string, probe.DiskIoCounters>): void => {
    assert.deepEqual(Object.keys(ours).sort(), Object.keys(before).sort());
    for (const [disk, o] of Object.entries(ours)) {
      for (const k of Object.keys(o) as (keyof probe.DiskIoCounters)[]) {
        assert.ok(before[disk][k]! <= o[k]! && o[k]! <= after[disk][k]!, `${disk}.${k}: ${before[disk][k]} <= ${o[k]} <= ${after[disk][k]}`);
      }
    }
  };
  const psutilIo = (): Record<string, probe.DiskIoCounters> => psutilJson(`
print(json.dumps({n: dict(readCount=d.read_count, writeCount=d.write_count, readBytes=d.read_bytes, writeBytes=d.write_bytes,
  readTime=d.read_time, writeTime=d.write_time, readMergedCount=d.read_merged_count, writeMergedCount=d.write_merged_count,
  busyTime=d.busy_time) for n, d in psutil.disk_io_counters(perdisk=True, nowrap=False).items()}))`);

  it('diskIoCounters(perdisk) lies between two psutil readings taken around it', () => {
    const before = psutilIo();
    const ours = probe.diskIoCounters(true, false);
    const after = psutilIo();
    assert.ok(Object.keys(ours).length > 0);
    sandwich(before, ours, after);
  });

  it('the /sys/block fallback reads what /proc/diskstats says, for every disk and partition', () => {
    const live = (): Record<string, probe.DiskIoCounters> => {
      const out: Record<string, probe.DiskIoCounters> = {};
      for (const { name, ...c } of parseDiskstats(fs.readFileSync('/proc/diskstats', 'utf8'))) out[name] = c;
      return out;
    };
    const before = live();
    configure({ procfs: path.join(writeTree({ 'proc/filesystems': '' }), 'proc'), sysfs: '/sys' });
    const ours = probe.diskIoCounters(true, false);
    const after = live();
    sandwich(before, ours, after);
    assert.deepEqual(parseSysBlockStat('x', '1 2 3 4 5 6 7 8 9 10 11', 'f').busyTime, 10);
  });
});

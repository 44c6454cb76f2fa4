import assert from 'node:assert/strict';
import {
  cgroupLayout, effectiveCores, parseCgroupMounts, parseCpuMax, parseCpuRanges, parseKeyValues, parseLimit,
  parsePressure, parseProcCgroup, resolveCgroupDirs, tightest, v1QuotaCores, workingSet, type CgroupMount,
} from '../../src/probe/linux/parse/cgroup';
import { ContainerCpuMeter } from '../../src/probe/containerCpuMeter';

const v2Mount = (root = '/', mountpoint = '/sys/fs/cgroup'): CgroupMount => ({ version: 2, root, mountpoint, controllers: [] });
const all = (): boolean => true;

describe('cgroup parsers', () => {
  it('/proc/self/cgroup: v1 and v2 lines, a path holding ":"', () => {
    assert.deepEqual(parseProcCgroup('12:cpu,cpuacct:/docker/abc\n4:memory:/a:b\n0::/user.slice/x.scope\n'), [
      { id: 12, controllers: ['cpu', 'cpuacct'], path: '/docker/abc' },
      { id: 4, controllers: ['memory'], path: '/a:b' },
      { id: 0, controllers: [], path: '/user.slice/x.scope' },
    ]);
    assert.deepEqual(parseProcCgroup('1:name=systemd:/\n')[0].controllers, ['name=systemd']);
    assert.throws(() => parseProcCgroup('garbage\n'), /ID:CONTROLLERS:PATH/);
  });

  it('mountinfo: cgroup and cgroup2 mounts with octal-escaped paths and a mount root', () => {
    const text = [
      '31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755',
      '32 31 0:29 /docker/abc /sys/fs/cgroup/cpu\\054cpuacct rw,relatime - cgroup cgroup rw,cpu,cpuacct',
      '35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory',
      '40 31 0:37 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,xattr,name=systemd',
      '41 31 0:38 /my\\040dir /mnt/cg\\040two rw shared:5 - cgroup2 cgroup2 rw,nsdelegate',
    ].join('\n');
    assert.deepEqual(parseCgroupMounts(text), [
      { version: 1, root: '/docker/abc', mountpoint: '/sys/fs/cgroup/cpu,cpuacct', controllers: ['cpu', 'cpuacct'] },
      { version: 1, root: '/', mountpoint: '/sys/fs/cgroup/memory', controllers: ['memory'] },
      { version: 1, root: '/', mountpoint: '/sys/fs/cgroup/systemd', controllers: ['name=systemd'] },
      { version: 2, root: '/my dir', mountpoint: '/mnt/cg two', controllers: [] },
    ]);
  });

  describe('resolveCgroupDirs', () => {
    it('a namespaced root ("/") is the mount root itself', () => {
      assert.deepEqual(resolveCgroupDirs('/', v2Mount(), all), ['/sys/fs/cgroup']);
    });
    it('a nested path maps below the mountpoint, leaf first, up to the mountpoint', () => {
      assert.deepEqual(resolveCgroupDirs('/a/b/c.scope', v2Mount(), all),
        ['/sys/fs/cgroup/a/b/c.scope', '/sys/fs/cgroup/a/b', '/sys/fs/cgroup/a', '/sys/fs/cgroup']);
    });
    it('a mount of a sub-tree: the path inside the mount root is relative to it', () => {
      const m: CgroupMount = { version: 1, root: '/docker/abc', mountpoint: '/sys/fs/cgroup/memory', controllers: ['memory'] };
      assert.deepEqual(resolveCgroupDirs('/docker/abc', m, all), ['/sys/fs/cgroup/memory']);
      assert.deepEqual(resolveCgroupDirs('/docker/abc/x', m, all), ['/sys/fs/cgroup/memory/x', '/sys/fs/cgroup/memory']);
      assert.deepEqual(resolveCgroupDirs('/docker/abcdef', m, all), ['/sys/fs/cgroup/memory'], 'a sibling sharing the prefix is outside');
    });
    it('v1 through the host namespace: a path missing under the mount falls back to the mount root', () => {
      const m: CgroupMount = { version: 1, root: '/', mountpoint: '/sys/fs/cgroup/memory', controllers: ['memory'] };
      assert.deepEqual(resolveCgroupDirs('/docker/abc', m, (d) => d === '/sys/fs/cgroup/memory'), ['/sys/fs/cgroup/memory']);
    });
    it('a ../ path (outside our namespace) falls back to the mount root', () => {
      assert.deepEqual(resolveCgroupDirs('/../../user.slice', v2Mount(), all), ['/sys/fs/cgroup']);
    });
  });

  describe('cgroupLayout', () => {
    const hybridCgroup = '9:name=systemd:/\n4:memory:/process_api/x\n2:cpuacct:/\n1:cpu:/\n0::/\n';
    const hybridMounts: CgroupMount[] = [
      { version: 1, root: '/', mountpoint: '/sys/fs/cgroup/cpu', controllers: ['cpu'] },
      { version: 1, root: '/', mountpoint: '/sys/fs/cgroup/cpuacct', controllers: ['cpuacct'] },
      { version: 1, root: '/', mountpoint: '/sys/fs/cgroup/memory', controllers: ['memory'] },
      { version: 2, root: '/', mountpoint: '/sys/fs/cgroup/unified', controllers: [] },
    ];
    it('hybrid: v1 controllers win, the controller-less v2 group is kept for PSI', () => {
      const l = cgroupLayout(parseProcCgroup(hybridCgroup), hybridMounts, all)!;
      assert.equal(l.version, 1);
      assert.equal(l.path, '/process_api/x');
      assert.deepEqual(l.memory, ['/sys/fs/cgroup/memory/process_api/x', '/sys/fs/cgroup/memory/process_api', '/sys/fs/cgroup/memory']);
      assert.deepEqual(l.cpu, ['/sys/fs/cgroup/cpu']);
      assert.deepEqual(l.cpuacct, ['/sys/fs/cgroup/cpuacct']);
      assert.deepEqual(l.unified, ['/sys/fs/cgroup/unified']);
    });
    it('pure v2: every controller reads the one group', () => {
      const l = cgroupLayout(parseProcCgroup('0::/k/pod\n'), [v2Mount()], all)!;
      assert.equal(l.version, 2);
      assert.deepEqual(l.memory, ['/sys/fs/cgroup/k/pod', '/sys/fs/cgroup/k', '/sys/fs/cgroup']);
      assert.deepEqual(l.cpu, l.memory);
    });
    it('no cgroup mount, or no lines: null', () => {
      assert.equal(cgroupLayout(parseProcCgroup('0::/\n'), [], all), null);
      assert.equal(cgroupLayout([], [v2Mount()], all), null);
    });
  });

  it('limits: "max", v1 huge values and -1 are no limit', () => {
    assert.equal(parseLimit('max\n'), null);
    assert.equal(parseLimit('9223372036854771712\n'), null);
    assert.equal(parseLimit('9223372036854775807'), null);
    assert.equal(parseLimit('-1'), null);
    assert.equal(parseLimit('2147483648\n'), 2147483648);
    assert.throws(() => parseLimit('lots'), /integer/);
  });

  it('cpu.max and cfs quota/period as unrounded cores', () => {
    assert.equal(parseCpuMax('max 100000\n'), null);
    assert.equal(parseCpuMax('125000 100000\n'), 1.25);
    assert.equal(parseCpuMax('50000 100000'), 0.5);
    assert.throws(() => parseCpuMax('fast'), /QUOTA PERIOD/);
    assert.equal(v1QuotaCores('-1\n', '100000\n'), null);
    assert.equal(v1QuotaCores('150000\n', '100000\n'), 1.5);
    assert.throws(() => v1QuotaCores('1000', '0'), /period/);
  });

  it('key/value files (memory.stat, cpu.stat, memory.events), and cpu ranges', () => {
    const m = parseKeyValues('usage_usec 12345\nnr_throttled 3\nthrottled_usec 4000\n');
    assert.equal(m.get('usage_usec'), 12345);
    assert.equal(m.get('nr_throttled'), 3);
    assert.throws(() => parseKeyValues('oom_kill lots\n'), /KEY NUMBER/);
    assert.deepEqual(parseCpuRanges('0-3,8,10-11\n'), [0, 1, 2, 3, 8, 10, 11]);
    assert.deepEqual(parseCpuRanges('\n'), []);
    assert.throws(() => parseCpuRanges('0-x'), /range/);
  });

  it('working set: usage - inactive_file (v2) / total_inactive_file (v1), floored at 0', () => {
    assert.equal(workingSet(1000, new Map([['inactive_file', 300]]), 2), 700);
    assert.equal(workingSet(1000, new Map([['inactive_file', 300], ['total_inactive_file', 400]]), 1), 600);
    assert.equal(workingSet(100, new Map([['inactive_file', 300]]), 2), 0);
    assert.equal(workingSet(100, undefined, 2), 100);
  });

  it('the tightest limit on the path and effective cores', () => {
    assert.equal(tightest([null, 3, null, 2, 5]), 2);
    assert.equal(tightest([null, null]), null);
    assert.equal(effectiveCores(2, 1.25), 1.25);
    assert.equal(effectiveCores(1, 1.5), 1, 'a cpuset smaller than the quota wins');
    assert.equal(effectiveCores(4, null), 4);
  });

  it('PSI files: some and full, totals in seconds; a cpu file without full', () => {
    const p = parsePressure('some avg10=1.50 avg60=0.74 avg300=0.53 total=3150182\nfull avg10=0.59 avg60=0.56 avg300=0.46 total=2781994\n');
    assert.deepEqual(p.some, { avg10: 1.5, avg60: 0.74, avg300: 0.53, total: 3.150182 });
    assert.equal(p.full?.total, 2.781994);
    assert.equal(parsePressure('some avg10=0.00 avg60=0.00 avg300=0.00 total=0\n').full, null);
    assert.throws(() => parsePressure('some avg10=x avg60=0 avg300=0 total=0\n'), /avgN/);
    assert.throws(() => parsePressure(''), /no "some"/);
  });

  it('ContainerCpuMeter: Δusage ÷ (Δt × effective cores); null first, null without usage', () => {
    let t = 100;
    const meter = new ContainerCpuMeter(() => t);
    assert.equal(meter.percent(10, 1.5), null);
    t = 102;
    assert.equal(meter.percent(11.5, 1.5), 50, '1.5 cpu-s over 2 s of 1.5 cores');
    t = 104;
    assert.equal(meter.percent(14.5, 1.5), 100);
    assert.equal(meter.percent(null, 1.5), null);
    t = 105;
    assert.equal(meter.percent(15, 1.5), null, 'starts over after a missing reading');
  });
});

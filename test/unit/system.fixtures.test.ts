import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as probe from '../../src/probe';
import { getPageSize } from '../../src/probe/linux/native';
import { FIXTURES, useFixture, useLive, useTree, writeTree } from './helpers';

// This kernel's page size (4K, 16K or 64K): the probe converts pages with it.
const PAGE = getPageSize();

describe('Linux system probe on fixture trees', () => {
  afterEach(() => { useLive(); probe.cacheClear(); });

  describe('virtualMemory', () => {
    it('estimates available like the kernel when MemAvailable is missing (< 3.14)', () => {
      useFixture('meminfo-no-available');
      const vm = probe.virtualMemory();
      const kb = 1024;
      const lowWatermark = (20 + 6250) * PAGE;
      const free = 1000000 * kb;
      let pagecache = (1200000 + 1400000) * kb;
      pagecache -= Math.min(pagecache / 2, lowWatermark);
      const slab = 200000 * kb;
      const expected = Math.trunc(free - lowWatermark + pagecache + slab - Math.min(slab / 2, lowWatermark));
      assert.equal(vm.available, expected);
      assert.equal(vm.total, 8000000 * kb);
      assert.equal(vm.used, vm.total - vm.available);
      assert.equal(vm.percent, Math.round((vm.used / vm.total) * 1000) / 10);
      assert.equal(vm.cached, (2000000 + 200000) * kb);
      assert.equal(vm.shared, 50000 * kb);
      assert.equal(vm.slab, 300000 * kb);
      assert.equal(vm.buffers, 100000 * kb);
    });

    it('reads values whatever the spacing and unit layout, skipping garbage lines', () => {
      useFixture('meminfo-odd-suffix');
      const vm = probe.virtualMemory();
      assert.equal(vm.total, 16000000 * 1024);
      assert.equal(vm.available, 9000000 * 1024);
      assert.equal(vm.buffers, 0);
      assert.equal(vm.shared, 1024 * 1024, 'an "MB" unit is honoured');
      assert.equal(vm.cached, (3000000 + 100000) * 1024);
      const sw = probe.swapMemory();
      assert.deepEqual(sw, { total: 0, used: 0, free: 0, percent: 0, sin: null, sout: null }, 'no /proc/vmstat in this tree');
    });

    it('swapMemory: sin/sout are pswpin/pswpout pages in bytes', () => {
      useFixture('meminfo-no-available');
      const sw = probe.swapMemory();
      assert.equal(sw.total, 2000000 * 1024);
      assert.equal(sw.used, 500000 * 1024);
      assert.equal(sw.percent, 25);
      assert.equal(sw.sin, 10 * PAGE);
      assert.equal(sw.sout, 20 * PAGE);
    });

    const fixtureFile = (name: string, rel: string): string => fs.readFileSync(path.join(FIXTURES, name, rel), 'utf8');

    it('"MemAvailable: 0" (some containers and kernels) is estimated as when it is missing (psutil #1915)', () => {
      useFixture('meminfo-no-available');
      const estimated = probe.virtualMemory();
      const meminfo = fixtureFile('meminfo-no-available', 'proc/meminfo').replace('Buffers:', 'MemAvailable:          0 kB\nBuffers:');
      useTree(writeTree({ 'proc/meminfo': meminfo, 'proc/zoneinfo': fixtureFile('meminfo-no-available', 'proc/zoneinfo') }));
      const vm = probe.virtualMemory();
      assert.ok(estimated.available > 0 && estimated.percent < 100);
      assert.equal(vm.available, estimated.available);
      assert.equal(vm.percent, estimated.percent, 'not 100 % used');
    });

    it('a 2.4 kernel: MemShared, the three Inact_* lines, no slab split, no vmstat; what is not printed is null', () => {
      const meminfo = ['MemTotal: 1000 kB', 'MemFree: 100 kB', 'MemShared: 7 kB', 'Buffers: 20 kB', 'Cached: 300 kB', 'SwapCached: 0 kB',
        'Active: 400 kB', 'Inact_dirty: 10 kB', 'Inact_clean: 20 kB', 'Inact_laundry: 30 kB', 'SwapTotal: 500 kB', 'SwapFree: 400 kB', ''].join('\n');
      useTree(writeTree({ 'proc/meminfo': meminfo }));
      const kb = 1024;
      assert.deepEqual(probe.virtualMemory(), {
        total: 1000 * kb, available: 400 * kb, percent: 60, used: 600 * kb, free: 100 * kb,
        active: 400 * kb, inactive: 60 * kb, buffers: 20 * kb, cached: 300 * kb, shared: 7 * kb, slab: null,
      }, 'available: free + cached, the kernel\'s old estimate');
      assert.deepEqual(probe.swapMemory(), { total: 500 * kb, used: 100 * kb, free: 400 * kb, percent: 20, sin: null, sout: null });
    });

    it('only the lines sysinfo(2) also knows: the rest is null, never a made-up 0', () => {
      const root = writeTree({
        'proc/meminfo': 'MemTotal: 1000 kB\nMemFree: 250 kB\nMemAvailable: 500 kB\nInact_dirty: 10 kB\nSwapTotal: 0 kB\nSwapFree: 0 kB\n',
        'proc/vmstat': 'nr_free_pages 62\npgpgin 1\n',
      });
      useTree(root);
      const vm = probe.virtualMemory();
      assert.deepEqual([vm.active, vm.inactive, vm.buffers, vm.cached, vm.shared, vm.slab], [null, null, null, null, null, null],
        'one of the three Inact_* lines is not "inactive"');
      assert.equal(vm.available, 500 * 1024);
      const sw = probe.swapMemory();
      assert.equal(sw.sin, null, 'no pswpin line in vmstat (psutil #313)');
      assert.equal(sw.sout, null);
      writeTree({ 'proc/vmstat': 'pswpin 0\npswpout 3\n' }, root);
      assert.deepEqual([probe.swapMemory().sin, probe.swapMemory().sout], [0, 3 * PAGE], 'a real 0 stays 0');
    });
  });

  describe('cpuTimes and cpu percent', () => {
    it('reads all ten columns (ticks / CLK_TCK) and the percpu lines', () => {
      useFixture('stat-guest');
      const t = probe.cpuTimes();
      assert.deepEqual(t, { user: 10, nice: 1, system: 5, idle: 80, iowait: 2, irq: 0.1, softirq: 0.2, steal: 0.3, guest: 4, guestNice: 0.5 });
      assert.equal(probe.cpuTimes(true).length, 2);
      assert.deepEqual(probe.cpuStats(), { ctxSwitches: 67890, interrupts: 12345, softInterrupts: 5555, syscalls: null });
      assert.equal(probe.bootTime(), 1700000000);
    });

    it('old kernels: a column or line the kernel does not print is null, not 0', () => {
      useFixture('stat-no-guest'); // 2.6.0 - 2.6.10: seven columns, no softirq line
      const t = probe.cpuTimes();
      assert.deepEqual(t, { user: 10, nice: 1, system: 5, idle: 80, iowait: 2, irq: 0.1, softirq: 0.2, steal: null, guest: null, guestNice: null });
      assert.deepEqual(probe.cpuTimes(true)[0], t);
      assert.deepEqual(probe.cpuStats(), { ctxSwitches: 2, interrupts: 1, softInterrupts: null, syscalls: null });
      const pct = probe.newCpuMeter().cpuTimesPercent();
      assert.equal(pct.steal, null);
      assert.equal(pct.guest, null);
      assert.equal(pct.user, Math.round((1000 / 9830) * 1000) / 10);
    });

    it('a 2.4 kernel (four columns, no iowait): null columns, busy is total - idle', () => {
      const root = writeTree({ 'proc/stat': 'cpu  300 0 100 600\ncpu0 300 0 100 600\nctxt 5\nbtime 1000\n' });
      useTree(root);
      const t = probe.cpuTimes();
      assert.deepEqual(t, { user: 3, nice: 0, system: 1, idle: 6, iowait: null, irq: null, softirq: null, steal: null, guest: null, guestNice: null });
      assert.deepEqual(probe.cpuStats(), { ctxSwitches: 5, interrupts: null, softInterrupts: null, syscalls: null });
      const meter = probe.newCpuMeter();
      assert.equal(meter.cpuPercent(), 40);
      assert.deepEqual(meter.cpuTimesPercent(true), [{ user: 30, nice: 0, system: 10, idle: 60, iowait: null, irq: null, softirq: null, steal: null, guest: null, guestNice: null }]);
      writeTree({ 'proc/stat': 'cpu  400 0 100 900\ncpu0 400 0 100 900\n' }, root);
      assert.equal(meter.cpuPercent(), 25);
      assert.equal(meter.cpuTimesPercent().iowait, null);
    });

    it('the first reading of a meter is the average since boot, excluding guest time', () => {
      useFixture('stat-guest');
      const meter = probe.newCpuMeter();
      // total = 1000+100+500+8000+200+10+20+30 (guest excluded); busy = total - idle - iowait
      const total = 9860; const busy = total - 8000 - 200;
      assert.equal(meter.cpuPercent(), Math.round((busy / total) * 1000) / 10);
      assert.equal(meter.cpuPercent(), 0, 'no time passed in the fixture');
      const pct = probe.newCpuMeter().cpuTimesPercent();
      assert.equal(pct.idle, Math.round((8000 / total) * 1000) / 10);
    });

    it('measures between calls against a changing /proc/stat and clamps negative deltas', () => {
      const root = writeTree({ 'proc/stat': 'cpu  100 0 100 800 0 0 0 0 0 0\ncpu0 100 0 100 800 0 0 0 0 0 0\n' });
      useTree(root);
      const meter = probe.newCpuMeter();
      meter.cpuPercent();
      meter.cpuPercent(true);
      writeTree({ 'proc/stat': 'cpu  150 0 150 900 0 0 0 0 0 0\ncpu0 150 0 150 900 0 0 0 0 0 0\n' }, root);
      assert.equal(meter.cpuPercent(), 50);
      assert.deepEqual(meter.cpuPercent(true), [50]);
      writeTree({ 'proc/stat': 'cpu  140 0 150 1000 0 0 0 0 0 0\ncpu0 140 0 150 1000 0 0 0 0 0 0\n' }, root);
      assert.equal(meter.cpuPercent(), 0, 'user going backwards is clamped, not negative');
    });

    it('percpu readings pair by cpu number when a cpu goes offline or comes back between calls', () => {
      const stat = (cpus: [number, number, number][]): string =>
        `cpu  0 0 0 0 0 0 0 0 0 0\n${cpus.map(([n, user, idle]) => `cpu${n} ${user} 0 0 ${idle} 0 0 0 0 0 0\n`).join('')}`;
      const root = writeTree({ 'proc/stat': stat([[0, 100, 100], [1, 500, 500], [2, 100, 900], [3, 0, 1000]]) });
      useTree(root);
      const meter = probe.newCpuMeter();
      meter.cpuPercent(true);
      writeTree({ 'proc/stat': stat([[0, 200, 100], [2, 100, 1000], [3, 100, 1100]]) }, root); // cpu1 went offline
      assert.deepEqual(meter.cpuPercent(true), [100, 0, 50]);
      writeTree({ 'proc/stat': stat([[0, 200, 200], [1, 600, 500], [2, 200, 1000], [3, 100, 1200]]) }, root); // cpu1 is back
      assert.deepEqual(meter.cpuPercent(true), [0, Math.round((600 / 1100) * 1000) / 10, 100, 0], 'cpu1: since boot');
    });

    it('cpuPercent and cpuTimesPercent (total and percpu) each measure from their own last call', () => {
      const stat = (user: number, idle: number): string =>
        `cpu  ${user} 0 0 ${idle} 0 0 0 0 0 0\ncpu0 ${user} 0 0 ${idle} 0 0 0 0 0 0\n`;
      const root = writeTree({ 'proc/stat': stat(100, 900) });
      useTree(root);
      const check = (m: Pick<probe.CpuMeter, 'cpuPercent' | 'cpuTimesPercent'>, what: string): void => {
        writeTree({ 'proc/stat': stat(100, 900) }, root);
        m.cpuPercent(); m.cpuTimesPercent(); m.cpuPercent(true); m.cpuTimesPercent(true);
        writeTree({ 'proc/stat': stat(200, 1200) }, root);
        // Every call right after another still measures 100/900 -> 200/1200: 100 busy of 400.
        assert.equal(m.cpuPercent(), 25, what);
        assert.equal(m.cpuTimesPercent().user, 25, `${what}: cpuTimesPercent after cpuPercent`);
        assert.deepEqual(m.cpuPercent(true), [25], `${what}: percpu`);
        assert.deepEqual(m.cpuTimesPercent(true).map((t) => t.user), [25], `${what}: percpu cpuTimesPercent`);
      };
      check(probe.newCpuMeter(), 'a meter');
      check({ cpuPercent: probe.cpuPercent, cpuTimesPercent: probe.cpuTimesPercent }, 'the module-level functions');
    });
  });

  describe('cpuFreq and cpuCount', () => {
    const policy = (cpus: number[] | undefined, curKhz: number | undefined, minKhz = 800000, maxKhz = 3600000): Record<string, string> => ({
      ...(cpus ? { affected_cpus: `${cpus.join(' ')}\n` } : {}),
      ...(curKhz !== undefined ? { scaling_cur_freq: `${curKhz}\n` } : {}),
      scaling_min_freq: `${minKhz}\n`, scaling_max_freq: `${maxKhz}\n`,
      cpuinfo_min_freq: '100000\n', cpuinfo_max_freq: '9900000\n',
    });
    const tree = (policies: Record<string, Record<string, string>>, cpuinfo = '', dir = 'sys/devices/system/cpu/cpufreq'): Record<string, string> => {
      const files: Record<string, string> = { 'proc/cpuinfo': cpuinfo };
      for (const [name, attrs] of Object.entries(policies)) for (const [f, v] of Object.entries(attrs)) files[dir.includes('{cpu}') ? `${dir.replace('{cpu}', name)}/${f}` : `${dir}/${name}/${f}`] = v;
      return files;
    };
    const x86 = (mhz: number[]): string => mhz.map((m, i) => `processor\t: ${i}\nvendor_id\t: GenuineIntel\ncpu MHz\t\t: ${m.toFixed(3)}\n\n`).join('');
    const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

    it('cpuinfo "cpu MHz" gives current when it has one line per cpu (psutil #1851); min/max are scaling_*', () => {
      useFixture('cpufreq-policy'); // policy0 and policy2 without affected_cpus: cpus 0 and 2; cpuinfo has two lines
      assert.deepEqual(probe.cpuFreq(true), [
        { current: 1800, min: 800, max: 3600 },
        { current: 1800, min: 800, max: 3600 },
      ]);
      assert.deepEqual(probe.cpuFreq(), { current: 1800, min: 800, max: 3600 });
    });

    it('big.LITTLE: one entry per cpu from affected_cpus, the mean is over cpus', () => {
      useFixture('cpufreq-biglittle'); // policy0: cpus 0-3 at 1800 MHz, policy4: cpus 4-7 at 2400 MHz; arm64 cpuinfo has no MHz
      const per = probe.cpuFreq(true);
      assert.deepEqual(per, [
        ...Array(4).fill({ current: 1800, min: 408, max: 1800 }),
        ...Array(4).fill({ current: 2400, min: 408, max: 2400 }),
      ], 'scaling_min/max_freq, not cpuinfo_min/max_freq');
      assert.deepEqual(probe.cpuFreq(), { current: 2100, min: 408, max: 2100 });
    });

    it('big.LITTLE with 6 little and 2 big cores: the mean weighs each cpu, not each policy', () => {
      useTree(writeTree(tree({ policy0: policy(range(0, 6), 1000000, 500000, 1000000), policy6: policy([6, 7], 3000000, 500000, 3000000) })));
      assert.equal(probe.cpuFreq(true).length, 8);
      assert.deepEqual(probe.cpuFreq(), { current: 1500, min: 500, max: 1500 });
    });

    it('72 cpus with cpus 8-11 offline: inactive policies are left out, cpuinfo lines map to online cpus in order', () => {
      const online = range(0, 72).filter((c) => c < 8 || c > 11);
      const policies: Record<string, Record<string, string>> = {};
      for (const c of range(0, 72)) policies[`policy${c}`] = online.includes(c) ? policy([c], 1000000 + c * 1000) : policy([], undefined);
      const files = tree(policies, x86(online.map((c) => 2000 + c)));
      for (const c of range(8, 12)) files[`sys/devices/system/cpu/cpu${c}/online`] = '0\n';
      const root = writeTree(files);
      useTree(root);
      const per = probe.cpuFreq(true);
      assert.equal(per.length, 68);
      assert.deepEqual(per.map((f) => f.current), online.map((c) => 2000 + c), 'current from cpuinfo: one line per online cpu');
      assert.ok(per.every((f) => f.min === 800 && f.max === 3600));
      assert.equal(probe.cpuFreq()!.current, online.reduce((a, c) => a + 2000 + c, 0) / 68);

      writeTree({ 'proc/cpuinfo': x86(range(0, 60).map(() => 2000)) }, root); // counts differ: scaling_cur_freq
      assert.deepEqual(probe.cpuFreq(true).map((f) => f.current), online.map((c) => 1000 + c));
    });

    it('old per-cpu layout (cpuN/cpufreq) with a shared affected_cpus, and cpuinfo_cur_freq when scaling_cur_freq is missing', () => {
      const shared = { ...policy([0, 1], undefined, 1000000, 2000000), cpuinfo_cur_freq: '1500000\n' };
      useTree(writeTree(tree({ cpu0: shared, cpu1: shared }, '', 'sys/devices/system/cpu/{cpu}/cpufreq')));
      assert.deepEqual(probe.cpuFreq(true), [{ current: 1500, min: 1000, max: 2000 }, { current: 1500, min: 1000, max: 2000 }]);
    });

    it('falls back to "cpu MHz" in /proc/cpuinfo', () => {
      useFixture('cpufreq-cpuinfo');
      assert.deepEqual(probe.cpuFreq(true).map((f) => f.current), [2400.123, 2600.5, 1200]);
      const avg = probe.cpuFreq()!;
      assert.ok(Math.abs(avg.current - (2400.123 + 2600.5 + 1200) / 3) < 1e-9);
      assert.equal(avg.min, null, 'psutil says 0.0 for "not available"');
      assert.equal(probe.cpuCount(), 3);
      assert.equal(probe.cpuCount(false), 2, 'distinct (physical id, core id) pairs');
    });

    it('cpuinfo fallback reads "clock" (powerpc) and "cpu MHz dynamic" (s390x), not "cpu MHz static"', () => {
      const ppc = 'processor\t: 0\ncpu\t\t: POWER9 (raw), altivec supported\nclock\t\t: 3450.000000MHz\nrevision\t: 2.2\n\n'
        + 'processor\t: 1\ncpu\t\t: POWER9 (raw), altivec supported\nclock\t\t: 2300.000000MHz\nrevision\t: 2.2\n\ntimebase\t: 512000000\n';
      useTree(writeTree({ 'proc/cpuinfo': ppc }));
      assert.deepEqual(probe.cpuFreq(true), [{ current: 3450, min: null, max: null }, { current: 2300, min: null, max: null }]);
      const s390 = 'vendor_id       : IBM/S390\n# processors    : 2\nprocessor 0: version = FF,  identification = 0133E8,  machine = 3906\n'
        + 'processor 1: version = FF,  identification = 0133E8,  machine = 3906\n\n'
        + 'cpu number      : 0\ncpu MHz dynamic : 5208\ncpu MHz static  : 5208\n\ncpu number      : 1\ncpu MHz dynamic : 4500\ncpu MHz static  : 5208\n';
      useTree(writeTree({ 'proc/cpuinfo': s390 }));
      assert.deepEqual(probe.cpuFreq(true).map((f) => f.current), [5208, 4500]);
    });
  });

  describe('sensorsTemperatures', () => {
    it('converts hwmon millidegrees and fills a missing high from critical', () => {
      useFixture('hwmon');
      const t = probe.sensorsTemperatures();
      assert.deepEqual(Object.keys(t).sort(), ['coretemp', 'thinkpad']);
      assert.deepEqual(t.coretemp, [
        { label: 'Package id 0', current: 30, high: 40, critical: 50 },
        { label: '', current: 45.5, high: 100, critical: 100 },
        { label: 'Core 1', current: 41, high: 80, critical: 80 },
      ]);
      assert.deepEqual(t.thinkpad, [{ label: '', current: 38, high: null, critical: null }], 'sensors under device/ use the chip name one level up');
    });

    it('converts to fahrenheit on request', () => {
      useFixture('hwmon');
      assert.equal(probe.sensorsTemperatures(true).coretemp[0].current, 86);
    });

    it('falls back to thermal zones when there is no hwmon', () => {
      useFixture('thermal-only');
      assert.deepEqual(probe.sensorsTemperatures(), {
        x86_pkg_temp: [{ label: '', current: 52, high: 90, critical: 105 }],
        acpitz: [{ label: '', current: 27.8, high: null, critical: null }],
      });
    });

    it('returns an empty object without sensors', () => {
      useFixture('battery-energy');
      assert.deepEqual(probe.sensorsTemperatures(), {});
      assert.deepEqual(probe.sensorsFans(), {});
    });

    it('sensorsFans reads fanN_input in RPM with labels', () => {
      useFixture('hwmon');
      assert.deepEqual(probe.sensorsFans(), { thinkpad: [{ label: 'CPU fan', current: 2100 }, { label: '', current: 0 }] });
    });
  });

  describe('sensorsBattery', () => {
    it('energy_* files, unplugged: percent from energy and time left from power', () => {
      useFixture('battery-energy');
      assert.deepEqual(probe.sensorsBattery(), { percent: 50, secsLeft: 7200, powerPlugged: false });
    });

    it('charge_* files, plugged into AC0: time left is unlimited', () => {
      useFixture('battery-charge');
      assert.deepEqual(probe.sensorsBattery(), { percent: 80, secsLeft: probe.POWER_TIME_UNLIMITED, powerPlugged: true });
    });

    it('only capacity, discharging without an AC supply: plugged from status, time unknown', () => {
      useFixture('battery-capacity');
      assert.deepEqual(probe.sensorsBattery(), { percent: 77, secsLeft: probe.POWER_TIME_UNKNOWN, powerPlugged: false });
    });

    it('only capacity, plugged into a "Mains" supply with another name', () => {
      useFixture('battery-capacity-plugged');
      assert.deepEqual(probe.sensorsBattery(), { percent: 100, secsLeft: probe.POWER_TIME_UNLIMITED, powerPlugged: true });
    });

    it('time_to_empty_now in minutes; a supply named "battery" counts, "CMB0" does not', () => {
      useFixture('battery-time-to-empty');
      assert.deepEqual(probe.sensorsBattery(), { percent: 50, secsLeft: 90 * 60, powerPlugged: false });
    });

    it('a negative power_now or current_now (some firmware) counts as its absolute value', () => {
      const bat = (files: Record<string, string>): Record<string, string> => {
        const out: Record<string, string> = { 'sys/class/power_supply/BAT0/status': 'Discharging\n' };
        for (const [f, v] of Object.entries(files)) out[`sys/class/power_supply/BAT0/${f}`] = v;
        return out;
      };
      useTree(writeTree(bat({ energy_now: '30000000\n', energy_full: '60000000\n', power_now: '-15000000\n' })));
      assert.deepEqual(probe.sensorsBattery(), { percent: 50, secsLeft: 7200, powerPlugged: false });
      useTree(writeTree(bat({ charge_now: '2000000\n', charge_full: '4000000\n', current_now: '-1500000\n' })));
      assert.deepEqual(probe.sensorsBattery(), { percent: 50, secsLeft: 4800, powerPlugged: false });
      useTree(writeTree(bat({ charge_now: '2000000\n', charge_full: '4000000\n', current_now: '0\n' })));
      assert.equal(probe.sensorsBattery()!.secsLeft, probe.POWER_TIME_UNKNOWN, 'a zero rate gives no estimate');
    });

    it('no battery at all (a wireless mouse battery has no capacity either)', () => {
      useFixture('no-battery');
      assert.equal(probe.sensorsBattery(), null);
    });
  });

  describe('disks', () => {
    it('diskstats sectors are 512-byte units whatever hw_sector_size says', () => {
      useFixture('disk-4k');
      const per = probe.diskIoCounters(true, false);
      assert.deepEqual(per.sda, {
        readCount: 100, writeCount: 200, readBytes: 2048 * 512, writeBytes: 4096 * 512,
        readTime: 50, writeTime: 60, readMergedCount: 10, writeMergedCount: 20, busyTime: 70,
      });
      assert.deepEqual(per.sda2, {
        readCount: 5, writeCount: 7, readBytes: 64 * 512, writeBytes: 128 * 512,
        readTime: 0, writeTime: 0, readMergedCount: 0, writeMergedCount: 0, busyTime: 0,
      });
      assert.equal(per.nvme0n1.busyTime, 500, 'the 18+ field layout of 4.18+/5.5+ kernels');
    });

    it('the total counts whole disks only, not their partitions', () => {
      useFixture('disk-4k');
      const total = probe.diskIoCounters(false, false)!;
      assert.equal(total.readCount, 1100);
      assert.equal(total.readBytes, (2048 + 8000) * 512);
    });

    it('names the file when a line has an unknown layout', () => {
      useFixture('disk-bad');
      assert.throws(() => probe.diskIoCounters(true), /malformed .*diskstats: unexpected 5 fields/);
    });
  });

  describe('counter wrap-around (nowrap)', () => {
    const netdev = (rx: number): string =>
      `Inter-|   Receive\n face |bytes packets errs drop fifo frame compressed multicast|bytes\n  eth0: ${rx} 1 0 0 0 0 0 0 5 1 0 0 0 0 0 0\n`;
    const diskstats = (reads: number): string => `   8       0 sda ${reads} 0 0 0 0 0 0 0 0 0 0\n`;

    it('raw 100 -> 10 -> 10 -> 90 -> 20 reads 100, 110, 110, 190, 210 (net and disk)', () => {
      const root = writeTree({ 'proc/net/dev': netdev(100), 'proc/diskstats': diskstats(100), 'sys/block/sda/size': '1\n' });
      useTree(root);
      const seen: number[] = [];
      const seenDisk: number[] = [];
      for (const raw of [100, 10, 10, 90, 20]) {
        writeTree({ 'proc/net/dev': netdev(raw), 'proc/diskstats': diskstats(raw) }, root);
        seen.push(probe.netIoCounters(true).eth0.bytesRecv);
        seenDisk.push(probe.diskIoCounters(false)!.readCount);
      }
      assert.deepEqual(seen, [100, 110, 110, 190, 210]);
      assert.deepEqual(seenDisk, [100, 110, 110, 190, 210]);
    });

    it('nowrap=false returns raw values and cacheClear forgets the remainders', () => {
      const root = writeTree({ 'proc/net/dev': netdev(100) });
      useTree(root);
      probe.netIoCounters(true);
      writeTree({ 'proc/net/dev': netdev(10) }, root);
      assert.equal(probe.netIoCounters(true, false).eth0.bytesRecv, 10);
      assert.equal(probe.netIoCounters(true).eth0.bytesRecv, 110);
      probe.cacheClear('netIoCounters');
      assert.equal(probe.netIoCounters(true).eth0.bytesRecv, 10);
    });
  });

  describe('malformed and truncated files', () => {
    beforeEach(() => useFixture('malformed'));
    it('gives errors that name the file', () => {
      assert.throws(() => probe.cpuTimes(), /malformed .*\/proc\/stat/);
      assert.throws(() => probe.virtualMemory(), /malformed .*\/proc\/meminfo: MemTotal or MemFree missing/);
      assert.throws(() => probe.getLoadAvg(), /malformed .*\/proc\/loadavg/);
      assert.throws(() => probe.netIoCounters(), /malformed .*\/proc\/net\/dev/);
      assert.throws(() => probe.diskIoCounters(), /malformed .*\/proc\/diskstats/);
    });
    it('a non-numeric battery capacity means no battery reading, not a NaN', () => {
      assert.equal(probe.sensorsBattery(), null);
    });
    it('a meminfo without SwapTotal is malformed, and says so', () => {
      assert.throws(() => probe.swapMemory(), /malformed .*\/proc\/meminfo: SwapTotal or SwapFree missing/);
    });
    it('a missing file is a plain ENOENT naming its path', () => {
      const root = writeTree({ 'proc/stat': 'cpu  1 0 1 1\n' }); // no meminfo
      useTree(root);
      const enoent = (e: unknown): boolean => {
        const err = e as NodeJS.ErrnoException;
        return !(e instanceof probe.MalformedFileError) && err.code === 'ENOENT' && err.message.includes(path.join(root, 'proc', 'meminfo'));
      };
      assert.throws(() => probe.swapMemory(), enoent);
      assert.throws(() => probe.virtualMemory(), enoent);
    });
  });
});

// diskIoCounters on macOS: the pure Statistics -> counters rules (psutil's arch/osx/disk.c), and
// the IOKit registry walk over a fake IOKit that counts every object it hands out.
import assert from 'node:assert/strict';
import { useCoreFoundation } from '../../src/probe/darwin/cf';
import { diskCountersFromStatistics, diskIoCounters } from '../../src/probe/darwin/diskio';
import { ProbeError } from '../../src/probe/errors';
import { dict, fakeCf, num, str, type Media } from './darwin/fakeCf';

const STATS = {
  'Operations (Read)': 1200, 'Operations (Write)': 340, 'Bytes (Read)': 49_152_000, 'Bytes (Write)': 8_388_608,
  'Total Time (Read)': 2_345_678_901, 'Total Time (Write)': 999_999, 'Errors (Read)': 3,
};

describe('darwin diskIoCounters: a driver\'s Statistics -> counters (psutil rules)', () => {
  it('counts and bytes as given; total times from ns to whole ms (psutil: / 1000 / 1000)', () => {
    assert.deepEqual(diskCountersFromStatistics(new Map(Object.entries(STATS))), {
      readCount: 1200, writeCount: 340, readBytes: 49_152_000, writeBytes: 8_388_608, readTime: 2345, writeTime: 0,
    });
  });

  it('an absent statistic is 0, as psutil initialises it', () => {
    assert.deepEqual(diskCountersFromStatistics(new Map([['Bytes (Read)', 512]])), { readCount: 0, writeCount: 0, readBytes: 512, writeBytes: 0, readTime: 0, writeTime: 0 });
  });
});

const stats = (o: Record<string, number>) => dict({ Statistics: dict(Object.fromEntries(Object.entries(o).map(([k, v]) => [k, num(v)]))) });
const whole = (name: string, s: Record<string, number>): Media => ({ props: dict({ 'BSD Name': str(name), Whole: num(1) }), parent: { driver: true, props: stats(s) } });

describe('darwin diskIoCounters: the IOKit registry walk (fake IOKit)', () => {
  afterEach(() => useCoreFoundation(undefined));

  it('each IOMedia under an IOBlockStorageDriver by BSD name; partitions (another parent) skipped; everything released', () => {
    const partition: Media = { props: dict({ 'BSD Name': str('disk0s1') }), parent: { driver: false, props: dict({}) } };
    const { fake, owned, ioOwned, calls } = fakeCf([], [whole('disk0', STATS), partition, whole('disk2', { 'Bytes (Write)': 4096, 'Operations (Write)': 1 })]);
    useCoreFoundation(fake);
    const per = diskIoCounters(true, false);
    assert.deepEqual(Object.keys(per), ['disk0', 'disk2']);
    assert.equal(Object.getPrototypeOf(per), null, 'kernel names are keys of a map without a prototype');
    assert.deepEqual(per.disk2, { readCount: 0, writeCount: 1, readBytes: 0, writeBytes: 4096, readTime: 0, writeTime: 0 });
    assert.deepEqual(calls, ['match IOMedia']);
    assert.equal(owned.size, 0, 'every CF object released');
    assert.equal(ioOwned.size, 0, 'every IOKit object released');
  });

  it('the total sums the disks; no disk is null', () => {
    useCoreFoundation(fakeCf([], [whole('disk0', { 'Bytes (Read)': 10 }), whole('disk1', { 'Bytes (Read)': 5 })]).fake);
    assert.equal(diskIoCounters(false, false)?.readBytes, 15);
    useCoreFoundation(fakeCf([], []).fake);
    assert.equal(diskIoCounters(false, false), null);
  });

  it('a driver without Statistics is an error (psutil: "unable to get disk stats"), with nothing leaked', () => {
    const broken: Media = { props: dict({ 'BSD Name': str('disk3') }), parent: { driver: true, props: dict({}) } };
    const { fake, owned, ioOwned } = fakeCf([], [whole('disk0', STATS), broken]);
    useCoreFoundation(fake);
    assert.throws(() => diskIoCounters(true, false), (e: Error) => e instanceof ProbeError && /disk stats/.test(e.message));
    assert.equal(owned.size, 0);
    assert.equal(ioOwned.size, 0);
  });
});

// sensorsBattery on macOS: the pure description -> Battery rules (psutil's _psosx.sensors_battery
// and arch/osx/sensors.c), and the CF/IOKit calls over a fake CoreFoundation that counts what is
// created and released.
import assert from 'node:assert/strict';
import { POWER_TIME_UNKNOWN, POWER_TIME_UNLIMITED } from '../../src/probe/constants';
import { ProbeError } from '../../src/probe/errors';
import { batteryFromDescription, sensorsBattery } from '../../src/probe/darwin/battery';
import { dictionaryValues, useCoreFoundation } from '../../src/probe/darwin/cf';
import { dict, fakeCf, num, str } from './darwin/fakeCf';

const desc = (o: Record<string, number | string>) => new Map(Object.entries(o));

describe('darwin battery: a power source description -> Battery (psutil rules)', () => {
  it('plugged in: AC Power, secsLeft unlimited whatever the time to empty says', () => {
    assert.deepEqual(batteryFromDescription(desc({ 'Current Capacity': 87, 'Max Capacity': 100, 'Power Source State': 'AC Power', 'Time to Empty': 0 })),
      { percent: 87, secsLeft: POWER_TIME_UNLIMITED, powerPlugged: true });
  });

  it('on battery: minutes to empty * 60; -1 (still calculating) or absent is unknown', () => {
    const base = { 'Current Capacity': 42, 'Max Capacity': 100, 'Power Source State': 'Battery Power' };
    assert.deepEqual(batteryFromDescription(desc({ ...base, 'Time to Empty': 95 })), { percent: 42, secsLeft: 5700, powerPlugged: false });
    assert.equal(batteryFromDescription(desc({ ...base, 'Time to Empty': -1 })).secsLeft, POWER_TIME_UNKNOWN);
    assert.equal(batteryFromDescription(desc(base)).secsLeft, POWER_TIME_UNKNOWN);
  });

  it('a source counting in mAh (max not 100) gives current / max; no max keeps the capacity as psutil', () => {
    assert.equal(batteryFromDescription(desc({ 'Current Capacity': 2500, 'Max Capacity': 5000, 'Power Source State': 'Battery Power' })).percent, 50);
    assert.equal(batteryFromDescription(desc({ 'Current Capacity': 64, 'Power Source State': 'Battery Power' })).percent, 64);
  });

  it('no capacity or no state is an error, as psutil\'s RuntimeError', () => {
    assert.throws(() => batteryFromDescription(desc({ 'Power Source State': 'AC Power' })), (e: Error) => e instanceof ProbeError && /capacity/.test(e.message));
    assert.throws(() => batteryFromDescription(desc({ 'Current Capacity': 5 })), (e: Error) => e instanceof ProbeError && /state/.test(e.message));
    // a capacity CFNumberGetValue could not give (a float) is absent, not NaN
    assert.throws(() => batteryFromDescription(desc({ 'Current Capacity': 'x', 'Power Source State': 'AC Power' })), ProbeError);
  });
});

describe('darwin battery: the IOKit power-source calls (fake CoreFoundation)', () => {
  afterEach(() => useCoreFoundation(undefined));

  it('reads the first source\'s description and releases everything it copied or created', () => {
    const internal = dict({ 'Current Capacity': num(73), 'Max Capacity': num(100), 'Power Source State': str('Battery Power'), 'Time to Empty': num(128), Name: str('InternalBattery-0') });
    const ups = dict({ 'Current Capacity': num(5), 'Power Source State': str('AC Power') });
    const { fake, owned } = fakeCf([internal, ups]);
    useCoreFoundation(fake);
    assert.deepEqual(sensorsBattery(), { percent: 73, secsLeft: 128 * 60, powerPlugged: false });
    assert.equal(owned.size, 0, 'every Copy/Create released');
  });

  it('no power source is null (psutil: NotImplementedError -> None), with nothing leaked', () => {
    const { fake, owned, calls } = fakeCf([]);
    useCoreFoundation(fake);
    assert.equal(sensorsBattery(), null);
    assert.deepEqual(calls, ['info']);
    assert.equal(owned.size, 0);
  });

  it('an error after the copies still releases them', () => {
    const { fake, owned } = fakeCf([dict({ 'Power Source State': str('AC Power') })]);
    useCoreFoundation(fake);
    assert.throws(() => sensorsBattery(), /capacity/);
    assert.equal(owned.size, 0);
  });

  it('dictionaryValues: numbers as SInt64, strings as UTF-8 text, floats and other types and absent keys left out', () => {
    const { fake, owned } = fakeCf([]);
    useCoreFoundation(fake);
    const d = dict({ a: num(-1), b: str('Électricité'), c: num(2.5, true), e: { t: 'array', items: [] } });
    const v = dictionaryValues(d, ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual([...v], [['a', -1], ['b', 'Électricité']]);
    assert.equal(owned.size, 0, 'each key CFString released');
  });
});

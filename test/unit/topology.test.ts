import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as probe from '../../src/probe';
import { listHardware, TOPOLOGY_MAX_AGE_MS } from '../../src/probe/linux/topology';
import { useLive, useTree, writeTree } from './helpers';

const BATTERY = {
  'sys/class/power_supply/BAT0/capacity': '50\n',
  'sys/class/power_supply/BAT0/status': 'Discharging\n',
  'sys/class/power_supply/BAT0/energy_now': '25000000\n',
  'sys/class/power_supply/BAT0/energy_full': '50000000\n',
  'sys/class/power_supply/BAT0/power_now': '12500000\n',
};

describe('sensor topology listings (kept a few seconds, values read fresh)', () => {
  after(() => useLive());

  it('a listing is reused within TOPOLOGY_MAX_AGE_MS and read again after it', () => {
    const root = writeTree({ 'sys/class/hwmon/hwmon0/name': 'x\n' });
    useTree(root);
    const dir = path.join(root, 'sys', 'class', 'hwmon');
    assert.deepEqual(listHardware(dir, 1000), ['hwmon0']);
    fs.mkdirSync(path.join(dir, 'hwmon1'));
    assert.deepEqual(listHardware(dir, 1000 + TOPOLOGY_MAX_AGE_MS - 1), ['hwmon0'], 'within the age: the kept listing');
    assert.deepEqual(listHardware(dir, 1000 + TOPOLOGY_MAX_AGE_MS).sort(), ['hwmon0', 'hwmon1'], 'past the age: listed again');
  });

  it('values inside a kept listing are read on every call; configure() forgets the listings', () => {
    const root = writeTree(BATTERY);
    useTree(root);
    assert.equal(probe.sensorsBattery()?.percent, 50);
    fs.writeFileSync(path.join(root, 'sys/class/power_supply/BAT0/energy_now'), '40000000\n');
    assert.equal(probe.sensorsBattery()?.percent, 80, 'a new value shows at once');
    const empty = writeTree({ 'sys/class/power_supply/.keep': '' });
    useTree(empty);
    assert.equal(probe.sensorsBattery(), null, 'another root is listed afresh, not from the old listing');
  });
});

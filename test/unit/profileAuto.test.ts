import assert from 'node:assert/strict';
import { AutoTrigger } from '../../src/ui/profileAuto';

describe('automatic extension host profile (opt-in)', () => {
  const on = { enabled: true, thresholdPercent: 80, seconds: 30 };
  /** Feeds readings every 2 s from t0; returns the times it fired. */
  const feed = (t: AutoTrigger, t0: number, readings: (number | undefined)[], busy = false): number[] =>
    readings.flatMap((c, i) => (t.observe(t0 + i * 2, c, busy) ? [t0 + i * 2] : []));

  it('fires once the host stayed at or above the threshold for T seconds, not before; a dip starts over', () => {
    const t = new AutoTrigger(on);
    assert.deepEqual(feed(t, 0, [90, 95, 85, 79, ...Array(15).fill(90), 90, 90]), [8 + 30], '30 s after the first reading above, after the dip at 6 s');
    assert.deepEqual(feed(new AutoTrigger(on), 0, Array(15).fill(99)), [], '28 s above is not 30');
    assert.deepEqual(feed(new AutoTrigger(on), 0, [...Array(10).fill(99), undefined, ...Array(10).fill(99)]), [], 'a missing reading is a dip');
  });

  it('at most once per 10 minutes, however long the load lasts', () => {
    const t = new AutoTrigger(on);
    const fired = feed(t, 1000, Array(700).fill(100)); // 1400 s of load
    assert.deepEqual(fired, [1030, 1630, 2230]);
  });

  it('off by default; a running profile defers it (the reading still counts towards T)', () => {
    assert.deepEqual(feed(new AutoTrigger({ ...on, enabled: false }), 0, Array(100).fill(100)), []);
    const t = new AutoTrigger(on);
    assert.deepEqual(feed(t, 0, Array(20).fill(100), true), []);
    assert.equal(t.observe(40, 100, false), true);
  });
});

import assert from 'node:assert/strict';
import {
  AlertEngine, alertRulesFrom, conditionsOf, DEFAULT_ALERT_RULES, notificationText, type Alert, type AlertRules, type Condition,
} from '../../src/monitor/alerts';
import type { ProcessSample, Snapshot } from '../../src/protocol';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const TICK = 2000;

function snap(over: Partial<Snapshot> = {}): Snapshot {
  return {
    time: 0, host: 'h', cpu: { percent: 10, perCpu: [], cpuIds: [], count: 4 },
    memory: { total: 16 * GiB, available: 8 * GiB, used: 8 * GiB, percent: 50 }, swap: { total: 0, used: 0, percent: 0 },
    loadAvg: null, temperatures: {}, battery: null, processes: [], errors: {}, sampleMs: 0, ...over,
  };
}

const withAvailable = (pct: number): Snapshot => snap({ memory: { total: 16 * GiB, available: 16 * GiB * pct / 100, used: 16 * GiB * (1 - pct / 100), percent: 100 - pct } });

/** Runs the engine over a synthetic series (one snapshot per 2 s tick); the alerts with their times. */
function run(series: (t: number) => Snapshot, seconds: number, engine = new AlertEngine(), rules: AlertRules = DEFAULT_ALERT_RULES): { at: number; alert: Alert }[] {
  const out: { at: number; alert: Alert }[] = [];
  for (let t = 0; t <= seconds * 1000; t += TICK) {
    for (const alert of engine.step(t, conditionsOf(series(t), rules))) out.push({ at: t, alert });
  }
  return out;
}

describe('alerts: the rule engine on synthetic series', () => {
  it('flapping input (available memory 5 %, 15 %, 5 % ... every tick for an hour) gives exactly one alert', () => {
    const alerts = run((t) => withAvailable((t / TICK) % 2 === 0 ? 5 : 15), 3600);
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0].alert.rule, 'memoryLow');
    assert.equal(alerts[0].at, 32000, 'at the first true tick once the episode has lasted 30 s');
    assert.match(alerts[0].alert.message, /^Available memory is down to 5\.0 %/);
  });

  it('a condition that holds for an hour alerts once; a spike shorter than the rule\'s seconds never', () => {
    assert.equal(run(() => withAvailable(5), 3600).length, 1);
    assert.equal(run((t) => withAvailable(t < 20000 ? 5 : 50), 3600).length, 0);
  });

  it('fires again only after a full clear period, and never twice within 10 minutes', () => {
    // low 0-60 s, clear 60-120 s (a full period), low 120-200 s: inside the cooldown, no second alert;
    // clear again, low from 900 s: a new episode past the cooldown alerts
    const low = (t: number): boolean => t < 60000 || (t >= 120000 && t < 200000) || t >= 900000;
    const alerts = run((t) => withAvailable(low(t) ? 5 : 50), 1200);
    assert.deepEqual(alerts.map((a) => a.at), [30000, 930000]);
    // cleared for less than a period (20 s) and back: the same episode, no second alert even after the cooldown
    const short = (t: number): boolean => !(t >= 700000 && t < 720000);
    assert.deepEqual(run((t) => withAvailable(short(t) ? 5 : 50), 1500).map((a) => a.at), [30000]);
  });

  it('several processes over the cpu threshold at once: one notification for the rule', () => {
    const proc = (pid: number, cpu: number, kind: ProcessSample['kind'] = 'terminal'): ProcessSample => ({ pid, ppid: 1, name: `p${pid}`, createTime: 100 + pid, cpuPercent: cpu, rss: MiB, root: 1, kind });
    const alerts = run(() => snap({ processes: [proc(10, 99), proc(11, 97), proc(12, 5)] }), 1200);
    assert.equal(alerts.filter((a) => a.alert.rule === 'processCpu').length, 2, 'one at 60 s, the other once the 10 minutes passed');
    assert.deepEqual(alerts.map((a) => a.at), [60000, 660000]);
    assert.deepEqual(alerts[0].alert.subject, { pid: 10, createTime: 110, name: 'p10' });
  });

  it('a runaway language server (an extension\'s process) is its own built-in rule', () => {
    const ls: ProcessSample = { pid: 50, ppid: 1, name: 'node', label: 'tsserver', createTime: 5, cpuPercent: 95, rss: MiB, root: 1, kind: 'extension' };
    const alerts = run(() => snap({ processes: [ls] }), 600);
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0].alert.rule, 'languageServer');
    assert.equal(alerts[0].at, 120000);
    assert.equal(alerts[0].alert.message, 'A language server or extension process, tsserver node (pid 50), keeps using 95 % CPU.');
  });

  it('snooze holds a rule back until its time; "don\'t show again" silences it', () => {
    const e = new AlertEngine();
    e.snooze('memoryLow', 3600_000);
    const alerts = run(() => withAvailable(5), 4000, e);
    assert.deepEqual(alerts.map((a) => a.at), [3600_000]);
    const m = new AlertEngine();
    m.mute('memoryLow');
    assert.equal(run(() => withAvailable(5), 4000, m).length, 0);
  });

  it('disabled rules and thresholds come from vitals.alerts, malformed entries keep the defaults', () => {
    const rules = alertRulesFrom({ memoryLow: { enabled: false }, processCpu: { threshold: 50, seconds: 'soon' }, __proto__: { x: 1 }, bogus: 1 });
    assert.equal(rules.memoryLow.enabled, false);
    assert.equal(rules.processCpu.threshold, 50);
    assert.equal(rules.processCpu.seconds, DEFAULT_ALERT_RULES.processCpu.seconds);
    assert.deepEqual(alertRulesFrom('nonsense'), DEFAULT_ALERT_RULES);
    assert.equal(run(() => withAvailable(5), 600, new AlertEngine(rules), rules).length, 0);
  });
});

describe('alerts: conditions of a snapshot', () => {
  const rules = DEFAULT_ALERT_RULES;
  const find = (cs: Condition[], rule: string): Condition | undefined => cs.find((c) => c.rule === rule);

  it('under a container memory limit the headroom counts, not the host\'s available memory', () => {
    const c = { cgroupVersion: 2 as const, path: '/', memoryLimit: 2 * GiB, memoryUsed: 1.9 * GiB, memoryPercent: 95, effectiveCores: 1, cpuPercent: 0, throttledPerSec: 0, oomKills: 0, limited: true };
    const m = find(conditionsOf(snap({ container: c }), rules), 'memoryLow');
    assert.ok(m);
    assert.match(m.message, /^The container has 5\.0 % of its memory limit left \(102 MiB\)\.$/);
    assert.equal(find(conditionsOf(snap({ container: { ...c, memoryUsed: GiB } }), rules), 'memoryLow'), undefined);
  });

  it('memory pressure, a debuggee over its MiB, a sensor over its high mark', () => {
    const cs = conditionsOf(snap({
      pressure: { source: 'system', cpuSome: 0, memorySome: 35, memoryFull: 5, ioSome: 0 },
      processes: [{ pid: 7, ppid: 1, name: 'python', createTime: 1, cpuPercent: 1, rss: 3000 * MiB, root: 1, kind: 'debug' }],
      temperatures: { coretemp: [{ label: 'Package', current: 92, high: 90, critical: 100 }, { label: 'Core 0', current: 50, high: 90, critical: 100 }] },
    }), rules);
    assert.match(find(cs, 'memoryPressure')!.message, /35\.0 %/);
    assert.match(find(cs, 'debuggeeMemory')!.message, /^The debuggee python \(pid 7\) uses 3000 MiB\.$/);
    assert.equal(cs.filter((c) => c.rule === 'sensorHigh').length, 1);
    assert.match(find(cs, 'sensorHigh')!.message, /^coretemp Package is at 92 °C, over its high mark 90 °C\.$/);
    assert.deepEqual(conditionsOf(snap(), rules), [], 'a quiet machine: nothing');
  });

  it('process names reach the notification without controls, bidi overrides or link brackets', () => {
    assert.equal(notificationText('evil\u202e\u2066[click](http://x)\x1b[31m\nname'), 'evilclickhttp://x31mname');
    const p: ProcessSample = { pid: 9, ppid: 1, name: '[a](b)\u202ec', createTime: 1, cpuPercent: 99, rss: 1, root: 1, kind: 'task' };
    const m = find(conditionsOf(snap({ processes: [p] }), rules), 'processCpu')!;
    assert.equal(m.subject!.name, 'abc');
    assert.doesNotMatch(m.message, /[[\]\u202e]/);
  });
});

describe('alerts: settings', () => {
  it('package.json declares the same defaults for vitals.alerts as the engine', () => {
    const pkg = JSON.parse(require('node:fs').readFileSync(require('node:path').resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.configuration.properties['vitals.alerts'].default, DEFAULT_ALERT_RULES);
  });
});

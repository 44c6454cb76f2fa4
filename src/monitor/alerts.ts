// Alerts: which conditions hold in a snapshot (conditionsOf), and when one becomes a notification
// (AlertEngine). Pure: time comes in with each step, so synthetic series test it in plain Node.
//
// An episode of a condition starts at its first true tick and ends only once the condition has
// stayed false for a full clear period; a condition that keeps coming back (flapping around a
// threshold) is one episode. An episode alerts once, when it has lasted the rule's seconds and the
// condition holds at that tick; never more than one notification per rule per cooldown (10 min).
import type { ProcessSample, Snapshot } from '../protocol';
import { sensorReadings } from './series';

export type AlertRuleId = 'memoryLow' | 'memoryPressure' | 'processCpu' | 'languageServer' | 'sensorHigh' | 'debuggeeMemory';
export const ALERT_RULE_IDS: readonly AlertRuleId[] = ['memoryLow', 'memoryPressure', 'processCpu', 'languageServer', 'sensorHigh', 'debuggeeMemory'];

/** threshold: percent, or MiB for debuggeeMemory (unused by sensorHigh: each sensor's own high mark); seconds: how long before it alerts. */
export interface AlertRuleConfig { enabled: boolean; threshold: number; seconds: number }
export type AlertRules = Record<AlertRuleId, AlertRuleConfig>;

export const DEFAULT_ALERT_RULES: Readonly<AlertRules> = {
  memoryLow: { enabled: true, threshold: 10, seconds: 30 },
  memoryPressure: { enabled: true, threshold: 20, seconds: 10 },
  processCpu: { enabled: true, threshold: 90, seconds: 60 },
  languageServer: { enabled: true, threshold: 80, seconds: 120 },
  sensorHigh: { enabled: true, threshold: 0, seconds: 30 },
  debuggeeMemory: { enabled: true, threshold: 2048, seconds: 10 },
};

export const ALERT_COOLDOWN_MS = 10 * 60_000;
/** A condition must stay false this long (or the rule's seconds, if longer) before its episode ends. */
export const MIN_CLEAR_MS = 30_000;

/** The settings object (vitals.alerts) merged over the defaults; anything malformed keeps the default. */
export function alertRulesFrom(setting: unknown): AlertRules {
  const out = {} as AlertRules;
  const given = typeof setting === 'object' && setting !== null ? setting as Record<string, unknown> : {};
  for (const id of ALERT_RULE_IDS) {
    const d = DEFAULT_ALERT_RULES[id];
    const v = Object.hasOwn(given, id) && typeof given[id] === 'object' && given[id] !== null ? given[id] as Record<string, unknown> : {};
    const num = (x: unknown, dflt: number): number => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : dflt);
    out[id] = {
      enabled: typeof v.enabled === 'boolean' ? v.enabled : d.enabled,
      threshold: num(v.threshold, d.threshold),
      seconds: num(v.seconds, d.seconds),
    };
  }
  return out;
}

export interface AlertSubject { pid: number; createTime: number; name: string }
/** A condition that holds now. key: what it is about within its rule (one process, one sensor, or the machine). */
export interface Condition { rule: AlertRuleId; key: string; message: string; subject?: AlertSubject }
export type Alert = Condition;

/**
 * Process text for a notification: control, bidi and line-separator characters removed, and the
 * markdown link characters []() too (notifications render links). Stand-in until the shared sink
 * escaping module exists; the one place to switch.
 */
export function notificationText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff[\]()]/g, '').slice(0, 200);
}

const MiB = 1024 ** 2;

function processName(p: ProcessSample): string {
  return notificationText(p.label && p.label !== p.name ? `${p.label} (${p.name})` : p.name);
}

/** Every condition that holds in this snapshot, for the enabled rules. */
export function conditionsOf(s: Snapshot, rules: AlertRules): Condition[] {
  const out: Condition[] = [];
  const on = (id: AlertRuleId): AlertRuleConfig | undefined => (rules[id].enabled ? rules[id] : undefined);
  let r = on('memoryLow');
  if (r) {
    const c = s.container;
    if (c && c.memoryLimit !== null && c.memoryUsed !== null && c.memoryLimit > 0) {
      const free = c.memoryLimit - c.memoryUsed;
      const pct = (free / c.memoryLimit) * 100;
      if (pct < r.threshold) out.push({ rule: 'memoryLow', key: 'memory', message: `The container has ${pct.toFixed(1)} % of its memory limit left (${(Math.max(0, free) / MiB).toFixed(0)} MiB).` });
    } else if (s.memory.total > 0) {
      const pct = (s.memory.available / s.memory.total) * 100;
      if (pct < r.threshold) out.push({ rule: 'memoryLow', key: 'memory', message: `Available memory is down to ${pct.toFixed(1)} % (${(s.memory.available / MiB).toFixed(0)} MiB).` });
    }
  }
  r = on('memoryPressure');
  const psi = s.pressure?.memorySome;
  if (r && psi !== undefined && psi !== null && psi > r.threshold) {
    out.push({ rule: 'memoryPressure', key: 'memory', message: `Memory pressure: tasks stalled on memory ${psi.toFixed(1)} % of the last 10 s.` });
  }
  const ls = on('languageServer');
  const cpu = on('processCpu');
  const dbg = on('debuggeeMemory');
  for (const p of s.processes) {
    const key = `${p.pid}:${p.createTime}`;
    const subject = { pid: p.pid, createTime: p.createTime, name: processName(p) };
    // an extension's child process (a language server) is the runaway rule's; the rest is processCpu's
    const rule = p.kind === 'extension' && ls ? ls : p.kind === 'extension' ? undefined : cpu;
    if (rule && p.cpuPercent > rule.threshold) {
      const id: AlertRuleId = rule === ls ? 'languageServer' : 'processCpu';
      out.push({
        rule: id, key, subject,
        message: id === 'languageServer'
          ? `A language server or extension process, ${subject.name} (pid ${p.pid}), keeps using ${p.cpuPercent.toFixed(0)} % CPU.`
          : `${subject.name} (pid ${p.pid}) keeps using ${p.cpuPercent.toFixed(0)} % CPU.`,
      });
    }
    if (dbg && p.kind === 'debug' && p.rss > dbg.threshold * MiB) {
      out.push({ rule: 'debuggeeMemory', key, subject, message: `The debuggee ${subject.name} (pid ${p.pid}) uses ${(p.rss / MiB).toFixed(0)} MiB.` });
    }
  }
  if (on('sensorHigh')) {
    for (const t of sensorReadings(s)) {
      if (t.high !== null && t.current >= t.high) {
        out.push({ rule: 'sensorHigh', key: t.key, message: `${notificationText(`${t.chip} ${t.label}`.trim())} is at ${t.current.toFixed(0)} °C, over its high mark ${t.high.toFixed(0)} °C.` });
      }
    }
  }
  return out;
}

interface Episode { start: number; lastTrue: number; fired: boolean }

export class AlertEngine {
  private readonly episodes = new Map<string, Episode>();
  private readonly lastNotified = new Map<AlertRuleId, number>();
  private readonly snoozedUntil = new Map<AlertRuleId, number>();
  private readonly muted = new Set<AlertRuleId>();

  constructor(private rules: AlertRules = { ...DEFAULT_ALERT_RULES }, private readonly cooldownMs = ALERT_COOLDOWN_MS) {}

  setRules(rules: AlertRules): void {
    this.rules = rules;
  }

  snooze(rule: AlertRuleId, untilMs: number): void {
    this.snoozedUntil.set(rule, untilMs);
  }

  /** "Don't show again": the rule stays silent until unmuted. */
  mute(rule: AlertRuleId): void {
    this.muted.add(rule);
  }

  unmute(rule: AlertRuleId): void {
    this.muted.delete(rule);
  }

  private clearMs(rule: AlertRuleId): number {
    return Math.max(MIN_CLEAR_MS, this.rules[rule].seconds * 1000);
  }

  /** One tick: the conditions that hold at `now` (ms); returns the alerts to show now. */
  step(now: number, holding: readonly Condition[]): Alert[] {
    const current = new Map<string, Condition>();
    for (const c of holding) current.set(`${c.rule}\0${c.key}`, c);
    // episodes end after a full clear period without the condition
    for (const [k, e] of this.episodes) {
      if (current.has(k)) continue;
      const rule = k.slice(0, k.indexOf('\0')) as AlertRuleId;
      if (now - e.lastTrue >= this.clearMs(rule)) this.episodes.delete(k);
    }
    const out: Alert[] = [];
    for (const [k, c] of current) {
      let e = this.episodes.get(k);
      if (!e) { e = { start: now, lastTrue: now, fired: false }; this.episodes.set(k, e); }
      e.lastTrue = now;
      const rule = this.rules[c.rule];
      if (e.fired || !rule.enabled || this.muted.has(c.rule)) continue;
      if (now - e.start < rule.seconds * 1000) continue;
      if ((this.snoozedUntil.get(c.rule) ?? -Infinity) > now) continue;
      if (now - (this.lastNotified.get(c.rule) ?? -Infinity) < this.cooldownMs) continue;
      e.fired = true;
      this.lastNotified.set(c.rule, now);
      out.push(c);
    }
    return out;
  }
}

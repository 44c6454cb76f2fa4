// The dashboard host's pure parts: the tick message, the history payload and the
// validation of what a webview sends. No vscode import: unit-tested in plain Node.
import type { History } from '../monitor/history';
import { sensorReadings } from '../monitor/series';
import { DASH_ACTIONS, PROFILE_ACTIONS, SIGNAL_NAMES } from '../protocol';
import type { DashAction, DashTick, FromWebview, ProfileAction, Snapshot, TableDelta, ToWebview } from '../protocol';

// the differ runs in the worker now (monitor/tableDiff); exported here for the tests and the bench
export { TableDiffer } from '../monitor/tableDiff';

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function buildTick(s: Snapshot, values: Record<string, number>, roots: number[], table?: TableDelta): DashTick {
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(values)) out[k] = finiteOrNull(v);
  return {
    time: s.time / 1000,
    values: out,
    cpu: { percent: s.cpu.percent, count: s.cpu.count, perCpu: s.cpu.perCpu },
    loadAvg: s.loadAvg,
    memory: { ...s.memory, cached: s.extras?.memCached ?? 0 },
    swap: s.swap,
    sensors: sensorReadings(s),
    battery: s.battery,
    bootTime: s.extras?.bootTime ?? 0,
    table,
    roots,
    ...(s.processesUnavailable ? { processesUnavailable: s.processesUnavailable } : {}),
    container: s.container ?? null,
    pressure: s.pressure ?? null,
  };
}

export function historyPayload(h: History): Extract<ToWebview, { type: 'init' }>['history'] {
  const series: Record<string, (number | null)[]> = {};
  for (const [name, ring] of h.series) series[name] = Array.from(ring.toArray(), finiteOrNull);
  return { time: Array.from(h.time.toArray()), series };
}

const isPid = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 0x7fffffff;

/** The message, or why it is refused (an unknown command, a pid that is not a positive integer ...). */
export function validateFromWebview(m: unknown): { ok: true; msg: FromWebview } | { ok: false; reason: string } {
  if (typeof m !== 'object' || m === null) return { ok: false, reason: 'a message that is not an object' };
  const o = m as Record<string, unknown>;
  const type = o.type;
  switch (type) {
    case 'ready':
    case 'exportHistory':
      return { ok: true, msg: { type } };
    case 'details':
    case 'environ':
      if (!isPid(o.pid)) return { ok: false, reason: `${type} with a pid that is not a positive integer: ${JSON.stringify(o.pid)?.slice(0, 60)}` };
      // the process the row showed, not whichever has its pid now
      if (typeof o.createTime !== 'number' || !Number.isFinite(o.createTime) || o.createTime < 0) {
        return { ok: false, reason: `${type} without a creation time: ${JSON.stringify(o.createTime)?.slice(0, 60)}` };
      }
      return { ok: true, msg: { type, pid: o.pid, createTime: o.createTime } };
    case 'action': {
      if (typeof o.action !== 'string' || !(DASH_ACTIONS as readonly string[]).includes(o.action)) {
        return { ok: false, reason: `unknown action ${JSON.stringify(o.action)}` };
      }
      if (!isPid(o.pid)) return { ok: false, reason: `action with a pid that is not a positive integer: ${JSON.stringify(o.pid)}` };
      if (typeof o.createTime !== 'number' || !Number.isFinite(o.createTime) || o.createTime < 0) {
        return { ok: false, reason: `action without a creation time: ${JSON.stringify(o.createTime)}` };
      }
      const name = typeof o.name === 'string' ? o.name.slice(0, 200) : '';
      const action = o.action as DashAction;
      if (action === 'signal') {
        if (typeof o.signal !== 'string' || !(SIGNAL_NAMES as readonly string[]).includes(o.signal)) {
          return { ok: false, reason: `unknown signal ${JSON.stringify(o.signal)}` };
        }
        return { ok: true, msg: { type, action, pid: o.pid, createTime: o.createTime, name, signal: o.signal as typeof SIGNAL_NAMES[number] } };
      }
      return { ok: true, msg: { type, action, pid: o.pid, createTime: o.createTime, name } };
    }
    case 'profileRun':
      return { ok: true, msg: { type } };
    case 'profileAction': {
      if (typeof o.action !== 'string' || !(PROFILE_ACTIONS as readonly string[]).includes(o.action)) {
        return { ok: false, reason: `unknown profile action ${JSON.stringify(o.action)?.slice(0, 60)}` };
      }
      const action = o.action as ProfileAction;
      if (action === 'open' || action === 'disable') {
        // the host also checks it against the extensions the profile named
        if (typeof o.id !== 'string' || !/^[\w.-]{1,200}$/.test(o.id)) return { ok: false, reason: `profile action with a bad extension id ${JSON.stringify(o.id)?.slice(0, 60)}` };
        return { ok: true, msg: { type, action, id: o.id } };
      }
      return { ok: true, msg: { type, action } };
    }
    default:
      return { ok: false, reason: `unknown command ${JSON.stringify(type)?.slice(0, 60)}` };
  }
}

/** What the confirmation modal asks, naming the process and pid. */
export function confirmText(action: FromWebview & { type: 'action' }, name: string): { question: string; button: string } {
  const who = `"${name}" (pid ${action.pid})`;
  switch (action.action) {
    case 'terminate': return { question: `Terminate ${who} with SIGTERM?`, button: 'Terminate' };
    case 'kill': return { question: `Kill ${who} with SIGKILL? It cannot clean up.`, button: 'Kill' };
    case 'suspend': return { question: `Suspend ${who} with SIGSTOP?`, button: 'Suspend' };
    case 'resume': return { question: `Resume ${who} with SIGCONT?`, button: 'Resume' };
    case 'killTree': return { question: `Kill ${who} and all its descendants with SIGKILL?`, button: 'Kill Tree' };
    case 'signal': return { question: `Send ${action.signal} to ${who}?`, button: `Send ${action.signal}` };
  }
}

// The extension host profile as the dashboard and the text document show it. Pure: a breakdown in,
// a view (what the webview gets) and plain text (for screen readers) out. Function names and file
// paths come from extensions' code: shown escaped and cut, like process text.
import { plainText } from '../text/sinks';
import type { Breakdown } from '../monitor/profileBreakdown';
import type { ProfileView, Snapshot } from '../protocol';
import { LABEL_MAX, messageText, unlink } from '../text/sinks';

/** Names and paths from extensions' code are shown like process text (the shared plain-text sink). */
const clean = (s: string, n = 200): string => plainText(s, n);

export function toView(b: Breakdown, meta: { time: number; intervalUs: number; trigger: string; debuggerUrl?: string }): ProfileView {
  return {
    time: meta.time,
    windowMs: b.windowMs,
    intervalMs: meta.intervalUs / 1000,
    samples: b.samples,
    trigger: meta.trigger,
    note: meta.debuggerUrl ? `An inspector port is open on the extension host (${clean(meta.debuggerUrl)}): a debugger may be attached. The profile ran in its own session; time a debugger held the host paused shows as idle or program.` : undefined,
    rows: b.rows.map((r) => ({
      kind: r.kind, id: clean(r.id), name: clean(r.name), ms: r.ms, percent: r.percent, samples: r.samples,
      top: r.top.map((f) => ({ name: clean(f.name), location: clean(f.location, 300), selfMs: f.selfMs, samples: f.samples })),
    })),
  };
}

const ms = (v: number): string => `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ms`;
const pct = (v: number): string => `${v.toFixed(1)} %`;

/** The row's name as the list shows it: "Display Name (publisher.id)" for an extension. */
export function rowTitle(r: ProfileView['rows'][number]): string {
  return r.kind === 'extension' && r.name !== r.id ? `${r.name} (${r.id})` : r.name;
}

/**
 * The notification after an automatic profile. VS Code turns `[text](target)` in a notification into
 * a link (a `command:` one runs on click), and an extension's display name is its author's text: the
 * title goes through the notification sink, and the whole message is unlinked once more.
 */
export function autoProfileNotice(v: ProfileView): string {
  const top = v.rows.find((r) => r.kind === 'extension');
  const what = top ? `${messageText(rowTitle(top), LABEL_MAX)} used ${top.percent.toFixed(0)} % of it` : 'no extension stood out';
  return unlink(`Vitals profiled the busy extension host: ${what}.`);
}

/** A procinfo-like document of the same breakdown. */
export function profileText(v: ProfileView): string {
  const lines = [
    'Extension host profile',
    '',
    `  taken      ${new Date(v.time).toISOString().replace('T', ' ').slice(0, 19)} UTC (${v.trigger})`,
    `  window     ${(v.windowMs / 1000).toFixed(1)} s, sampled every ${v.intervalMs} ms, ${v.samples} samples`,
  ];
  if (v.note) lines.push(`  note       ${v.note}`);
  lines.push('', 'Where the extension host\'s time went, largest first (the outermost extension frame on each sampled stack claims the sample):', '');
  if (!v.rows.length) lines.push('  No samples: V8 took none in this window.');
  v.rows.forEach((r, i) => {
    const kids = r.childCpu !== undefined ? `; child processes of this extension: ${r.childCpu.toFixed(1)} % CPU` : '';
    lines.push(`${String(i + 1).padStart(3)}. ${rowTitle(r)}: ${ms(r.ms)}, ${pct(r.percent)} of the window, ${r.samples} samples${kids}`);
    for (const f of r.top) lines.push(`       ${ms(f.selfMs).padStart(9)}  ${f.name}  ${f.location}`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * CPU % of each extension's child processes (the extension host's descendants, named by the
 * extension their topmost ancestor runs from), averaged over the snapshots taken in the window.
 */
export function childCpuByExtension(snapshots: readonly Pick<Snapshot, 'processes'>[], hostPid: number): Map<string, number> {
  const sums = new Map<string, number>();
  if (!snapshots.length) return sums;
  for (const s of snapshots) {
    for (const p of s.processes) {
      if (!p.extension || p.root !== hostPid || p.pid === hostPid || p.kind !== 'extension') continue;
      sums.set(p.extension, (sums.get(p.extension) ?? 0) + (Number.isFinite(p.cpuPercent) ? p.cpuPercent : 0));
    }
  }
  for (const [k, v] of sums) sums.set(k, v / snapshots.length);
  return sums;
}

/** The view with "child processes: N % CPU" beside each extension; an extension with busy children but no JavaScript samples gets a row too. */
export function withChildCpu(v: ProfileView, cpu: ReadonlyMap<string, number>, names: ReadonlyMap<string, string | undefined>): ProfileView {
  const rows = v.rows.map((r) => (r.kind === 'extension' && cpu.has(r.id) ? { ...r, childCpu: cpu.get(r.id)! } : r));
  for (const [id, c] of cpu) {
    if (c < 0.05 || rows.some((r) => r.kind === 'extension' && r.id === id)) continue; // an idle language server adds no row
    rows.push({ kind: 'extension', id: clean(id), name: clean(names.get(id) || id), ms: 0, percent: 0, samples: 0, top: [], childCpu: c });
  }
  return { ...v, rows };
}

// Text for the dashboard's cells, cards and legends. Pure: unit-tested in Node.
import { formatBytes, printable } from '../src/format';
import type { TableRow } from '../src/protocol';
import type { ColumnId } from './model';

export { formatBytes, printable };

export function formatRate(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '-';
  return n === 0 ? '0 B/s' : `${formatBytes(n)}/s`;
}

export function formatPercent(n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '-' : `${n.toFixed(digits)} %`;
}

/** "3d 4h", "4h 05m", "5m 03s", "42s". */
export function formatUptime(secs: number): string {
  if (!Number.isFinite(secs) || secs < 0) return '-';
  const d = Math.floor(secs / 86400);
  const h = Math.floor((secs % 86400) / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = Math.floor(secs % 60);
  const two = (n: number): string => String(n).padStart(2, '0');
  if (d) return `${d}d ${h}h`;
  if (h) return `${h}h ${two(m)}m`;
  if (m) return `${m}m ${two(s)}s`;
  return `${s}s`;
}

export function formatTemperature(c: number | null | undefined, unit: 'celsius' | 'fahrenheit'): string {
  if (c === null || c === undefined || !Number.isFinite(c)) return '-';
  return unit === 'fahrenheit' ? `${(c * 9 / 5 + 32).toFixed(0)} °F` : `${c.toFixed(0)} °C`;
}

export { batteryLevel, levelOf } from '../src/levels';
export type { Level } from '../src/levels';

/** What a user calls the process: its role label when the monitor knows one ("extension host (MainThread)"), else its name. */
export function displayName(r: TableRow): string {
  const name = printable(r.name) || '(no name)';
  if (!r.label) return name;
  const label = printable(r.label);
  return label === name ? label : `${label} (${name})`;
}

/** A cell's text; process strings pass through printable() so control characters show as \xNN. */
export function cellText(r: TableRow, c: ColumnId, nowSec: number): string {
  switch (c) {
    case 'name': return displayName(r);
    case 'label': return printable(r.label ?? '');
    case 'pid': return String(r.pid);
    case 'cpuPercent': return r.cpuPercent.toFixed(1);
    case 'rss': return formatBytes(r.rss);
    case 'uss': return formatBytes(r.uss);
    case 'readRate': return formatRate(r.readRate);
    case 'writeRate': return formatRate(r.writeRate);
    case 'numThreads': return String(r.numThreads);
    case 'numFds': return r.numFds === null ? '-' : String(r.numFds);
    case 'status': return r.status;
    case 'username': return printable(r.username ?? '-');
    case 'uptime': return r.createTime ? formatUptime(nowSec - r.createTime) : '-';
    case 'cmdline': return printable(r.cmdline);
    case 'cgroup': return printable(r.cgroup ?? '-');
  }
}

// The vitals.* settings as one typed object.
import * as vscode from 'vscode';

export type StatusItemKind = 'cpu' | 'memory' | 'temperature' | 'battery';
export const STATUS_ITEM_KINDS: readonly StatusItemKind[] = ['cpu', 'memory', 'temperature', 'battery'];

export interface Threshold { warning: number; error: number }

export interface VitalsConfig {
  refreshInterval: number;
  historyMinutes: number;
  pauseWhenHidden: boolean;
  statusBarItems: StatusItemKind[];
  thresholds: Record<'cpu' | 'memory' | 'temperature', Threshold>;
  temperatureUnit: 'celsius' | 'fahrenheit';
}

function threshold(c: vscode.WorkspaceConfiguration, key: string, dflt: Threshold): Threshold {
  const v = c.get<Partial<Threshold>>(key) ?? {};
  return {
    warning: typeof v.warning === 'number' ? v.warning : dflt.warning,
    error: typeof v.error === 'number' ? v.error : dflt.error,
  };
}

/** The schema's bounds, kept in code too (settings.json is not validated against the schema). */
export const HISTORY_MINUTES_MAX = 1440;

export function clampHistoryMinutes(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(HISTORY_MINUTES_MAX, Math.max(1, v)) : 10;
}

export function readConfig(): VitalsConfig {
  const c = vscode.workspace.getConfiguration('vitals');
  const items = c.get<string[]>('statusBar.items') ?? [...STATUS_ITEM_KINDS];
  return {
    refreshInterval: Math.max(250, c.get<number>('refreshInterval') ?? 2000),
    historyMinutes: clampHistoryMinutes(c.get<number>('historyMinutes')),
    pauseWhenHidden: c.get<boolean>('pauseWhenHidden') ?? true,
    statusBarItems: STATUS_ITEM_KINDS.filter((k) => items.includes(k)),
    thresholds: {
      cpu: threshold(c, 'thresholds.cpu', { warning: 70, error: 90 }),
      memory: threshold(c, 'thresholds.memory', { warning: 70, error: 90 }),
      temperature: threshold(c, 'thresholds.temperature', { warning: 80, error: 95 }),
    },
    temperatureUnit: c.get<string>('temperatureUnit') === 'fahrenheit' ? 'fahrenheit' : 'celsius',
  };
}

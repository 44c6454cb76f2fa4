// The one threshold rule, shared by the status bar (src/ui/statusBar.ts) and the dashboard's cards
// (webview/format.ts): both bundles import it, so it imports nothing (no vscode, no node).

export type Level = 'ok' | 'warning' | 'error';

export interface Threshold { warning: number; error: number }

/** At or above `error` is an error, at or above `warning` a warning; no reading is ok. */
export function levelOf(value: number | null | undefined, t: Threshold): Level {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'ok';
  return value >= t.error ? 'error' : value >= t.warning ? 'warning' : 'ok';
}

/** The battery's rule runs the other way: unplugged (or not known to be plugged) at 20 % or less warns, 10 % or less is an error. */
export function batteryLevel(percent: number, plugged: boolean | null | undefined): Level {
  if (plugged) return 'ok';
  return percent <= 10 ? 'error' : percent <= 20 ? 'warning' : 'ok';
}

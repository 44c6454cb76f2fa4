// Status bar items vitals.cpu / vitals.memory / vitals.temperature / vitals.battery.
import * as vscode from 'vscode';
import { formatBytes, formatDuration, formatDurationWords, usedOfTotal } from '../format';
import { batteryLevel, Level, levelOf } from '../levels';
import { containerCpu, containerMemory, pressureLines } from './containerStatus';
import { POWER_TIME_UNKNOWN, POWER_TIME_UNLIMITED } from '../probe/constants';
import type { ExportStatus, Snapshot } from '../protocol';
import { StatusItemKind, Threshold, VitalsConfig } from './config';
import { markdownText, plainText } from '../text/sinks';

export interface StatusItemState { id: string; text: string; tooltip: string; accessibilityLabel: string; visible: boolean; background: string | undefined; command?: string }

const NAMES: Record<StatusItemKind, string> = {
  cpu: 'Vitals: CPU', memory: 'Vitals: Memory', temperature: 'Vitals: Temperature', battery: 'Vitals: Battery',
};

/** The item's background for a level of the shared rule (src/levels.ts, also the dashboard cards'). */
const BACKGROUND: Record<Level, string | undefined> = {
  ok: undefined, warning: 'statusBarItem.warningBackground', error: 'statusBarItem.errorBackground',
};

function level(value: number, t: Threshold): string | undefined {
  return BACKGROUND[levelOf(value, t)];
}

export { usedOfTotal } from '../format';

/** The hottest reading of the machine: the highest current temperature of any sensor. */
export function hottest(s: Snapshot): { chip: string; label: string; current: number } | undefined {
  let best: { chip: string; label: string; current: number } | undefined;
  for (const [chip, list] of Object.entries(s.temperatures)) {
    for (const t of list) if (!best || t.current > best.current) best = { chip, label: t.label, current: t.current };
  }
  return best;
}

/** `label` is what a screen reader says: plain words, never the tooltip's markdown. */
interface Rendered { text: string; tooltip: vscode.MarkdownString; label: string; background?: string }

export class StatusBar implements vscode.Disposable {
  private readonly items = new Map<StatusItemKind, vscode.StatusBarItem>();
  private readonly visible = new Map<StatusItemKind, boolean>();
  private last: Snapshot | undefined;
  /** One tooltip line while the opt-in /metrics endpoint is on (vitals.export.enabled). */
  private exportLine = '';

  constructor(private config: VitalsConfig, clickCommand: string) {
    const priorities: Record<StatusItemKind, number> = { cpu: 104, memory: 103, temperature: 102, battery: 101 };
    for (const kind of Object.keys(NAMES) as StatusItemKind[]) {
      const item = vscode.window.createStatusBarItem(`vitals.${kind}`, vscode.StatusBarAlignment.Right, priorities[kind]);
      item.name = NAMES[kind];
      item.command = clickCommand;
      this.items.set(kind, item);
      this.visible.set(kind, false);
    }
  }

  updateConfig(config: VitalsConfig): void {
    this.config = config;
    if (this.last) this.update(this.last);
    else for (const kind of this.items.keys()) if (!config.statusBarItems.includes(kind)) this.setVisible(kind, false);
  }

  update(s: Snapshot): void {
    this.last = s;
    for (const [kind, item] of this.items) {
      const r = this.config.statusBarItems.includes(kind) ? this.render(kind, s) : undefined;
      if (!r) { this.setVisible(kind, false); continue; }
      item.text = r.text;
      item.tooltip = r.tooltip;
      item.accessibilityInformation = { label: r.label };
      item.backgroundColor = r.background ? new vscode.ThemeColor(r.background) : undefined;
      this.setVisible(kind, true);
    }
  }

  setExport(st: ExportStatus): void {
    this.exportLine = st.url ? `Prometheus metrics: on at \`${st.url}\` (this machine only)\n\n` : st.error ? `Prometheus metrics: off (${escapeMd(st.error)})\n\n` : '';
    if (this.last) this.update(this.last);
  }

  /** What each item shows now (for tests and the exported API). */
  state(): StatusItemState[] {
    return [...this.items].map(([kind, item]) => ({
      id: `vitals.${kind}`,
      text: item.text,
      tooltip: typeof item.tooltip === 'string' ? item.tooltip : item.tooltip?.value ?? '',
      accessibilityLabel: item.accessibilityInformation?.label ?? '',
      visible: this.visible.get(kind) ?? false,
      background: item.backgroundColor instanceof vscode.ThemeColor ? (item.backgroundColor as unknown as { id: string }).id : undefined,
      command: typeof item.command === 'string' ? item.command : item.command?.command,
    }));
  }

  dispose(): void {
    for (const item of this.items.values()) item.dispose();
    this.items.clear();
  }

  private setVisible(kind: StatusItemKind, show: boolean): void {
    const item = this.items.get(kind);
    if (!item || this.visible.get(kind) === show) return;
    this.visible.set(kind, show);
    if (show) item.show(); else item.hide();
  }

  private header(s: Snapshot): string {
    const remote = vscode.env.remoteName;
    const host = markdownText(s.host); // anyone with root (or a container) names the host
    return (remote ? `**${host}** (remote: ${markdownText(remote)})\n\n` : `**${host}**\n\n`) + this.exportLine;
  }

  private render(kind: StatusItemKind, s: Snapshot): Rendered | undefined {
    const md = (body: string): vscode.MarkdownString => {
      const m = new vscode.MarkdownString(this.header(s) + body);
      m.isTrusted = false;
      m.supportHtml = false;
      return m;
    };
    switch (kind) {
      case 'cpu': {
        if (!s.cpu.count) return undefined;
        const inContainer = containerCpu(s);
        if (inContainer) return { ...inContainer, tooltip: md(inContainer.tooltip), background: level(inContainer.percent, this.config.thresholds.cpu) };
        const perCore = s.cpu.perCpu.map((p, i) => `| cpu${s.cpu.cpuIds[i] ?? i} | ${p.toFixed(1)} % |`).join('\n');
        const load = s.loadAvg ? `\n\nLoad average: ${s.loadAvg.map((l) => l.toFixed(2)).join(' ')}` : '';
        const cores = s.cpu.count === 1 ? '1 core' : `${s.cpu.count} cores`;
        return {
          text: `$(pulse) ${Math.round(s.cpu.percent)}%`,
          label: `CPU ${Math.round(s.cpu.percent)} percent of ${cores}`,
          tooltip: md(`CPU: **${s.cpu.percent.toFixed(1)} %** of ${s.cpu.count} cpus\n\n| core | busy |\n|---|---:|\n${perCore}${load}`),
          background: level(s.cpu.percent, this.config.thresholds.cpu),
        };
      }
      case 'memory': {
        if (!s.memory.total) return undefined;
        const inContainer = containerMemory(s);
        if (inContainer) return { ...inContainer, tooltip: md(inContainer.tooltip), background: level(inContainer.percent, this.config.thresholds.memory) };
        const m = s.memory;
        const swap = s.swap.total ? `\n\nSwap: ${formatBytes(s.swap.used)} of ${formatBytes(s.swap.total)} (${s.swap.percent} %)` : '\n\nSwap: none';
        const amount = usedOfTotal(m.used, m.total);
        return {
          text: `$(server) ${amount.text}`,
          label: `Memory ${amount.spoken} used, ${Math.round(m.percent)} percent`,
          tooltip: md(`Memory: **${m.percent} %** used\n\n| | |\n|---|---:|\n| used | ${formatBytes(m.used)} |\n| available | ${formatBytes(m.available)} |\n| total | ${formatBytes(m.total)} |${swap}${pressureLines(s)}`),
          background: level(m.percent, this.config.thresholds.memory),
        };
      }
      case 'temperature': {
        const hot = hottest(s);
        if (!hot) return undefined;
        const f = this.config.temperatureUnit === 'fahrenheit';
        const fmt = (c: number | null): string => (c === null ? '-' : f ? `${(c * 9 / 5 + 32).toFixed(0)} °F` : `${c.toFixed(0)} °C`);
        const rows = Object.entries(s.temperatures).flatMap(([chip, list]) =>
          list.map((t) => `| ${escapeMd(chip)} | ${escapeMd(t.label)} | ${fmt(t.current)} | ${fmt(t.high)} | ${fmt(t.critical)} |`));
        const degrees = f ? `${(hot.current * 9 / 5 + 32).toFixed(0)} degrees Fahrenheit` : `${hot.current.toFixed(0)} degrees Celsius`;
        return {
          text: `$(flame) ${fmt(hot.current)}`,
          label: `Hottest sensor ${degrees}, ${plainText(hot.chip, 64)} ${plainText(hot.label, 64)}`.trim(),
          tooltip: md(`Hottest: **${fmt(hot.current)}** (${escapeMd(hot.chip)} ${escapeMd(hot.label)})\n\n| chip | sensor | now | high | critical |\n|---|---|---:|---:|---:|\n${rows.join('\n')}`),
          background: level(hot.current, this.config.thresholds.temperature),
        };
      }
      case 'battery': {
        const b = s.battery;
        if (!b) return undefined;
        const icon = b.powerPlugged ? '$(plug)' : '$(circle-large-outline)';
        const left = b.secsLeft === POWER_TIME_UNLIMITED ? 'plugged in' : b.secsLeft === POWER_TIME_UNKNOWN ? 'time left unknown' : `${formatDuration(b.secsLeft)} left`;
        return {
          text: `${icon} ${Math.round(b.percent)}%`,
          label: `Battery ${Math.round(b.percent)} percent, ${b.secsLeft >= 0 ? `${formatDurationWords(b.secsLeft)} left` : left}`,
          tooltip: md(`Battery: **${b.percent.toFixed(0)} %**, ${left}`),
          background: BACKGROUND[batteryLevel(b.percent, b.powerPlugged)],
        };
      }
    }
  }
}

/** Sensor names come from the OS: never let them inject markdown or links into a tooltip. */
export function escapeMd(s: string): string {
  return markdownText(s);
}


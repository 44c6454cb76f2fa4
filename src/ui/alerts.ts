// Alert notifications: the rule engine (monitor/alerts) run on every snapshot, each alert shown once
// as a warning with Inspect, Kill (through the usual confirmation), Snooze 1 h and Don't show again.
import * as vscode from 'vscode';
import { AlertEngine, alertRulesFrom, ALERT_RULE_IDS, conditionsOf, type Alert, type AlertRuleId, type AlertRules } from '../monitor/alerts';
import type { Sampler } from '../monitor/sampler';
import type { Snapshot } from '../protocol';
import { signalWithConfirm } from './actions';
import { openDetails } from './inspector';

const MUTED_KEY = 'vitals.alerts.muted';
const SNOOZE_MS = 3600_000;

export function readAlertRules(): AlertRules {
  return alertRulesFrom(vscode.workspace.getConfiguration('vitals').get('alerts'));
}

export class Alerts implements vscode.Disposable {
  private readonly engine: AlertEngine;
  private rules: AlertRules;
  /** What was shown, newest last (for the tests and the exported API). */
  readonly shown: Alert[] = [];

  constructor(private readonly sampler: Sampler, private readonly state: vscode.Memento) {
    this.rules = readAlertRules();
    this.engine = new AlertEngine(this.rules);
    const muted = state.get<unknown>(MUTED_KEY);
    if (Array.isArray(muted)) for (const id of muted) if ((ALERT_RULE_IDS as readonly unknown[]).includes(id)) this.engine.mute(id as AlertRuleId);
  }

  updateConfig(): void {
    this.rules = readAlertRules();
    this.engine.setRules(this.rules);
  }

  update(s: Snapshot): void {
    for (const alert of this.engine.step(s.time, conditionsOf(s, this.rules))) void this.show(alert);
  }

  private async show(alert: Alert): Promise<void> {
    this.shown.push(alert);
    if (this.shown.length > 50) this.shown.shift();
    const actions = alert.subject ? ['Inspect', 'Kill', 'Snooze 1 h', 'Don\'t show again'] : ['Inspect', 'Snooze 1 h', 'Don\'t show again'];
    const picked = await vscode.window.showWarningMessage(`Vitals: ${alert.message}`, ...actions);
    const p = alert.subject;
    switch (picked) {
      case 'Inspect':
        if (p) await openDetails({ pid: p.pid, createTime: p.createTime, label: p.name });
        else await vscode.commands.executeCommand('vitals.openDashboard');
        return;
      case 'Kill':
        if (p) await signalWithConfirm(this.sampler, { pid: p.pid, createTime: p.createTime, label: p.name }, 'kill');
        return;
      case 'Snooze 1 h':
        this.engine.snooze(alert.rule, Date.now() + SNOOZE_MS);
        return;
      case 'Don\'t show again': {
        this.engine.mute(alert.rule);
        const muted = new Set(this.state.get<string[]>(MUTED_KEY) ?? []);
        muted.add(alert.rule);
        await this.state.update(MUTED_KEY, [...muted]);
        return;
      }
    }
  }

  dispose(): void {
    // nothing held: notifications close themselves
  }
}

// What a user can do to a process: terminate, kill, kill tree, send a signal, suspend, resume,
// copy its pid or command line, reveal it in the dashboard. Every signal asks first (a modal
// naming the process and its pid) and goes through the worker, which re-checks (pid, createTime).
import { constants } from 'node:os';
import * as vscode from 'vscode';
import type { Sampler } from '../monitor/sampler';
import type { CallMethod, SignalResult } from '../protocol';
import { CMDLINE_MAX, LABEL_MAX, messageText, quickPickText, unlink } from '../text/sinks';

/** The identity a user picked: the worker refuses the action if the pid now names another process. */
export interface ProcessRef { pid: number; createTime: number; label: string; cmdline?: string }

export type ActionId = 'details' | 'terminate' | 'kill' | 'killTree' | 'signal' | 'suspend' | 'resume' | 'copyPid' | 'copyCmdline' | 'reveal';

export const ACTIONS: { id: ActionId; label: string; detail?: string }[] = [
  { id: 'details', label: '$(info) Show details' },
  { id: 'terminate', label: '$(debug-stop) Terminate', detail: 'SIGTERM: ask the process to exit' },
  { id: 'kill', label: '$(close) Kill', detail: 'SIGKILL: end it now' },
  { id: 'killTree', label: '$(trash) Kill tree', detail: 'SIGKILL to the process and all its descendants' },
  { id: 'signal', label: '$(zap) Send signal…' },
  { id: 'suspend', label: '$(debug-pause) Suspend', detail: 'SIGSTOP' },
  { id: 'resume', label: '$(debug-continue) Resume', detail: 'SIGCONT' },
  { id: 'copyPid', label: '$(copy) Copy pid' },
  { id: 'copyCmdline', label: '$(copy) Copy command line' },
  { id: 'reveal', label: '$(graph) Reveal in dashboard' },
];

/** Answers a confirmation without a modal: only the integration tests set this (through VitalsApi.test). */
type ConfirmHook = (message: string, detail: string) => boolean;
let confirmHook: ConfirmHook | undefined;
export const confirmations: string[] = [];
export const notices: string[] = [];

export function setConfirmHook(hook: ConfirmHook | undefined): void {
  confirmHook = hook;
}

export async function confirm(rawMessage: string, rawDetail: string, button: string): Promise<boolean> {
  // the modal links `[text](command:…)` too: process text in it comes through messageText, and
  // the composed text is unlinked once more so two fragments side by side cannot form one
  const message = unlink(rawMessage);
  const detail = unlink(rawDetail);
  confirmations.push(message);
  if (confirmations.length > 50) confirmations.shift();
  if (confirmHook) return confirmHook(message, detail);
  return (await vscode.window.showWarningMessage(message, { modal: true, detail }, button)) === button;
}

/** An information message, recorded for the tests. */
export function notify(rawMessage: string): void {
  const message = unlink(rawMessage);
  notices.push(message);
  if (notices.length > 50) notices.shift();
  void vscode.window.showInformationMessage(message);
}

/** An error message (it may name a process or its user): the same treatment as notify. */
export function showError(e: unknown): void {
  const message = unlink(messageText(e instanceof Error ? e.message : String(e)));
  notices.push(`error: ${message}`);
  if (notices.length > 50) notices.shift();
  void vscode.window.showErrorMessage(message);
}

function describeRef(p: ProcessRef): string {
  return `"${messageText(p.label, LABEL_MAX)}" (pid ${p.pid})`;
}

const VERBS: Readonly<Record<'terminate' | 'kill' | 'killTree' | 'suspend' | 'resume', { verb: string; done: string; method: CallMethod; signal?: string }>> = {
  terminate: { verb: 'Terminate', done: 'terminated', method: 'terminate' },
  kill: { verb: 'Kill', done: 'killed', method: 'kill' },
  killTree: { verb: 'Kill', done: 'killed', method: 'killTree' },
  suspend: { verb: 'Suspend', done: 'suspended', method: 'suspend' },
  resume: { verb: 'Resume', done: 'resumed', method: 'resume' },
};

/**
 * Sends one signal after confirmation; returns what the worker signalled, or undefined when the
 * user said no or the worker refused (the refusal is shown as an error message).
 */
export async function signalWithConfirm(sampler: Sampler, p: ProcessRef, action: 'terminate' | 'kill' | 'killTree' | 'suspend' | 'resume' | 'signal', signal?: string, ask = true): Promise<SignalResult | undefined> {
  const v = action === 'signal' ? { verb: `Send ${signal} to`, done: `sent ${signal} to`, method: 'signal' as CallMethod, signal } : VERBS[action];
  const what = action === 'killTree' ? `${describeRef(p)} and all its descendants` : describeRef(p);
  if (ask && !await confirm(`${v.verb} ${what}?`, p.cmdline ? `Command line: ${messageText(p.cmdline, CMDLINE_MAX)}` : '', v.verb)) return undefined;
  try {
    const r = await sampler.call(v.method, p.pid, p.createTime, v.signal) as SignalResult;
    const others = r.signalled.length - 1;
    let msg = `Vitals ${v.done} ${describeRef(p)}${others > 0 ? ` and ${others} descendant${others === 1 ? '' : 's'}` : ''}.`;
    if (r.failed.length) msg += ` Not signalled: ${r.failed.slice(0, 10).map((f) => messageText(f.error, 200)).join('; ')}${r.failed.length > 10 ? ` and ${r.failed.length - 10} more` : ''}`;
    notify(msg);
    return r;
  } catch (e) {
    showError(e);
    return undefined;
  }
}

/** The actions menu for one process; `details` opens its procinfo document. */
export async function processActions(sampler: Sampler, p: ProcessRef, openDetails: (p: ProcessRef) => Promise<void>): Promise<void> {
  const picked = await vscode.window.showQuickPick(ACTIONS.map((a) => ({ ...a, description: undefined })), {
    title: `${quickPickText(p.label)} (pid ${p.pid})`, placeHolder: 'What to do with this process',
  });
  if (picked) await runAction(sampler, picked.id, p, openDetails);
}

export async function runAction(sampler: Sampler, id: ActionId, p: ProcessRef, openDetails: (p: ProcessRef) => Promise<void>): Promise<void> {
  switch (id) {
    case 'details': return openDetails(p);
    case 'copyPid': await vscode.env.clipboard.writeText(String(p.pid)); return;
    case 'copyCmdline': await vscode.env.clipboard.writeText(p.cmdline ?? ''); return;
    case 'reveal': {
      if ((await vscode.commands.getCommands(true)).includes('vitals.openDashboard')) {
        await vscode.commands.executeCommand('vitals.openDashboard', { pid: p.pid, createTime: p.createTime });
      } else {
        notify('The Vitals dashboard is not available in this build: showing the process details instead.');
        await openDetails(p);
      }
      return;
    }
    case 'signal': {
      const names = Object.keys(constants.signals).filter((s) => s !== 'SIGKILL' && s !== 'SIGSTOP');
      const common = ['SIGINT', 'SIGHUP', 'SIGTERM', 'SIGUSR1', 'SIGUSR2', 'SIGQUIT'];
      const order = [...common, ...names.filter((n) => !common.includes(n)).sort()];
      const signal = await vscode.window.showQuickPick(order, { title: `Send a signal to ${quickPickText(p.label)} (pid ${p.pid})` });
      if (signal) await signalWithConfirm(sampler, p, 'signal', signal);
      return;
    }
    default:
      await signalWithConfirm(sampler, p, id);
  }
}

// vitals.inspectProcess / vitals.killProcess: a QuickPick of the editor's processes grouped by
// kind (live CPU and memory), a button to switch to every process on the machine, and the
// picked one's procinfo document or actions. The probe runs in the worker; this side shows text.
import * as vscode from 'vscode';
import { RemoteError, type Sampler } from '../monitor/sampler';
import type { ProcessRow, ProcessSample } from '../protocol';
import { ProcessRef, processActions, showError, signalWithConfirm } from './actions';
import { flatten, groupProcesses, labelOf, vitalsLine } from './processModel';
import { CMDLINE_MAX, LABEL_MAX, plainText, quickPickText } from '../text/sinks';

export const PROCINFO_SCHEME = 'vitals-procinfo';

/** The (pid, createTime) a pid names now, for a document opened by pid alone (set by ProcinfoProvider). */
let identify: ((pid: number) => Promise<number>) | undefined;

/**
 * The procinfo documents: each URI carries (pid, createTime), so a tab reopened after its process
 * ended says so instead of showing whichever process has the pid now. The environment's values
 * are only in a document opened through vitals.revealEnvironment (env=1 in the URI).
 */
export class ProcinfoProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly sampler: Sampler) {
    identify = async (pid) => Number(await sampler.call('identify', pid));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const q = new URLSearchParams(uri.query);
    const pid = Number(q.get('pid'));
    const ct = q.get('ct') === null ? NaN : Number(q.get('ct'));
    if (!Number.isInteger(pid) || pid < 0 || !Number.isFinite(ct)) {
      return `This document does not name a process by pid and creation time (${plainText(uri.toString(), 200)}): open it again from Vitals: Inspect Process….`;
    }
    try {
      return String(await this.sampler.call(q.get('env') === '1' ? 'procinfoEnv' : 'procinfo', pid, ct));
    } catch (e) {
      const name = e instanceof RemoteError ? e.remoteName : '';
      const gone = name === 'NoSuchProcess' || name === 'ZombieProcess';
      const why = plainText(e instanceof Error ? e.message : String(e), 1000);
      return gone && !/now belongs to another/.test(why)
        ? `Process ${pid} (started ${new Date(ct * 1000).toISOString()}) has ended: ${why}`
        : `Process ${pid}: ${why}`;
    }
  }
}

/** The procinfo document of one process; its editor title offers the process's actions. */
export async function openDetails(p: { pid: number; createTime?: number; label?: string }, revealEnvironment = false): Promise<void> {
  let createTime = p.createTime;
  if (createTime === undefined) {
    try {
      createTime = await identify?.(p.pid);
    } catch (e) {
      showError(`Vitals cannot show pid ${p.pid}: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
  }
  const query = new URLSearchParams({ pid: String(p.pid), t: String(Date.now()) });
  if (createTime !== undefined) query.set('ct', String(createTime));
  if (p.label) query.set('label', p.label.slice(0, LABEL_MAX));
  if (revealEnvironment) query.set('env', '1');
  const uri = vscode.Uri.from({ scheme: PROCINFO_SCHEME, path: `/pid ${p.pid}${revealEnvironment ? ' environment' : ''}`, query: query.toString() });
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: true });
}

/** The process a procinfo document shows, when it was opened with its identity. */
export function refFromUri(uri: vscode.Uri): ProcessRef | undefined {
  const q = new URLSearchParams(uri.query);
  const pid = Number(q.get('pid'));
  const ct = Number(q.get('ct'));
  if (!Number.isInteger(pid) || !q.get('ct') || !Number.isFinite(ct)) return undefined;
  return { pid, createTime: ct, label: q.get('label') ?? `pid ${pid}` };
}

export function refOf(p: ProcessSample | ProcessRow): ProcessRef {
  return { pid: p.pid, createTime: p.createTime, label: 'label' in p && p.label ? p.label : p.name, cmdline: p.cmdline };
}

interface Item extends vscode.QuickPickItem { ref?: ProcessRef; typePid?: boolean; wantsActions?: boolean }

const ALL_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-flat'), tooltip: 'Show all processes' };
const EDITOR_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('list-tree'), tooltip: 'Show the editor\'s processes' };
const ACTIONS_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('ellipsis'), tooltip: 'Actions…' };

export function editorItems(processes: readonly ProcessSample[]): Item[] {
  const items: Item[] = [];
  for (const g of groupProcesses(processes)) {
    items.push({ label: g.title, kind: vscode.QuickPickItemKind.Separator });
    for (const { sample: p, depth } of flatten(g)) {
      const label = labelOf(p);
      items.push({
        label: `${'\u2003'.repeat(Math.min(depth, 6))}${quickPickText(label)}`,
        description: vitalsLine(p) + (p.note ? ` · ${quickPickText(p.note)}` : ''),
        // matched too: the command line, and the OS name last (often just a thread name, "MainThread")
        detail: quickPickText(`${p.cmdline || p.name}${p.cmdline && !p.cmdline.includes(p.name) ? ` · name ${p.name}` : ''}`, CMDLINE_MAX),
        ref: refOf(p),
        buttons: [ACTIONS_BUTTON],
      });
    }
  }
  return items;
}

function allItems(rows: readonly ProcessRow[]): Item[] {
  return [...rows].sort((a, b) => b.cpuPercent - a.cpuPercent || b.rss - a.rss).map((r) => ({
    label: quickPickText(r.name),
    description: `${vitalsLine(r)}${r.username ? ` · ${quickPickText(r.username)}` : ''}`,
    detail: quickPickText(r.cmdline || r.name, CMDLINE_MAX),
    ref: refOf(r),
    buttons: [ACTIONS_BUTTON],
  }));
}

/**
 * Shows the picker; resolves with the process picked (or undefined), with wantsActions when its
 * actions button was pressed. Items refresh with each snapshot while the picker is open.
 */
function pickProcess(sampler: Sampler, title: string, placeHolder: string, allowTypedPid: boolean): Promise<Item | undefined> {
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = title;
  qp.placeholder = placeHolder;
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.buttons = [ALL_BUTTON];
  let mode: 'editor' | 'all' = 'editor';
  const typed: Item = { label: 'Another process…', description: 'enter a pid', alwaysShow: true, typePid: true };
  const setItems = (items: Item[]): void => {
    const active = qp.activeItems[0]?.ref?.pid;
    qp.items = allowTypedPid ? [...items, typed] : items;
    const again = active === undefined ? undefined : qp.items.find((i) => i.ref?.pid === active);
    if (again) qp.activeItems = [again];
  };
  const refreshAll = async (): Promise<void> => {
    qp.busy = true;
    try {
      const rows = await sampler.call('listAll', 0) as ProcessRow[];
      if (mode === 'all') setItems(allItems(rows));
    } catch (e) {
      showError(`Vitals could not list the processes: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      qp.busy = false;
    }
  };
  setItems(editorItems(sampler.last?.processes ?? []));
  return new Promise((resolve) => {
    let result: Item | undefined;
    const subs: vscode.Disposable[] = [
      sampler.onSnapshot((s) => { if (mode === 'editor') setItems(editorItems(s.processes)); else void refreshAll(); }),
      qp.onDidTriggerButton((b) => {
        mode = b === ALL_BUTTON ? 'all' : 'editor';
        qp.buttons = [mode === 'all' ? EDITOR_BUTTON : ALL_BUTTON];
        if (mode === 'all') void refreshAll(); else setItems(editorItems(sampler.last?.processes ?? []));
      }),
      qp.onDidTriggerItemButton((e) => {
        if (!e.item.ref) return;
        result = { ...e.item, wantsActions: true };
        qp.hide();
      }),
      qp.onDidAccept(() => { result = qp.selectedItems[0] ?? qp.activeItems[0]; qp.hide(); }),
      qp.onDidHide(() => { for (const s of subs) s.dispose(); qp.dispose(); resolve(result); }),
    ];
    qp.show();
  });
}

export async function inspectProcess(sampler: Sampler, pid?: number): Promise<void> {
  if (pid !== undefined) {
    const known = sampler.last?.processes.find((p) => p.pid === pid);
    return openDetails(known ? { pid, createTime: known.createTime, label: labelOf(known) } : { pid });
  }
  const picked = await pickProcess(sampler, 'Vitals: Inspect Process', 'Pick one of the editor\'s processes (label, name, pid or command line)', true);
  if (!picked) return;
  if (picked.typePid) {
    const typed = await vscode.window.showInputBox({ title: 'Process id', validateInput: (v) => (/^\d+$/.test(v.trim()) ? undefined : 'a process id is a whole number') });
    if (!typed) return;
    return openDetails({ pid: Number(typed.trim()) });
  }
  if (!picked.ref) return;
  if (picked.wantsActions) return processActions(sampler, picked.ref, openDetails);
  return openDetails(picked.ref);
}

/** vitals.killProcess: pick one of the editor's processes (or any), confirm, kill. */
export async function killProcess(sampler: Sampler): Promise<void> {
  const picked = await pickProcess(sampler, 'Vitals: Kill Process', 'Pick the process to kill', false);
  if (!picked?.ref) return;
  if (picked.wantsActions) return processActions(sampler, picked.ref, openDetails);
  await signalWithConfirm(sampler, picked.ref, 'kill');
}

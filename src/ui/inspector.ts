// vitals.inspectProcess: pick one of the editor's processes (or type a pid) and read everything
// about it in a read-only document. The probe runs in the worker; this side only shows text.
import * as vscode from 'vscode';
import { formatBytes } from '../format';
import type { Sampler } from '../monitor/sampler';

export const PROCINFO_SCHEME = 'vitals-procinfo';

export class ProcinfoProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly sampler: Sampler) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const pid = Number(new URLSearchParams(uri.query).get('pid'));
    try {
      return String(await this.sampler.call('procinfo', pid));
    } catch (e) {
      return `Process ${pid}: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
}

interface PidItem extends vscode.QuickPickItem { pid?: number }

export async function inspectProcess(sampler: Sampler, pid?: number): Promise<void> {
  if (pid === undefined) {
    const items: PidItem[] = (sampler.last?.processes ?? []).map((p) => ({
      // label is plain text in a QuickPick: process names cannot inject codicons or markup
      label: p.name.replace(/\$\(/g, '$\u200b('),
      description: `pid ${p.pid}`,
      detail: `${p.cpuPercent.toFixed(1)} % cpu, ${formatBytes(p.rss)} rss${p.pid === process.pid ? ' — the extension host' : ''}`,
      pid: p.pid,
    }));
    items.push({ label: 'Another process…', description: 'enter a pid', alwaysShow: true });
    const picked = await vscode.window.showQuickPick(items, { title: 'Vitals: Inspect Process', matchOnDescription: true, placeHolder: 'Pick one of the editor\'s processes' });
    if (!picked) return;
    pid = picked.pid;
    if (pid === undefined) {
      const typed = await vscode.window.showInputBox({ title: 'Process id', validateInput: (v) => (/^\d+$/.test(v.trim()) ? undefined : 'a process id is a whole number') });
      if (!typed) return;
      pid = Number(typed.trim());
    }
  }
  const uri = vscode.Uri.from({ scheme: PROCINFO_SCHEME, path: `/pid ${pid}`, query: `pid=${pid}&t=${Date.now()}` });
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: true });
}

// vitals.exportHistory: the history rings to a JSON or CSV file the user picks.
import * as vscode from 'vscode';
import type { History } from '../monitor/history';
import { historyToCsv, historyToJson, type HistoryFileFormat } from '../monitor/historyExport';
import { historyWriteError, historyWrittenNotice } from './exportHistoryText';

export async function exportHistory(history: History, log: (m: string) => void): Promise<vscode.Uri | undefined> {
  if (!history.time.length) {
    void vscode.window.showInformationMessage('Vitals has no history yet: wait for a sample or two.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    [{ label: 'CSV', description: 'one row per sample (spreadsheets)', format: 'csv' as HistoryFileFormat }, { label: 'JSON', description: 'one array per series', format: 'json' as HistoryFileFormat }],
    { title: 'Vitals: Export History', placeHolder: 'File format' });
  if (!picked) return undefined;
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `vitals-history-${stamp}.${picked.format}`;
  const uri = await vscode.window.showSaveDialog({
    title: 'Vitals: Export History',
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: picked.format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
  });
  if (!uri) return undefined;
  const text = picked.format === 'csv' ? historyToCsv(history) : historyToJson(history);
  try {
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    log(`export history: ${msg}`);
    void vscode.window.showErrorMessage(historyWriteError(msg));
    return undefined;
  }
  void vscode.window.showInformationMessage(historyWrittenNotice(history.time.length, uri.fsPath || uri.toString()));
  return uri;
}

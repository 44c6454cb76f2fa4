// The "Vitals: Processes" view in the Explorer: the editor's processes grouped by kind, nested by
// parent, with inline actions (inspect, kill, more) and a one-step clean-up of orphans.
import * as vscode from 'vscode';
import type { Sampler } from '../monitor/sampler';
import type { ProcessSample, Snapshot } from '../protocol';
import { groupProcesses, labelOf, ProcessGroup, ProcessNode, vitalsLine } from './processModel';
import { CMDLINE_MAX, markdownText, plainText } from '../text/sinks';

type Element = { group: ProcessGroup } | { node: ProcessNode };

export class ProcessView implements vscode.TreeDataProvider<Element>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: ProcessGroup[] = [];
  private readonly view: vscode.TreeView<Element>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(sampler: Sampler) {
    this.view = vscode.window.createTreeView('vitals.processes', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, this.changed, sampler.onSnapshot((s) => this.update(s)));
    if (sampler.last) this.update(sampler.last);
  }

  /** Whether the view is on screen (the sampler keeps running for it even when unfocused). */
  get visible(): boolean {
    return this.view.visible;
  }

  get onDidChangeVisibility(): vscode.Event<unknown> {
    return this.view.onDidChangeVisibility;
  }

  private update(s: Snapshot): void {
    this.groups = groupProcesses(s.processes);
    this.view.description = `${s.processes.length} processes`;
    this.changed.fire();
  }

  /** The tree as shown, as text: "Group (n)" and indented "label — description" rows (for the tests). */
  render(): string[] {
    const out: string[] = [];
    const walk = (e: Element, depth: number): void => {
      const item = this.getTreeItem(e);
      out.push(`${'  '.repeat(depth)}${String(item.label)} — ${String(item.description ?? '')}`);
      for (const c of this.getChildren(e)) walk(c, depth + 1);
    };
    for (const e of this.getChildren()) walk(e, 0);
    return out;
  }

  getChildren(e?: Element): Element[] {
    if (!e) return this.groups.map((group) => ({ group }));
    if ('group' in e) return e.group.roots.map((node) => ({ node }));
    return e.node.children.map((node) => ({ node }));
  }

  getTreeItem(e: Element): vscode.TreeItem {
    if ('group' in e) {
      const g = e.group;
      const item = new vscode.TreeItem(g.title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${g.kind}`;
      item.description = `${g.count}`;
      item.contextValue = g.kind === 'orphan' ? 'vitals.orphans' : 'vitals.group';
      item.iconPath = new vscode.ThemeIcon(Object.hasOwn(ICONS, g.kind) ? ICONS[g.kind] : 'circle-outline');
      return item;
    }
    const p = e.node.sample;
    const item = new vscode.TreeItem(plainText(labelOf(p)), e.node.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `${p.pid}:${p.createTime}`;
    item.description = vitalsLine(p) + (p.note ? ` · ${plainText(p.note)}` : '');
    const tip = new vscode.MarkdownString(`${markdownText(labelOf(p))}\n\npid ${p.pid}, parent ${p.ppid}\n\n${markdownText(p.name)}${p.cmdline ? `: ${markdownText(p.cmdline, CMDLINE_MAX)}` : ''}${p.note ? `\n\n${markdownText(p.note)}` : ''}`);
    tip.isTrusted = false;
    tip.supportHtml = false;
    item.tooltip = tip;
    item.contextValue = p.kind === 'orphan' ? 'vitals.process.orphan' : 'vitals.process';
    item.command = { command: 'vitals.processes.inspect', title: 'Inspect', arguments: [e] };
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

const ICONS: Readonly<Record<ProcessGroup['kind'], string>> = {
  editor: 'vm', extension: 'extensions', terminal: 'terminal', task: 'tools', debug: 'debug-alt', orphan: 'warning',
};

/** The process a view command was invoked on (a tree element, or nothing). */
export function sampleOf(arg: unknown): ProcessSample | undefined {
  const e = arg as { node?: ProcessNode } | undefined;
  return e?.node?.sample;
}

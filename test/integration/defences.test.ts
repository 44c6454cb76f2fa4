// Issue #15 in the real VS Code host: processes started from the editor's terminal with names and
// arguments chosen to break Vitals. The sampler keeps sampling, the QuickPick rows hold no raw bidi
// control, the notice after a kill holds no link, the procinfo document holds no environment value,
// and kill tree on the extension host is refused.
// (Named to run before extension.test.ts, whose last test deactivates Vitals: index.ts sorts by name.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { VitalsApi } from '../../src/extension';
import * as probe from '../../src/probe';
import type { ProcessSample } from '../../src/protocol';
import { editorItems, PROCINFO_SCHEME } from '../../src/ui/inspector';
import { until as untilUnit } from '../unit/helpers';

const until = <T>(fn: () => T | undefined | false, what: string, ms = 30000): Promise<T> => untilUnit(fn, what, ms);

const LINK_NAME = '[Undo](command:workbench.action.openSettings).py';
const BIDI_NAME = 'invoice\u202eslx.py';
/** VS Code's notification / modal link pattern (vs/base/common/linkedText.ts). */
const VSCODE_LINK = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const RAW_BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

function alive(pid: number): boolean {
  try { return new probe.Process(pid).status() !== 'zombie'; } catch { return false; }
}

describe('A hostile machine (issue #15)', function () {
  this.timeout(120000);
  let api: VitalsApi;
  let terminal: vscode.Terminal | undefined;
  const started: number[] = [];

  before(async () => {
    api = await vscode.extensions.getExtension<VitalsApi>('vitals.vitals')!.activate();
    const dir = vscode.workspace.workspaceFolders![0].uri.fsPath;
    for (const name of [LINK_NAME, BIDI_NAME]) fs.writeFileSync(path.join(dir, name), 'import time\ntime.sleep(600)\n');
    // the shell of the editor's terminal runs them from a file: text typed into a terminal whose shell
    // is still starting can lose characters (CI saw a different command garbled in two runs)
    fs.writeFileSync(path.join(dir, 'hostile.sh'), [
      `VITALS_SECRET_TOKEN=hunter2-value python3 '${LINK_NAME}' &`,
      `python3 '${BIDI_NAME}' &`,
      ...KEYS.map((k) => `python3 -c 'import time; time.sleep(600)' --type=${k} &`),
      'wait',
    ].join('\n') + '\n');
    terminal = vscode.window.createTerminal({ name: 'vitals hostile', shellPath: '/bin/bash', shellArgs: ['--norc', 'hostile.sh'], cwd: dir });
  });

  after(async () => {
    api.test.answerConfirmations(undefined);
    for (const pid of started) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
    terminal?.dispose();
  });

  const KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

  /**
   * The terminal's hostile children, once all six have exec'd python3 and are labelled (a child
   * the shell has forked but not yet exec'd is a bash for a tick).
   */
  async function hostile(): Promise<ProcessSample[]> {
    let seen: string[] = [];
    for (const end = Date.now() + 60000; Date.now() < end;) {
      const s = await api.nextSnapshot();
      const mine = s.processes.filter((p) => p.kind === 'terminal' && /python3/.test(p.cmdline ?? '') && /^python3/.test(p.name));
      const ready = mine.some((p) => p.cmdline!.includes('[Undo]')) && mine.some((p) => p.cmdline!.includes('invoice'))
        && KEYS.every((k) => mine.some((p) => p.cmdline!.includes(`--type=${k}`)));
      if (ready) return mine;
      seen = s.processes.filter((p) => p.kind === 'terminal').map((p) => `${p.name}:${p.label}:${p.cmdline?.slice(0, 80)}`);
    }
    throw new Error(`timed out waiting for the six processes started in the terminal; seen: ${seen.join(', ')}`);
  }

  it('keeps sampling: a process argued --type=constructor (or __proto__, toString, hasOwnProperty) gets an ordinary label', async () => {
    const rows = await hostile();
    for (const p of rows) started.push(p.pid);
    for (const k of KEYS) {
      const p = rows.find((x) => x.cmdline!.includes(`--type=${k}`))!;
      assert.equal(p.label, k, `the process argued --type=${k}: ${rows.map((x) => `${x.label} (${x.cmdline})`).join(', ')}`);
    }
    const restarts = api.sampler.restarts;
    const later = await api.nextSnapshot();
    assert.ok(later.processes.some((p) => p.pid === process.pid), 'the extension host is still followed');
    assert.equal(api.sampler.restarts, restarts, 'the worker did not restart');
    assert.equal(api.sampler.running, true);
  });

  it('the QuickPick rows hold no raw bidi control: the override shows as \\u202e', async () => {
    await hostile();
    const s = await api.nextSnapshot();
    const items = editorItems(s.processes);
    for (const i of items) {
      assert.doesNotMatch(`${i.label} ${i.description ?? ''} ${i.detail ?? ''}`, RAW_BIDI, `raw bidi in ${JSON.stringify(i.label)}`);
    }
    assert.ok(items.some((i) => i.label.includes('invoice\\u202eslx.py')), 'the bidi-named script is listed, its override visible');
  });

  it('the procinfo document lists environment names, not values; a reveal shows them', async () => {
    const p = (await hostile()).find((x) => x.cmdline?.includes('[Undo]'))!;
    await vscode.commands.executeCommand('vitals.processes.inspect', { node: { sample: p } });
    const doc = await until(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === PROCINFO_SCHEME && d.uri.query.includes(`pid=${p.pid}&`) && d.getText().includes('Environment')), 'the procinfo document');
    assert.match(doc.uri.query, new RegExp(`ct=${p.createTime}`), 'the URI carries the creation time');
    assert.match(doc.getText(), /VITALS_SECRET_TOKEN/);
    assert.doesNotMatch(doc.getText(), /hunter2-value/);
    await vscode.commands.executeCommand('vitals.revealEnvironment', doc.uri);
    const revealed = await until(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === PROCINFO_SCHEME && d.uri.query.includes('env=1') && d.uri.query.includes(`pid=${p.pid}&`)), 'the revealed document');
    assert.match(revealed.getText(), /VITALS_SECRET_TOKEN\s+hunter2-value/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the confirmation and the notice after a kill hold no link', async () => {
    const rows = await hostile();
    const p = rows.find((x) => x.cmdline?.includes('[Undo]'))!;
    const bidi = rows.find((x) => x.cmdline?.includes('invoice'))!;
    assert.match(p.label ?? '', /\[Undo\]\(command:/, 'the label is the hostile text itself');
    api.test.answerConfirmations(true);
    await vscode.commands.executeCommand('vitals.processes.kill', { node: { sample: p } });
    await until(() => !alive(p.pid), 'the process killed');
    const question = api.test.confirmations.at(-1) ?? '';
    const notice = api.test.notices.at(-1) ?? '';
    assert.match(notice, new RegExp(`^Vitals killed ".*\\[Undo\\] \\(command:workbench\\.action\\.openSettings\\)\\.py" \\(pid ${p.pid}\\)\\.$`));
    assert.doesNotMatch(notice, VSCODE_LINK);
    assert.doesNotMatch(question, VSCODE_LINK);
    // the modal and the notice for the bidi-named one: the override shown, never applied
    await vscode.commands.executeCommand('vitals.processes.kill', { node: { sample: bidi } });
    await until(() => !alive(bidi.pid), 'the bidi-named process killed');
    for (const text of [api.test.confirmations.at(-1) ?? '', api.test.notices.at(-1) ?? '']) {
      assert.doesNotMatch(text, RAW_BIDI, text);
      assert.match(text, /invoice\\u202eslx\.py/, text);
    }
  });

  it('kill tree on the extension host is refused, and so is suspending it', async () => {
    const s = await api.nextSnapshot();
    const host = s.processes.find((p) => p.pid === process.pid)!;
    api.test.answerConfirmations(true);
    for (const command of ['vitals.processes.killTree', 'vitals.processes.kill']) {
      await vscode.commands.executeCommand(command, { node: { sample: host } });
      assert.match(api.test.notices.at(-1) ?? '', new RegExp(`^error: Vitals will not signal pid ${process.pid}: it is the extension host Vitals runs in`));
    }
    await assert.rejects(api.sampler.call('suspend', process.pid, host.createTime), (e: Error) => e.name === 'Refused');
    const parent = new probe.Process(process.pid).parent();
    if (parent && parent.pid !== 1) {
      await assert.rejects(api.sampler.call('killTree', parent.pid, parent.createTime()), (e: Error) => e.name === 'Refused' && /ancestor/.test(e.message));
    }
    assert.equal(new probe.Process(process.pid).status() === 'stopped', false);
  });
});

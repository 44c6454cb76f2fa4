// Declining a confirmation signals nothing. Every signal a user can send asks first; answered No,
// the target (a child that traps and reports every signal it gets, with two children of its own)
// is found alive, not stopped, and without a single signal. The prompt checked is the one users
// see (the modal's message); Escape on the real modal is driven in test/e2e/dashboard.e2e.mjs.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VitalsApi } from '../../src/extension';
import type { ProcessSample } from '../../src/protocol';
import { spawnTrap } from '../unit/helpers';

describe('Declining a confirmation (answered No) signals nothing', function () {
  this.timeout(120000);
  let api: VitalsApi;
  let trap: Awaited<ReturnType<typeof spawnTrap>>;
  const untouched = async (): Promise<void> => {
    assert.deepEqual(await trap.report(), [trap.pid, ...trap.kids].map((pid) => ({ pid, signals: [] })), 'the tree answered and trapped nothing');
  };

  before(async () => {
    api = await vscode.extensions.getExtension<VitalsApi>('vitals.vitals')!.activate();
    trap = await spawnTrap(2);
  });

  after(() => {
    api.test.answerConfirmations(undefined);
    trap.child.kill('SIGKILL');
  });

  it('from the dashboard: terminate, kill, kill tree, suspend, resume and a chosen signal each ask, naming the process and pid; No sends nothing', async () => {
    const createTime = await api.sampler.call('identify', trap.pid) as number;
    // the name the modal shows is the sampler's table row when it has one, else the webview's
    const row = await api.sampler.call('tableRow', trap.pid, createTime) as { name: string; label?: string } | null;
    const label = row ? (row.label ? `${row.label}: ${row.name}` : row.name) : 'trap target';
    const who = `"${label}" (pid ${trap.pid})`;
    api.test.answerConfirmations(false);
    const cases: [string, string | undefined, string][] = [
      ['terminate', undefined, `Terminate ${who}?`],
      ['kill', undefined, `Kill ${who}?`],
      ['killTree', undefined, `Kill ${who} and all its descendants?`],
      ['suspend', undefined, `Suspend ${who}?`],
      ['resume', undefined, `Resume ${who}?`],
      ['signal', 'SIGUSR1', `Send SIGUSR1 to ${who}?`],
      ['signal', 'SIGHUP', `Send SIGHUP to ${who}?`],
    ];
    for (const [action, signal, prompt] of cases) {
      const asked = api.test.confirmations.length;
      const noticed = api.test.notices.length;
      await api.dashboard.onMessage({ type: 'action', action, pid: trap.pid, createTime, name: 'trap target', ...(signal ? { signal } : {}) });
      assert.deepEqual(api.test.confirmations.slice(asked), [prompt], `${action} ${signal ?? ''}: the modal asked once, with this text`);
      assert.deepEqual(api.test.notices.slice(noticed), [], `${action}: nothing was reported done`);
      await untouched();
    }
  });

  it('from the Processes view: kill and kill tree ask, and No sends nothing', async () => {
    let s: ProcessSample | undefined;
    for (const end = Date.now() + 30000; !s; await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() > end) throw new Error(`timed out waiting for the trap child ${trap.pid} among the editor's processes`);
      s = (await api.nextSnapshot()).processes.find((p) => p.pid === trap.pid);
    }
    api.test.answerConfirmations(false);
    for (const [command, tail] of [['vitals.processes.kill', '?'], ['vitals.processes.killTree', ' and all its descendants?']]) {
      const asked = api.test.confirmations.length;
      await vscode.commands.executeCommand(command, { node: { sample: s, children: [] } });
      assert.equal(api.test.confirmations.length, asked + 1, `${command} asked`);
      assert.match(api.test.confirmations[asked], new RegExp(`^Kill ".+" \\(pid ${trap.pid}\\)${tail.replace('?', '\\?')}$`), command);
      await untouched();
    }
  });
});

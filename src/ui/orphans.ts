// vitals.cleanUpOrphans: one step to end what this window's terminals, tasks and debug sessions
// left running after they ended (each orphan's whole tree, after one confirmation).
import * as vscode from 'vscode';
import type { Sampler } from '../monitor/sampler';
import type { SignalResult } from '../protocol';
import { confirm, notify } from './actions';
import { labelOf, plain } from './processModel';

/** Kills the orphans (all, or those of one origin) after a confirmation; resolves with the pids killed. */
export async function cleanUpOrphans(sampler: Sampler, origin?: string): Promise<number[]> {
  const tops = (sampler.last?.processes ?? []).filter((p) => p.kind === 'orphan' && !p.depth && (!origin || p.origin === origin));
  if (!tops.length) {
    notify('Vitals found no orphaned processes to clean up.');
    return [];
  }
  const names = tops.map((p) => `"${plain(labelOf(p))}" (pid ${p.pid}, ${p.note ?? 'orphaned'})`);
  const ok = await confirm(`Kill ${tops.length === 1 ? 'this orphaned process' : `these ${tops.length} orphaned processes`} and their children? ${names.join(', ')}`,
    'They were started by this window and outlived their terminal, task or debug session.', 'Kill');
  if (!ok) return [];
  const killed: number[] = [];
  const errors: string[] = [];
  for (const p of tops) {
    try {
      const r = await sampler.call('killTree', p.pid, p.createTime) as SignalResult;
      killed.push(...r.signalled.map((s) => s.pid));
      errors.push(...r.failed.map((f) => f.error));
    } catch (e) {
      errors.push(e instanceof Error ? e.message : String(e));
    }
  }
  if (errors.length) void vscode.window.showErrorMessage(`Vitals could not end every orphan: ${errors.join('; ')}`);
  if (killed.length) notify(`Vitals killed ${killed.length} orphaned process${killed.length === 1 ? '' : 'es'} (pid ${killed.join(', ')}).`);
  sampler.sampleNow();
  return killed;
}

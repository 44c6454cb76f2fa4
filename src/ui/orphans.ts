// vitals.cleanUpOrphans: one step to end what this window's terminals, tasks and debug sessions
// left running after they ended (each orphan's whole tree, after one confirmation).
import type { Sampler } from '../monitor/sampler';
import type { SignalResult } from '../protocol';
import { confirm, notify, showError } from './actions';
import { labelOf } from './processModel';
import { messageText } from '../text/sinks';

/** Kills the orphans (all, or those of one origin) after a confirmation; resolves with the pids killed. */
export async function cleanUpOrphans(sampler: Sampler, origin?: string): Promise<number[]> {
  const tops = (sampler.last?.processes ?? []).filter((p) => p.kind === 'orphan' && !p.depth && (!origin || p.origin === origin));
  if (!tops.length) {
    notify('Vitals found no orphaned processes to clean up.');
    return [];
  }
  const names = tops.map((p) => `"${messageText(labelOf(p), 256)}" (pid ${p.pid}, ${messageText(p.note ?? 'orphaned', 256)})`);
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
  if (errors.length) showError(`Vitals could not end every orphan: ${errors.slice(0, 10).join('; ')}${errors.length > 10 ? ` and ${errors.length - 10} more` : ''}`);
  if (killed.length) notify(`Vitals killed ${killed.length} orphaned process${killed.length === 1 ? '' : 'es'} (pid ${killed.join(', ')}).`);
  sampler.sampleNow();
  return killed;
}

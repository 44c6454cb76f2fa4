// Runs inside the real extension host for `npm run bench`: activation time, event-loop delay the
// sampler adds at 250 ms, compared with the same host while Vitals is idle.
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { VitalsApi } from '../../src/extension';

const SECONDS = Number(process.env.VITALS_BENCH_SECONDS || 8);

async function loopDelay(ms: number): Promise<{ p50: number; p99: number; max: number }> {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  await new Promise((r) => setTimeout(r, ms));
  h.disable();
  return { p50: h.percentile(50) / 1e6, p99: h.percentile(99) / 1e6, max: h.max / 1e6 };
}

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<VitalsApi>('vitals.vitals')!;
  const api = await ext.activate();
  const mainPath = path.join(ext.extensionPath, 'dist', 'extension.js');
  // Module evaluation cost, measured on a fresh copy of the bundle (the host already loaded one).
  const copy = path.join(path.dirname(mainPath), `extension.bench-${process.pid}.js`);
  fs.copyFileSync(mainPath, copy);
  const t0 = performance.now();
  require(copy);
  const loadMs = performance.now() - t0;
  fs.unlinkSync(copy);

  api.sampler.pause();
  await new Promise((r) => setTimeout(r, 500));
  const idle = await loopDelay(SECONDS * 1000);
  await vscode.workspace.getConfiguration('vitals').update('refreshInterval', 250, vscode.ConfigurationTarget.Global);
  api.sampler.resume();
  let ticks = 0;
  const sub = api.sampler.onSnapshot(() => ticks++);
  const sampling = await loopDelay(SECONDS * 1000);
  sub.dispose();
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const result = { activationMs: api.activationMs, loadMs, idle, sampling, ticks, seconds: SECONDS };
  fs.writeFileSync(path.join(folder, '.vitals-test-result.json.tmp'), JSON.stringify(result));
  fs.renameSync(path.join(folder, '.vitals-test-result.json.tmp'), path.join(folder, '.vitals-test-result.json'));
}

// The extension-tests entry point (the @vscode/test-electron contract: run(): Promise<void>).
// Runs mocha inside the extension host and writes the result where the host runner looks for it.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface TestRecord { suite: string; title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number; error?: string }

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  const dir = __dirname;
  // VITALS_HOST_ONLY=PREFIX runs only the files starting with it (test/host/cgroupHost.mjs)
  const only = process.env.VITALS_HOST_ONLY;
  // *.last.test.js run after the others: deactivating Vitals ends the sampler for every later test
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.js') && (!only || f.startsWith(only))).sort();
  const last = (f: string): number => (f.endsWith('.last.test.js') ? 1 : 0);
  for (const f of files.sort((a, b) => last(a) - last(b))) mocha.addFile(path.join(dir, f));
  const tests: TestRecord[] = [];
  const outFile = resultPath();
  let runError: string | undefined;
  const failures = await new Promise<number>((resolve) => {
    try {
      const runner = mocha.run((n) => resolve(n));
      runner.on('pass', (t) => tests.push({ suite: t.parent?.fullTitle() ?? '', title: t.title, state: 'passed', durationMs: t.duration }));
      runner.on('fail', (t, err) => tests.push({ suite: t.parent?.fullTitle() ?? '', title: t.title, state: 'failed', error: err?.stack ?? String(err) }));
      runner.on('pending', (t) => tests.push({ suite: t.parent?.fullTitle() ?? '', title: t.title, state: 'pending' }));
    } catch (e) {
      runError = e instanceof Error ? e.stack ?? e.message : String(e);
      resolve(1);
    }
  });
  const result = {
    passes: tests.filter((t) => t.state === 'passed').length,
    failures: tests.filter((t) => t.state === 'failed').length || (runError ? 1 : 0),
    pending: tests.filter((t) => t.state === 'pending').length,
    tests, error: runError,
  };
  if (outFile) {
    fs.writeFileSync(`${outFile}.tmp`, JSON.stringify(result, null, 2));
    fs.renameSync(`${outFile}.tmp`, outFile);
  }
  if (failures > 0 || runError) throw new Error(`${failures} integration test(s) failed`);
}

/** The workspace folder the runner opened (the server's extension host may not inherit its env). */
function resultPath(): string | undefined {
  if (process.env.VITALS_TEST_RESULT) return process.env.VITALS_TEST_RESULT;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return folder ? path.join(folder, '.vitals-test-result.json') : undefined;
}

// `npm test`'s Windows step: compiles test/win32/*.test.ts and runs them with Windows' Node under
// Wine (test/host/wine.mjs installs it). Where Wine cannot be had (not root, no Wine) it says so
// in one line and exits 0 only with VITALS_SKIP_WINE=1 (and not --forbid-skip); otherwise a missing Wine is a failure.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { ensureWine, nodeExe, wineBin, wineEnv } from '../host/wine.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(root, 'out', 'test', 'win32');

// `npm test` passes --forbid-skip: there, as for mocha's --forbid-pending, a suite that did not run is a failure
const forbidSkip = process.argv.includes('--forbid-skip');
// `node test/wine/run.mjs --grep <text>` runs the matching tests only (for chasing one failure)
const grepAt = process.argv.indexOf('--grep');
const grep = grepAt > 0 ? ['--grep', process.argv[grepAt + 1]] : [];
if (process.env.VITALS_SKIP_WINE === '1') {
  if (forbidSkip) {
    console.error('[vitals] VITALS_SKIP_WINE=1 is refused by npm test (--forbid-skip): the Windows tests must run; use npm run test:unit to leave them out');
    process.exit(1);
  }
  console.log('[vitals] Windows tests under Wine skipped (VITALS_SKIP_WINE=1)');
  process.exit(0);
}

const setup = await ensureWine().catch((e) => { console.error(`[vitals] ${e.message}`); process.exit(1); });

const specs = fs.readdirSync(path.join(root, 'test', 'win32')).filter((f) => f.endsWith('.test.ts'));
fs.rmSync(outDir, { recursive: true, force: true });
// One bundle for every spec: koffi is shared (external), and its named types (HANDLE, ...) may
// be registered once per process, so the probe's modules must exist once too.
await esbuild.build({
  stdin: { contents: specs.map((f) => `require(${JSON.stringify('./' + f)});`).join('\n'), resolveDir: path.join(root, 'test', 'win32'), sourcefile: 'all.test.ts', loader: 'ts' },
  outfile: path.join(outDir, 'all.test.js'), bundle: true, platform: 'node',
  target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'warning', external: ['koffi', 'mocha'],
});

// Wine's stdout is written to a file, not a pipe (a pipe loses output when wineserver exits).
const log = path.join(outDir, 'mocha.log');
const args = [nodeExe, path.join(root, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--timeout', '60000', ...(forbidSkip ? ['--forbid-pending'] : []),
  ...grep, '--reporter', 'spec', path.join(outDir, 'all.test.js')];
const t0 = Date.now();
const fd = fs.openSync(log, 'w');
const code = await new Promise((resolve) => {
  const child = spawn(wineBin, args, { cwd: root, env: wineEnv(), stdio: ['ignore', fd, fd] });
  child.once('close', resolve);
});
fs.closeSync(fd);
process.stdout.write(fs.readFileSync(log, 'utf8').replace(/\r\n/g, '\n'));
console.log(`[vitals] Windows tests under Wine: exit ${code}, ${((Date.now() - t0) / 1000).toFixed(1)} s (setup ${setup.toFixed(1)} s)`);
process.exit(code ?? 1);

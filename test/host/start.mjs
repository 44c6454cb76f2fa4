// `npm start`: build, package the VSIX, install it into the cached code-server the way users
// install extensions, and serve a real VS Code on 127.0.0.1 with a throwaway profile.
// Progress goes out as one line per step with its time; the server's own chatter goes to a log
// file, so the URL is the last thing printed.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHost } from './install.mjs';
import { codeServerCli, node24Bin } from './paths.mjs';
import { freePort, waitForHttp, writeSettings } from './runner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs a command quietly; on failure throws with the tail of what it printed. */
function quiet(cmd, args, opts = {}) {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
  } catch (e) {
    const out = `${e.stdout ?? ''}${e.stderr ?? ''}`.split('\n').slice(-30).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${out}`);
  }
}

export function packageVsix() {
  quiet('npm', ['run', '--silent', 'package'], { cwd: root });
  return path.join(root, 'vitals.vsix');
}

export function installVsix(vsix, extDir, userDir) {
  quiet(node24Bin, [codeServerCli, '--install-extension', vsix, '--force', '--extensions-dir', extDir, '--user-data-dir', userDir]);
}

async function timed(title, fn) {
  const started = Date.now();
  console.log(`[vitals] ${title}…`);
  const value = await fn();
  console.log(`[vitals]   done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return value;
}

async function main() {
  await ensureHost({ browser: false });
  const vsix = await timed('Building and packaging the extension (about 10 s)', packageVsix);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-start-'));
  const [userDir, extDir] = ['user', 'extensions'].map((d) => path.join(tmp, d));
  writeSettings(userDir, userDir);
  await timed(`Installing ${path.basename(vsix)} into a fresh profile (about 5 s)`, () => installVsix(vsix, extDir, userDir));
  const port = Number(process.env.VITALS_PORT) || await freePort();
  const logFile = path.join(tmp, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(node24Bin, [codeServerCli, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-workspace-trust', '--user-data-dir', userDir, '--extensions-dir', extDir, root], { stdio: ['ignore', log, log] });
  let exited = false;
  const cleanup = () => { fs.rmSync(tmp, { recursive: true, force: true }); };
  child.once('exit', (code) => {
    exited = true;
    console.error(`[vitals] VS Code exited (${code ?? 'signal'}); its log:\n${fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')}`);
    cleanup();
    process.exit(code || 1);
  });
  const stop = () => { child.removeAllListeners('exit'); child.kill('SIGTERM'); cleanup(); process.exit(0); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await timed(`Starting VS Code (code-server) on 127.0.0.1:${port} (about 3 s)`, () =>
    waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000, () => !exited));
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(root)}`;
  console.log(`\n  VS Code's log: ${logFile}\n  Ctrl-C stops it and throws the profile in ${tmp} away.\n\n  Vitals is running in VS Code. Open:\n\n    ${url}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => { console.error(`[vitals] ${e.message}`); process.exit(1); });
}

// `npm start`: build, package the VSIX, install it into the cached code-server the way users
// install extensions, and serve a real VS Code on 127.0.0.1 with a throwaway profile.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHost } from './install.mjs';
import { codeServerCli, node24Bin } from './paths.mjs';
import { freePort, writeSettings } from './runner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packageVsix() {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
  return path.join(root, 'vitals.vsix');
}

export function installVsix(vsix, extDir, userDir) {
  execFileSync(node24Bin, [codeServerCli, '--install-extension', vsix, '--force', '--extensions-dir', extDir, '--user-data-dir', userDir], { stdio: 'inherit' });
}

async function main() {
  ensureHost({ browser: false });
  const vsix = packageVsix();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-start-'));
  const [userDir, extDir] = ['user', 'extensions'].map((d) => path.join(tmp, d));
  writeSettings(userDir, userDir);
  installVsix(vsix, extDir, userDir);
  const port = Number(process.env.VITALS_PORT) || await freePort();
  const child = spawn(node24Bin, [codeServerCli, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-workspace-trust', '--user-data-dir', userDir, '--extensions-dir', extDir, root], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.on('data', (d) => {
    const text = String(d);
    process.stdout.write(text);
    if (text.includes('HTTP server listening')) {
      console.log(`\n  Vitals is running in VS Code: open http://127.0.0.1:${port}/?folder=${encodeURIComponent(root)}\n  (Ctrl-C stops it; the profile in ${tmp} is thrown away)\n`);
    }
  });
  const stop = () => { child.kill('SIGTERM'); fs.rmSync(tmp, { recursive: true, force: true }); process.exit(0); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  child.once('exit', (code) => { fs.rmSync(tmp, { recursive: true, force: true }); process.exit(code ?? 1); });
}

if (import.meta.url === `file://${process.argv[1]}`) main();

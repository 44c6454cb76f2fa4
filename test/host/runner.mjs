// Runs test/integration inside a real VS Code: the VS Code server that code-server bundles,
// opened in headless Chromium with a payload naming this extension and the compiled test index.
// Prints mocha's usual summary; exits non-zero on failure or timeout; always kills what it started.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHost } from './install.mjs';
import { chromiumPath, node24Bin, serverMain } from './paths.mjs';
import { killTree } from './procTree.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TIMEOUT_MS = Number(process.env.VITALS_HOST_TIMEOUT_MS || 300000);

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

export function writeSettings(userDir, serverDir, extra = {}) {
  const settings = JSON.stringify({
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    ...extra,
  }, null, 2);
  for (const dir of [path.join(userDir, 'User'), path.join(serverDir, 'data', 'Machine'), path.join(serverDir, 'data', 'User')]) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'settings.json'), settings);
  }
}

export async function waitForHttp(url, ms, isAlive) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (isAlive && !isAlive()) throw new Error('the VS Code server exited during start-up');
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${url}`);
}

/** Starts the raw VS Code server; returns { port, child, stop }. */
export async function startServer({ userDir, serverDir, extDir, env = {}, log }) {
  const port = await freePort();
  const child = spawn(node24Bin, [serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
    '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-workspace-trust', '--extensions-dir', extDir,
    '--user-data-dir', userDir, '--server-data-dir', serverDir, '--disable-telemetry'],
  { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  child.stdout.on('data', (d) => log?.(String(d)));
  child.stderr.on('data', (d) => log?.(String(d)));
  let exited = false;
  child.once('exit', () => { exited = true; });
  const stop = () => {
    if (exited) return;
    killTree(child.pid);
  };
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, 60000, () => !exited);
  } catch (e) {
    stop();
    throw e;
  }
  return { port, child, stop };
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

function printResult(result, seconds) {
  const green = (s) => `\x1b[32m${s}\x1b[0m`;
  const red = (s) => `\x1b[31m${s}\x1b[0m`;
  let suite = '';
  for (const t of result.tests) {
    if (t.suite !== suite) { suite = t.suite; console.log(`\n  ${suite}`); }
    console.log(t.state === 'passed' ? `    ${green('✔')} ${t.title}` : t.state === 'pending' ? `    - ${t.title}` : `    ${red('✖')} ${t.title}`);
  }
  console.log(`\n  ${green(`${result.passes} passing`)} (${seconds.toFixed(0)}s)`);
  if (result.pending) console.log(`  ${result.pending} pending`);
  if (result.failures) {
    console.log(`  ${red(`${result.failures} failing`)}\n`);
    result.tests.filter((t) => t.state === 'failed').forEach((t, i) => {
      console.log(`  ${i + 1}) ${t.suite}\n       ${t.title}:\n     ${t.error}\n`);
    });
  }
}

/**
 * Opens a throwaway workspace in a real VS Code with this extension (and `extraExtensions`) under development and
 * `testsIndex` as the extension-tests entry; resolves with the JSON the index writes into
 * <workspace>/.vitals-test-result.json. Always kills the server and the browser.
 */
export async function runInHost({ testsIndex, settings = {}, timeoutMs = TIMEOUT_MS, keepOnFailure = true, extraExtensions = [] }) {
  await ensureHost();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-host-'));
  const [userDir, serverDir, extDir, workspace] = ['user', 'server', 'extensions', 'workspace'].map((d) => path.join(tmp, d));
  for (const d of [userDir, serverDir, extDir, workspace]) fs.mkdirSync(d, { recursive: true });
  writeSettings(userDir, serverDir, settings);
  // fixture extensions are installed as users install them (a folder <publisher>.<name>-<version>
  // in the extensions dir): several extensionDevelopmentPath entries load none of them in this host
  for (const ext of extraExtensions) {
    const manifest = JSON.parse(fs.readFileSync(path.join(ext, 'package.json'), 'utf8'));
    fs.cpSync(ext, path.join(extDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
  }
  const resultFile = path.join(workspace, '.vitals-test-result.json');
  const serverLog = [];
  let server;
  let browser;
  let ok = false;
  try {
    server = await startServer({ userDir, serverDir, extDir, log: (s) => serverLog.push(s) });
    const base = `vscode-remote://127.0.0.1:${server.port}`;
    const payload = [['extensionDevelopmentPath', `${base}${root}`], ['extensionTestsPath', `${base}${testsIndex}`]];
    const url = `http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browser = await launchBrowser();
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(url);
    const deadline = Date.now() + timeoutMs;
    while (!fs.existsSync(resultFile)) {
      if (Date.now() > deadline) {
        const tail = serverLog.join('').split('\n').slice(-40).join('\n');
        throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${path.basename(testsIndex)}\n${tail}\n${pageErrors.slice(-10).join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    ok = true;
    return result;
  } finally {
    await browser?.close().catch(() => {});
    server?.stop();
    if (ok || !keepOnFailure) fs.rmSync(tmp, { recursive: true, force: true });
    else console.error(`(host files kept in ${tmp})`);
  }
}

export async function runIntegration() {
  const started = Date.now();
  try {
    const result = await runInHost({
      testsIndex: path.join(root, 'out', 'test', 'integration', 'index.js'),
      settings: { 'vitals.pauseWhenHidden': false },
      extraExtensions: [path.join(root, 'test', 'fixtures', 'extension'), path.join(root, 'test', 'fixtures', 'extension-light')],
    });
    printResult(result, (Date.now() - started) / 1000);
    if (result.error) console.error(`test run failed: ${result.error}`);
    return result.failures === 0 && !result.error && result.passes > 0 ? 0 : 1;
  } catch (e) {
    console.error(`integration host failed: ${e.stack ?? e}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runIntegration().then((c) => process.exit(c));
}

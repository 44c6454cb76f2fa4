// End to end: the packaged VSIX, installed into code-server the way users install it, shows its
// status bar items in the real workbench (koffi's shipped binary loads from the VSIX layout).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureHost } from '../host/install.mjs';
import { codeServerCli, node24Bin } from '../host/paths.mjs';
import { freePort, launchBrowser, waitForHttp, writeSettings } from '../host/runner.mjs';
import { installVsix, packageVsix } from '../host/start.mjs';
import { killTree } from '../host/procTree.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main() {
  await ensureHost();
  const vsix = packageVsix();
  const size = fs.statSync(vsix).size;
  assert.ok(size < 15 * 1024 * 1024, `VSIX is ${size} bytes, over 15 MB`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-e2e-'));
  const [userDir, extDir, workspace] = ['user', 'extensions', 'workspace'].map((d) => path.join(tmp, d));
  fs.mkdirSync(workspace, { recursive: true });
  writeSettings(userDir, userDir, { 'vitals.pauseWhenHidden': false });
  installVsix(vsix, extDir, userDir);
  const port = await freePort();
  const server = spawn(node24Bin, [codeServerCli, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-workspace-trust', '--user-data-dir', userDir, '--extensions-dir', extDir], { stdio: 'ignore', detached: true });
  let browser;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    const cpu = page.locator('[id="vitals.vitals.vitals.cpu"]');
    const memory = page.locator('[id="vitals.vitals.vitals.memory"]');
    await cpu.waitFor({ timeout: 60000 });
    await memory.waitFor({ timeout: 60000 });
    assert.match((await cpu.textContent()).trim(), /^\d+%$/);
    assert.match((await memory.textContent()).trim(), /^\d+\.\d\/\d+\.\d GiB$/);
    assert.equal(await page.locator('[id="vitals.vitals.vitals.battery"]').count(), 0, 'no battery item on a machine without one');
    fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'test-results', 'workbench.png') });
    await page.locator('.part.statusbar').screenshot({ path: path.join(root, 'test-results', 'statusbar.png') });
    await processesView(page);
    console.log(`  ✔ packaged VSIX (${(size / 1024 / 1024).toFixed(2)} MB) shows cpu "${(await cpu.textContent()).trim()}" and memory "${(await memory.textContent()).trim()}" in the workbench`);
    return 0;
  } catch (e) {
    console.error(`  ✖ packaged VSIX e2e: ${e.stack ?? e}`);
    return 1;
  } finally {
    await browser?.close().catch(() => {});
    killTree(server.pid);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The "Vitals: Processes" view in the Explorer and the inspector's QuickPick, as a user opens them. */
async function processesView(page) {
  await page.keyboard.press('Control+Shift+E');
  const header = page.locator('.pane-header', { hasText: 'Vitals: Processes' });
  await header.waitFor({ timeout: 30000 });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const host = page.locator('.monaco-list-row', { hasText: 'extension host' }).first();
  await host.waitFor({ timeout: 30000 });
  assert.match(await host.textContent(), /extension host\s*pid \d+ · \d+\.\d % · [\d.]+ MiB/);
  await page.locator('.monaco-list-row', { hasText: 'VS Code' }).first().waitFor();
  // nested as the processes are: the extension host sits below code-server's server process
  const pane = page.locator('.pane', { has: header });
  const levels = await pane.locator('.monaco-list-row').evaluateAll((rows) => rows.map((r) => [Number(r.getAttribute('aria-level')), r.textContent]));
  const top = levels.find(([, t]) => t.startsWith('code-server'));
  const extHost = levels.find(([, t]) => t.startsWith('extension host'));
  assert.ok(top && extHost && extHost[0] > top[0], `the extension host is nested below code-server: ${JSON.stringify(levels)}`);
  await page.screenshot({ path: path.join(root, 'test-results', 'processes-view.png') });
  await page.keyboard.press('F1');
  await page.keyboard.type('Vitals: Inspect Process');
  await page.keyboard.press('Enter');
  const item = page.locator('.quick-input-list .monaco-list-row', { hasText: 'extension host' }).first();
  await item.waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(root, 'test-results', 'inspector.png') });
  await page.keyboard.press('Escape');
  console.log('  ✔ the Processes view and the inspector list "extension host" with its pid, CPU and memory');
}

main().then((code) => process.exit(code));

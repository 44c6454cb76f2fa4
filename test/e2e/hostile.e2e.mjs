// End to end (issue #15): processes started from the editor's own terminal with hostile names, as a
// user would meet them, in the packaged VSIX driven in Chromium. The inspector's QuickPick rows show
// no raw bidi control, and "Vitals: Kill Process…" on a script named like a command: link leaves a
// modal and a notification that hold no link element: what VS Code itself rendered, not a string.
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
import { runCommand, until } from './workbench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = path.join(root, 'test-results');
const LINK_NAME = '[Undo](command:workbench.action.openSettings).py';
const BIDI_NAME = 'invoice\u202eslx.py';
const RAW_BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/** pids of the processes whose command line holds `needle` (what the terminal started). */
function pidsWith(needle) {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try { return fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(needle) ? [Number(d)] : []; } catch { return []; }
  });
}

async function main() {
  await ensureHost();
  const vsix = packageVsix();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-hostile-e2e-'));
  const [userDir, extDir, workspace] = ['user', 'extensions', 'workspace'].map((d) => path.join(tmp, d));
  fs.mkdirSync(workspace, { recursive: true });
  for (const name of [LINK_NAME, BIDI_NAME]) fs.writeFileSync(path.join(workspace, name), 'import time\ntime.sleep(600)\n');
  fs.writeFileSync(path.join(workspace, 'start.sh'), `python3 '${LINK_NAME}' &\npython3 '${BIDI_NAME}' &\npython3 -c 'import time; time.sleep(600)' --type=constructor &\n`);
  writeSettings(userDir, userDir, { 'vitals.pauseWhenHidden': false, 'vitals.refreshInterval': 1000, 'workbench.colorTheme': 'Default Dark Modern', 'terminal.integrated.defaultProfile.linux': 'bash' });
  installVsix(vsix, extDir, userDir);
  const port = await freePort();
  const server = spawn(node24Bin, [codeServerCli, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-workspace-trust', '--user-data-dir', userDir, '--extensions-dir', extDir], { stdio: 'ignore', detached: true });
  let browser;
  const problems = [];
  const check = (name) => console.log(`  ✔ ${name}`);
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('[id="vitals.vitals.vitals.cpu"]').waitFor({ timeout: 60000 });

    // the processes, started from the editor's own terminal as a user would
    await runCommand(page, 'Terminal: Create New Terminal');
    await page.locator('.terminal-wrapper.active .xterm').waitFor({ timeout: 30000 });
    await page.waitForTimeout(1000); // the shell's prompt
    await page.keyboard.type('. ./start.sh\n'); // sourced: the scripts are the terminal shell's own children
    const [victim] = await until(() => { const p = pidsWith('[Undo]'); return p.length ? p : undefined; }, 'the link-named script to run');
    await until(() => pidsWith('invoice').length && pidsWith('--type=constructor').length, 'the other scripts to run');
    check(`started from the terminal: ${LINK_NAME} (pid ${victim}), ${JSON.stringify(BIDI_NAME)}, a --type=constructor process`);

    // the inspector's rows: the override is shown as \u202e, never raw; the --type=constructor one is labelled
    await runCommand(page, 'Vitals: Kill Process…');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    // the list is virtual (only rows on screen exist): each row is brought up by typing, as a user finds it
    const rowsFor = async (typed, needle) => {
      await input.fill(typed);
      return until(async () => {
        const t = await page.locator('.quick-input-list .monaco-list-row').allTextContents();
        return t.some((r) => needle.test(r)) ? t : undefined;
      }, `a QuickPick row for "${typed}"`, 60000);
    };
    const bidiRows = await rowsFor('invoice', /invoice/);
    const ctorRows = await rowsFor('constructor', /^\s*constructor\s*pid \d/);
    for (const r of [...bidiRows, ...ctorRows]) assert.doesNotMatch(r, RAW_BIDI, `raw bidi control in a QuickPick row: ${JSON.stringify(r)}`);
    const bidiRow = bidiRows.find((r) => r.includes('invoice'));
    assert.ok(bidiRow.includes('invoice\\u202eslx.py'), `the override shown as an escape: ${bidiRow}`);
    check(`QuickPick rows hold no raw bidi control: "${bidiRow.slice(0, 70)}"; the --type=constructor one is labelled "constructor"`);

    // kill the link-named one through the modal
    // the items refresh every tick: a click could land on a row that moved; Enter takes the active one,
    // once the filter leaves only the link-named script
    await input.fill('[Undo]');
    await until(async () => {
      const t = await page.locator('.quick-input-list .monaco-list-row').allTextContents();
      return t.length > 0 && t.every((r) => r.includes('[Undo]'));
    }, 'the filter to leave only the link-named script');
    await page.keyboard.press('Enter');
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 15000 });
    const question = await dialog.textContent();
    assert.equal(await dialog.locator('.dialog-message-container a').count(), 0, `a link in the modal's message or detail: ${await dialog.innerHTML()}`);
    assert.match(question, /\[Undo\] \(command:workbench\.action\.openSettings\)\.py/, `the modal names the process: ${question}`);
    await dialog.locator('a.monaco-button, button', { hasText: /^Kill$/ }).first().click();
    await until(() => !pidsWith('[Undo]').includes(victim), 'the link-named script killed');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: 'Vitals killed' }).first();
    await toast.waitFor({ timeout: 15000 });
    const notice = await toast.locator('.notification-list-item-message').textContent();
    assert.equal(await toast.locator('.notification-list-item-message a').count(), 0, `a link in the notification: ${await toast.locator('.notification-list-item-message').innerHTML()}`);
    assert.match(notice, /\[Undo\] \(command:workbench\.action\.openSettings\)\.py/, `the notice names the process as text: ${notice}`);
    fs.mkdirSync(results, { recursive: true });
    await page.screenshot({ path: path.join(results, 'hostile-notice.png') });
    check(`the modal and the notice hold no link element: "${notice.trim()}" (test-results/hostile-notice.png)`);

    assert.deepEqual(problems, [], 'no dialogs or page errors');
    return 0;
  } catch (e) {
    console.error(`  ✖ hostile e2e: ${e.stack ?? e}`);
    if (problems.length) console.error(`  problems seen: ${problems.join('\n')}`);
    try { fs.mkdirSync(results, { recursive: true }); await browser?.contexts()[0]?.pages()[0]?.screenshot({ path: path.join(results, 'hostile-failure.png') }); } catch { /* no page */ }
    return 1;
  } finally {
    for (const needle of ['[Undo]', 'invoice', '--type=constructor']) for (const pid of pidsWith(needle)) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
    await browser?.close().catch(() => {});
    killTree(server.pid);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));

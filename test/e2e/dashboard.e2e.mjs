// End to end: the packaged VSIX in code-server, driven in Chromium like a user. Opens the dashboard
// from the command palette, checks the charts drew with data, the table lists the extension host,
// sorting and filtering work, hostile process names render as literal text and run nothing, and a
// kill from the table (modal answered) ends a sleep. Screenshots in dark and light themes.
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
const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
const KILL_ARG = '987654';

/** Children with hostile names: an HTML executable name, control characters, invalid UTF-8; plus a plain sleep to kill. */
function spawnHostile(dir) {
  const sh = (script) => spawn('bash', ['-c', script], { stdio: 'ignore' });
  const kids = {
    html: sh(`ln -s /bin/sleep '${dir}/${HOSTILE_HTML}' && exec '${dir}/${HOSTILE_HTML}' 1001`),
    control: sh(`ln -s /bin/sleep $'${dir}/ctl\\x1b[2J\\x07name' && exec $'${dir}/ctl\\x1b[2J\\x07name' 1002`),
    invalid: sh(`ln -s /bin/sleep $'${dir}/bad\\xff\\xfename' && exec -a $'bad\\xff\\xfename' $'${dir}/bad\\xff\\xfename' 1003`),
    victim: spawn('sleep', [KILL_ARG], { stdio: 'ignore' }),
  };
  return kids;
}

/** The extension host of the code-server started as `server` (its --type=extensionHost descendant). */
function extensionHostPid(serverPid) {
  const ppid = new Map();
  const cmd = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      ppid.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      cmd.set(Number(d), fs.readFileSync(`/proc/${d}/cmdline`, 'utf8'));
    } catch { /* gone */ }
  }
  const descends = (pid) => { for (let p = pid; p > 1; p = ppid.get(p)) if (p === serverPid) return true; return false; };
  return [...cmd].find(([pid, c]) => c.includes('--type=extensionHost') && descends(pid))?.[0];
}

async function webviewFrame(page) {
  return until(async () => {
    for (const f of page.frames()) {
      if (!/webview/i.test(f.url())) continue;
      if (await f.locator('.grid').count().catch(() => 0)) return f;
    }
    return undefined;
  }, 'the dashboard webview frame', 60000);
}

const rowPids = (frame) => frame.evaluate(() => [...document.querySelectorAll('.grid-body .grid-row:not([hidden])')]
  .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
  .map((r) => Number(r.dataset.pid)));

/** Runs a command through the command palette (F1), as a user does. */

/** Two animation frames: what was laid out and drawn is on screen (instead of a fixed wait before a screenshot). */
async function painted(frame) {
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

async function setFilter(frame, text) {
  const input = frame.locator('input.filter');
  await input.fill(text);
}

async function main() {
  await ensureHost();
  const vsix = packageVsix();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-dash-e2e-'));
  const [userDir, extDir, workspace, bin] = ['user', 'extensions', 'workspace', 'bin'].map((d) => path.join(tmp, d));
  for (const d of [workspace, bin]) fs.mkdirSync(d, { recursive: true });
  const settings = { 'vitals.pauseWhenHidden': false, 'vitals.refreshInterval': 1000, 'workbench.colorTheme': 'Default Dark Modern' };
  writeSettings(userDir, userDir, settings);
  installVsix(vsix, extDir, userDir);
  const kids = spawnHostile(bin);
  const port = await freePort();
  const server = spawn(node24Bin, [codeServerCli, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-workspace-trust', '--user-data-dir', userDir, '--extensions-dir', extDir], { stdio: 'ignore', detached: true });
  let browser;
  let spinner;
  const problems = [];
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60000);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1100 } });
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    // errors from the webview's frames, or any CSP / script-injection trace anywhere
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const where = m.location()?.url ?? '';
      if (/vscode-cdn|webview|vscode-resource/i.test(where) || /Content Security Policy|onerror|alert\(1\)/i.test(m.text())) problems.push(`console: ${m.text()} (${where})`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('[id="vitals.vitals.vitals.cpu"]').waitFor({ timeout: 60000 });
    // not a wait for a condition: it makes one. The history then holds points older than the open by more than
    // the 1 s interval, which no live tick posted after the open can be
    await page.waitForTimeout(2500);
    const openedAt = Date.now() / 1000;

    // the command palette, as a user does it
    await runCommand(page, 'Vitals: Open Dashboard');
    const frame = await webviewFrame(page);
    const check = (name) => console.log(`  ✔ ${name}`);

    // history at open: the very first reading of the series that has any point holds points older than the
    // open (live ticks alone would all be newer), so the history came with the panel, not tick by tick
    const firstSeen = await until(() => frame.evaluate(() => {
      const v = window.__vitals;
      return v.store.time.length ? { time: [...v.store.time], cpu: v.store.get('cpu').length } : undefined;
    }), 'the first points in the dashboard series');
    const older = firstSeen.time.filter((t) => t < openedAt - 1.5);
    assert.ok(older.length >= 1 && firstSeen.cpu === firstSeen.time.length,
      `the first read of the series already has points from well before the open (${openedAt}): ${JSON.stringify(firstSeen)}`);
    check(`history at open: the first read has ${older.length} of ${firstSeen.time.length} points older than the open`);

    // charts drew with data, history at once
    await until(() => frame.evaluate(() => {
      const v = window.__vitals;
      return v.store.time.length >= 2 && v.store.get('cpu').some((x) => x !== null) && document.querySelectorAll('#chart-cpu canvas').length > 0
        && document.querySelectorAll('#chart-memory canvas').length > 0;
    }), 'the CPU and memory charts to draw with data');
    const drawn = await frame.evaluate(() => {
      const c = document.querySelector('#chart-cpu canvas');
      const ctx = c.getContext('2d');
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 0) painted++;
      return { painted, points: window.__vitals.store.time.length, summary: document.querySelector('#chart-cpu .sr-only').textContent };
    });
    assert.ok(drawn.painted > 500, `the CPU chart's canvas has ink (${drawn.painted} pixels)`);
    assert.match(drawn.summary, /^CPU now: total \d/);
    check(`charts drew with data (${drawn.points} points at open, CPU canvas ${drawn.painted} px painted; "${drawn.summary.slice(0, 60)}…")`);

    // the table lists the extension host (This editor mode, the default)
    const hostPid = extensionHostPid(server.pid);
    assert.ok(hostPid, 'found the extension host pid in /proc');
    await until(() => frame.locator(`#proc-${hostPid}`).count(), `the extension host's row (pid ${hostPid})`);
    assert.equal(await frame.locator('.grid').getAttribute('role'), 'treegrid');
    assert.match(await frame.locator(`#proc-${hostPid}`).getAttribute('class'), /is-self/);
    check(`"This editor" treegrid lists the extension host, pid ${hostPid}`);

    // sorting by CPU reorders rows (a busy child makes the order differ from pid order)
    spinner = spawn('bash', ['-c', 'while :; do :; done'], { stdio: 'ignore' });
    await frame.locator('button[data-mode="all"]').click();
    await until(() => frame.evaluate((p) => window.__vitals.model.rows.has(p), spinner.pid), 'the busy child in the table');
    await frame.locator('button.sort[data-column="pid"]').click();
    const byPid = await rowPids(frame);
    assert.deepEqual(byPid, [...byPid].sort((a, b) => a - b), 'sorted by pid ascending');
    await frame.locator('button.sort[data-column="cpuPercent"]').click();
    // DOM order and the model's values read in the same turn (a tick cannot land in between)
    const cpuView = () => frame.evaluate(() => {
      const pids = [...document.querySelectorAll('.grid-body .grid-row:not([hidden])')]
        .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex'))).map((r) => Number(r.dataset.pid));
      return { pids, cpus: pids.map((p) => window.__vitals.model.rows.get(p).cpuPercent) };
    });
    const view = await until(async () => { const v = await cpuView(); return v.cpus[0] > 0 ? v : undefined; }, 'a busy process on top');
    assert.notDeepEqual(view.pids, byPid, 'sorting by CPU reordered the rows');
    assert.ok(view.cpus.every((c, i) => i === 0 || c <= view.cpus[i - 1]), `CPU descending: ${view.cpus}`);
    assert.equal(await frame.locator('[role="columnheader"][aria-sort="descending"]').textContent(), 'CPU % ▼');
    await until(async () => (await cpuView()).pids.indexOf(spinner.pid) >= 0 && (await cpuView()).pids.indexOf(spinner.pid) < 10, 'the busy child among the top rows');
    check(`sorting by CPU % reorders rows (top: ${view.pids.slice(0, 3).map((p, i) => `${p} ${view.cpus[i]}%`).join(', ')}), busy child ${spinner.pid} in the top 10`);
    spinner.kill('SIGKILL');

    // the keyboard alone: Home, ArrowDown, End move the active row; the detail pane follows
    const grid = frame.locator('.grid');
    await grid.focus();
    await page.keyboard.press('Home');
    const first = (await rowPids(frame))[0];
    await until(async () => (await grid.getAttribute('aria-activedescendant')) === `proc-${first}`, 'Home to select the first row');
    await page.keyboard.press('ArrowDown');
    const second = (await rowPids(frame))[1];
    await until(async () => (await grid.getAttribute('aria-activedescendant')) === `proc-${second}` || (await grid.getAttribute('aria-activedescendant')) !== `proc-${first}`, 'ArrowDown to move');
    // rows at the bottom reshuffle every tick (0.0 vs 0.1 %, new pids): End is pressed again and the active row and
    // the last row are read in one evaluate, so a tick between the two reads cannot make them disagree
    await until(async () => {
      await page.keyboard.press('End');
      return frame.evaluate(() => {
        const rows = [...document.querySelectorAll('.grid-body .grid-row:not([hidden])')]
          .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
        return document.querySelector('.grid')?.getAttribute('aria-activedescendant') === `proc-${rows[rows.length - 1]?.dataset.pid}`;
      });
    }, 'End to select the last row');
    const activePid = Number((await grid.getAttribute('aria-activedescendant')).slice(5));
    await until(async () => (await frame.locator('.detail-title').textContent()).includes(`pid ${activePid}`), 'the detail pane to follow the keyboard');
    await page.keyboard.press('Enter');
    assert.equal(await frame.evaluate(() => document.activeElement?.dataset.action), 'terminate', 'Enter moves to the actions');
    check(`keyboard: Home/ArrowDown/End move the active row (aria-activedescendant), the pane follows, Enter reaches the actions`);

    // a filter narrows the rows
    const before = (await frame.evaluate(() => window.__vitals.model.rows.size));
    await setFilter(frame, KILL_ARG);
    await until(async () => { const p = await rowPids(frame); return p.length === 1 && p[0] === kids.victim.pid; }, 'the filter to leave only the sleep child');
    check(`typing "${KILL_ARG}" narrows ${before} rows to 1 (the sleep, pid ${kids.victim.pid})`);

    // hostile names are literal text and run nothing
    await setFilter(frame, 'onerror');
    await until(async () => (await rowPids(frame)).includes(kids.html.pid), 'the HTML-named process');
    const htmlName = await frame.locator(`#proc-${kids.html.pid} .cell-text`).textContent();
    assert.equal(htmlName, HOSTILE_HTML);
    assert.equal(await frame.locator('img').count(), 0, 'no <img> element was created');
    await setFilter(frame, String(kids.control.pid));
    await until(() => frame.locator(`#proc-${kids.control.pid}`).count(), 'the control-character process');
    const ctlName = await frame.locator(`#proc-${kids.control.pid} .cell-text`).textContent();
    assert.equal(ctlName, 'ctl\\x1b[2J\\x07name', 'control characters shown escaped');
    await setFilter(frame, String(kids.invalid.pid));
    await until(() => frame.locator(`#proc-${kids.invalid.pid}`).count(), 'the invalid-UTF-8 process');
    const badName = await frame.locator(`#proc-${kids.invalid.pid} .cell-text`).textContent();
    assert.equal(badName, 'bad\uFFFD\uFFFDname', 'invalid UTF-8 shown as U+FFFD');
    await frame.locator(`#proc-${kids.invalid.pid}`).click({ position: { x: 40, y: 10 } });
    await until(async () => /bad\uFFFD\uFFFDname/.test(await frame.locator('.detail-title').textContent()), 'the detail pane for the invalid-UTF-8 process');
    await until(async () => (await frame.locator('.details dd').allTextContents()).some((t) => t.includes('sleep')), 'the details (exe) to arrive');
    check(`hostile names are literal: ${JSON.stringify(htmlName)}, ${JSON.stringify(ctlName)}, ${JSON.stringify(badName)}; no <img>, no dialog`);

    // screenshots, dark then light
    fs.mkdirSync(results, { recursive: true });
    await setFilter(frame, '');
    await frame.locator('button[data-mode="editor"]').click();
    await frame.locator(`#proc-${hostPid}`).click({ position: { x: 40, y: 10 } });
    for (const c of ['View: Close Primary Side Bar', 'View: Hide Secondary Side Bar']) await runCommand(page, c).catch(() => page.keyboard.press('Escape'));
    await frame.evaluate(() => window.scrollTo(0, 0));
    await painted(frame);
    await page.screenshot({ path: path.join(results, 'dashboard-dark.png') });
    await runCommand(page, 'Preferences: Color Theme');
    await page.keyboard.type('Light Modern');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Light Modern' }).first().waitFor();
    await page.keyboard.press('Enter');
    await until(() => frame.evaluate(() => document.body.classList.contains('vscode-light')), 'the light theme in the webview');
    await frame.evaluate(() => window.scrollTo(0, 0));
    await painted(frame);
    await page.screenshot({ path: path.join(results, 'dashboard-light.png') });
    await runCommand(page, 'Preferences: Color Theme');
    await page.keyboard.type('Dark High Contrast');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark High Contrast' }).first().waitFor();
    await page.keyboard.press('Enter');
    await until(() => frame.evaluate(() => document.body.classList.contains('vscode-high-contrast')), 'the high contrast theme in the webview');
    await frame.evaluate(() => window.scrollTo(0, 0));
    await painted(frame);
    await page.screenshot({ path: path.join(results, 'dashboard-high-contrast.png') });
    check('screenshots: test-results/dashboard-dark.png, dashboard-light.png, dashboard-high-contrast.png');

    // kill from the table, the modal answered
    await frame.locator('button[data-mode="all"]').click();
    await setFilter(frame, KILL_ARG);
    await until(() => frame.locator(`#proc-${kids.victim.pid}`).count(), 'the sleep row');
    await frame.locator(`#proc-${kids.victim.pid}`).click({ position: { x: 40, y: 10 } });
    const exited = new Promise((r) => kids.victim.once('exit', (code, signal) => r(signal)));
    const dialog = page.locator('.monaco-dialog-box');
    // declined first, by Escape and by the modal's Cancel: the pane reports "Not done" (the host has finished
    // with the action), and the sleep is alive, unsignalled and not stopped
    const victimState = () => fs.readFileSync(`/proc/${kids.victim.pid}/stat`, 'utf8').split(') ')[1][0];
    for (const [how, decline] of [['Escape', () => page.keyboard.press('Escape')],
      ['Cancel', () => dialog.locator('a.monaco-button, button', { hasText: /^Cancel$/ }).first().click()]]) {
      await frame.evaluate(() => { document.querySelector('.detail-result').textContent = ''; });
      await frame.locator('.detail-actions button[data-action="kill"]').click();
      await dialog.waitFor({ timeout: 15000 });
      assert.match(await dialog.textContent(), new RegExp(`Kill "sleep" \\(pid ${kids.victim.pid}\\)`));
      await decline();
      await dialog.waitFor({ state: 'detached', timeout: 15000 });
      await until(async () => /^Not done/.test(await frame.locator('.detail-result').textContent()), `the pane to report the ${how} as not done`);
      assert.deepEqual([kids.victim.exitCode, kids.victim.signalCode, victimState()], [null, null, 'S'], `${how}: the sleep is alive, unsignalled, not stopped`);
      check(`Kill declined by ${how}: "Not done" in the pane, sleep pid ${kids.victim.pid} alive and unsignalled`);
    }
    await frame.evaluate(() => { document.querySelector('.detail-result').textContent = ''; });
    await frame.locator('.detail-actions button[data-action="kill"]').click();
    await dialog.waitFor({ timeout: 15000 });
    const question = await dialog.textContent();
    assert.match(question, new RegExp(`Kill "sleep" \\(pid ${kids.victim.pid}\\)`), `the modal names the process and pid: ${question}`);
    await dialog.locator('a.monaco-button, button', { hasText: /^Kill$/ }).first().click();
    const signal = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 15000))]);
    if (signal !== 'SIGKILL') {
      const toasts = await page.locator('.notifications-toasts').textContent().catch(() => '');
      const pane = await frame.locator('.detail-result').textContent().catch(() => '');
      assert.fail(`the sleep was not killed (${signal}): dialog open ${await dialog.count()}, pane "${pane}", notifications "${toasts}"`);
    }
    await until(async () => /Kill: done/.test(await frame.locator('.detail-result').textContent()), 'the action result in the pane');
    await until(() => frame.evaluate((p) => window.__vitals.model.rows.get(p)?.goneAt !== undefined || !window.__vitals.model.rows.has(p), kids.victim.pid), 'the killed row to fade out');
    check(`Kill from the table, modal "${question.trim().slice(0, 50)}…" answered, ended sleep pid ${kids.victim.pid} (SIGKILL)`);

    // a window reload brings the panel back with its state (WebviewPanelSerializer + getState/setState)
    await page.locator('.monaco-workbench').click({ position: { x: 5, y: 300 } }).catch(() => {});
    const reloaded = page.waitForEvent('load', { timeout: 60000 });
    const reloadAt = Date.now() / 1000;
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    const again = await webviewFrame(page);
    // the first read with any point already holds the points from before the reload
    const firstAgain = await until(() => again.evaluate(() => (window.__vitals.store.time.length ? [...window.__vitals.store.time] : undefined)),
      'the first points after the reload');
    const olderAgain = firstAgain.filter((t) => t < reloadAt - 1.5);
    assert.ok(olderAgain.length >= 2, `the first read after the reload (${reloadAt}) has the history from before it: ${JSON.stringify(firstAgain)}`);
    await until(async () => (await again.locator('input.filter').inputValue()) === KILL_ARG, 'the filter restored after reload');
    assert.equal(await again.locator('button[data-mode="all"]').getAttribute('aria-pressed'), 'true');
    check(`after a window reload the dashboard comes back with its mode, filter and history (first read: ${olderAgain.length} points from before the reload)`);

    assert.deepEqual(problems, [], 'no dialogs, page errors or webview console errors');
    return 0;
  } catch (e) {
    console.error(`  ✖ dashboard e2e: ${e.stack ?? e}`);
    if (problems.length) console.error(`  problems seen: ${problems.join('\n')}`);
    try { await browser?.contexts()[0]?.pages()[0]?.screenshot({ path: path.join(results, 'dashboard-failure.png') }); } catch { /* no page */ }
    return 1;
  } finally {
    spinner?.kill('SIGKILL');
    for (const k of Object.values(kids)) { try { k.kill('SIGKILL'); } catch { /* gone */ } }
    await browser?.close().catch(() => {});
    killTree(server.pid);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));

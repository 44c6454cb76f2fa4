// The dashboard's extension host profile in Chromium (dist/webview.js in the benchmark's harness,
// with a stub of VS Code's webview API): the bar list renders a profile's rows as text, largest
// first; a row expands to its top functions; its buttons post the messages the host acts on; the
// extension host's detail pane has the Profile button. Screenshot in test-results/.
// Run: `npm run build && node test/e2e/profile.e2e.mjs`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openHarness, postToWebview } from '../../bench/webviewHarness.mjs';
import { launchBrowser } from '../host/runner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOST = 4242;
const EVIL = '<img src=x onerror="window.__pwned=1">';

const profile = {
  time: Date.UTC(2026, 0, 2, 3, 4, 5), windowMs: 10000, intervalMs: 10, samples: 1000, trigger: 'command',
  rows: [
    { kind: 'extension', id: 'pub.heavy', name: EVIL, ms: 7000, percent: 70, samples: 700, childCpu: 12.5,
      top: [{ name: 'heavyLoop', location: 'out/main.js:42', selfMs: 6500, samples: 650 }, { name: EVIL, location: 'out/x.js:1', selfMs: 500, samples: 50 }] },
    { kind: 'bucket', id: 'idle', name: 'idle', ms: 2000, percent: 20, samples: 200, top: [] },
    { kind: 'extension', id: 'pub.light', name: 'Light', ms: 1000, percent: 10, samples: 100, top: [] },
  ],
};

const init = {
  type: 'init', selfPid: HOST, intervalMs: 2000, temperatureUnit: 'celsius', capacity: 10, history: { time: [], series: {} },
  thresholds: { cpu: { warning: 70, error: 90 }, memory: { warning: 70, error: 90 }, temperature: { warning: 80, error: 95 } },
};
const row = { pid: HOST, ppid: 1, name: 'node', createTime: 1, cpuPercent: 50, rss: 1e8, root: HOST, label: 'extension host', uss: null, readRate: null, writeRate: null, numThreads: 12, numFds: 40, status: 'running', username: 'u', cmdline: 'node --type=extensionHost' };
const tick = {
  type: 'tick', tick: {
    time: Date.now() / 1000, values: {}, cpu: { percent: 10, count: 2, perCpu: [10, 10] }, loadAvg: null,
    memory: { total: 8e9, available: 4e9, used: 4e9, percent: 50, cached: 1e9 }, swap: { total: 0, used: 0, percent: 0 },
    sensors: [], battery: null, bootTime: 0, roots: [HOST], table: { reset: true, added: [row], changed: [], removed: [] },
  },
};

let browser;
try {
  browser = await launchBrowser();
  const { page, dispose } = await openHarness(browser);
  await postToWebview(page, init);
  await postToWebview(page, tick);
  await postToWebview(page, { type: 'profile', profile });
  // window.postMessage is delivered as a task of its own: wait for what it renders
  await page.waitForSelector('.profile-row', { timeout: 10000 });
  const names = await page.$$eval('.profile-row .profile-name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(names, [`${EVIL} (pub.heavy)`, 'idle', 'Light (pub.light)'], 'rows in order, names as text');
  assert.equal(await page.evaluate(() => document.querySelectorAll('.profile img').length), 0, 'no element from a name');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const heads = await page.$$eval('.profile-row summary', (els) => els.map((e) => e.textContent));
  assert.match(heads[0], /7000 ms70\.0 %child processes of this extension: 12\.5 % CPU$/);
  const widths = await page.$$eval('.profile-fill', (els) => els.map((e) => e.getBoundingClientRect().width));
  assert.ok(widths[0] > widths[1] && widths[1] > widths[2] && widths[2] > 0, `bars by share: ${widths}`);
  // collapsed: the top functions are not shown until the row is opened
  assert.equal(await page.isVisible('.profile-row[data-id="pub.heavy"] .profile-top'), false);
  await page.click('.profile-row[data-id="pub.heavy"] summary');
  assert.equal(await page.isVisible('.profile-row[data-id="pub.heavy"] .profile-top'), true);
  const cells = await page.$$eval('.profile-row[data-id="pub.heavy"] .profile-top tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.deepEqual(cells, [['self time', 'function', 'file:line'], ['6500 ms', 'heavyLoop', 'out/main.js:42'], ['500 ms', EVIL, 'out/x.js:1']]);
  assert.equal(await page.$$eval('.profile-row[data-id="idle"] [data-profile-action]', (b) => b.length), 0, 'no actions on a bucket');
  await page.click('.profile-row[data-id="pub.heavy"] button[data-profile-action="disable"]');
  await page.click('.profile-row[data-id="pub.heavy"] button[data-profile-action="open"]');
  await page.click('.profile > .toolbar button[data-profile-action="save"]');
  await page.click('.profile > .toolbar button[data-profile-action="text"]');
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  await (await page.$('.profile')).screenshot({ path: path.join(root, 'test-results', 'profile-dark.png') });
  // the extension host's detail pane offers a profile
  await postToWebview(page, { type: 'select', pid: HOST });
  await page.waitForSelector('.details button[data-profile-action="run"]', { timeout: 10000 });
  await page.click('.details button[data-profile-action="run"]');
  await postToWebview(page, { type: 'profileState', running: true, secondsLeft: 7 });
  // no second profile from the dashboard while one runs
  await page.waitForSelector('.profile > .toolbar button:first-child:disabled', { timeout: 10000 });
  assert.equal(await page.textContent('.profile-status'), 'Profiling… 7 s left');
  const posted = (await page.evaluate(() => window.__posted)).filter((m) => m.type.startsWith('profile'));
  assert.deepEqual(posted, [
    { type: 'profileAction', action: 'disable', id: 'pub.heavy' }, { type: 'profileAction', action: 'open', id: 'pub.heavy' },
    { type: 'profileAction', action: 'save' }, { type: 'profileAction', action: 'text' }, { type: 'profileRun' },
  ]);
  await dispose();
  console.log('profile e2e: the bar list, its top functions, its actions and the host\'s Profile button work (test-results/profile-dark.png)');
} catch (e) {
  console.error(`profile e2e failed: ${e.stack ?? e}`);
  process.exitCode = 1;
} finally {
  await browser?.close();
}

// The dashboard's front end (dist/webview.js + .css) in a plain Chromium page, with a stub of
// VS Code's webview API: the benchmark feeds it recorded messages and times each update.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `dist`: where webview.js and webview.css are (another build, e.g. a baseline for a same-run comparison). */
export async function openHarness(browser, { theme = 'vscode-dark', dist = path.join(root, 'dist') } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-webview-'));
  for (const f of ['webview.js', 'webview.css']) fs.copyFileSync(path.join(dist, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'stub.js'), `window.__posted = []; window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => {} });`);
  fs.writeFileSync(path.join(dir, 'index.html'), `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="webview.css"></head><body class="${theme}">
<main id="app"></main><script src="stub.js"></script><script src="webview.js"></script></body></html>`);
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`file://${path.join(dir, 'index.html')}`);
  return { page, dispose: async () => { await page.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

/** Posts a host message to the page as VS Code would; resolves with the update's measured ms. */
export async function postToWebview(page, msg) {
  return page.evaluate(async (m) => {
    const before = window.__vitals.perf.renders.length;
    window.postMessage(m, '*');
    while (window.__vitals.perf.renders.length === before && m.type === 'tick') await new Promise((r) => setTimeout(r, 1));
    return m.type === 'tick' ? window.__vitals.perf.renders.at(-1) : 0;
  }, msg);
}

/**
 * Posts a tick and also times the browser frame that follows it: from that frame's
 * requestAnimationFrame callbacks to the first task after it, i.e. the style recalculation, layout,
 * paint and commit of whatever the tick changed. Measured from outside the app (a message listener
 * added after the app's runs once the app's handler and its microtasks are done), so any build can
 * be timed alike. Resolves with { render, frame } in ms.
 */
export async function postTickWithFrame(page, msg) {
  return page.evaluate(async (m) => {
    const before = window.__vitals.perf.renders.length;
    const frame = new Promise((resolve) => {
      const after = () => {
        window.removeEventListener('message', after);
        requestAnimationFrame(() => {
          const t0 = performance.now();
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      };
      window.addEventListener('message', after);
    });
    window.postMessage(m, '*');
    const frameMs = await frame;
    while (window.__vitals.perf.renders.length === before) await new Promise((r) => setTimeout(r, 1));
    return { render: window.__vitals.perf.renders.at(-1), frame: frameMs };
  }, msg);
}

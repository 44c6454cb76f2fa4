// What the e2e tests that drive the real workbench in Chromium share.

/** Polls `fn` (errors count as not yet) every 200 ms until it returns something truthy; fails after `ms`. */
export async function until(fn, what, ms = 30000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (${last.message})` : ''}`);
}

/** Runs a command from the command palette by its exact title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  // fill, not typed keys: F1 pressed while a webview had focus opens the palette before focus moves
  // to it, and keys typed in between went to the webview (CI once saw the palette unfiltered)
  await input.fill(`>${title}`);
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  await row.waitFor();
  await row.click();
}

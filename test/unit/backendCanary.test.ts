// The macOS backend serves the sampler only after its self-check passed in a child process (issue
// #19): a crash, a hang or one wrong value there leaves the extension host on the portable backend.
// Exercised here with the real canary bundle on this machine's backends, and with scripts that
// crash, hang or answer wrongly.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseBackend, judge, needsCanary } from '../../src/monitor/backendCanary';
import { Sampler } from '../../src/monitor/sampler';
import type { Snapshot } from '../../src/protocol';

const DIST = path.resolve(__dirname, '..', '..', '..', 'dist');
const CANARY = path.join(DIST, 'canary.js');

function script(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-canary-'));
  const file = path.join(dir, 'canary.js');
  fs.writeFileSync(file, body);
  return file;
}

describe('backend canary (macOS native backend behind a self-check)', function () {
  this.timeout(60_000);

  it('runs only on macOS, and not when VITALS_BACKEND already chose', () => {
    assert.equal(needsCanary('darwin', {}), true);
    assert.equal(needsCanary('darwin', { VITALS_BACKEND: 'portable' }), false);
    assert.equal(needsCanary('linux', {}), false);
    assert.equal(needsCanary('win32', {}), false);
  });

  it('the self-check passes on this machine\'s real backend (every check against what Node knows)', async function () {
    if (process.platform !== 'linux') this.skip();
    const r = await chooseBackend({ canaryPath: CANARY, candidate: 'linux', execPath: process.execPath });
    assert.equal(r.backend, 'linux', r.report);
    assert.match(r.report!, /passed its self-check \(\d+ checks\)/);
  });

  it('the darwin backend off a Mac fails its checks by name, and the sampler gets the portable one', async () => {
    const r = await chooseBackend({ canaryPath: CANARY, candidate: 'darwin', execPath: process.execPath, platform: 'darwin', env: {} });
    if (process.platform === 'darwin') return; // on a Mac this is the real thing
    assert.equal(r.backend, 'portable');
    assert.match(r.report!, /checks failed: .*libSystem is only loaded on darwin/);
  });

  it('a canary that crashes, hangs, fails or answers nonsense leaves the portable backend, with the reason', async () => {
    const cases: [string, RegExp, number?][] = [
      ['process.abort();', /ended by SIGABRT/],
      ['setInterval(() => {}, 1000);', /no answer within 0.5 s/, 500],
      ['process.stderr.write("boom\\n"); process.exit(3);', /exit code 3: boom/],
      ['console.log(JSON.stringify({ backend: "darwin", checks: 22, failed: ["virtualMemory: total 0, Node says 8589934592"] }));', /1 of 22 checks failed: virtualMemory: total 0/],
      ['console.log("<b>not json</b>");', /unreadable answer: <b>not json<\/b>/],
    ];
    for (const [body, reason, timeoutMs] of cases) {
      const r = await chooseBackend({ canaryPath: script(body), execPath: process.execPath, platform: 'darwin', env: {}, timeoutMs });
      assert.equal(r.backend, 'portable', body);
      assert.match(r.report!, reason, body);
    }
  });

  it('judge: every check named and passed, at least ten', () => {
    assert.equal(judge('{"checks":22,"failed":[]}\n').ok, true);
    assert.equal(judge('{"checks":3,"failed":[]}').ok, false);
    assert.equal(judge('{"failed":[]}').ok, false);
    assert.equal(judge('{"checks":22}').ok, false);
    assert.equal(judge('').ok, false);
  });

  it('the worker runs the backend chosen (VITALS_BACKEND in its environment)', async () => {
    const s = new Sampler({ workerPath: path.join(DIST, 'worker.js'), backend: 'portable', config: { intervalMs: 250, roots: [process.pid] }, log: () => {} });
    try {
      const first = new Promise<Snapshot>((resolve) => { s.onSnapshot(resolve); });
      s.start();
      const snap = await first;
      if (process.platform === 'linux') assert.match(snap.processesUnavailable ?? '', /portable backend/, 'the Linux worker runs portable when told to');
    } finally {
      await s.dispose();
    }
  });
});

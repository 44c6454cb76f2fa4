import assert from 'node:assert/strict';
import { Session } from 'node:inspector';
import { distill } from '../../src/monitor/profileBreakdown';
import { HostProfiler, InspectorSession, ProfileError } from '../../src/ui/profiler';

/** Real node:inspector sessions, with every connect and disconnect recorded. */
function recording(): { open: () => InspectorSession; connected: () => number; opened: () => number } {
  const sessions: { s: Session; open: boolean }[] = [];
  return {
    open: () => {
      const s = new Session();
      const rec = { s, open: false };
      sessions.push(rec);
      return {
        connect: () => { s.connect(); rec.open = true; },
        post: (m, p, cb) => s.post(m, p, cb as never),
        disconnect: () => { s.disconnect(); rec.open = false; },
      };
    },
    connected: () => sessions.filter((r) => r.open).length,
    opened: () => sessions.length,
  };
}

/** Burns CPU in a function with a name to find in the profile, yielding to the event loop between slices. */
async function burnUntil(p: Promise<unknown>): Promise<void> {
  let done = false;
  void p.then(() => { done = true; }, () => { done = true; });
  while (!done) {
    vitalsTestBurner(5);
    await new Promise((r) => setImmediate(r));
  }
}
function vitalsTestBurner(ms: number): number {
  let x = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) x += Math.sqrt(x + 1);
  return x;
}

const expectError = async (p: Promise<unknown>, kind: ProfileError['kind'], re: RegExp): Promise<void> => {
  await assert.rejects(p, (e: unknown) => e instanceof ProfileError && e.kind === kind && re.test(e.message));
};

describe('in-process profiler (node:inspector)', () => {
  it('profiles this process: samples of the running function, the session disconnected afterwards', async () => {
    const rec = recording();
    const profiler = new HostProfiler({ openSession: rec.open });
    const p = profiler.profile({ windowMs: 400, intervalUs: 1000 });
    assert.equal(profiler.running, true);
    await burnUntil(p);
    const r = await p;
    assert.equal(profiler.running, false);
    assert.equal(rec.connected(), 0, 'no session left connected');
    assert.ok(r.profile.samples!.length > 20, `samples: ${r.profile.samples!.length}`);
    const burner = r.profile.nodes.filter((n) => n.callFrame.functionName === 'vitalsTestBurner').map((n) => n.id);
    const hits = r.profile.samples!.filter((s) => burner.includes(s)).length;
    assert.ok(hits > 0, 'the burning function was sampled');
    // this test file's folder as an "extension" claims the burner's samples
    const b = distill(r.profile, [{ id: 'tests', paths: [__dirname] }]);
    assert.ok((b.rows.find((x) => x.id === 'tests')?.samples ?? 0) >= hits);
  });

  it('never two at once: a second request while one runs is refused at once with a plain message', async () => {
    const rec = recording();
    const profiler = new HostProfiler({ openSession: rec.open });
    const first = profiler.profile({ windowMs: 300, intervalUs: 10000 });
    await expectError(profiler.profile({ windowMs: 300, intervalUs: 10000 }), 'busy', /already running \(\d+ s left\)/);
    assert.equal(rec.opened(), 1, 'the refused request opened no session');
    await first;
    assert.equal(rec.connected(), 0);
    // and afterwards a new one may start
    await profiler.profile({ windowMs: 50, intervalUs: 10000 });
    assert.equal(rec.connected(), 0);
  });

  it('cancel ends the wait and disconnects; dispose mid-profile leaves no session and refuses new ones', async () => {
    const rec = recording();
    const profiler = new HostProfiler({ openSession: rec.open });
    const ac = new AbortController();
    const cancelled = profiler.profile({ windowMs: 60000, intervalUs: 10000, signal: ac.signal });
    setImmediate(() => ac.abort());
    await expectError(cancelled, 'cancelled', /cancelled/);
    assert.equal(rec.connected(), 0);
    const running = profiler.profile({ windowMs: 60000, intervalUs: 10000 });
    await new Promise((r) => setImmediate(r));
    assert.equal(rec.connected(), 1);
    profiler.dispose();
    assert.equal(rec.connected(), 0, 'dispose disconnects before it returns');
    await expectError(running, 'cancelled', /cancelled/);
    await expectError(profiler.profile({ windowMs: 50, intervalUs: 10000 }), 'cancelled', /shutting down/);
    // the inspector is free: a new session profiles at once
    const s = new Session();
    s.connect();
    await new Promise<void>((res, rej) => s.post('Profiler.enable', (e) => (e ? rej(e) : res())));
    s.disconnect();
  });

  it('an inspector port open (a debugger may be attached and profiling): refused at once, no session opened', async () => {
    const rec = recording();
    const profiler = new HostProfiler({ openSession: rec.open, inspectorUrl: () => 'ws://127.0.0.1:9229/abc' });
    await expectError(profiler.profile({ windowMs: 50, intervalUs: 10000 }), 'busy', /inspector is open \(ws:\/\/127\.0\.0\.1:9229\/abc\): a debugger .* does not start a second CPU profiler/);
    assert.equal(rec.opened(), 0);
    assert.equal(profiler.running, false);
  });

  it('no inspector in this Node: says so plainly', async () => {
    const profiler = new HostProfiler({ openSession: () => { throw Object.assign(new Error('Inspector is not available'), { code: 'ERR_INSPECTOR_NOT_AVAILABLE' }); } });
    await expectError(profiler.profile({ windowMs: 50, intervalUs: 10000 }), 'unavailable', /has no inspector/);
    const refused = new HostProfiler({ openSession: () => ({ connect: () => { throw new Error('The inspector session is already connected'); }, post: () => {}, disconnect: () => {} }) });
    await expectError(refused.profile({ windowMs: 50, intervalUs: 10000 }), 'unavailable', /refused a session: The inspector session is already connected/);
    assert.equal(refused.running, false);
  });

  it('an inspector that refuses a command, or never answers, gives a message and the session is disconnected', async () => {
    let disconnects = 0;
    const fake = (answer: (m: string, cb: (e: Error | null, r?: unknown) => void) => void): InspectorSession => ({
      connect: () => {}, post: (m, _p, cb) => answer(m, cb), disconnect: () => { disconnects++; },
    });
    const refusing = new HostProfiler({ openSession: () => fake((m, cb) => cb(m === 'Profiler.start' ? new Error('Profiler is already in use') : null, {})) });
    await expectError(refusing.profile({ windowMs: 50, intervalUs: 10000 }), 'failed', /refused Profiler.start: Profiler is already in use/);
    assert.equal(disconnects, 1);
    const silent = new HostProfiler({ openSession: () => fake(() => {}), commandTimeoutMs: 100 });
    await expectError(silent.profile({ windowMs: 50, intervalUs: 10000 }), 'busy', /did not answer Profiler.enable/);
    assert.equal(disconnects, 2);
    assert.equal(silent.running, false);
  });
});

import assert from 'node:assert/strict';
import { distill } from '../../src/monitor/profileBreakdown';
import { validateFromWebview } from '../../src/ui/dashboardModel';
import { autoProfileNotice, profileText, toView, withChildCpu } from '../../src/ui/profileView';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

describe('profile view: the dashboard\'s list and the text document', () => {
  const profile = {
    startTime: 0, endTime: 100000,
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 3, 5] },
      { id: 2, callFrame: frame('(idle)') },
      { id: 3, callFrame: frame('listOnTimeout', 'node:internal/timers', 1), children: [4] },
      // an extension's function name with a newline and a bidi override: shown escaped
      { id: 4, callFrame: frame('evil\nname\u202e', 'file:///exts/pub.evil-1.0.0/out/main.js', 9) },
      { id: 5, callFrame: frame('(garbage collector)') },
    ],
    samples: [4, 4, 4, 2, 4, 5, 2, 4, 4, 4],
    timeDeltas: Array(10).fill(10000),
  };
  const b = distill(profile, [{ id: 'pub.evil', displayName: 'Evil\u0007Ext', paths: ['/exts/pub.evil-1.0.0'] }]);

  it('the text lists every row, largest first, with ms, %, samples and the top functions, control characters escaped', () => {
    const v = toView(b, { time: Date.UTC(2026, 0, 2, 3, 4, 5), intervalUs: 10000, trigger: 'command' });
    const text = profileText(v);
    assert.match(text, /taken +2026-01-02 03:04:05 UTC \(command\)/);
    assert.match(text, /window +0\.1 s, sampled every 10 ms, 10 samples/);
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.includes('1. Evil\\x07Ext (pub.evil): 70.0 ms, 70.0 % of the window, 7 samples'));
    assert.ok(i > 0, text);
    assert.match(lines[i + 1], /^ +70\.0 ms {2}evil\\x0aname.* {2}out\/main\.js:10$/);
    assert.ok(!/\u202e|\u0007/.test(text), 'no raw control or bidi characters');
    assert.match(text, /2\. idle: 20\.0 ms, 20\.0 % of the window, 2 samples/);
    assert.match(text, /3\. garbage collection: 10\.0 ms/);
    assert.equal(toView(b, { time: 0, intervalUs: 10000, trigger: 'x', debuggerUrl: 'ws://127.0.0.1:9229/abc' }).note?.includes('ws://127.0.0.1:9229/abc'), true);
  });

  it('the notice after an automatic profile holds no link an extension\'s display name could plant', () => {
    // VS Code links `[text](target)` in a notification; a command: link runs its command on click
    const linkName = '[Undo](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)';
    const bl = distill(profile, [{ id: 'pub.evil', displayName: linkName, paths: ['/exts/pub.evil-1.0.0'] }]);
    const v = toView(bl, { time: 0, intervalUs: 10000, trigger: 'automatic' });
    const notice = autoProfileNotice(v);
    assert.match(notice, /^Vitals profiled the busy extension host: \[Undo\] \(command:.* \(pub\.evil\) used 70 % of it\.$/);
    assert.doesNotMatch(notice, /\]\(/, notice);
    // a row only child processes gave (its id and name come from the sampler's process rows)
    const kids = withChildCpu(toView(distill({ ...profile, samples: [2], timeDeltas: [1] }, []), { time: 0, intervalUs: 1, trigger: 'x' }),
      new Map([['[x](https://evil.example)', 50]]), new Map());
    assert.doesNotMatch(autoProfileNotice(kids), /\]\(/);
    assert.equal(autoProfileNotice(toView(distill({ ...profile, samples: [2], timeDeltas: [1] }, []), { time: 0, intervalUs: 1, trigger: 'x' })),
      'Vitals profiled the busy extension host: no extension stood out.');
  });

  it('the webview may ask for a profile and its actions; anything else is refused', () => {
    assert.deepEqual(validateFromWebview({ type: 'profileRun' }), { ok: true, msg: { type: 'profileRun' } });
    assert.deepEqual(validateFromWebview({ type: 'profileAction', action: 'open', id: 'pub.evil' }), { ok: true, msg: { type: 'profileAction', action: 'open', id: 'pub.evil' } });
    assert.deepEqual(validateFromWebview({ type: 'profileAction', action: 'save', id: 'x' }), { ok: true, msg: { type: 'profileAction', action: 'save' } });
    assert.equal(validateFromWebview({ type: 'profileAction', action: 'uninstall', id: 'pub.evil' }).ok, false);
    assert.equal(validateFromWebview({ type: 'profileAction', action: 'disable', id: 'a b' }).ok, false);
    assert.equal(validateFromWebview({ type: 'profileAction', action: 'disable' }).ok, false);
    assert.equal(validateFromWebview({ type: 'profileAction', action: 'disable', id: 'x'.repeat(201) }).ok, false);
  });
});

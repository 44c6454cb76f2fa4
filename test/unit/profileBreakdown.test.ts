import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CpuProfile, distill, pathSegments, ProfiledExtension, profiledExtensions } from '../../src/monitor/profileBreakdown';

interface Frame { fn: string; url?: string; line?: number }

/**
 * A .cpuprofile as V8 writes it: a call tree from "(root)", one sample per entry naming the leaf
 * node, timeDeltas in microseconds. `stacks` are [frames from the outermost, sample count].
 */
function build(stacks: [Frame[], number][], deltaUs = 10000): CpuProfile {
  const nodes: CpuProfile['nodes'] = [{ id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1, scriptId: '0' }, children: [] }];
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  for (const [frames, count] of stacks) {
    let cur = nodes[0];
    for (const f of frames) {
      const found = (cur.children ?? []).map((id) => nodes.find((n) => n.id === id)!)
        .find((n) => n.callFrame.functionName === f.fn && n.callFrame.url === (f.url ?? '') && n.callFrame.lineNumber === (f.line ?? 0));
      if (found) { cur = found; continue; }
      const node = { id: nodes.length + 1, callFrame: { functionName: f.fn, url: f.url ?? '', lineNumber: f.line ?? 0, columnNumber: 0, scriptId: String(nodes.length) }, children: [] };
      nodes.push(node);
      cur.children!.push(node.id);
      cur = node;
    }
    for (let i = 0; i < count; i++) { samples.push(cur.id); timeDeltas.push(deltaUs); }
  }
  // V8 writes the samples in time order: interleave them as a real profile would be
  const order = samples.map((_, i) => i).sort((a, b) => ((a * 7919) % samples.length) - ((b * 7919) % samples.length));
  const start = 1_000_000;
  return { nodes, startTime: start, endTime: start + timeDeltas.reduce((a, b) => a + b, 0), samples: order.map((i) => samples[i]), timeDeltas: order.map((i) => timeDeltas[i]) };
}

const HOSTJS: Frame = { fn: 'processTimers', url: 'node:internal/timers', line: 511 };
const ext = (id: string, ...paths: string[]): ProfiledExtension => ({ id, displayName: id.toUpperCase(), paths });
const row = (b: ReturnType<typeof distill>, id: string) => b.rows.find((r) => r.id === id);

describe('profile breakdown: samples to extensions (VS Code\'s rule)', () => {
  it('names the extension host, garbage collection, idle and program buckets from the root\'s children', () => {
    const p = build([
      [[{ fn: '(program)' }], 3],
      [[{ fn: '(garbage collector)' }], 2],
      [[{ fn: '(idle)' }], 10],
      [[HOSTJS, { fn: 'emit', url: 'node:events', line: 500 }], 5],
    ]);
    const b = distill(p, []);
    assert.equal(b.samples, 20);
    assert.equal(b.windowMs, 200);
    assert.deepEqual(b.rows.map((r) => [r.id, r.name, r.samples, r.ms]), [
      ['idle', 'idle', 10, 100], ['host', 'VS Code (extension host itself)', 5, 50], ['program', 'program', 3, 30], ['gc', 'garbage collection', 2, 20],
    ]);
    assert.equal(row(b, 'idle')!.percent, 50);
    // the host's top function is the leaf that ran
    assert.deepEqual(row(b, 'host')!.top, [{ name: 'emit', location: 'node:events:501', selfMs: 50, samples: 5 }]);
    assert.deepEqual(row(b, 'gc')!.top, []);
  });

  it('weighs each sample by its own timeDelta, not by the count', () => {
    const p = build([[[HOSTJS, { fn: 'a', url: 'file:///x/a/main.js' }], 1]], 30000);
    const q = build([[[HOSTJS, { fn: 'b', url: 'file:///x/b/main.js' }], 3]], 5000);
    const both: CpuProfile = { nodes: [...p.nodes], startTime: 0, endTime: 45000, samples: [], timeDeltas: [] };
    // merge q under the same root with shifted ids
    const shift = 100;
    for (const n of q.nodes.slice(1)) both.nodes.push({ ...n, id: n.id + shift, children: n.children?.map((c) => c + shift) });
    both.nodes[0] = { ...both.nodes[0], children: [...p.nodes[0].children!, ...q.nodes[0].children!.map((c) => c + shift)] };
    both.samples = [...p.samples!, ...q.samples!.map((s) => s + shift)];
    both.timeDeltas = [...p.timeDeltas!, ...q.timeDeltas!];
    const b = distill(both, [ext('p.a', '/x/a'), ext('p.b', '/x/b')]);
    assert.deepEqual(b.rows.map((r) => [r.id, r.ms, r.samples]), [['p.a', 30, 1], ['p.b', 15, 3]]);
    assert.equal(row(b, 'p.a')!.percent, (30 / 45) * 100);
  });

  it('nested extensions: a folder inside another extension\'s belongs to the inner extension; a bundled library to the outer', () => {
    const outer = '/home/u/.vscode/extensions/pub.outer-1.0.0';
    const inner = `${outer}/node_modules/pub.inner`;
    const p = build([
      [[HOSTJS, { fn: 'onTimer', url: `file://${outer}/dist/extension.js`, line: 9 }, { fn: 'merge', url: `file://${outer}/node_modules/lodash/lodash.js`, line: 99 }], 4],
      [[HOSTJS, { fn: 'serve', url: `file://${inner}/index.js`, line: 0 }], 6],
    ]);
    const b = distill(p, [ext('pub.outer', outer), ext('pub.inner', inner)]);
    assert.deepEqual(b.rows.map((r) => [r.id, r.samples]), [['pub.inner', 6], ['pub.outer', 4]]);
    // the bundled library is the extension's own code: its function is named, inside the folder
    assert.deepEqual(row(b, 'pub.outer')!.top, [{ name: 'merge', location: 'node_modules/lodash/lodash.js:100', selfMs: 40, samples: 4 }]);
    assert.deepEqual(row(b, 'pub.inner')!.top, [{ name: 'serve', location: 'index.js:1', selfMs: 60, samples: 6 }]);
    assert.equal(row(b, 'pub.inner')!.name, 'PUB.INNER');
  });

  it('an extension calling another\'s exported API pays for it: the outermost extension frame wins', () => {
    const a = '/exts/pub.caller-1.0.0';
    const lib = '/exts/pub.api-2.0.0';
    const p = build([
      [[HOSTJS, { fn: 'refresh', url: `file://${a}/out/main.js`, line: 41 }, { fn: 'exportedQuery', url: `file://${lib}/out/api.js`, line: 7 }, { fn: 'scan', url: `file://${lib}/out/scan.js`, line: 3 }], 8],
      [[HOSTJS, { fn: 'refresh', url: `file://${a}/out/main.js`, line: 41 }], 1],
      [[HOSTJS, { fn: 'selfWork', url: `file://${lib}/out/scan.js`, line: 20 }], 2],
    ]);
    const b = distill(p, [ext('pub.caller', a), ext('pub.api', lib)]);
    assert.deepEqual(b.rows.map((r) => [r.id, r.samples]), [['pub.caller', 9], ['pub.api', 2]]);
    assert.deepEqual(row(b, 'pub.caller')!.top.map((f) => [f.name, f.location, f.samples]), [['refresh', 'out/main.js:42', 9]]);
    assert.deepEqual(row(b, 'pub.api')!.top.map((f) => [f.name, f.samples]), [['selfWork', 2]]);
  });

  it('node:internal and eval frames: outside any extension they are the host\'s, under an extension frame they are the extension\'s', () => {
    const a = '/exts/pub.a-1.0.0';
    const p = build([
      // an extension's callback reached through node internals, running eval'd code and a builtin
      [[HOSTJS, { fn: 'listOnTimeout', url: 'node:internal/timers', line: 580 }, { fn: 'tick', url: `file://${a}/main.js`, line: 4 }, { fn: 'eval', url: '' }, { fn: '', url: 'evalmachine.<anonymous>', line: 0 }], 5],
      [[HOSTJS, { fn: 'listOnTimeout', url: 'node:internal/timers', line: 580 }, { fn: 'tick', url: `file://${a}/main.js`, line: 4 }, { fn: 'parse', url: '' }], 2],
      // eval'd code with no extension above it
      [[{ fn: 'runInThisContext', url: 'node:vm', line: 1 }, { fn: '', url: 'evalmachine.<anonymous>', line: 2 }], 3],
      [[{ fn: 'readSync', url: 'node:fs', line: 1 }, { fn: 'read', url: '' }], 1],
    ]);
    const b = distill(p, [ext('pub.a', a)]);
    assert.deepEqual(b.rows.map((r) => [r.id, r.samples]), [['pub.a', 7], ['host', 4]]);
    assert.deepEqual(row(b, 'pub.a')!.top.map((f) => [f.name, f.location, f.samples]), [['tick', 'main.js:5', 7]]);
    assert.deepEqual(row(b, 'host')!.top.map((f) => [f.name, f.location, f.samples]), [['(anonymous)', 'evalmachine.<anonymous>:3', 3], ['read', '(native)', 1]]);
  });

  it('a Windows path: file URLs with a drive letter and %20, backslashes, and case differences find the same folder', () => {
    const folder = 'C:\\Users\\Me\\.vscode\\extensions\\pub.win-1.0.0 (beta)';
    const p = build([
      [[HOSTJS, { fn: 'a', url: 'file:///c:/Users/me/.vscode/extensions/pub.win-1.0.0%20(beta)/out/main.js', line: 1 }], 3],
      [[HOSTJS, { fn: 'b', url: 'C:\\USERS\\ME\\.vscode\\extensions\\pub.win-1.0.0 (beta)\\out\\other.js', line: 2 }], 2],
      [[HOSTJS, { fn: 'c', url: 'file:///C:/Users/Me/.vscode/extensions/pub.win-1.0.0%20(beta)2/x.js', line: 2 }], 1],
    ]);
    const b = distill(p, [ext('pub.win', folder)]);
    assert.deepEqual(b.rows.map((r) => [r.id, r.samples]), [['pub.win', 5], ['host', 1]], 'a sibling folder whose name starts alike is not inside');
    assert.deepEqual(row(b, 'pub.win')!.top.map((f) => f.location), ['out/main.js:2', 'out/other.js:3']);
    // POSIX paths stay case-sensitive
    assert.equal(distill(build([[[HOSTJS, { fn: 'x', url: 'file:///Exts/A/m.js' }], 1]]), [ext('a', '/exts/a')]).rows[0].id, 'host');
  });

  it('an extension under a symlinked folder: both the link and its target are its folder', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-prof-'));
    const real = path.join(tmp, 'dev', 'my ext');
    fs.mkdirSync(real, { recursive: true });
    const link = path.join(tmp, 'extensions', 'pub.linked-1.0.0');
    fs.mkdirSync(path.dirname(link));
    fs.symlinkSync(real, link);
    try {
      const list = profiledExtensions([{ id: 'pub.linked', displayName: 'Linked', extensionPath: link }, { id: 'pub.gone', extensionPath: path.join(tmp, 'missing') }], fs.realpathSync);
      assert.deepEqual(list[0].paths, [link, real]);
      assert.deepEqual(list[1].paths, [path.join(tmp, 'missing')], 'a folder realpath refuses is kept as named');
      // Node loads modules by their real path: the profile names the target
      const url = `file://${real.split('/').map(encodeURIComponent).join('/')}/out/main.js`;
      const b = distill(build([[[HOSTJS, { fn: 'run', url, line: 0 }], 4], [[HOSTJS, { fn: 'run2', url: `file://${link}/out/b.js` }], 1]]), list);
      assert.deepEqual(b.rows.map((r) => [r.id, r.name, r.samples]), [['pub.linked', 'Linked', 5]]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('an in-process profile: the first sample\'s delta is the profiler\'s start-up, not the work of the extension that asked for it', () => {
    const vitals = '/exts/vitals.vitals-0.1.0';
    const p = build([[[HOSTJS, { fn: 'other', url: 'file:///exts/pub.a-1/m.js' }], 10], [[HOSTJS, { fn: 'post', url: `file://${vitals}/dist/extension.js` }], 1]]);
    // V8 writes the first sample after its start-up: here 260 ms, with the caller of Profiler.start on the stack
    const first = p.nodes.find((n) => n.callFrame.functionName === 'post')!.id;
    p.samples = [first, ...p.samples!.filter((s) => s !== first)];
    p.timeDeltas = [260000, ...p.timeDeltas!.slice(1)];
    p.endTime = p.startTime + p.timeDeltas.reduce((a, b) => a + b, 0);
    const exts = [ext('vitals.vitals', vitals), ext('pub.a', '/exts/pub.a-1')];
    assert.deepEqual(distill(p, exts, { firstSampleIsStartup: true }).rows.map((r) => [r.id, r.name, r.samples, r.ms]),
      [['startup', 'profiler start-up', 1, 260], ['pub.a', 'PUB.A', 10, 100]]);
    // a profile from elsewhere keeps VS Code's rule: the first sample is whoever it shows
    assert.deepEqual(distill(p, exts).rows.map((r) => [r.id, r.samples, r.ms]), [['vitals.vitals', 1, 260], ['pub.a', 10, 100]]);
  });

  it('an empty profile (no samples, no window) gives no rows and no NaN', () => {
    const empty: CpuProfile = { nodes: [{ id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 } }], startTime: 5, endTime: 5, samples: [], timeDeltas: [] };
    assert.deepEqual(distill(empty, [ext('a', '/a')]), { windowMs: 0, samples: 0, rows: [] });
    assert.deepEqual(distill({ nodes: [], startTime: 0, endTime: 0 }, []), { windowMs: 0, samples: 0, rows: [] });
    // a window but no samples (the host was idle and V8 took none): nothing to attribute
    assert.deepEqual(distill({ ...empty, endTime: 10_000_005 }, []), { windowMs: 10000, samples: 0, rows: [] });
  });

  it('malformed input: a sample naming no node counts as program, a negative delta as 0, a stray % in a URL is kept', () => {
    const p = build([[[HOSTJS, { fn: 'x', url: 'file:///e/a%zz/m.js' }], 2]]);
    p.samples!.push(999);
    p.timeDeltas!.push(-50);
    p.timeDeltas![0] = -1;
    const b = distill(p, [ext('a', '/e/a%zz')]);
    assert.deepEqual(b.rows.map((r) => [r.id, r.samples, r.ms]), [['a', 2, 10], ['program', 1, 0]]);
  });

  it('pathSegments: what names a file and what does not', () => {
    assert.equal(pathSegments('node:internal/timers'), undefined);
    assert.equal(pathSegments(''), undefined);
    assert.equal(pathSegments('evalmachine.<anonymous>'), undefined);
    assert.equal(pathSegments('webpack://ext/./src/a.ts'), undefined);
    assert.deepEqual(pathSegments('file:///a/./b/../c%23d.js')!.segments, ['a', 'c#d.js']);
    assert.deepEqual(pathSegments('file://server/share/x.js')!.segments, ['//server', 'share', 'x.js']);
    assert.deepEqual(pathSegments('\\\\Server\\Share\\X.js')!.segments, ['//server', 'share', 'x.js']);
    assert.deepEqual(['file:///srv/a%20b/c.js', 'file:///C:/Users/x.js', 'D:\\a\\b.js'].map((u) => pathSegments(u)!.text), ['/srv/a b/c.js', 'C:/Users/x.js', 'D:/a/b.js']);
  });
});

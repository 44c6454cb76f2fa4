import assert from 'node:assert/strict';
import { Described, EditorTree, ScanEntry } from '../../src/monitor/editorTree';
import { guardSnapshot } from '../../src/monitor/rowGuard';
import type { ProcessSample } from '../../src/protocol';
import { childCpuByExtension, profileText, withChildCpu } from '../../src/ui/profileView';

interface P { pid: number; ppid: number; cmd: string[] }
const HOST = 110;
const LIST: P[] = [
  { pid: 100, ppid: 1, cmd: ['/srv/node', '/srv/vscode/out/server-main.js'] },
  { pid: HOST, ppid: 100, cmd: ['/srv/node', '/srv/vscode/out/bootstrap-fork', '--type=extensionHost'] },
  // a language server from acme's folder, and what it started (a compiler outside any extension folder)
  { pid: 120, ppid: HOST, cmd: ['/srv/node', '/ext/acme.lang-1.0/out/server.js'] },
  { pid: 121, ppid: 120, cmd: ['/usr/bin/clangd'] },
  // acme's server running a helper from another extension's folder: still acme's (the outermost wins)
  { pid: 122, ppid: 120, cmd: ['/ext/other.tool-2.0/bin/tool'] },
  { pid: 130, ppid: HOST, cmd: ['/ext/other.tool-2.0/bin/tool', '--watch'] },
  // the host's own child that no extension folder names: nobody's
  { pid: 140, ppid: HOST, cmd: ['/usr/bin/git', 'status'] },
];
const EXTS = [{ id: 'acme.lang', displayName: 'Acme', extensionPath: '/ext/acme.lang-1.0' }, { id: 'other.tool', extensionPath: '/ext/other.tool-2.0' }];

function tree(): Map<number, { extension?: string; kind: string }> {
  const scan = new Map<number, ScanEntry>();
  const children = new Map<number, number[]>();
  for (const p of LIST) {
    scan.set(p.pid, { pid: p.pid, ppid: p.ppid, createTime: 10 });
    children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  }
  const describe = (pid: number): Described | undefined => {
    const p = LIST.find((x) => x.pid === pid);
    return p && { name: 'x', exe: p.cmd[0], cmdline: p.cmd };
  };
  const t = new EditorTree();
  t.setExtensions(EXTS);
  return new Map(t.build(scan, children, HOST, [], describe).map((n) => [n.pid, n]));
}

describe('child processes of each extension beside its profile row', () => {
  it('the editor tree names the extension behind each of the host\'s descendants (the topmost one run from an extension folder)', () => {
    const by = tree();
    assert.deepEqual([120, 121, 122, 130, 140, HOST, 100].map((pid) => by.get(pid)?.extension),
      ['acme.lang', 'acme.lang', 'acme.lang', 'other.tool', undefined, undefined, undefined]);
    assert.equal('extension' in by.get(140)!, false, 'no extension field where none is known');
  });

  it('the snapshot guard keeps the extension id (cut to a label\'s size) on its way out of the worker', () => {
    const row = { pid: 120, ppid: HOST, name: 'node', createTime: 1, cpuPercent: 5, rss: 1, root: HOST, kind: 'extension', extension: 'acme.lang' };
    const s = guardSnapshot({ time: 0, host: 'h', cpu: { percent: 0, perCpu: [], cpuIds: [], count: 1 }, memory: { total: 1, available: 1, used: 0, percent: 0 },
      swap: { total: 0, used: 0, percent: 0 }, loadAvg: null, temperatures: {}, battery: null, processes: [row, { ...row, pid: 121, extension: 'x'.repeat(5000) }, { ...row, pid: 122, extension: 7 }] as never, errors: {}, sampleMs: 0 });
    assert.deepEqual(s.processes.map((p) => [p.pid, p.extension?.length]), [[120, 9], [121, 256]]);
    assert.ok(Object.keys(s.errors).some((k) => /extension is a number/.test(k)), 'a non-string id drops the row, said once');
  });

  it('averages each extension\'s children\'s CPU over the window\'s snapshots; only the host\'s tree counts', () => {
    const proc = (pid: number, cpuPercent: number, extension?: string, root = HOST): ProcessSample => ({
      pid, ppid: HOST, name: 'x', createTime: 1, cpuPercent, rss: 1, root, kind: pid === HOST ? 'editor' : 'extension', ...(extension ? { extension } : {}),
    });
    const snaps = [
      { processes: [proc(HOST, 90), proc(120, 40, 'acme.lang'), proc(121, 20, 'acme.lang'), proc(130, 3, 'other.tool')] },
      { processes: [proc(HOST, 90), proc(120, 60, 'acme.lang'), proc(130, NaN, 'other.tool'), proc(500, 99, 'acme.lang', 400)] },
    ];
    const cpu = childCpuByExtension(snaps, HOST);
    assert.deepEqual([...cpu].sort(), [['acme.lang', 60], ['other.tool', 1.5]]);
    assert.deepEqual(childCpuByExtension([], HOST).size, 0);
    const view = withChildCpu({ time: 0, windowMs: 1000, intervalMs: 10, samples: 1, trigger: 't', rows: [
      { kind: 'extension', id: 'other.tool', name: 'other.tool', ms: 10, percent: 1, samples: 1, top: [] },
      { kind: 'bucket', id: 'idle', name: 'idle', ms: 990, percent: 99, samples: 99, top: [] },
    ] }, cpu, new Map([['acme.lang', 'Acme']]));
    assert.deepEqual(view.rows.map((r) => [r.id, r.name, r.childCpu]), [['other.tool', 'other.tool', 1.5], ['idle', 'idle', undefined], ['acme.lang', 'Acme', 60]]);
    assert.match(profileText(view), /Acme \(acme\.lang\): 0\.0 ms, 0\.0 % of the window, 0 samples; child processes of this extension: 60\.0 % CPU/);
  });
});

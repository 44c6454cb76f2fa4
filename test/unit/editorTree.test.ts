import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Described, EditorTree, ScanEntry } from '../../src/monitor/editorTree';
import { signalProcess } from '../../src/monitor/signals';
import * as probe from '../../src/probe';
import type { Origin } from '../../src/protocol';
import { spawnTrap, until } from './helpers';
import { removeCopy, scriptForOtherUser } from './otherUser';

interface P { pid: number; ppid: number; ct: number; cmd: string[]; exe?: string }

function world(list: P[]): { scan: Map<number, ScanEntry>; children: Map<number, number[]>; describe: (pid: number) => Described | undefined; described: number[] } {
  const scan = new Map<number, ScanEntry>();
  const children = new Map<number, number[]>();
  const described: number[] = [];
  for (const p of list) {
    scan.set(p.pid, { pid: p.pid, ppid: p.ppid, createTime: p.ct });
    children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  }
  const describe = (pid: number): Described | undefined => {
    described.push(pid);
    const p = list.find((x) => x.pid === pid);
    return p && { name: 'MainThread', exe: p.exe ?? p.cmd[0], cmdline: p.cmd };
  };
  return { scan, children, describe, described };
}

const NODE = '/srv/node';
const BASE: P[] = [
  { pid: 1, ppid: 0, ct: 1, cmd: ['/sbin/init'] },
  { pid: 100, ppid: 1, ct: 10, cmd: [NODE, '/srv/vscode/out/server-main.js', '--port', '1'] },
  { pid: 110, ppid: 100, ct: 11, cmd: [NODE, '/srv/vscode/out/bootstrap-fork', '--type=extensionHost'] },
  { pid: 111, ppid: 100, ct: 11, cmd: [NODE, '/srv/vscode/out/bootstrap-fork', '--type=ptyHost'] },
  { pid: 112, ppid: 100, ct: 11, cmd: [NODE, '/srv/vscode/out/bootstrap-fork', '--type=fileWatcher'] },
  { pid: 113, ppid: 100, ct: 11, cmd: [NODE, '/srv/vscode/out/bootstrap-fork', '--type=extensionHost'] },
  { pid: 114, ppid: 113, ct: 12, cmd: [NODE, '/ext/other.lang-1.0/server.js'] },
  { pid: 120, ppid: 110, ct: 12, cmd: [NODE, '/ext/acme.lang-1.0/out/server.js', '--stdio'] },
  { pid: 121, ppid: 120, ct: 13, cmd: ['/usr/bin/clangd'] },
  { pid: 130, ppid: 111, ct: 20, cmd: ['/bin/bash', '--login'] },
  { pid: 131, ppid: 130, ct: 21, cmd: ['/bin/sleep', '600'] },
  { pid: 140, ppid: 111, ct: 30, cmd: ['/bin/bash', '-c', 'watch'] },
  { pid: 141, ppid: 140, ct: 31, cmd: ['/usr/bin/node', 'watch.js'] },
  { pid: 900, ppid: 1, ct: 5, cmd: ['/usr/bin/python3', 'unrelated.py'] },
];
const EXTS = [{ id: 'acme.lang', displayName: 'Acme Language', extensionPath: '/ext/acme.lang-1.0' }];
const TERMINAL: Origin = { id: 'terminal:1', kind: 'terminal', label: 'bash', pid: 130 };
const TASK: Origin = { id: 'task:2', kind: 'task', label: 'watch', pid: 140 };

describe('EditorTree: the editor\'s processes by role (issue #11)', () => {
  it('names VS Code\'s processes by role, extensions\' children by extension, origins by name; nothing unrelated', () => {
    const t = new EditorTree();
    t.setExtensions(EXTS);
    const w = world(BASE);
    const nodes = t.build(w.scan, w.children, 110, [TERMINAL, TASK], w.describe);
    const by = new Map(nodes.map((n) => [n.pid, n]));
    assert.deepEqual([by.get(100)?.label, by.get(100)?.kind], ['VS Code server', 'editor']);
    assert.deepEqual([by.get(110)?.label, by.get(110)?.kind], ['extension host', 'editor']);
    assert.equal(by.get(111)?.label, 'pty host');
    assert.equal(by.get(112)?.label, 'file watcher');
    assert.equal(by.get(113)?.label, 'extension host (another window)');
    assert.equal(by.has(114), false, 'another window\'s extension host is not descended into');
    assert.deepEqual([by.get(120)?.label, by.get(120)?.kind], ['Acme Language (acme.lang)', 'extension']);
    assert.deepEqual([by.get(121)?.label, by.get(121)?.depth], ['clangd', 1]);
    assert.deepEqual([by.get(130)?.label, by.get(130)?.kind, by.get(130)?.origin, by.get(130)?.depth], ['bash', 'terminal', 'terminal:1', 0]);
    assert.deepEqual([by.get(131)?.label, by.get(131)?.kind, by.get(131)?.root], ['sleep', 'terminal', 130]);
    assert.deepEqual([by.get(140)?.label, by.get(140)?.kind, by.get(141)?.label], ['watch', 'task', 'node watch.js']);
    assert.equal(by.has(900), false);
    assert.equal(by.has(1), false);
    assert.ok(!nodes.some((n) => n.label === 'MainThread'));
  });

  it('reads a command line once per process identity, not once per tick', () => {
    const t = new EditorTree();
    const w = world(BASE);
    t.build(w.scan, w.children, 110, [TERMINAL], w.describe);
    const first = w.described.length;
    t.build(w.scan, w.children, 110, [TERMINAL], w.describe);
    assert.equal(w.described.length, first);
    // pid 131 reused by another process: described again
    const w2 = world(BASE.map((p) => (p.pid === 131 ? { ...p, ct: 99, cmd: ['/bin/cat'] } : p)));
    const nodes = t.build(w2.scan, w2.children, 110, [TERMINAL], w2.describe);
    assert.deepEqual(w2.described, [131]);
    assert.equal(nodes.find((n) => n.pid === 131)?.label, 'cat');
  });

  it('labels a process again after it exec\'d another program (same pid and createTime, new name)', () => {
    const t = new EditorTree();
    let w = world(BASE);
    t.build(w.scan, w.children, 110, [TERMINAL], w.describe);
    t.checkName(131, 'MainThread'); // unchanged: kept
    w = world(BASE.map((p) => (p.pid === 131 ? { ...p, cmd: ['/usr/bin/make', 'all'] } : p)));
    assert.equal(t.build(w.scan, w.children, 110, [TERMINAL], w.describe).find((n) => n.pid === 131)?.label, 'sleep', 'cached');
    t.checkName(131, 'make');
    assert.equal(t.build(w.scan, w.children, 110, [TERMINAL], w.describe).find((n) => n.pid === 131)?.label, 'make');
  });

  it('a process read mid-exec (new name, no command line yet) is described again on the next tick, not cached empty', () => {
    const t = new EditorTree();
    const midExec = world(BASE.map((p) => (p.pid === 131 ? { ...p, cmd: [], exe: '/usr/bin/python3' } : p)));
    t.build(midExec.scan, midExec.children, 110, [TERMINAL], midExec.describe);
    const done = world(BASE.map((p) => (p.pid === 131 ? { ...p, cmd: ['python3', 'serve.py', '--type=constructor'] } : p)));
    const node = t.build(done.scan, done.children, 110, [TERMINAL], done.describe).find((n) => n.pid === 131);
    assert.deepEqual(done.described, [131]);
    assert.equal(node?.cmdline, 'python3 serve.py --type=constructor');
  });

  it('does not take a reused pid for a terminal whose shell exited', () => {
    const t = new EditorTree();
    let w = world(BASE);
    t.build(w.scan, w.children, 110, [TERMINAL], w.describe);
    w = world(BASE.filter((p) => p.pid !== 131).map((p) => (p.pid === 130 ? { ...p, ct: 500, cmd: ['/usr/bin/vim'] } : p)));
    const n = t.build(w.scan, w.children, 110, [TERMINAL], w.describe).find((x) => x.pid === 130);
    assert.notEqual(n?.kind, 'terminal');
  });

  it('keeps a task\'s child that outlived the task as an orphan, and forgets it once it exits', () => {
    const t = new EditorTree();
    let w = world(BASE);
    t.build(w.scan, w.children, 110, [TERMINAL, TASK], w.describe);
    // the task ends; its child is reparented to init
    const after = BASE.filter((p) => p.pid !== 140).map((p) => (p.pid === 141 ? { ...p, ppid: 1 } : p));
    w = world(after);
    let nodes = t.build(w.scan, w.children, 110, [TERMINAL], w.describe);
    const o = nodes.find((n) => n.pid === 141);
    assert.deepEqual([o?.kind, o?.note, o?.origin, o?.label], ['orphan', "orphaned (was: task 'watch')", 'task:2', 'node watch.js']);
    // a recycled pid is not the orphan
    w = world(after.map((p) => (p.pid === 141 ? { ...p, ct: 77 } : p)));
    nodes = t.build(w.scan, w.children, 110, [TERMINAL], w.describe);
    assert.equal(nodes.some((n) => n.pid === 141), false);
    assert.equal(t.remembered, 2, 'only the terminal\'s two processes are still remembered');
  });

  it('marks a process that left a still-open terminal\'s tree (daemonised) as an orphan of that terminal', () => {
    const t = new EditorTree();
    let w = world(BASE);
    t.build(w.scan, w.children, 110, [TERMINAL], w.describe);
    w = world(BASE.map((p) => (p.pid === 131 ? { ...p, ppid: 1 } : p)));
    const n = t.build(w.scan, w.children, 110, [TERMINAL], w.describe).find((x) => x.pid === 131);
    assert.equal(n?.note, "orphaned (was: terminal 'bash')");
  });

  it('finds a debuggee through the fallback: new children of the extension host after the session started', () => {
    const t = new EditorTree();
    const debuggee: P = { pid: 150, ppid: 110, ct: 40.2, cmd: ['/usr/bin/python3', 'app.py'] };
    const grandchild: P = { pid: 151, ppid: 150, ct: 41, cmd: ['/usr/bin/python3', '-c', 'worker'] };
    const w = world([...BASE, debuggee, grandchild]);
    const session: Origin = { id: 'debug:s1', kind: 'debug', label: 'Python: app', fallbackPid: 110, since: 40 };
    const nodes = t.build(w.scan, w.children, 110, [session], w.describe);
    const by = new Map(nodes.map((n) => [n.pid, n]));
    assert.deepEqual([by.get(150)?.kind, by.get(150)?.label, by.get(150)?.origin], ['debug', 'Python: app', 'debug:s1']);
    assert.deepEqual([by.get(151)?.kind, by.get(151)?.origin], ['debug', 'debug:s1']);
    assert.equal(by.get(120)?.kind, 'extension', 'a language server started before the session is not the debuggee');
    // a language server started meanwhile is no debuggee; an executable adapter's program is
    const t2 = new EditorTree();
    t2.setExtensions(EXTS);
    const late: P[] = [
      { pid: 160, ppid: 110, ct: 40.5, cmd: [NODE, '/ext/acme.lang-1.0/out/server.js'] },
      { pid: 170, ppid: 110, ct: 40.6, cmd: [NODE, '/ext/acme.lang-1.0/out/debugAdapter.js'] },
      { pid: 171, ppid: 170, ct: 41, cmd: ['/usr/bin/python3', 'app.py'] },
    ];
    const w2 = world([...BASE, ...late]);
    const by2 = new Map(t2.build(w2.scan, w2.children, 110, [session], w2.describe).map((n) => [n.pid, n]));
    assert.equal(by2.get(160)?.kind, 'extension');
    assert.equal(by2.get(170)?.kind, 'extension');
    assert.deepEqual([by2.get(171)?.kind, by2.get(171)?.label], ['debug', 'Python: app']);
    // once the adapter names its pid, that wins
    const named = t.build(w.scan, w.children, 110, [{ id: 'debug:s1', kind: 'debug', label: 'Python: app', pid: 151 }], w.describe);
    assert.equal(named.find((n) => n.pid === 150)?.kind, 'extension');
    assert.equal(named.find((n) => n.pid === 151)?.kind, 'debug');
  });
});

describe('signals from the worker re-check (pid, createTime)', () => {
  it('refuses a recycled identity, and kills a whole tree', async () => {
    const trap = await spawnTrap(2);
    const child = trap.child;
    try {
      const p = new probe.Process(child.pid!);
      const kids = await until(() => { const k = p.children(); return k.length === 2 && k; }, 'two children');
      assert.deepEqual(kids.map((k) => k.pid).sort(), [...trap.kids].sort());
      for (const sig of ['SIGKILL', 'SIGSTOP', 'SIGTERM']) {
        assert.throws(() => signalProcess(child.pid!, p.createTime() + 5, sig, true), (e: Error) => e.name === 'NoSuchProcess' && /now belongs to another process/.test(e.message));
      }
      // every process of the tree answers, and has trapped nothing
      assert.deepEqual(await trap.report(), [child.pid!, ...trap.kids].map((pid) => ({ pid, signals: [] })), 'nothing was signalled');
      assert.throws(() => signalProcess(child.pid!, undefined, 'SIGKILL', false), /without knowing which process/);
      assert.throws(() => signalProcess(child.pid!, p.createTime(), 'SIGNOPE', false), /unknown signal/);
      signalProcess(child.pid!, p.createTime(), 'SIGSTOP', false);
      await until(() => p.status() === 'stopped', 'suspended');
      signalProcess(child.pid!, p.createTime(), 'SIGCONT', false);
      await until(() => p.status() !== 'stopped', 'resumed');
      const r = signalProcess(child.pid!, p.createTime(), 'SIGKILL', true);
      assert.deepEqual(r.signalled.map((s) => s.pid).sort(), [child.pid!, ...kids.map((k) => k.pid)].sort());
      await until(() => kids.every((k) => !k.isRunning() || k.status() === 'zombie'), 'the sleeps are gone');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('says clearly when the OS refuses', function () {
    // An unprivileged user signals a process of root's. The target is our own sleep in a session of
    // its own: SIGCONT is allowed within one session whatever the owner, and CI's pid 1 shares ours.
    // Not root: a process of root's that is neither pid 1 nor one of ours (Vitals refuses those itself).
    const asRoot = process.getuid?.() === 0;
    const target = asRoot ? spawn('sleep', ['300'], { stdio: 'ignore', detached: true }) : undefined;
    // nobody cannot read a checkout under /root (0700): the script runs from a copy in a 0755 folder
    const script = scriptForOtherUser(path.join(__dirname, 'signal.child.js'));
    try {
      const pid = target?.pid ?? rootOwnedStranger();
      if (pid === undefined) return this.skip(); // not root, and no process of root's to try
      const asNobody = asRoot ? { uid: 65534, gid: 65534 } : {};
      const r = spawnSync(process.execPath, [script, String(pid)], { encoding: 'utf8', ...asNobody });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), { name: 'AccessDenied', message: `Vitals cannot signal pid ${pid} (root): permission denied` });
    } finally {
      target?.kill('SIGKILL');
      removeCopy(script);
    }
  });
});

/** A user process of root's that is not pid 1 nor an ancestor of this one (for a run as another user). */
function rootOwnedStranger(): number | undefined {
  const mine = new Set<number>();
  for (let pid = process.pid; pid > 1;) {
    mine.add(pid);
    pid = Number(/^PPid:\s*(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  }
  for (const d of fs.readdirSync('/proc')) {
    const pid = Number(d);
    if (!Number.isInteger(pid) || pid <= 1 || mine.has(pid)) continue;
    try {
      if (fs.statSync(`/proc/${d}`).uid === 0 && fs.readFileSync(`/proc/${d}/cmdline`).length > 0) return pid;
    } catch { /* gone */ }
  }
  return undefined;
}

// A subject process with hundreds of sockets, mappings and open files: its /proc files (net/tcp,
// smaps, maps) run to many pages, which a reader that stops at the first short read truncates.
// Counted against python3-psutil on the same pid while nothing changes.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as probe from '../../src/probe';
import { PYTHON, psutilWhileAlive, useLive } from './helpers';

const PAIRS = 150;
const TIME_WAITS = 120;
const FILES = 450;
const ANON = 300;
const LONG_ARGS = [70_000, 90_000, 5].map((n, i) => String.fromCharCode(97 + i).repeat(n));

/**
 * Holds: a TCP listener on 127.0.0.1 and one on ::1 with connected pairs on each (both ends here),
 * TIME_WAIT rows left by connections it closed first, UDP sockets, unix socketpairs, a dup of the
 * IPv4 listener and of a bound unix socket, FILES small files each open and mapped (Python's mmap
 * keeps its own dup of the fd), ANON private anonymous mappings with alternating protections so that
 * neighbours never merge, and a cmdline of three long arguments (over 64 KiB). Prints its facts
 * as one JSON line, then waits for stdin to close.
 */
const SUBJECT = `
import json, mmap, os, socket, sys
d = sys.argv[1]
keep = []
def listener(family, host):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.bind((host, 0))
    s.listen(512)
    keep.append(s)
    return s
ports = []
for family, host, pairs in ((socket.AF_INET, '127.0.0.1', ${PAIRS}), (socket.AF_INET6, '::1', ${PAIRS} // 3)):
    srv = listener(family, host)
    port = srv.getsockname()[1]
    ports.append(port)
    for _ in range(pairs):
        c = socket.create_connection((host, port))
        a, _ = srv.accept()
        keep += [c, a]
tw_port = ports[0]
srv = keep[0]
for _ in range(${TIME_WAITS}):
    c = socket.create_connection(('127.0.0.1', tw_port))
    a, _ = srv.accept()
    c.close()  # the active close: this end goes to TIME_WAIT
    a.close()
for _ in range(40):
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.bind(('127.0.0.1', 0))
    keep.append(u)
for _ in range(40):
    keep += list(socket.socketpair())
named = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
named.bind(os.path.join(d, 'sock'))
named.listen(1)
keep.append(named)
dup_inet = os.dup(keep[0].fileno())
dup_unix = os.dup(named.fileno())
for i in range(${FILES}):
    p = os.path.join(d, 'f%d' % i)
    with open(p, 'wb') as f:
        f.write(b'x' * 8192)
    f = open(p, 'rb')
    keep += [f, mmap.mmap(f.fileno(), 8192, prot=mmap.PROT_READ, flags=mmap.MAP_PRIVATE)]
for i in range(${ANON}):
    m = mmap.mmap(-1, 4096 * (1 + i % 3), flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ if i % 2 else mmap.PROT_READ | mmap.PROT_WRITE)
    keep.append(m)
print(json.dumps(dict(ports=ports, listenerFd=keep[0].fileno(), dupInet=dup_inet, namedFd=named.fileno(), dupUnix=dup_unix)), flush=True)
sys.stdin.read()
`;

interface Facts { ports: number[]; listenerFd: number; dupInet: number; namedFd: number; dupUnix: number }

/** One connection as a comparable string: psutil's tuple, addresses as ip:port, no address as -. */
type ConnTuple = string;

/** Python that turns psutil connections into the same strings as ourTuple. */
const PY_TUPLE = `
def addr(a):
    if isinstance(a, str):
        return a if a else '-'
    return '%s:%d' % (a.ip, a.port) if a else '-'
def tup(c, with_pid):
    t = '%d %d %d %s %s %s' % (c.fd, c.family, c.type, addr(c.laddr), addr(c.raddr), c.status)
    return t + (' %s' % c.pid if with_pid else '')
`;

function addr(a: unknown): string {
  if (a === null || a === '') return '-';
  if (typeof a === 'string') return a;
  const { ip, port } = a as { ip: string; port: number };
  return `${ip}:${port}`;
}

function ourTuple(c: { fd: number; family: number; type: number; laddr: unknown; raddr: unknown; status: string; pid?: number }, withPid: boolean): ConnTuple {
  const t = `${c.fd} ${c.family} ${c.type} ${addr(c.laddr)} ${addr(c.raddr)} ${c.status}`;
  return withPid ? `${t} ${c.pid ?? 'None'}` : t;
}

const sorted = (xs: string[]): string[] => [...xs].sort();

describe('a process with hundreds of sockets, mappings and open files, against psutil (files longer than a page)', function () {
  this.timeout(120_000);
  let subject: ChildProcess;
  let facts: Facts;
  let dir: string;

  before(async () => {
    useLive();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-bigload-'));
    subject = spawn(PYTHON, ['-c', SUBJECT, dir, ...LONG_ARGS], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    facts = await new Promise<Facts>((resolve, reject) => {
      subject.stdout!.on('data', (d) => { out += d; const nl = out.indexOf('\n'); if (nl >= 0) resolve(JSON.parse(out.slice(0, nl)) as Facts); });
      subject.once('exit', (code) => reject(new Error(`subject exited with ${code}`)));
    });
  });

  after(() => {
    subject?.stdin?.end();
    subject?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('Process.connections per kind: the same tuples as psutil, hundreds of them', async () => {
    const kinds = ['tcp', 'tcp4', 'tcp6', 'udp', 'unix', 'inet', 'all'];
    const ref = await psutilWhileAlive<Record<string, string[]>>(`${PY_TUPLE}
p = psutil.Process(${subject.pid})
print(json.dumps({k: [tup(c, False) for c in p.connections(k)] for k in ${JSON.stringify(kinds)}}))`);
    try {
      const p = new probe.Process(subject.pid!);
      for (const kind of kinds) {
        const ours = p.connections(kind).map((c) => ourTuple(c, false));
        assert.deepEqual(sorted(ours), sorted(ref.value[kind]), kind);
      }
      assert.ok(ref.value.tcp.length >= 2 * PAIRS + 2, `psutil sees ${ref.value.tcp.length} TCP sockets`);
    } finally {
      ref.release();
    }
  });

  it('a socket on several fds (psutil): inet once with its first fd, unix once per fd', () => {
    const conns = new probe.Process(subject.pid!).connections('all');
    const [port] = facts.ports;
    const listener = conns.filter((c) => c.status === probe.CONN_LISTEN && (c.laddr as { port: number } | null)?.port === port);
    assert.deepEqual(listener.map((c) => c.fd), [Math.min(facts.listenerFd, facts.dupInet)]);
    const named = conns.filter((c) => c.laddr === path.join(dir, 'sock'));
    assert.deepEqual(named.map((c) => c.fd).sort((a, b) => a - b), [facts.namedFd, facts.dupUnix].sort((a, b) => a - b));
    const system = probe.netConnections('unix').filter((c) => c.laddr === path.join(dir, 'sock'));
    assert.deepEqual(system.map((c) => `${c.pid}/${c.fd}`).sort(), [facts.namedFd, facts.dupUnix].map((fd) => `${subject.pid}/${fd}`).sort());
  });

  it('netConnections: every row of the subject and every TIME_WAIT row on its ports, as psutil has them', async () => {
    const kinds = ['tcp', 'inet', 'all'];
    const ports = JSON.stringify(facts.ports);
    // System-wide tables change with everything else on the machine: compare the rows that are ours
    // to hold still, those of the subject and the TIME_WAIT ends of its closed connections.
    const ref = await psutilWhileAlive<Record<string, string[]>>(`${PY_TUPLE}
ports = set(${ports})
def mine(c):
    if c.pid == ${subject.pid}:
        return True
    return c.status == 'TIME_WAIT' and any(a and a.port in ports for a in (c.laddr, c.raddr))
print(json.dumps({k: [tup(c, True) for c in psutil.net_connections(k) if mine(c)] for k in ${JSON.stringify(kinds)}}))`);
    try {
      const mine = (c: probe.Connection): boolean => c.pid === subject.pid
        || (c.status === probe.CONN_TIME_WAIT && [c.laddr, c.raddr].some((a) => a !== null && typeof a === 'object' && facts.ports.includes(a.port)));
      for (const kind of kinds) {
        const ours = probe.netConnections(kind).filter(mine).map((c) => ourTuple(c, true));
        assert.deepEqual(sorted(ours), sorted(ref.value[kind]), kind);
      }
      const timeWait = ref.value.tcp.filter((t) => t.includes(' TIME_WAIT '));
      assert.ok(timeWait.length >= TIME_WAITS / 2, `psutil sees ${timeWait.length} TIME_WAIT rows on the subject's ports`);
    } finally {
      ref.release();
    }
  });

  it('memoryMaps (flat and grouped), openFiles, numFds and a cmdline over 64 KiB, as psutil has them', async () => {
    const ref = await psutilWhileAlive<{ flat: string[]; grouped: string[]; files: string[]; numFds: number; cmdline: string[] }>(`
p = psutil.Process(${subject.pid})
print(json.dumps(dict(
    flat=['%s %s %s %d' % (m.addr, m.perms, m.path, m.size) for m in p.memory_maps(grouped=False)],
    grouped=['%s %d' % (m.path, m.size) for m in p.memory_maps()],
    files=['%d %s %d %s' % (f.fd, f.path, f.position, f.mode) for f in p.open_files()],
    numFds=p.num_fds(), cmdline=p.cmdline())))`);
    try {
      const p = new probe.Process(subject.pid!);
      // sizes, not rss: a library's resident pages may be reclaimed between the two reads
      const flat = p.memoryMaps(false).map((m) => `${m.addr} ${m.perms} ${m.path} ${m.size}`);
      assert.equal(flat.length, ref.value.flat.length, 'memoryMaps(false) length');
      assert.deepEqual(flat, ref.value.flat);
      assert.ok(flat.length >= FILES + ANON / 2, `${flat.length} mappings`);
      const grouped = p.memoryMaps().map((m) => `${m.path} ${m.size}`);
      assert.deepEqual(sorted(grouped), sorted(ref.value.grouped));
      const files = p.openFiles().map((f) => `${f.fd} ${f.path} ${f.position} ${f.mode}`);
      assert.deepEqual(sorted(files), sorted(ref.value.files));
      assert.ok(files.length >= 2 * FILES, `${files.length} open files`);
      assert.equal(p.numFds(), ref.value.numFds);
      const cmdline = p.cmdline();
      assert.deepEqual(cmdline, ref.value.cmdline);
      assert.deepEqual(cmdline.slice(-3), LONG_ARGS);
    } finally {
      ref.release();
    }
  });
});

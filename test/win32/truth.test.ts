// The Windows backend against truths that are not its own code (Wine in CI: `node test/wine/run.mjs`):
// what the test itself controls (a child's exit code, environment, working directory, argv), what
// Wine's own tools print (wmic, ipconfig, netstat, reg), and what Node for Windows reads through
// libuv. What Wine cannot show is marked "[real Windows]" and skipped under Wine (pending, never
// passing): see the README's Windows section.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import koffi from 'koffi';
import * as probe from '../../src/probe';
import { rtlIpv6AddressToString } from '../../src/probe/inetAddr';

function underWine(): boolean {
  try { koffi.load('ntdll.dll').func('const char *wine_get_version()'); return true; } catch { return false; }
}

async function until<T>(fn: () => T | undefined | false, ms = 15000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms: ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A Windows tool's output: wmic writes UTF-16LE with a BOM, the others the console code page (ASCII here). */
function tool(cmd: string, args: string[]): string {
  // Wine's wmic now and then hangs on a loaded machine while its WMI service starts: one more try
  let r = spawnSync(cmd, args, { encoding: 'buffer', timeout: 45000, windowsHide: true });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') r = spawnSync(cmd, args, { encoding: 'buffer', timeout: 45000, windowsHide: true });
  if (r.error) throw r.error;
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: exit ${r.status}`);
  const b = r.stdout;
  const text = b[0] === 0xff && b[1] === 0xfe ? b.subarray(2).toString('utf16le') : b.toString('latin1');
  return text.replace(/\r/g, '');
}

/** wmic's table: a header of column names, rows split on runs of 2+ spaces (values here hold no double space). */
function wmic(args: string[]): Record<string, string>[] {
  const lines = tool('wmic', args).split('\n').filter((l) => l.trim());
  const cols = lines[0].trim().split(/\s+/);
  return lines.slice(1).map((l) => {
    const cells = l.trim().split(/\s{2,}/);
    const row: Record<string, string> = Object.create(null);
    cols.forEach((c, i) => { row[c.toLowerCase()] = cells[i] ?? ''; });
    return row;
  });
}

/** A node child that reports to a file: the script gets the file's path as its last argument. */
function child(script: string, args: string[] = [], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  const report = path.join(os.tmpdir(), `vitals-truth-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const c = spawn(process.execPath, ['-e', script, '--', ...args, report], { stdio: 'ignore', ...opts });
  return { c, report, read: () => (fs.existsSync(report) && fs.statSync(report).size ? JSON.parse(fs.readFileSync(report, 'utf8')) : undefined) };
}

const REPORT_AND_WAIT = `const fs = require('fs'); const out = process.argv.at(-1);
fs.writeFileSync(out + '.tmp', JSON.stringify({ argv: process.argv.slice(1, -1), cwd: process.cwd(), execPath: process.execPath, pid: process.pid }));
fs.renameSync(out + '.tmp', out); setInterval(() => {}, 1000);`;

describe('Windows probe against independent truth (truth)', function () {
  this.timeout(120000); // Wine's tools start slowly on a loaded machine
  before(function () {
    if (process.platform !== 'win32') this.skip(); // a Windows backend test needs Windows (or Wine)
  });

  it('wait(): a process that exits with 42 gives 42, while nobody but wait() holds a handle to it', async () => {
    // a grandchild: its parent (which holds libuv's handle to it) exits first, so the only handle left is wait()'s
    const go = path.join(os.tmpdir(), `vitals-go-${process.pid}`);
    fs.rmSync(go, { force: true });
    const inner = `const fs = require('fs'); const t = setInterval(() => { if (fs.existsSync(${JSON.stringify(go)})) { clearInterval(t); process.exit(42); } }, 20);`;
    const outer = `const { spawn } = require('child_process'); const c = spawn(process.execPath, ['-e', ${JSON.stringify(inner)}], { detached: true, stdio: 'ignore' });
      require('fs').writeFileSync(process.argv.at(-1), JSON.stringify({ pid: c.pid })); c.unref(); process.exit(0);`;
    const { c, read } = child(outer);
    const { pid } = await until(read);
    await until(() => c.exitCode !== null);
    const p = new probe.Process(pid);
    const waiting = p.wait(30);
    fs.writeFileSync(go, '');
    try {
      assert.equal(await waiting, 42);
      assert.ok(!probe.pidExists(pid));
    } finally {
      fs.rmSync(go, { force: true });
    }
  });

  it('environ(): a child started with "Path=" (mixed case) has environ().PATH; "=C:" entries are not variables', async () => {
    const env: NodeJS.ProcessEnv = { SystemRoot: process.env.SystemRoot, Path: 'C:\\vitals\\bin;C:\\windows', VITALS_TRUTH: 'wert 😀' };
    const { c, read } = child(REPORT_AND_WAIT, [], { env });
    try {
      await until(read);
      const e = new probe.Process(c.pid!).environ();
      assert.equal(e.PATH, 'C:\\vitals\\bin;C:\\windows');
      assert.equal(e.VITALS_TRUTH, 'wert 😀');
      assert.equal(e.Path, undefined, 'names are upper-cased, as psutil');
      assert.ok(Object.keys(e).every((k) => !k.startsWith('=') && k === k.toUpperCase()), JSON.stringify(Object.keys(e)));
    } finally {
      c.kill();
    }
  });

  it('cwd() and cmdline(): what a child started with spawn({ cwd }) and tricky arguments reads itself', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals cwd ü-'));
    const args = ['plain', 'two words', 'quote"inside', 'ends with backslash\\', 'back\\\\"slashes', '', 'tab\there', '%PATH%', '😀'];
    const { c, read } = child(REPORT_AND_WAIT, args, { cwd: dir });
    try {
      const self = await until(read);
      const p = new probe.Process(c.pid!);
      assert.equal(p.cwd(), self.cwd);
      assert.equal(p.cwd().toLowerCase(), dir.toLowerCase());
      const cmd = p.cmdline();
      // node.exe -e <script> -- <args> <report>: the child's own argv after the script
      assert.deepEqual(cmd.slice(cmd.indexOf('--') + 1, -1), self.argv);
      assert.deepEqual(self.argv, args, 'the child saw what the test passed');
      assert.equal(p.exe().toLowerCase(), self.execPath.toLowerCase());
    } finally {
      c.kill();
      await until(() => c.exitCode !== null || c.signalCode !== null).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bootTime(): the same value on every call; the kernel\'s boot time as wmic os reads it (Windows: now - os.uptime())', () => {
    const a = probe.bootTime();
    const b = probe.bootTime();
    assert.equal(a, b);
    assert.equal(new probe.Process(4).createTime(), a);
    if (underWine()) {
      // Wine's wmic answers LastBootUpTime from the same kernel call: yyyymmddHHMMSS.ffffff+zzz (minutes east of UTC)
      const m = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)\.(\d+)([+-]\d+)$/.exec(wmic(['os', 'get', 'LastBootUpTime'])[0].lastbootuptime);
      assert.ok(m, 'wmic os get LastBootUpTime');
      const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) / 1000 - Number(m[8]) * 60;
      assert.ok(Math.abs(a - utc) < 1, `bootTime ${a} vs wmic ${utc}`);
    } else {
      assert.ok(Math.abs(a - (Date.now() / 1000 - os.uptime())) < 2, `bootTime ${a} vs now - os.uptime()`);
    }
  });

  it('processIter over every attribute never throws, and reads every process wmic lists with its pid, ppid and name', () => {
    const procs = [...probe.processIter({ attrs: [...probe.PROCESS_ATTRS] })];
    assert.ok(procs.length > 3);
    const ours = new Map(procs.map((p) => [p.pid, p.info]));
    for (const p of procs) assert.deepEqual(Object.keys(p.info).sort(), [...probe.PROCESS_ATTRS].sort());
    const listed = wmic(['process', 'get', 'ProcessId,ParentProcessId,Name']);
    const ourPids = new Set(probe.pids());
    let compared = 0;
    for (const row of listed) {
      const pid = Number(row.processid);
      if (!ourPids.has(pid) || !ours.has(pid) || row.name === 'wmic.exe') continue; // born or gone between the two reads
      assert.equal((ours.get(pid)!.name as string).toLowerCase(), row.name.toLowerCase(), `pid ${pid}`);
      assert.equal(ours.get(pid)!.ppid, Number(row.parentprocessid), `ppid of ${pid}`);
      compared++;
    }
    assert.ok(compared >= 3, `compared ${compared} of ${JSON.stringify(listed)}`);
    assert.ok(ours.has(process.pid));
  });

  it('services: the ones the registry lists (HKLM\\...\\Services, Win32 types), with their display names, start types and binary paths', () => {
    const text = tool('reg', ['query', 'HKLM\\System\\CurrentControlSet\\Services', '/s']);
    const reg = new Map<string, Record<string, string>>();
    let cur: Record<string, string> | undefined;
    for (const line of text.split('\n')) {
      const key = /^HKEY_LOCAL_MACHINE\\System\\CurrentControlSet\\Services\\([^\\]+)$/i.exec(line.trim());
      if (key) { cur = Object.create(null) as Record<string, string>; reg.set(key[1], cur); continue; }
      if (/^HKEY_/.test(line.trim())) { cur = undefined; continue; }
      const v = /^\s+(\S+)\s+(REG_\w+)\s+(.*)$/.exec(line);
      if (v && cur) cur[v[1].toLowerCase()] = v[3];
    }
    const win32 = [...reg].filter(([, v]) => v.type !== undefined && (Number(v.type) & 0x30) !== 0);
    assert.ok(win32.length > 0, 'the registry lists Win32 services');
    const ours = new Map(probe.winServiceIter().map((s) => [s.name.toLowerCase(), s]));
    const START: Record<number, string> = { 2: 'automatic', 3: 'manual', 4: 'disabled' };
    for (const [name, v] of win32) {
      const s = ours.get(name.toLowerCase());
      assert.ok(s, `service ${name} not in ${JSON.stringify([...ours.keys()])}`);
      const d = s.asDict();
      if (v.displayname && !v.displayname.startsWith('@')) assert.equal(d.displayName, v.displayname, name);
      assert.equal(d.startType, START[Number(v.start)] ?? 'unknown', name);
      if (v.imagepath) assert.equal(d.binpath.toLowerCase(), v.imagepath.toLowerCase().replace(/%systemroot%/g, process.env.SystemRoot!.toLowerCase()), name);
      assert.ok(d.status === 'running' ? d.pid === null || probe.pidExists(d.pid) : true, JSON.stringify(d));
    }
    assert.throws(() => probe.winServiceGet('no-such-service-vitals'), probe.NoSuchProcess);
    assert.throws(() => new (probe.winServiceIter()[0].constructor as new (n: string, d: string) => probe.WinService)('no-such-service-vitals', '').status(), probe.NoSuchProcess, 'a service gone since the listing fails alone');
  });

  it('netIfAddrs: every adapter ipconfig /all prints, with its MAC and IPv4/IPv6 addresses', () => {
    const ours = probe.netIfAddrs();
    const blocks = tool('ipconfig', ['/all']).split(/\n(?=\S.*adapter )/).slice(1);
    assert.ok(blocks.length > 0, 'ipconfig lists adapters');
    for (const b of blocks) {
      const name = /adapter (.+)$/m.exec(b)![1].trim();
      const mine = ours[name];
      assert.ok(mine, `${name} not in ${JSON.stringify(Object.keys(ours))}`);
      const field = (f: string) => [...b.matchAll(new RegExp(`^\\s+${f}[ .]*: (.*)$`, 'gm'))].map((m) => m[1].trim()).filter(Boolean);
      for (const mac of field('Physical address')) assert.deepEqual(mine.filter((a) => a.family === 'AF_LINK').map((a) => a.address), [mac]);
      for (const ip of field('IPv4 address')) assert.ok(mine.some((a) => a.family === 'AF_INET' && a.address === ip), `${name} ${ip}`);
      for (const ip of field('IPv6 address')) assert.ok(mine.some((a) => a.family === 'AF_INET6' && a.address === ip.replace(/%\d+$/, '')), `${name} ${ip} in ${JSON.stringify(mine)}`);
    }
  });

  it('netConnections: every TCP row netstat -an prints twice is one of ours with the same state; our own listening port is listed', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as net.AddressInfo).port;
    const client = net.connect(port, '127.0.0.1');
    await new Promise((r) => client.once('connect', r));
    try {
      const STATE: Record<string, string> = { LISTENING: 'LISTEN', SYN_RECEIVED: 'SYN_RECV', CLOSED: 'CLOSE', FIN_WAIT_1: 'FIN_WAIT1', FIN_WAIT_2: 'FIN_WAIT2' };
      const rows = (text: string) => new Set([...text.matchAll(/^\s+TCP\s+(\S+)\s+(\S+)\s+(\S+)\s*$/gm)]
        .map((m) => `${m[1]} ${m[2]} ${STATE[m[3]] ?? m[3]}`));
      const fmt = (a: unknown) => { const x = a as { ip: string; port: number } | null; return x ? `${x.ip.includes(':') ? `[${x.ip}]` : x.ip}:${x.port}` : ''; };
      const before = rows(tool('netstat', ['-an']));
      const conns = probe.netConnections('tcp');
      const after = rows(tool('netstat', ['-an']));
      const ours = new Set(conns.map((c) => `${fmt(c.laddr)} ${fmt(c.raddr) || (c.laddr && (c.laddr as { ip: string }).ip.includes(':') ? '[::]:0' : '0.0.0.0:0')} ${c.status}`));
      assert.ok(conns.some((c) => c.status === probe.CONN_LISTEN && fmt(c.laddr) === `127.0.0.1:${port}` && c.raddr === null), 'our listening socket, with no remote address');
      assert.ok(ours.has(`127.0.0.1:${client.localPort} 127.0.0.1:${port} ESTABLISHED`), 'our connected socket');
      let compared = 0;
      for (const r of before) {
        if (!after.has(r)) continue; // changed between the reads
        assert.ok(ours.has(r), `netstat: ${r}; ours: ${JSON.stringify([...ours].slice(0, 40))}`);
        compared++;
      }
      assert.ok(compared > 0 || before.size === 0, 'netstat rows compared');
    } finally {
      client.destroy();
      server.close();
    }
  });

  it('disks: every fixed drive wmic logicaldisk lists, with its size; diskUsage agrees with fs.statfsSync', () => {
    const parts = probe.diskPartitions();
    for (const d of wmic(['logicaldisk', 'get', 'DeviceID,DriveType,FileSystem,FreeSpace,Size'])) {
      if (d.drivetype !== '3') continue; // fixed disks: removable, network and cd drives may have no medium
      const mount = `${d.deviceid}\\`;
      const part = parts.find((x) => x.mountpoint === mount);
      assert.ok(part, `${mount} in ${JSON.stringify(parts)}`);
      assert.equal(part.fstype, d.filesystem);
      const u = probe.diskUsage(mount);
      // Wine's wmic computes Size its own way (it disagrees with statfs and with the host's df); Windows' does not
      if (!underWine()) assert.equal(u.total, Number(d.size));
      const st = fs.statfsSync(mount);
      assert.equal(u.total, st.blocks * st.bsize);
      // free space moves with every write on a shared machine: same order, not the same byte
      assert.ok(Math.abs(u.free - st.bavail * st.bsize) < u.total * 0.01, `${mount} free ${u.free} vs statfs ${st.bavail * st.bsize}`);
    }
  });

  it('per-cpu times agree with os.cpus() (libuv: the same kernel counters) within a tick', () => {
    const a = os.cpus();
    const ours = probe.cpuTimes(true);
    const b = os.cpus();
    assert.equal(ours.length, a.length);
    ours.forEach((t, i) => {
      for (const [k, v] of [['user', t.user], ['idle', t.idle]] as const) {
        const lo = Math.min(a[i].times[k], b[i].times[k]) / 1000;
        const hi = Math.max(a[i].times[k], b[i].times[k]) / 1000;
        assert.ok(v >= lo - 0.1 && v <= hi + 0.1, `cpu ${i} ${k}: ${v} outside [${lo}, ${hi}]`);
      }
    });
  });

  it('nice(): the priority class os.getPriority reads (libuv maps the classes to its nice values)', async () => {
    const { c, read } = child(REPORT_AND_WAIT);
    try {
      await until(read);
      const p = new probe.Process(c.pid!);
      const classes: [number, number][] = [[probe.BELOW_NORMAL_PRIORITY_CLASS, os.constants.priority.PRIORITY_BELOW_NORMAL],
        [probe.NORMAL_PRIORITY_CLASS, os.constants.priority.PRIORITY_NORMAL], [probe.IDLE_PRIORITY_CLASS, os.constants.priority.PRIORITY_LOW]];
      for (const [cls, prio] of classes) {
        os.setPriority(c.pid!, prio); // set by libuv, read back by us
        assert.equal(p.nice(), cls);
        p.setNice(cls); // set by us, read back by libuv
        assert.equal(os.getPriority(c.pid!), prio);
      }
    } finally {
      c.kill();
    }
  });

  it('IPv6 text: rtlIpv6AddressToString writes what RtlIpv6AddressToStringA writes (psutil\'s formatter on Windows)', () => {
    const f = koffi.load('ntdll.dll').func('char *__stdcall RtlIpv6AddressToStringA(const uint8_t *addr, _Out_ uint8_t *buf)');
    let seed = 99;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) / 65536;
    const specials = [0, 1, 0xffff, 0x5efe, 0x200, 0x0064, 0xff9b];
    for (let i = 0; i < 3000; i++) {
      const a = Buffer.alloc(16);
      for (let w = 0; w < 8; w++) { const r = rnd(); a.writeUInt16BE(r < 0.55 ? 0 : r < 0.8 ? specials[Math.floor(rnd() * specials.length)] : Math.floor(rnd() * 65536), w * 2); }
      const out = Buffer.alloc(64);
      f(a, out);
      assert.equal(rtlIpv6AddressToString(a), out.toString('latin1').split('\0')[0], a.toString('hex'));
    }
  });

  it('[real Windows] swapMemory().used: the paging files in use, as wmic pagefile reports them', function () {
    if (underWine()) this.skip(); // Wine has no paging file and no SystemPageFileInformation
    const files = wmic(['pagefile', 'get', 'AllocatedBaseSize,CurrentUsage']);
    const mb = files.reduce((a, f) => a + Number(f.currentusage), 0) * 1024 * 1024;
    const sw = probe.swapMemory();
    assert.ok(sw.used <= sw.total);
    assert.ok(Math.abs(sw.used - mb) < Math.max(64 * 1024 * 1024, sw.total * 0.05), `used ${sw.used} vs wmic ${mb}`);
  });

  it('[real Windows] AccessDenied: a protected process (System, pid 4) and another user\'s process give AccessDenied, never another error', function () {
    if (underWine()) this.skip(); // Wine grants every process every right: no AccessDenied path to take
    const p = new probe.Process(4);
    assert.throws(() => p.environ(), probe.AccessDenied);
    assert.throws(() => p.cwd(), probe.AccessDenied);
    const d = p.asDict();
    assert.equal(d.name, 'System');
  });
});

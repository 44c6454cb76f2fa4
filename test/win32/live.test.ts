// The Windows backend against a live Windows (Wine in CI: `node test/wine/run.mjs`). Runs only
// on win32; the Linux suite never loads it (test/wine/run.mjs compiles it into out/test/win32).
import assert from 'node:assert/strict';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import koffi from 'koffi';
import * as probe from '../../src/probe';

/** Wine's ntdll exports wine_get_version; Windows' does not. */
function underWine(): boolean {
  try { koffi.load('ntdll.dll').func('const char *wine_get_version()'); return true; } catch { return false; }
}

async function until(fn: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function sleeper(exe = process.execPath, extra: string[] = []): ChildProcess {
  return spawn(exe, ['-e', 'setInterval(() => {}, 1000)', ...extra], { stdio: 'ignore' });
}

describe('Windows probe on a live system', function () {
  before(function () {
    if (process.platform !== 'win32') this.skip(); // a Windows backend test needs Windows (or Wine)
  });

  it('pids include this process and its parent; pidExists agrees', () => {
    const pids = probe.pids();
    assert.ok(pids.includes(process.pid), `${process.pid} not in ${pids.join(',')}`);
    assert.ok(probe.pidExists(process.pid));
    assert.ok(!probe.pidExists(0x7ffffff0));
    assert.deepEqual(pids, [...pids].sort((a, b) => a - b));
  });

  it('Process(process.pid): exe, name, cmdline, ppid, createTime, username, threads, handles', () => {
    const p = new probe.Process(process.pid);
    assert.equal(p.exe().toLowerCase(), process.execPath.toLowerCase());
    assert.equal(p.name().toLowerCase(), path.basename(process.execPath).toLowerCase());
    const cmd = p.cmdline();
    assert.equal(path.basename(cmd[0]).toLowerCase().replace(/\.exe$/, ''), 'node');
    assert.equal(cmd.length, process.execArgv.length + process.argv.length, JSON.stringify([cmd, process.execArgv, process.argv]));
    assert.ok(cmd.some((a) => /mocha/i.test(a)), `mocha is in ${JSON.stringify(cmd)}`);
    assert.equal(p.ppid(), process.ppid);
    const started = Date.now() / 1000 - process.uptime();
    assert.ok(Math.abs(p.createTime() - started) < 5, `createTime ${p.createTime()} vs ${started}`);
    assert.match(p.username(), /\\/);
    assert.ok(p.username().toLowerCase().endsWith(`\\${os.userInfo().username.toLowerCase()}`), p.username());
    assert.ok(p.numThreads() >= 2);
    assert.ok(p.numHandles() > 0);
    assert.equal(p.status(), probe.STATUS_RUNNING);
    assert.equal(p.nice(), probe.NORMAL_PRIORITY_CLASS);
    assert.ok(p.cpuAffinity().length >= 1);
  });

  it(`ioCounters of this process ${underWine() ? 'read as Wine keeps them: GetProcessIoCounters answers zeros, even after a 1 MiB write (Wine)' : 'count a 1 MiB write'}`, function () {
    const p = new probe.Process();
    const io0 = p.ioCounters();
    const f = path.join(os.tmpdir(), `vitals-io-${process.pid}`);
    fs.writeFileSync(f, Buffer.alloc(1 << 20));
    const io1 = p.ioCounters();
    fs.rmSync(f);
    if (underWine()) assert.deepEqual([io0, io1].map((io) => Object.values(io).filter((v) => v !== 0)), [[], []], JSON.stringify([io0, io1]));
    else assert.ok(io1.writeBytes >= io0.writeBytes + (1 << 20), JSON.stringify([io0, io1]));
  });

  it('cpuTimes and memoryInfo of this process move as work is done', () => {
    const p = new probe.Process();
    const t0 = p.cpuTimes();
    const end = Date.now() + 150;
    let x = 0;
    while (Date.now() < end) x += Math.sqrt(x + 1);
    const t1 = p.cpuTimes();
    assert.ok(t1.user + t1.system > t0.user + t0.system, JSON.stringify([t0, t1]));
    assert.equal(t1.iowait, undefined, 'no iowait field on Windows');
    const m = p.memoryInfo() as probe.WindowsMemoryInfo;
    assert.ok(m.rss > 10e6 && m.rss === m.wset, JSON.stringify(m));
    assert.ok(m.vms > 0 && m.peakWset >= m.wset);
    const rss = process.memoryUsage().rss;
    assert.ok(Math.abs(m.rss - rss) < rss * 0.5, `rss ${m.rss} vs Node's ${rss}`);
    const io = p.ioCounters();
    assert.deepEqual(Object.keys(io).sort(), ['otherBytes', 'otherCount', 'readBytes', 'readCount', 'writeBytes', 'writeCount']);
    const full = p.memoryFullInfo();
    assert.ok(full.uss <= m.rss, JSON.stringify(full));
    // psutil's uss: working-set pages no other process shares (NtQueryVirtualMemory); Wine lacks that
    // class, and the fallback (the snapshot's WorkingSetPrivateSize) is 0 there
    if (!underWine()) assert.ok(full.uss > 0 && full.uss % 4096 === 0, JSON.stringify(full));
    else assert.equal(full.uss, 0, JSON.stringify(full));
    void x;
  });

  it('system memory and cpu: positive, consistent with GlobalMemoryStatusEx as Node reads it', () => {
    const vm = probe.virtualMemory();
    assert.equal(vm.total, os.totalmem());
    assert.ok(vm.available > 0 && vm.available <= vm.total);
    assert.equal(vm.used, vm.total - vm.available);
    assert.ok(Math.abs(vm.available - os.freemem()) < vm.total * 0.05, `available ${vm.available} vs os.freemem ${os.freemem()}`);
    const sw = probe.swapMemory();
    assert.ok(sw.total >= 0 && sw.used >= 0 && sw.used <= sw.total, JSON.stringify(sw));
    assert.equal(probe.cpuCount(), os.cpus().length);
    const per = probe.cpuTimes(true);
    assert.equal(per.length, os.cpus().length);
    const all = probe.cpuTimes();
    assert.ok(all.user > 0 && all.idle > 0 && all.system >= 0, JSON.stringify(all));
    const pct = probe.cpuPercent();
    assert.ok(pct >= 0 && pct <= 100);
    // bootTime against the kernel's boot time (wmic) and os.uptime(): test/win32/truth.test.ts
  });

  it('processIter with the standard attributes lists this process with the same figures as Process', () => {
    const attrs = ['pid', 'ppid', 'name', 'cmdline', 'username', 'cpuTimes', 'memoryInfo', 'numThreads', 'status', 'createTime'] as const;
    const me = [...probe.processIter({ attrs })].find((p) => p.pid === process.pid);
    assert.ok(me, 'this process is listed');
    assert.equal(me.info.ppid, process.ppid);
    assert.equal((me.info.name as string).toLowerCase(), path.basename(process.execPath).toLowerCase());
    assert.ok(Math.abs((me.info.createTime as number) - new probe.Process().createTime()) < 0.01);
    assert.deepEqual(Object.keys(me.info).sort(), [...attrs].sort());
    assert.ok(!probe.PROCESS_ATTRS.includes('uids'), 'asDict defaults to what Windows has');
    const d = new probe.Process().asDict();
    assert.ok('numHandles' in d && !('uids' in d));
    assert.throws(() => new probe.Process().uids(), probe.UnsupportedPlatform);
  });

  it('a spawned child can be suspended, resumed and killed, its parent knows it, and it is gone afterwards', async () => {
    // a busy child: suspended, its cpu time stops; resumed, it runs again
    const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
    const busy = (p: probe.Process) => { const t = p.cpuTimes(); return t.user + t.system; };
    try {
      await until(() => probe.pidExists(child.pid!));
      const p = new probe.Process(child.pid!);
      assert.ok(new probe.Process().children().some((c) => c.pid === child.pid));
      await until(() => busy(p) > 0.05);
      p.suspend();
      // polled, not assumed to land within a fixed time: its cpu time stops moving across three 100 ms
      // windows in a row (on a loaded machine one still window can be a busy child that got no cpu,
      // and a resume sent before Wine's suspend has landed would leave the child stopped)
      const end = Date.now() + 20000;
      for (let a = busy(p), still = 0; still < 3; ) {
        await new Promise((r) => setTimeout(r, 100));
        const b = busy(p);
        still = b - a < 0.005 ? still + 1 : 0;
        if (Date.now() > end) throw new Error(`suspend(): still running 20 s later (${b - a} s of cpu in the last 100 ms)`);
        a = b;
      }
      const t0 = busy(p);
      await new Promise((r) => setTimeout(r, 400)); // a window in which a suspended process must not run
      assert.ok(busy(p) - t0 < 0.02, `suspended, yet ran ${busy(p) - t0} s`);
      // Windows reports every thread waiting for reason Suspended; Wine does not fill thread states
      if (!underWine()) assert.equal(p.status(), probe.STATUS_STOPPED);
      p.resume();
      const t1 = busy(p);
      await until(() => busy(p) - t1 > 0.1, 30000);
      assert.equal(p.status(), probe.STATUS_RUNNING);
      p.kill();
      await p.wait(10);
      assert.ok(!p.isRunning());
      assert.ok(!probe.pids().includes(child.pid!) || !p.isRunning());
      assert.throws(() => p.suspend(), probe.NoSuchProcess);
      await until(() => child.exitCode !== null || child.signalCode !== null);
      assert.equal(child.exitCode, 15, 'TerminateProcess with exit code SIGTERM, as psutil');
    } finally {
      child.kill();
    }
  });

  it('psutil #1094: a pid whose process has exited is gone even while a handle keeps its object alive', async () => {
    const k = koffi.load('kernel32.dll');
    const OpenProcess = k.func('void *__stdcall OpenProcess(uint32 access, bool inherit, uint32 pid)');
    const CloseHandle = k.func('bool __stdcall CloseHandle(void *h)');
    const child = sleeper();
    await until(() => probe.pidExists(child.pid!));
    const held = OpenProcess(0x1000 /* PROCESS_QUERY_LIMITED_INFORMATION */, false, child.pid!);
    assert.ok(held, 'a handle to the child');
    try {
      const p = new probe.Process(child.pid!);
      child.kill();
      await until(() => child.exitCode !== null || child.signalCode !== null);
      // OpenProcess still succeeds for this pid (our handle keeps the process object); only the
      // exit code tells it has ended
      assert.ok(!probe.pidExists(child.pid!));
      assert.ok(!p.isRunning());
      assert.equal(await p.wait(5), 1, "the exit code, kept while our handle holds the process (libuv's TerminateProcess uses 1)");
      assert.throws(() => new probe.Process(child.pid!), probe.NoSuchProcess);
      assert.throws(() => p.kill(), probe.NoSuchProcess);
    } finally {
      CloseHandle(held);
    }
  });

  it('environ, threads and context switches of a child', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore', env: { ...process.env, VITALS_ÜBER: 'wert 😀' } });
    try {
      await until(() => probe.pidExists(child.pid!));
      const p = new probe.Process(child.pid!);
      await until(() => { try { return p.environ().VITALS_ÜBER === 'wert 😀'; } catch { return false; } });
      assert.equal(p.environ().PATH ?? p.environ().Path, process.env.PATH);
      const threads = p.threads();
      assert.equal(threads.length, p.numThreads());
      assert.ok(threads.every((t) => t.id > 0 && t.userTime >= 0 && t.systemTime >= 0));
      assert.equal(new Set(threads.map((t) => t.id)).size, threads.length);
      const ctx = new probe.Process().numCtxSwitches();
      assert.equal(ctx.involuntary, 0);
      if (!underWine()) assert.ok(ctx.voluntary > 0);
      else assert.equal(ctx.voluntary, 0, 'Wine fills no per-thread context switch counts');
    } finally {
      child.kill();
    }
  });

  it('setNice (priority class) and setCpuAffinity of a child, read back', async () => {
    const child = sleeper();
    try {
      await until(() => probe.pidExists(child.pid!));
      const p = new probe.Process(child.pid!);
      p.setNice(probe.BELOW_NORMAL_PRIORITY_CLASS);
      assert.equal(p.nice(), probe.BELOW_NORMAL_PRIORITY_CLASS);
      p.setNice(probe.IDLE_PRIORITY_CLASS);
      assert.equal(p.nice(), probe.IDLE_PRIORITY_CLASS);
      const all = p.cpuAffinity();
      p.setCpuAffinity([all[0]]);
      assert.deepEqual(p.cpuAffinity(), [all[0]]);
      assert.throws(() => p.setCpuAffinity([]), RangeError);
      // psutil: a cpu past the count is a ValueError (RangeError), even where the mask bit would exist
      assert.throws(() => p.setCpuAffinity([os.cpus().length]), /invalid CPU/);
      assert.throws(() => p.setCpuAffinity([0.5]), TypeError);
      assert.deepEqual(p.cpuAffinity(), [all[0]], 'a refused mask changes nothing');
      assert.throws(() => p.sendSignal(5), /only SIGTERM, CTRL_C_EVENT and CTRL_BREAK_EVENT/);
    } finally {
      child.kill();
    }
  });

  it('connections: a listening socket and a connected pair of this process, system-wide with the pid', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as net.AddressInfo).port;
    const client = net.connect(port, '127.0.0.1');
    await new Promise((r) => client.once('connect', r));
    try {
      const portOf = (a: unknown) => (a as { port: number } | null)?.port;
      const all = probe.netConnections('inet');
      const listen = all.find((c) => c.status === probe.CONN_LISTEN && portOf(c.laddr) === port);
      assert.ok(listen, 'the listening socket, system-wide');
      assert.deepEqual([listen.laddr, listen.raddr, listen.family, listen.type, listen.fd], [{ ip: '127.0.0.1', port }, null, 2, 1, -1]);
      const mine = new probe.Process().connections('tcp4');
      const out = mine.find((c) => c.status === probe.CONN_ESTABLISHED && portOf(c.raddr) === port);
      assert.deepEqual(out?.laddr, { ip: '127.0.0.1', port: client.localPort }, JSON.stringify(mine));
      assert.equal(out.pid, undefined, 'per-process lists carry no pid, as psutil');
      assert.ok(all.some((c) => c.pid === process.pid && portOf(c.raddr) === port));
      // Wine attributes the listening and accepted sockets to pid 0; Windows to their owner
      if (!underWine()) {
        assert.equal(listen.pid, process.pid);
        assert.ok(mine.some((c) => c.status === probe.CONN_LISTEN && portOf(c.laddr) === port));
      } else {
        assert.equal(listen.pid, 0, 'Wine: the listening socket is pid 0\'s');
      }
      assert.throws(() => probe.netConnections('bogus'), RangeError);
      const physical = probe.cpuCount(false);
      assert.ok(physical !== null && physical >= 1 && physical <= probe.cpuCount()!);
    } finally {
      client.destroy();
      server.close();
    }
  });

  it('cwd of this process', () => {
    assert.equal(new probe.Process().cwd().toLowerCase(), process.cwd().toLowerCase());
  });

  it('services enumerate with their fields filled, and winServiceGet reads one by name', () => {
    // a service that denies a query fails alone, with AccessDenied (Windows has some for non-admins; Wine none)
    const all = probe.winServiceIter().flatMap((s) => {
      try { return [s.asDict()]; } catch (e) { assert.ok(e instanceof probe.AccessDenied, String(e)); return []; }
    });
    assert.ok(all.length > 0, 'Wine has a few services');
    for (const s of all) {
      assert.ok(s.name && s.displayName, JSON.stringify(s));
      assert.ok(['automatic', 'manual', 'disabled', 'unknown'].includes(s.startType), JSON.stringify(s));
      assert.ok(['running', 'stopped', 'start_pending', 'stop_pending', 'paused', 'pause_pending', 'continue_pending'].includes(s.status));
      assert.ok(s.status !== 'running' || s.pid === null || s.pid > 0);
    }
    assert.ok(all.some((s) => s.binpath.length > 0), 'some service has a binary path');
    const first = probe.winServiceGet(all[0].name);
    assert.equal(first.name, all[0].name);
    assert.equal(first.displayName, all[0].displayName);
    assert.equal(first.binpath(), all[0].binpath);
    assert.throws(() => probe.winServiceGet('no-such-service-vitals'), probe.NoSuchProcess);
  });

  it('Unicode file names and arguments survive: a child started as naïve-😀.exe with a Unicode argument', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-ü-'));
    const exe = path.join(dir, 'naïve-😀.exe');
    fs.copyFileSync(process.execPath, exe);
    const arg = 'ärg 😀 "quoted" back\\slash';
    const child = sleeper(exe, [arg]);
    try {
      await until(() => probe.pidExists(child.pid!));
      const p = new probe.Process(child.pid!);
      assert.equal(p.exe(), exe);
      assert.equal(p.name(), 'naïve-😀.exe');
      assert.equal(p.cmdline().at(-1), arg);
      const listed = [...probe.processIter({ attrs: ['name'] })].find((q) => q.pid === child.pid);
      assert.equal(listed?.info.name, 'naïve-😀.exe');
    } finally {
      child.kill();
      await until(() => child.exitCode !== null || child.signalCode !== null).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('disks, net, battery and temperatures', () => {
    const parts = probe.diskPartitions();
    assert.ok(parts.some((d) => /^[A-Z]:\\$/.test(d.mountpoint)), JSON.stringify(parts));
    const c = probe.diskUsage(parts[0].mountpoint);
    assert.ok(c.total > 0 && c.used + c.free === c.total);
    const net = probe.netIoCounters(true);
    assert.ok(Object.keys(net).length > 0, 'at least the loopback');
    assert.deepEqual(probe.sensorsTemperatures(), {});
    const b = probe.sensorsBattery();
    assert.ok(b === null || (b.percent >= 0 && b.percent <= 100));
  });

  it('the CLI: node dist/cli.js snapshot --json', () => {
    const cli = path.resolve(__dirname, '../../../dist/cli.js');
    const r = spawnSync(process.execPath, [cli, 'snapshot', '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const snap = JSON.parse(r.stdout);
    const system = snap.system ?? snap;
    assert.ok(system.virtualMemory?.total > 0, r.stdout.slice(0, 400));
    assert.ok(Array.isArray(system.cpuTimesPercpu) && system.cpuTimesPercpu.length === os.cpus().length);
  });
});

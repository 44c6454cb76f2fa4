import assert from 'node:assert/strict';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as probe from '../../src/probe';
import { LinuxProcess } from '../../src/probe/linux/process';
import { getClockTicks } from '../../src/probe/linux/native';
import { bundleForNobody, psutilJson, psutilSession, PYTHON, spawnTrap, until, useLive } from './helpers';

interface PsProc { pid: number; ppid: number; name: string; cmdline: string[] | null; username: string; status: string; createTime: number; numThreads: number; rss: number }

/** "0-3,8,10-11\n" -> [0, 1, 2, 3, 8, 10, 11] */
function parseCpuList(text: string): number[] {
  return text.trim().split(',').flatMap((part) => {
    const [a, b = a] = part.split('-').map(Number);
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

/** The page size as psutil's side sees it, so no tolerance below is a hard-coded 4096 (arm64 has 16K/64K pages). */
const PAGE = psutilJson<number>('import resource; print(resource.getpagesize())');

const nobody = { uid: 65534, gid: 65534 };

function sleeper(): ChildProcess {
  return spawn('sleep', ['30'], { stdio: 'ignore' });
}


/**
 * Invalid UTF-8 in names and arguments: psutil keeps each bad byte as a lone surrogate
 * (surrogateescape), we give U+FFFD per maximal invalid sequence (the WHATWG decoder). Both
 * sides' runs of replacements become one marker, so the rest of the text is still compared.
 */
function sameDecoding(s: string): string {
  return s.replace(/[\uDC80-\uDCFF]+/g, '\u0000bad\u0000').replace(/\uFFFD+/g, '\u0000bad\u0000');
}

describe('Linux Process on this machine, cross-checked with python3-psutil', () => {
  before(() => useLive());

  it('agrees with psutil for every pid both see', () => {
    const snapshot = () => psutilJson<PsProc[]>(`
out = []
for p in psutil.process_iter(['pid', 'ppid', 'name', 'cmdline', 'username', 'status', 'create_time', 'num_threads', 'memory_info']):
    i = p.info
    out.append(dict(pid=i['pid'], ppid=i['ppid'], name=i['name'], cmdline=i['cmdline'], username=i['username'], status=i['status'],
        createTime=i['create_time'], numThreads=i['num_threads'], rss=i['memory_info'].rss if i['memory_info'] else -1, self=p.pid == __import__('os').getpid()))
print(json.dumps([o for o in out if not o.pop('self')]))`);
    const ref = snapshot();
    const ours = new Map([...probe.processIter({ attrs: ['ppid', 'name', 'cmdline', 'username', 'status', 'createTime', 'numThreads', 'memoryInfo'] })]
      .map((p) => [p.pid, p.info]));
    const after = new Map(snapshot().map((r) => [r.pid, r]));
    let compared = 0;
    let steady = 0;
    let statusCompared = 0;
    for (const r of ref) {
      const o = ours.get(r.pid);
      const later = after.get(r.pid);
      if (!o || r.pid === process.pid) continue;
      if (Math.abs((o.createTime as number) - r.createTime) > 0.01) continue; // pid reused in between
      // Each field is compared where psutil read the same value before and after us: a process may exec, lose
      // its parent, exit (its cmdline empties) or grow in between. One that did not live through our read is skipped.
      if (!later || later.createTime !== r.createTime) continue;
      const held = (key: keyof PsProc): boolean => JSON.stringify(later[key]) === JSON.stringify(r[key]);
      compared++;
      const label = `pid ${r.pid} (${r.name})`;
      if (held('ppid')) assert.equal(o.ppid, r.ppid, label);
      if (held('name') && !r.name.startsWith('kworker/')) assert.equal(sameDecoding(o.name as string), sameDecoding(r.name), label); // workqueue threads rename themselves
      // both sides put null (adValue) where the read is denied; psutil 5.9 answers a zombie's empty cmdline with []
      const decoded = (c: unknown): unknown => (Array.isArray(c) ? c.map((a: string) => sameDecoding(a)) : c);
      if (held('cmdline')) assert.deepEqual(decoded(o.cmdline), decoded(r.cmdline), label);
      if (held('username')) assert.equal(o.username, r.username, label);
      // Kernel threads (kworkers) flip between idle, running and disk-sleep many times a second on a busy machine
      // (CI read idle / disk-sleep / idle), and running and disk-sleep are passing states for anyone: neither is
      // compared, even when both psutil reads agree. A user process's steady states (sleeping, stopped, zombie) are.
      const transient = (s: unknown): boolean => s === 'running' || s === 'disk-sleep';
      const kernelThread = r.pid === 2 || r.ppid === 2;
      if (!kernelThread && held('status') && !transient(r.status) && !transient(o.status)) {
        statusCompared++;
        assert.equal(o.status, r.status, label);
      }
      if (held('rss') && held('numThreads')) {
        steady++;
        assert.equal(o.numThreads, r.numThreads, label);
        assert.ok(Math.abs((o.memoryInfo as probe.MemoryInfo).rss - r.rss) <= PAGE, `${label}: rss ${(o.memoryInfo as probe.MemoryInfo).rss} vs ${r.rss}`);
      }
    }
    assert.ok(compared >= 5, `only ${compared} processes compared`);
    assert.ok(steady >= 3, `only ${steady} processes held still long enough to compare threads and rss`);
    assert.ok(statusCompared >= 3, `only ${statusCompared} processes held one status long enough to compare it`);
  });

  it('createTime matches psutil to 0.01 s; memoryFullInfo of a quiet child is psutil\'s', async () => {
    const child = sleeper();
    try {
      await until(() => probe.pidExists(child.pid!) && new probe.Process(child.pid!).name() === 'sleep');
      const psutil = await psutilSession(`me = psutil.Process(${process.pid}); q = psutil.Process(${child.pid})`);
      try {
        assert.ok(Math.abs(new probe.Process().createTime() - await psutil.ask<number>('me.create_time()')) <= 0.01);
        // the child's PSS shares libc's pages with every process that maps them, so it moves whenever one starts
        // or exits: compared on a reading psutil took between two of ours that agree (up to 20 tries on a busy machine)
        type Full = { uss: number; pss: number; swap: number };
        const ours = (): Full => { const m = new probe.Process(child.pid!).memoryFullInfo() as probe.LinuxMemoryFullInfo; return { uss: m.uss, pss: m.pss, swap: m.swap }; };
        let held: { m: Full; r: Full } | undefined;
        for (let i = 0; i < 20 && !held; i++) {
          const before = ours();
          const r = await psutil.ask<Full>('(lambda m: dict(uss=m.uss, pss=m.pss, swap=m.swap))(q.memory_full_info())');
          const after = ours();
          if (before.pss === after.pss && before.uss === after.uss && before.swap === after.swap) held = { m: after, r };
        }
        assert.ok(held, 'the child\'s PSS never held still across one psutil read in 20 tries');
        const { m, r } = held;
        assert.ok(Math.abs(m.uss - r.uss) <= PAGE, `uss ${m.uss} vs ${r.uss}`);
        assert.equal(m.swap, r.swap);
        assert.ok(Math.abs(m.pss - r.pss) <= PAGE, `pss ${m.pss} vs ${r.pss}`);
      } finally {
        psutil.release();
      }
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('AccessDenied where psutil is denied too (pid 1 smaps_rollup in this sandbox)', () => {
    const denied = psutilJson<boolean>(`
try:
    psutil.Process(1).memory_full_info(); print('false')
except psutil.AccessDenied:
    print('true')`);
    if (denied) assert.throws(() => new probe.Process(1).memoryFullInfo(), (e: unknown) => e instanceof probe.AccessDenied && e.pid === 1);
    else assert.ok(new probe.Process(1).memoryFullInfo().uss > 0);
  });

  it('reads this process: exe, cwd, environ, fds, threads, rlimit, affinity', () => {
    const me = new probe.Process();
    assert.equal(me.exe(), fs.realpathSync(process.execPath));
    assert.equal(me.cwd(), process.cwd());
    assert.equal(me.environ().PATH, process.env.PATH);
    // readdirSync's own directory fd is listed, as the probe's is: with nothing opened in between all three agree
    const fdsBefore = fs.readdirSync('/proc/self/fd').length;
    const fds = me.numFds();
    const fdsAfter = fs.readdirSync('/proc/self/fd').length;
    assert.ok(Math.min(fdsBefore, fdsAfter) <= fds && fds <= Math.max(fdsBefore, fdsAfter), `${fdsBefore} <= ${fds} <= ${fdsAfter}`);
    assert.equal(me.threads().length, me.numThreads());
    const r = psutilJson<number[]>(`print(json.dumps(psutil.Process(${process.pid}).rlimit(psutil.RLIMIT_NOFILE)))`);
    assert.deepEqual(me.rlimit(probe.RLIMIT_NOFILE), r);
    assert.deepEqual(me.cpuAffinity(), psutilJson<number[]>(`print(json.dumps(psutil.Process(${process.pid}).cpu_affinity()))`));
    assert.equal(me.username(), os.userInfo().username);
  });

  it('threads() sorted by id, the same threads psutil lists', () => {
    const ids = new probe.Process().threads().map((t) => t.id);
    const ref = psutilJson<number[]>(`print(json.dumps(sorted(t.id for t in psutil.Process(${process.pid}).threads())))`);
    assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
    assert.deepEqual(ids, ref);
  });

  it('memoryMaps strips " (deleted)" from a mapped file that was removed, as psutil does', async () => {
    const file = path.join(os.tmpdir(), `vitals-mapped-${process.pid}.bin`);
    const holder = spawn(PYTHON, ['-c', `import mmap, os, sys
f = open(${JSON.stringify(file)}, 'w+b'); f.write(b'x' * 8192); f.flush()
m = mmap.mmap(f.fileno(), 8192); f.close()
os.unlink(${JSON.stringify(file)})
print('ready', flush=True)
sys.stdin.read()`], { stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      await new Promise((resolve, reject) => { holder.stdout!.once('data', resolve); holder.once('exit', reject); });
      const ours = new probe.Process(holder.pid!).memoryMaps(false).map((m) => m.path).filter((p) => p.includes('vitals-mapped'));
      const theirs = psutilJson<string[]>(`print(json.dumps([m.path for m in psutil.Process(${holder.pid}).memory_maps(grouped=False) if 'vitals-mapped' in m.path]))`);
      assert.deepEqual(ours, [file]);
      assert.deepEqual(ours, theirs);
    } finally {
      holder.kill('SIGKILL');
      fs.rmSync(file, { force: true });
    }
  });

  it('openFiles shows a file we opened with its mode and position', () => {
    const file = path.join(os.tmpdir(), `vitals-open-${process.pid}.txt`);
    const fd = fs.openSync(file, 'a+');
    fs.writeSync(fd, 'hello');
    try {
      const entry = new probe.Process().openFiles().find((f) => f.fd === fd);
      assert.ok(entry, 'the fd is listed');
      assert.equal(entry.path, file);
      assert.equal(entry.mode, 'a+');
      assert.equal(entry.position, 5);
    } finally {
      fs.closeSync(fd);
      fs.unlinkSync(file);
    }
  });

  it('openFiles mode for every way of opening a file (psutil test_open_files_mode)', () => {
    const file = path.join(os.tmpdir(), `vitals-mode-${process.pid}.txt`);
    const expected: [string, string][] = [['w', 'w'], ['r', 'r'], ['a', 'a'], ['r+', 'r+'], ['w+', 'r+'], ['a+', 'a+']];
    try {
      for (const [flags, mode] of [...expected, ['wx', 'w'], ['wx+', 'r+']]) {
        if (flags.includes('x')) fs.rmSync(file, { force: true });
        const fd = fs.openSync(file, flags);
        try {
          assert.equal(new probe.Process().openFiles().find((f) => f.fd === fd)?.mode, mode, `opened with "${flags}"`);
        } finally {
          fs.closeSync(fd);
        }
      }
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('connections shows a listening TCP socket and an established pair', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as net.AddressInfo).port;
    const client = net.connect(port, '127.0.0.1');
    await new Promise((r) => client.once('connect', r));
    try {
      const conns = new probe.Process().connections('tcp');
      const listen = conns.find((c) => c.status === probe.CONN_LISTEN && (c.laddr as { port: number } | null)?.port === port);
      assert.ok(listen, JSON.stringify(conns));
      assert.deepEqual(listen.laddr, { ip: '127.0.0.1', port });
      assert.equal(listen.raddr, null);
      assert.ok(conns.some((c) => c.status === probe.CONN_ESTABLISHED && (c.raddr as { port: number } | null)?.port === port));
      const system = probe.netConnections('tcp4').find((c) => c.status === probe.CONN_LISTEN && (c.laddr as { port: number } | null)?.port === port);
      assert.equal(system?.pid, process.pid);
      assert.throws(() => new probe.Process().connections('bogus'), RangeError);
    } finally {
      client.destroy();
      server.close();
    }
  });

  it('name() follows an exec: same pid and createTime, new name', async () => {
    const child = spawn('sh', ['-c', 'read x; exec sleep 30'], { stdio: ['pipe', 'ignore', 'ignore'] });
    try {
      await until(() => probe.pidExists(child.pid!) && new probe.Process(child.pid!).name() === 'sh');
      const p = new probe.Process(child.pid!);
      assert.equal(p.name(), 'sh');
      child.stdin!.write('go\n');
      await until(() => p.name() === 'sleep', 'the exec');
      assert.equal(p.isRunning(), true, 'identity survives exec');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('a real zombie: stat getters answer, exe/cwd raise ZombieProcess, cmdline/environ/memory are empty', async () => {
    // sleep 0 exits at once; its parent execs into sleep 30, which never reaps it
    const parent = spawn('sh', ['-c', 'sleep 0 & exec sleep 30'], { stdio: 'ignore' });
    try {
      let zombie: probe.Process | undefined;
      await until(() => {
        zombie = new probe.Process(parent.pid!).children().find((c) => c.status() === probe.STATUS_ZOMBIE);
        return zombie !== undefined;
      });
      const z = zombie!;
      assert.equal(z.name(), 'sleep');
      assert.equal(z.ppid(), parent.pid);
      assert.ok(z.isRunning(), 'a zombie still holds its pid');
      assert.throws(() => z.exe(), probe.ZombieProcess);
      assert.throws(() => z.cwd(), probe.ZombieProcess);
      assert.deepEqual(z.cmdline(), []);
      assert.deepEqual(z.environ(), {});
      const m = z.memoryFullInfo() as probe.LinuxMemoryFullInfo;
      assert.deepEqual([m.rss, m.vms, m.uss, m.pss, m.swap], [0, 0, 0, 0, 0]);
      const info = [...probe.processIter({ attrs: [...probe.PROCESS_ATTRS], adValue: 'AD' })].find((p) => p.pid === z.pid)!.info;
      assert.deepEqual(Object.keys(info).filter((k) => info[k as probe.ProcessAttr] === 'AD').sort(), ['cwd', 'exe']);
      assert.equal(info.status, probe.STATUS_ZOMBIE);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('a thread id is not a pid', () => {
    const tids = fs.readdirSync(`/proc/${process.pid}/task`).map(Number).filter((t) => t !== process.pid);
    assert.deepEqual(new probe.Process().threads().map((t) => t.id).filter((t) => t !== process.pid).sort(), [...tids].sort(), 'our threads are /proc/self/task');
    assert.notEqual(tids.length, 0, 'node runs helper threads');
    assert.equal(probe.pidExists(tids[0]), false);
    assert.equal(probe.pidExists(process.pid), true);
  });

  it('suspends, resumes and kills a child; wait() resolves once it is gone', async () => {
    const child = sleeper();
    await until(() => probe.pidExists(child.pid!) && new probe.Process(child.pid!).name() === 'sleep');
    const p = new probe.Process(child.pid!);
    p.suspend();
    await until(() => p.status() === probe.STATUS_STOPPED);
    p.resume();
    await until(() => p.status() === probe.STATUS_SLEEPING);
    await assert.rejects(p.wait(0.05), probe.TimeoutExpired);
    p.kill();
    assert.equal(await p.wait(5), null);
    assert.ok(!p.isRunning() || p.status() === probe.STATUS_ZOMBIE, 'dead: reaped, or a zombie until Node reaps it');
    await until(() => !p.isRunning());
    assert.throws(() => p.kill(), probe.NoSuchProcess);
  });

  it('terminate() through waitProcs, and children() finds our children', async () => {
    const kids = [sleeper(), sleeper()];
    await until(() => kids.every((k) => probe.pidExists(k.pid!)));
    const procs = new probe.Process().children().filter((c) => kids.some((k) => k.pid === c.pid));
    assert.equal(procs.length, 2);
    for (const p of procs) p.terminate();
    const { gone, alive } = await probe.waitProcs(procs, 5);
    assert.equal(gone.length, 2);
    assert.equal(alive.length, 0);
  });

  it('refuses to signal a process whose identity changed (recycled pid)', async () => {
    const trap = await spawnTrap();
    try {
      const real = new probe.Process(trap.pid);
      const [nice, affinity] = [real.nice(), real.cpuAffinity()];
      const impostor = new probe.Process(trap.pid, undefined, real.createTime() - 100);
      assert.equal(impostor.isRunning(), false);
      assert.throws(() => impostor.kill(), probe.NoSuchProcess);
      assert.throws(() => impostor.terminate(), probe.NoSuchProcess);
      assert.throws(() => impostor.suspend(), probe.NoSuchProcess);
      assert.throws(() => impostor.sendSignal('SIGUSR1'), probe.NoSuchProcess);
      assert.throws(() => impostor.setNice(nice + 5), probe.NoSuchProcess);
      assert.throws(() => impostor.setCpuAffinity([affinity[0]]), probe.NoSuchProcess);
      // the target answers after any signal sent before the refusals would have landed: not killed, not stopped, nothing trapped
      assert.deepEqual(await trap.report(), [{ pid: trap.pid, signals: [] }], 'the real process was not signalled');
      assert.equal(trap.child.signalCode, null);
      assert.deepEqual([real.nice(), real.cpuAffinity()], [nice, affinity], 'nor changed');
    } finally {
      trap.child.kill('SIGKILL');
    }
  });

  it('sets nice, ionice, rlimit and cpu affinity on a child', async () => {
    const child = sleeper();
    try {
      await until(() => probe.pidExists(child.pid!));
      const p = new probe.Process(child.pid!);
      p.setNice(7);
      assert.equal(p.nice(), 7);
      p.setIonice(probe.IOPRIO_CLASS_BE, 4);
      assert.deepEqual(p.ionice(), { ioclass: probe.IOPRIO_CLASS_BE, value: 4 });
      assert.throws(() => p.setIonice(probe.IOPRIO_CLASS_IDLE, 3), RangeError);
      p.setRlimit(probe.RLIMIT_NOFILE, [128, 256]);
      assert.deepEqual(p.rlimit(probe.RLIMIT_NOFILE), [128, 256]);
      p.setRlimit(probe.RLIMIT_CORE, [probe.RLIM_INFINITY, probe.RLIM_INFINITY]);
      assert.deepEqual(p.rlimit(probe.RLIMIT_CORE), [probe.RLIM_INFINITY, probe.RLIM_INFINITY]);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('cpu affinity of a child: CPUs by kernel number, [] sets its Cpus_allowed_list (psutil _get_eligible_cpus)', async function () {
    const online = parseCpuList(fs.readFileSync('/sys/devices/system/cpu/online', 'utf8'));
    if (online.length < 2) this.skip(); // narrowing and widening need two online CPUs
    const child = sleeper();
    try {
      await until(() => probe.pidExists(child.pid!));
      const p = new probe.Process(child.pid!);
      const allowedList = /^Cpus_allowed_list:\s*(\S+)/m.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1];
      const eligible = parseCpuList(allowedList);
      assert.deepEqual((p.impl as LinuxProcess).eligibleCpus(), eligible);
      if (/^\d+-\d+$/.test(allowedList)) { // psutil 5.9's regex reads a single range only
        assert.deepEqual(eligible, psutilJson<number[]>(`print(json.dumps(psutil.Process(${child.pid})._proc._get_eligible_cpus()))`));
      }
      // Cpus_allowed_list may name possible CPUs not online; sched_getaffinity answers the online ones
      const usable = eligible.filter((cpu) => online.includes(cpu));
      if (usable.length < 2) this.skip(); // this cpuset leaves one CPU: nothing to narrow
      const last = usable[usable.length - 1];
      p.setCpuAffinity([last]);
      assert.deepEqual(p.cpuAffinity(), [last], 'the highest kernel number, whatever its position');
      p.setCpuAffinity([]);
      assert.deepEqual(p.cpuAffinity(), [last], 'an empty list is the eligible set, which narrowing narrowed (psutil)');
      p.setCpuAffinity(eligible);
      assert.deepEqual(p.cpuAffinity(), usable, 'widening again is allowed');
      p.setCpuAffinity([]);
      assert.deepEqual(p.cpuAffinity(), usable);
      const offline = Math.max(...online, ...eligible) + 1;
      assert.throws(() => p.setCpuAffinity([offline]), (e: unknown) => e instanceof RangeError && e.message.startsWith(`invalid CPU ${offline}; choose between `));
      // psutil sets [0] here and drops 4096 without a word; Vitals refuses the whole call
      assert.throws(() => p.setCpuAffinity([eligible[0], 4096]), /invalid CPU 4096/);
      assert.deepEqual(p.cpuAffinity(), usable, 'a refused call changed nothing');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('a vanished process raises NoSuchProcess with its pid and last name', async () => {
    const child = sleeper();
    await until(() => probe.pidExists(child.pid!) && new probe.Process(child.pid!).name() === 'sleep');
    const p = new probe.Process(child.pid!);
    p.name();
    child.kill('SIGKILL');
    await until(() => !probe.pidExists(child.pid!));
    assert.throws(() => p.cmdline(), (e: unknown) => e instanceof probe.NoSuchProcess && e.pid === child.pid && e.processName === 'sleep');
    assert.throws(() => new probe.Process(child.pid!), probe.NoSuchProcess);
  });

  it('no error escapes processIter while hundreds of processes start and die, and a child that lives through it is always listed', async function () {
    this.timeout(240000); // timed out once at 120 s on a loaded 2-core machine
    const anchor = spawn('sleep', ['600'], { stdio: 'ignore' }); // outlives the storm, however slow the machine
    await until(() => probe.pidExists(anchor.pid!) && new probe.Process(anchor.pid!).name() === 'sleep');
    let spawned = 0;
    let running = 0;
    const attrs = ['pid', 'ppid', 'name', 'exe', 'cmdline', 'environ', 'username', 'cpuTimes', 'memoryInfo', 'memoryFullInfo',
      'numThreads', 'status', 'createTime', 'openFiles', 'numFds', 'threads', 'connections', 'cwd', 'terminal'] as const;
    const spawnOne = (): void => {
      spawned++; running++;
      const c = spawn('/bin/true', [], { stdio: 'ignore' });
      c.once('exit', () => { running--; });
      c.once('error', () => { running--; });
    };
    try {
      while (spawned < 400) {
        for (let i = 0; i < 20; i++) spawnOne();
        const listed = [...probe.processIter({ attrs })].find((p) => p.pid === anchor.pid);
        assert.ok(listed, `the sleeping child ${anchor.pid} is listed (after ${spawned} spawns)`);
        assert.deepEqual([listed.info.name, listed.info.ppid, listed.info.cmdline], ['sleep', process.pid, ['sleep', '600']]);
        const ours = new probe.Process();
        let found = false;
        for (const p of probe.processIter()) {
          try {
            const kids = p.children({ recursive: true });
            if (p.pid === ours.pid) found = kids.some((k) => k.pid === anchor.pid);
          } catch (e) { if (!(e instanceof probe.NoSuchProcess)) throw e; }
        }
        assert.ok(found, 'children() of this process finds the sleeping child');
        await new Promise((r) => setImmediate(r));
      }
      await until(() => running === 0, 'every /bin/true reaped', 60000);
    } finally {
      anchor.kill('SIGKILL');
    }
  });

  it('processIter yields every process psutil sees alive before and after it, and none that psutil never saw and is still alive', () => {
    const snapshot = `print(json.dumps([[p.pid, p.info['create_time']] for p in psutil.process_iter(['create_time']) if p.info['create_time'] is not None]))`;
    const before = psutilJson<[number, number][]>(snapshot);
    const ours = new Map([...probe.processIter({ attrs: ['createTime'] })].map((p) => [p.pid, p.info.createTime as number | null]));
    const after = new Map(psutilJson<[number, number][]>(snapshot));
    const same = (a: number | null | undefined, b: number | undefined): boolean => a != null && b !== undefined && Math.abs(a - b) <= 0.01;
    const stable = before.filter(([pid, ct]) => same(after.get(pid), ct));
    assert.ok(stable.length >= 5, `only ${stable.length} processes lived through both psutil runs`);
    assert.deepEqual(stable.filter(([pid, ct]) => !same(ours.get(pid), ct)), [], 'alive all along, missed by processIter');
    const unknown = [...ours].filter(([pid, ct]) => !before.some(([p, c]) => p === pid && same(ct, c)) && !same(ct, after.get(pid)));
    const stillAlive = unknown.filter(([pid, ct]) => { try { return same(ct, new probe.Process(pid).createTime()); } catch { return false; } });
    assert.deepEqual(stillAlive, [], 'listed by processIter only, yet alive through the second psutil run');
  });

  it('every live process comes out of processIter with every attribute', () => {
    const before = probe.pids();
    const info = new Map([...probe.processIter({ attrs: [...probe.PROCESS_ATTRS] })].map((p) => [p.pid, p.info]));
    assert.deepEqual(before.filter((pid) => !info.has(pid) && probe.pidExists(pid)), [], 'alive but skipped');
  });

  // kthreadd is pid 2 on a host; a container's pid namespace has no kernel threads: there the test proves that path
  const kthreadd = fs.existsSync('/proc/2/stat') && new probe.Process(2).ppid() === 0 && new probe.Process(2).name() === 'kthreadd';
  it(kthreadd
    ? 'kernel threads come out of processIter with empty environ, cmdline and memory (host: kthreadd is pid 2)'
    : 'no kernel threads in this pid namespace: processIter lists no pid 2 and no child of it, and only pid 1 has ppid 0', function () {
    if (!kthreadd) {
      const info = new Map([...probe.processIter({ attrs: ['ppid'] })].map((p) => [p.pid, p.info.ppid]));
      assert.deepEqual([...info].filter(([pid, ppid]) => pid === 2 || ppid === 2), []);
      assert.deepEqual([...info].filter(([, ppid]) => ppid === 0).map(([pid]) => pid), [1]);
      return;
    }
    if (process.getuid?.() !== 0) this.skip(); // their environ and smaps_rollup are readable by root only
    const info = new Map([...probe.processIter({ attrs: [...probe.PROCESS_ATTRS] })].map((p) => [p.pid, p.info]));
    const kernelThreads = [...info].filter(([pid, i]) => pid === 2 || i.ppid === 2);
    assert.ok(kernelThreads.length > 1, 'kthreadd and its children');
    for (const [pid, i] of kernelThreads) {
      // environ and smaps_rollup answer ESRCH for them on recent kernels: no address space, not a vanished process
      assert.deepEqual(i.environ, {}, `pid ${pid}`);
      assert.deepEqual(i.cmdline, [], `pid ${pid}`);
      const m = i.memoryFullInfo as probe.LinuxMemoryFullInfo;
      assert.deepEqual([m.rss, m.uss, m.pss, m.swap], [0, 0, 0, 0], `pid ${pid}`);
    }
  });

  it('as an unprivileged user: AccessDenied exactly where psutil is denied, and no process dropped', function () {
    if (process.getuid?.() !== 0) this.skip(); // switching to nobody needs root (CI runs as root)
    this.timeout(60000);
    const dir = bundleForNobody();
    const attrs = { exe: 'exe', cwd: 'cwd', environ: 'environ', numFds: 'num_fds', ioCounters: 'io_counters', openFiles: 'open_files',
      memoryFullInfo: 'memory_full_info', memoryMaps: 'memory_maps', cmdline: 'cmdline', name: 'name', memoryInfo: 'memory_info', threads: 'threads' };
    type Rows = Record<string, Record<string, string>>;
    const oursStarted = Date.now() / 1000;
    const oursRun = spawnSync(process.execPath, ['-e', `
      const p = require(${JSON.stringify(path.join(dir, 'probe.js'))});
      const out = {};
      for (const q of p.processIter()) {
        let row;
        try { row = { user: q.username(), createTime: q.createTime() }; } catch (e) { continue; } // gone already, as psutil's loop below

        for (const a of ${JSON.stringify(Object.keys(attrs))}) { try { q[a](); row[a] = 'ok'; } catch (e) { row[a] = e.name; } }
        out[q.pid] = row;
      }
      console.log(JSON.stringify(out));`], { ...nobody, encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(oursRun.status, 0, oursRun.stderr);
    const ours = JSON.parse(oursRun.stdout) as Rows;
    const psutilRun = spawnSync('/usr/bin/python3', ['-c', `
import json, psutil
attrs = ${JSON.stringify(attrs)}
out = {}
for p in psutil.process_iter():
    row = {}
    try: row['user'] = p.username(); row['createTime'] = p.create_time()
    except psutil.Error: continue
    for ours, theirs in attrs.items():
        try: getattr(p, theirs)(); row[ours] = 'ok'
        except psutil.Error as e: row[ours] = type(e).__name__
    out[p.pid] = row
print(json.dumps(out))`], { ...nobody, encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.equal(psutilRun.status, 0, psutilRun.stderr);
    const theirs = JSON.parse(psutilRun.stdout) as Rows;
    // Still running now (not exited, not a zombie), so running through both scans. An exiting process drops its
    // address space, and then anyone may read its maps and environ as empty: psutil, reading later, would get 'ok'
    // where we, reading while it lived, were denied.
    const alive = (pid: string): boolean => {
      try { return !/\) [ZXx] /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
    };
    let compared = 0; let denied = 0;
    for (const [pid, ref] of Object.entries(theirs)) {
      const row = ours[pid];
      if (!row) {
        // born after our scan began (createTime comes from whole-second btime: a second of slack), or gone since
        if (Number(ref.createTime) < oursStarted - 1) assert.ok(!alive(pid), `pid ${pid} is alive but Vitals skipped it`);
        continue;
      }
      if (Math.abs(Number(row.createTime) - Number(ref.createTime)) > 0.01) continue; // the pid was reused between the two runs
      if (!alive(pid)) continue;
      assert.equal(row.user, ref.user, `pid ${pid} username`);
      for (const a of Object.keys(attrs)) {
        // psutil 5.9 calls a kernel thread's ESRCH on environ/smaps_rollup a vanished or zombie process; Vitals reads it as empty.
        if (ref[a] !== 'ok' && ref[a] !== 'AccessDenied') continue;
        assert.equal(row[a], ref[a], `pid ${pid} ${a} (${fs.existsSync(`/proc/${pid}/comm`) ? fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() : "gone"})`);
        compared++;
        if (ref[a] === 'AccessDenied') denied++;
      }
    }
    assert.ok(compared > 100 && denied > 10, `compared ${compared}, denied ${denied}`);
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  it('openFiles of a file we may not stat is AccessDenied for the whole call, as in psutil', async function () {
    if (process.getuid?.() !== 0) this.skip();
    this.timeout(30000);
    const dir = bundleForNobody();
    const locked = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-locked-'));
    fs.chmodSync(locked, 0o755);
    const file = path.join(locked, 'held.txt');
    fs.writeFileSync(file, 'x');
    fs.chmodSync(file, 0o644);
    const holder = spawn(process.execPath, ['-e', `require('fs').openSync(${JSON.stringify(file)}, 'r'); setInterval(() => {}, 1000);`], { ...nobody, stdio: 'ignore' });
    try {
      await until(() => probe.pidExists(holder.pid!) && new probe.Process(holder.pid!).openFiles().some((f) => f.path === file));
      fs.chmodSync(locked, 0o700); // the holder keeps its fd; nobody can no longer stat the path
      const ours = spawnSync(process.execPath, ['-e', `
        const p = require(${JSON.stringify(path.join(dir, 'probe.js'))});
        try { console.log(JSON.stringify(new p.Process(${holder.pid}).openFiles())); } catch (e) { console.log(e.name); }`], { ...nobody, encoding: 'utf8' });
      const theirs = spawnSync('/usr/bin/python3', ['-c', `
import psutil
try: print(psutil.Process(${holder.pid}).open_files())
except psutil.Error as e: print(type(e).__name__)`], { ...nobody, encoding: 'utf8' });
      assert.equal(theirs.stdout.trim(), 'AccessDenied', theirs.stderr);
      assert.equal(ours.stdout.trim(), 'AccessDenied', ours.stderr);
      assert.equal(new probe.Process(holder.pid!).openFiles().length, 1, 'root still sees it');
    } finally {
      holder.kill('SIGKILL');
      fs.rmSync(locked, { recursive: true, force: true });
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    }
  });

  it('cpuPercent measures a busy child across processIter calls, between the bounds its stat gives around each call', async () => {
    const busy = spawn(process.execPath, ['-e', 'const e = Date.now() + 5000; while (Date.now() < e);'], { stdio: 'ignore' });
    const hz = getClockTicks();
    // cpu seconds from the child's own stat, and wall seconds, read just before and just after each cpuPercent call:
    // whatever the load on the machine, the measured interval lies between the inner and the outer bracket
    const busySeconds = (): number => { const f = fs.readFileSync(`/proc/${busy.pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / hz; };
    const wall = (): number => (performance.timeOrigin + performance.now()) / 1000;
    try {
      await until(() => probe.pidExists(busy.pid!));
      await new Promise((r) => setTimeout(r, 300)); // let it burn some cpu first, so "since creation" would read differently
      const find = (): probe.Process => [...probe.processIter()].find((p) => p.pid === busy.pid)!;
      const first = find();
      const [w0, b0] = [wall(), busySeconds()];
      first.cpuPercent();
      const [w1, b1] = [wall(), busySeconds()];
      await new Promise((r) => setTimeout(r, 400));
      const again = find();
      assert.equal(again, first, 'the same Process object is handed out while (pid, createTime) holds');
      const [w2, b2] = [wall(), busySeconds()];
      const pct = again.cpuPercent();
      const [w3, b3] = [wall(), busySeconds()];
      const low = ((b2 - b1) / (w3 - w0)) * 100 - 0.1;
      const high = ((b3 - b0) / (w2 - w1)) * 100 + 0.1;
      assert.ok(b2 - b1 > 0, 'the child ran meanwhile');
      assert.ok(pct >= low && pct <= high, `${pct} outside [${low}, ${high}]`);
    } finally {
      busy.kill('SIGKILL');
    }
  });

});

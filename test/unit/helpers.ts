import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configure, pids } from '../../src/probe';

export const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'linux');

/** Points the Linux backend at test/fixtures/linux/<name>/{proc,sys}. */
export function useFixture(name: string): void {
  configure({ procfs: path.join(FIXTURES, name, 'proc'), sysfs: path.join(FIXTURES, name, 'sys') });
}

export function useLive(): void {
  configure({ procfs: '/proc', sysfs: '/sys' });
}

/** A scratch tree written from { 'proc/stat': '...' }; returns its root. */
export function writeTree(files: Record<string, string | Buffer>, root = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-fx-'))): string {
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return root;
}

export function useTree(root: string): void {
  configure({ procfs: path.join(root, 'proc'), sysfs: path.join(root, 'sys') });
}

/**
 * A folder nobody can read holding the probe bundle (dist/probe.js) and koffi's binary in the
 * layout koffi looks for (the checkout itself may be under /root); returns the folder of probe.js.
 */
export function bundleForNobody(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-nobody-'));
  const binary = `node_modules/koffi/build/koffi/${process.platform}_${process.arch}/koffi.node`;
  for (const rel of ['dist/probe.js', binary]) {
    fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    fs.copyFileSync(path.resolve(__dirname, '..', '..', '..', rel), path.join(dir, rel));
  }
  for (const d of [dir, ...fs.readdirSync(dir, { recursive: true }).map((r) => path.join(dir, String(r)))]) fs.chmodSync(d, 0o755);
  return path.join(dir, 'dist');
}

/** Debian's python3 with psutil (apt-get install python3-psutil; .ci/run installs it). */
export const PYTHON = '/usr/bin/python3';

/** Runs a python snippet that prints JSON and returns it parsed. Fails loudly without psutil. */
export function psutilJson<T>(code: string): T {
  const r = spawnSync(PYTHON, ['-c', `import json, psutil\n${code}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`python3-psutil cross-check failed (apt-get install python3-psutil): ${r.stderr || r.error}`);
  return JSON.parse(r.stdout) as T;
}

/**
 * Runs psutil in a python that stays alive until release() is called, so a value that depends on
 * which processes exist (USS/PSS count pages by their mappers) is read by both sides in the same world.
 */
export async function psutilWhileAlive<T>(code: string): Promise<{ value: T; release: () => void }> {
  const child = spawn(PYTHON, ['-c', `import json, sys, psutil\n${code}\nsys.stdout.flush()\nsys.stdin.read()`], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => { out += d; const nl = out.indexOf('\n'); if (nl >= 0) resolve(out.slice(0, nl)); });
    child.once('exit', () => reject(new Error(`python3-psutil failed: ${err}`)));
  });
  return { value: JSON.parse(line) as T, release: () => child.stdin.end() };
}

/**
 * A python3-psutil that stays alive and answers one Python expression per ask(), as JSON: a value
 * that moves with the rest of the machine (PSS moves whenever another process maps or drops a
 * shared page) can then be read by psutil between two of our reads, in the same world.
 */
export async function psutilSession(setup: string): Promise<{ ask<T>(expression: string): Promise<T>; release(): void }> {
  const child = spawn(PYTHON, ['-c', `import json, sys, psutil\n${setup}\nfor line in sys.stdin:\n    print(json.dumps(eval(line)), flush=True)`],
    { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let waiting: { resolve: (line: string) => void; reject: (e: Error) => void } | undefined;
  child.stderr.on('data', (d) => { err += d; });
  child.stdout.on('data', (d) => {
    out += d;
    const nl = out.indexOf('\n');
    if (nl < 0 || !waiting) return;
    const line = out.slice(0, nl);
    out = out.slice(nl + 1);
    const w = waiting;
    waiting = undefined;
    w.resolve(line);
  });
  child.once('exit', () => waiting?.reject(new Error(`python3-psutil failed: ${err}`)));
  return {
    ask: <T>(expression: string) => new Promise<T>((resolve, reject) => {
      waiting = { resolve: (line) => resolve(JSON.parse(line) as T), reject };
      child.stdin.write(`${expression.replace(/\n/g, ' ')}\n`);
    }),
    release: () => child.stdin.end(),
  };
}

/** Polls until `fn` returns something truthy and resolves with it; fails after `ms`. */
// Generous by default: a condition that holds is met at once; only a loaded 2-core machine waits long.
export async function until<T>(fn: () => T | undefined | null | false, what = 'condition', ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export interface Trapped { pid: number; signals: string[] }

/**
 * A child (trap.child.ts) that traps and reports every signal it gets, with `kids` children of its
 * own doing the same. report() pings the whole tree and lists what each process got; it fails
 * loudly when a process cannot answer (killed or stopped). Ending stdin ends the tree.
 */
export async function spawnTrap(kids = 0): Promise<{ child: ChildProcess; pid: number; kids: number[]; report(): Promise<Trapped[]>; end(): void }> {
  // out/test/unit/trap.child.js, also when this module is bundled into an integration test
  const script = [path.join(__dirname, 'trap.child.js'), path.resolve(__dirname, '..', 'unit', 'trap.child.js')].find((f) => fs.existsSync(f))!;
  const child = spawn(process.execPath, [script, String(kids)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: ((line: string) => void)[] = [];
  let buf = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (d: string) => {
    buf += d;
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
      waiting.shift()?.(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
    }
  });
  const next = (what: string, ms = 20000): Promise<string> => new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      let state = 'gone';
      try { state = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1][0]; } catch { /* gone */ }
      reject(new Error(`the trap child ${child.pid} did not answer ${what} within ${ms} ms: state ${state}, exitCode ${child.exitCode}, signalCode ${child.signalCode} (killed or stopped?)`));
    }, ms);
    waiting.push((line) => { clearTimeout(timer); resolve(line); });
    child.once('exit', (code, signal) => { clearTimeout(timer); reject(new Error(`the trap child ${child.pid} exited (code ${code}, signal ${signal}) instead of answering ${what}`)); });
  });
  const ready = JSON.parse(await next('ready')) as { pid: number; kids: number[] };
  const flatten = (r: Trapped & { kids: (Trapped & { kids: unknown[] })[] }): Trapped[] =>
    [{ pid: r.pid, signals: r.signals }, ...r.kids.flatMap((k) => flatten(k as never))];
  return {
    child, pid: ready.pid, kids: ready.kids,
    report: async () => {
      const line = next('a ping');
      child.stdin!.write('ping\n');
      return flatten(JSON.parse(await line));
    },
    end: () => { child.stdin!.end(); },
  };
}

/** The fds of this process that are open on `/proc/PID/<file>` of `pid`. */
export function statFdsOf(pid: number, file = 'stat'): number {
  let n = 0;
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    try { if (fs.readlinkSync(`/proc/self/fd/${fd}`) === `/proc/${pid}/${file}`) n++; } catch { /* closed meanwhile */ }
  }
  return n;
}

/**
 * Nanoseconds each process's threads have run (/proc/PID/task/TID/schedstat, exact, unlike the CPU
 * time in clock ticks): a process whose figure moved between two calls ran in between.
 */
export function runTimes(): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids()) {
    const ns = runTimeOf(pid);
    if (ns !== undefined) out.set(pid, ns);
  }
  return out;
}

/** runTimes() of one process; undefined once it is gone. */
export function runTimeOf(pid: number): number | undefined {
  try {
    let ns = 0;
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'latin1').split(' ', 1)[0]);
    return ns;
  } catch {
    return undefined; // gone
  }
}

/** Resolves once `pid` has added no run time for 100 ms (asleep, done with what it was doing). */
export async function untilAsleep(pid: number): Promise<void> {
  for (let last = -1, ran = 0; ran !== last; await new Promise((r) => setTimeout(r, 100))) {
    last = ran;
    ran = runTimeOf(pid) ?? -2;
  }
}

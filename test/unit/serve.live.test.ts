// `vitals serve` scraped by a real Prometheus (Debian's), beside Debian's prometheus-node-exporter
// as the anchor; and the endpoint's security defaults. test/host/prereqs.mjs installs both packages.
import assert from 'node:assert/strict';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as probe from '../../src/probe';
import { Sampler } from '../../src/monitor/sampler';
import { ExportSampler } from '../../src/export/sample';
import type { ExportStatus } from '../../src/protocol';

const CLI = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');
const WORKER = path.resolve(__dirname, '..', '..', '..', 'dist', 'worker.js');
const PROMETHEUS = '/usr/bin/prometheus';
const NODE_EXPORTER = '/usr/bin/prometheus-node-exporter';

const started: ChildProcess[] = [];
const tempDirs: string[] = [];

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-serve-'));
  tempDirs.push(d);
  return d;
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

function start(cmd: string, args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let out = '';
  child.stdout!.on('data', (d) => { out += d; });
  child.stderr!.on('data', (d) => { out += d; });
  return { child, output: () => out };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(t);
}

async function poll<T>(what: string, fn: () => Promise<T | undefined | null | false>, ms = 30000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function get(port: number, urlPath: string, headers: http.OutgoingHttpHeaders = {}, host = '127.0.0.1'): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host, port, path: urlPath, headers, agent: false, timeout: 10000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type'] ?? '') }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

async function startServe(args: string[]): Promise<{ port: number; child: ChildProcess; output: () => string }> {
  const port = await freePort();
  const s = start(process.execPath, [CLI, 'serve', '--port', String(port), ...args]);
  await poll('vitals serve to answer', async () => s.child.exitCode === null && (await get(port, '/metrics', args.includes('--token') ? { Authorization: `Bearer ${args[args.indexOf('--token') + 1]}` } : {})).status === 200);
  return { port, ...s };
}


type Vector = { metric: Record<string, string>; value?: [number, string]; values?: [number, string][] }[];

// One outer suite holds the cleanup: a root-level after() would run after leftovers.test's check.
describe('vitals serve (live)', function () {
  after(async () => {
    for (const c of started) await stop(c);
    for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true });
  });

  describe('vitals serve scraped by Prometheus, beside node_exporter', function () {
    let promPort = 0;
    let servePort = 0;
    const hostile: { child: ChildProcess; pid: number }[] = [];
    // a quote, a backslash, a newline and a byte that is not UTF-8, in the executable's name (= comm)
    const hostileName = Buffer.concat([Buffer.from('e"v\\l\nx'), Buffer.from([0xff]), Buffer.from('y')]);

    async function query(q: string, time?: number): Promise<Vector> {
      const r = await get(promPort, `/api/v1/query?query=${encodeURIComponent(q)}${time ? `&time=${time}` : ''}`);
      const j = JSON.parse(r.body) as { status: string; data: { result: Vector }; error?: string };
      if (j.status !== 'success') throw new Error(`${q}: ${j.error}`);
      return j.data.result;
    }

    before(async function () {
      assert.ok(fs.existsSync(PROMETHEUS) && fs.existsSync(NODE_EXPORTER), 'prometheus and prometheus-node-exporter are installed by test/host/prereqs.mjs');
      const dir = tempDir();
      const exe = Buffer.concat([Buffer.from(`${dir}/`), hostileName]);
      fs.copyFileSync('/bin/sleep', exe);
      fs.chmodSync(exe, 0o755);
      // sh runs it by the byte name (a JS string cannot hold the 0xff byte); exec keeps the pid
      const child = spawn('/bin/sh', ['-c', `cd "$1" && exec "./$(printf 'e"v\\\\l\\nx\\377y')" 600`, 'sh', dir], { stdio: 'ignore' });
      started.push(child);
      hostile.push({ child, pid: child.pid! });
      const quiet = spawn('/bin/sleep', ['600'], { stdio: 'ignore' });
      started.push(quiet);
      hostile.push({ child: quiet, pid: quiet.pid! });
      await poll('the hostile name to be exec\'d', async () => fs.readFileSync(`/proc/${child.pid}/stat`).includes(Buffer.from('e"v')));

      const serve = await startServe(['--interval', '1', '--max-processes', '5', '--pids', hostile.map((h) => h.pid).join(',')]);
      servePort = serve.port;
      const nePort = await freePort();
      start(NODE_EXPORTER, [`--web.listen-address=127.0.0.1:${nePort}`, '--collector.disable-defaults', '--collector.cpu', '--collector.meminfo', '--collector.netdev', '--collector.loadavg', '--collector.pressure']);
      promPort = await freePort();
      const config = path.join(dir, 'prometheus.yml');
      fs.writeFileSync(config, [
        'global: { scrape_interval: 1s, scrape_timeout: 1s }',
        'scrape_configs:',
        `  - job_name: vitals\n    static_configs: [{ targets: ['127.0.0.1:${servePort}'] }]`,
        `  - job_name: node\n    static_configs: [{ targets: ['127.0.0.1:${nePort}'] }]`,
        '',
      ].join('\n'));
      start(PROMETHEUS, [`--config.file=${config}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${promPort}`]);
      await poll('Prometheus to scrape both targets', async () => {
        const up = await query('up');
        return up.length === 2 && up.every((r) => r.value?.[1] === '1');
      }, 60000);
    });

    it('up == 1, the target reports no error, and it was scraped as OpenMetrics', async () => {
      const r = await get(promPort, '/api/v1/targets');
      const targets = (JSON.parse(r.body).data.activeTargets as { labels: { job: string }; health: string; lastError: string }[]).filter((t) => t.labels.job === 'vitals');
      assert.equal(targets.length, 1);
      assert.equal(targets[0].health, 'up');
      assert.equal(targets[0].lastError, '');
      const om = await get(servePort, '/metrics', { Accept: 'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5' });
      assert.match(om.type, /^application\/openmetrics-text; version=1\.0\.0/);
      assert.ok(om.body.endsWith('# EOF\n'));
      const gz = await new Promise<{ encoding: string; body: Buffer }>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port: servePort, path: '/metrics', agent: false, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (d: Buffer) => parts.push(d));
          res.on('end', () => resolve({ encoding: String(res.headers['content-encoding']), body: Buffer.concat(parts) }));
        }).on('error', reject);
      });
      assert.equal(gz.encoding, 'gzip');
      assert.match(zlib.gunzipSync(gz.body).toString('utf8'), /^node_memory_MemTotal_bytes \d+$/m);
    });

    it('the system series are there, MemTotal agrees with /proc/meminfo', async () => {
      for (const name of ['node_cpu_seconds_total', 'node_memory_MemTotal_bytes', 'node_memory_MemAvailable_bytes', 'node_load1', 'node_network_receive_bytes_total', 'node_boot_time_seconds', 'node_memory_SwapTotal_bytes']) {
        assert.ok((await query(`${name}{job="vitals"}`)).length > 0, `${name} is missing`);
      }
      const cpus = new Set((await query('node_cpu_seconds_total{job="vitals",mode="idle"}')).map((r) => r.metric.cpu));
      assert.equal(cpus.size, os.cpus().length);
      const kb = Number(/^MemTotal:\s+(\d+) kB/m.exec(fs.readFileSync('/proc/meminfo', 'utf8'))![1]);
      const [mt] = await query('node_memory_MemTotal_bytes{job="vitals"}');
      assert.equal(Number(mt.value![1]), kb * 1024);
    });

    it('the container series where Vitals runs in a cgroup: cAdvisor\'s names, the probe\'s readings', async () => {
      const c = probe.containerLimits();
      assert.ok(c, 'this machine runs the tests in a cgroup');
      const [ws] = await query('container_memory_working_set_bytes{job="vitals"}');
      assert.ok(ws && Number(ws.value![1]) > 0, 'the working set is exported');
      const limit = await query('container_spec_memory_limit_bytes{job="vitals"}');
      assert.equal(limit.length, c.memoryLimit === null ? 0 : 1, 'no limit is no series');
      if (c.throttledTime !== null) assert.equal((await query('container_cpu_cfs_throttled_seconds_total{job="vitals"}')).length, 1);
      if (c.cpuUsage !== null) {
        const [u] = await query('container_cpu_usage_seconds_total{job="vitals"}');
        assert.ok(Number(u.value![1]) <= probe.containerLimits()!.cpuUsage!, 'a counter sampled before now is not ahead of now');
      }
    });

    it('process series carry the right pids and names, hostile ones included', async () => {
      for (const h of hostile) {
        const rows = await poll(`pid ${h.pid}`, async () => { const v = await query(`vitals_process_resident_memory_bytes{job="vitals",pid="${h.pid}"}`); return v.length ? v : undefined; });
        assert.equal(rows.length, 1);
        assert.equal(rows[0].metric.name, new probe.Process(h.pid).name(), 'the name label is the probe\'s name, byte for byte');
        assert.ok(Number(rows[0].value![1]) > 0);
      }
      const [evil] = await query(`vitals_process_threads{job="vitals",pid="${hostile[0].pid}"}`);
      assert.equal(evil.metric.name, 'e"v\\l\nx\uFFFDy');
      assert.ok((await query('vitals_process_cpu_seconds_total{job="vitals"}')).length <= 5 * 2, '--max-processes bounds the series');
    });

    it('a counter only grows', async () => {
      const rows = await poll('10 s of scrapes', async () => {
        const v = await query('node_cpu_seconds_total{job="vitals",cpu="0"}[15s]');
        return v.length >= 4 && v.every((r) => r.values!.length >= 8) ? v : undefined;
      });
      let moved = 0;
      for (const r of rows) {
        const values = r.values!.map(([, v]) => Number(v));
        for (let i = 1; i < values.length; i++) assert.ok(values[i] >= values[i - 1], `${r.metric.mode}: ${values[i]} after ${values[i - 1]}`);
        moved += values[values.length - 1] - values[0];
      }
      assert.ok(moved > 0, 'cpu 0\'s time moves over 8 s');
      assert.equal((await query('resets(node_network_receive_bytes_total{job="vitals",device="lo"}[1m])'))[0].value![1], '0');
    });

    it('every query of the shipped Grafana dashboard (media/grafana-dashboard.json) runs, and the system and process panels have data', async () => {
      const dash = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'media', 'grafana-dashboard.json'), 'utf8')) as { panels: { title: string; targets: { expr: string }[] }[] };
      const mustHaveData = /^(CPU busy|Memory|Load average|Network|Processes|Vitals)/;
      const bad = new Set<string>();
      const emptyPanels = async (): Promise<string[]> => {
        const empty: string[] = [];
        for (const p of dash.panels) {
          for (const t of p.targets) {
            const expr = t.expr.replaceAll('$__rate_interval', '5s').replaceAll('$job', 'vitals').replaceAll('$instance', '.*');
            const r = await get(promPort, `/api/v1/query?query=${encodeURIComponent(expr)}`);
            const j = JSON.parse(r.body) as { status: string; data: { result: unknown[] }; error?: string };
            if (j.status !== 'success') bad.add(`${p.title}: ${expr}: ${j.error}`);
            else if (!j.data.result.length && mustHaveData.test(p.title)) empty.push(`${p.title}: ${expr}`);
          }
        }
        return empty;
      };
      let empty: string[] = [];
      // rate() needs two scrapes inside its window
      await poll('data in every system and process panel', async () => { empty = await emptyPanels(); return empty.length === 0 || bad.size > 0; }, 20000)
        .catch(() => undefined);
      assert.deepEqual([...bad], [], 'PromQL errors');
      assert.deepEqual(empty, [], 'panels without data');
    });

    it('agrees with node_exporter within the time between scrapes: memory, cpu seconds by mode, network bytes', async () => {
      const nics = (await query('node_network_receive_bytes_total{job="node"}')).map((r) => r.metric.device);
      assert.ok(nics.length > 0, 'node_exporter lists a network device');
      const series = [
        'node_memory_MemTotal_bytes', 'node_memory_MemAvailable_bytes',
        ...['user', 'system', 'idle', 'iowait'].map((m) => `node_cpu_seconds_total{cpu="0",mode="${m}"`),
        ...nics.flatMap((d) => [`node_network_receive_bytes_total{device="${d}"`, `node_network_transmit_bytes_total{device="${d}"`]),
        // PSI, where this kernel has it (node_exporter reads /proc/pressure too)
        ...(fs.existsSync('/proc/pressure/cpu') ? ['node_pressure_cpu_waiting_seconds_total', 'node_pressure_io_waiting_seconds_total', 'node_pressure_memory_stalled_seconds_total'] : []),
      ];
      const sel = (s: string, job: string): string => (s.includes('{') ? `${s},job="${job}"}` : `${s}{job="${job}"}`);
      // node_exporter's samples over 15 s bracket Vitals' latest (sampled at most a second before its scrape),
      // widened by twice the biggest step between two of node_exporter's consecutive scrapes
      const disagreements = async (): Promise<string[]> => {
        const t = Date.now() / 1000;
        const out: string[] = [];
        for (const s of series) {
          const [v] = await query(sel(s, 'vitals'), t);
          const [n] = await query(`${sel(s, 'node')}[15s]`, t);
          if (!v || !n) { out.push(`${s}: missing (${!v ? 'vitals' : 'node'})`); continue; }
          const x = Number(v.value![1]);
          const ns = n.values!.map(([, y]) => Number(y));
          let step = 0;
          for (let i = 1; i < ns.length; i++) step = Math.max(step, Math.abs(ns[i] - ns[i - 1]));
          const lo = Math.min(...ns) - 2 * step - 1e-9;
          const hi = Math.max(...ns) + 2 * step + 1e-9;
          if (x < lo || x > hi) out.push(`${s}: vitals ${x} outside node_exporter's [${lo}, ${hi}]`);
        }
        return out;
      };
      let last: string[] = [];
      await poll('agreement', async () => { last = await disagreements(); return last.length === 0; }, 20000).catch(() => {
        throw new Error(`Vitals and node_exporter disagree:\n${last.join('\n')}`);
      });
    });
  });

  describe('vitals serve: which processes', function () {
    it('--pids and --match come first, then the busiest, cut at --max-processes; an exited process drops out', async () => {
      const a = spawn('/bin/sleep', ['600'], { stdio: 'ignore' });
      const b = spawn('/bin/sleep', ['600'], { stdio: 'ignore', argv0: 'vitals-match-me' });
      started.push(a, b);
      await poll('the renamed sleep', async () => fs.readFileSync(`/proc/${b.pid}/cmdline`, 'utf8').startsWith('vitals-match-me'));
      const sampler = new ExportSampler();
      const snap = sampler.sample({ maxProcesses: 3, pids: [a.pid!], match: /vitals-match-me/ });
      const pids = snap.processes.map((p) => p.pid);
      assert.equal(pids.length, 3);
      assert.deepEqual(new Set(pids.slice(0, 2)), new Set([a.pid, b.pid]), 'the pinned ones first');
      assert.ok(snap.processesSeen > 3);
      assert.deepEqual(sampler.sample({ maxProcesses: 0, pids: [a.pid!] }).processes, []);

      const s = await startServe(['--interval', '0.25', '--max-processes', '10', '--pids', String(a.pid)]);
      assert.match((await get(s.port, '/metrics')).body, new RegExp(`pid="${a.pid}"`));
      await stop(a);
      await poll('the exited process to drop out', async () => !(await get(s.port, '/metrics')).body.includes(`pid="${a.pid}"`));
      assert.match((await get(s.port, '/metrics')).body, /^vitals_processes_exported 10$/m);
      await stop(s.child);
    });
  });

  describe('vitals serve: security defaults and robustness', function () {
    const outside = Object.values(os.networkInterfaces()).flat().find((a) => a && !a.internal && a.family === 'IPv4')?.address;

    it('listens on 127.0.0.1 only unless --host says otherwise', async () => {
      assert.ok(outside, 'this test needs a non-loopback IPv4 address on the machine');
      const local = await startServe(['--interval', '5', '--max-processes', '0']);
      assert.match(local.output(), /http:\/\/127\.0\.0\.1:\d+\/metrics/);
      await assert.rejects(get(local.port, '/metrics', {}, outside), /ECONNREFUSED/);
      // DNS rebinding: a page whose name resolves to 127.0.0.1 sends its own name as Host
      assert.equal((await get(local.port, '/metrics', { Host: 'evil.example:80' })).status, 403);
      assert.equal((await get(local.port, '/metrics', { Host: `localhost:${local.port}` })).status, 200);
      await stop(local.child);
      const open = await startServe(['--interval', '5', '--max-processes', '0', '--host', '0.0.0.0']);
      assert.equal((await get(open.port, '/metrics', {}, outside)).status, 200, 'reachable from outside when asked');
      assert.equal((await get(open.port, '/metrics', { Host: 'vitals.example' }, outside)).status, 200, 'by any name');
      await stop(open.child);
    });

    it('--token: 401 without it or with a wrong one, 200 with it; the token can come from a file', async () => {
      const s = await startServe(['--interval', '5', '--max-processes', '0', '--token', 's3cret']);
      assert.equal((await get(s.port, '/metrics')).status, 401);
      assert.equal((await get(s.port, '/metrics', { Authorization: 'Bearer s3cre' })).status, 401);
      assert.equal((await get(s.port, '/metrics', { Authorization: 'Bearer s3cret0' })).status, 401);
      assert.equal((await get(s.port, '/metrics', { Authorization: 's3cret' })).status, 401);
      assert.equal((await get(s.port, '/', {})).status, 401);
      const ok = await get(s.port, '/metrics', { Authorization: 'Bearer s3cret' });
      assert.equal(ok.status, 200);
      assert.match(ok.body, /^node_memory_MemTotal_bytes \d+$/m);
      await stop(s.child);
      const file = path.join(tempDir(), 'token');
      fs.writeFileSync(file, 'from-a-file\n');
      const f = await startServe(['--interval', '5', '--max-processes', '0', '--token-file', file, '--token', 'from-a-file']);
      assert.equal((await get(f.port, '/metrics')).status, 401);
      await stop(f.child);
    });

    it('/ is a one-line help page, anything else 404, other methods 405; a bad flag is refused', async () => {
      const s = await startServe(['--interval', '5', '--max-processes', '0']);
      const home = await get(s.port, '/');
      assert.equal(home.status, 200);
      assert.equal(home.body.trim().split('\n').length, 1);
      assert.match(home.body, /\/metrics/);
      assert.equal((await get(s.port, '/metricsx')).status, 404);
      assert.equal((await get(s.port, '/../etc/passwd')).status, 404);
      const post = await new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: s.port, path: '/metrics', method: 'POST', agent: false }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
        req.on('error', reject);
        req.end('x');
      });
      assert.equal(post, 405);
      await stop(s.child);
      const bad = spawnSync(process.execPath, [CLI, 'serve', '--port', 'http'], { encoding: 'utf8' });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--port must be an integer/);
    });

    it('1,000 concurrent connections do not crash it; it still answers after, and SIGTERM ends it with 0', async () => {
      const s = await startServe(['--interval', '1', '--max-processes', '50']);
      const sockets: net.Socket[] = [];
      const settled: Promise<void>[] = [];
      const opened: Promise<void>[] = [];
      for (let i = 0; i < 1000; i++) {
        const sock = net.connect(s.port, '127.0.0.1');
        sockets.push(sock);
        opened.push(new Promise((resolve) => { sock.once('connect', () => resolve()); sock.once('close', () => resolve()); }));
        settled.push(new Promise((resolve) => {
          sock.on('error', () => resolve());
          sock.on('close', () => resolve());
          sock.on('connect', () => sock.write(i % 2 ? 'GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n' : 'GET /metr')); // half never finish their request
          sock.on('data', () => undefined);
        }));
      }
      await Promise.all(opened);
      assert.equal(s.child.exitCode, null, 'still running with 1,000 connections open');
      for (const sock of sockets) sock.destroy();
      await Promise.all(settled);
      const after = await get(s.port, '/metrics');
      assert.equal(after.status, 200);
      const exited = new Promise<number | null>((r) => s.child.once('exit', (code) => r(code)));
      s.child.kill('SIGTERM');
      assert.equal(await exited, 0);
    });
  });

  describe('the extension\'s endpoint (vitals.export.*), served from the sampler\'s worker thread', function () {
    it('is off until asked, then serves the editor\'s processes labelled with their role on 127.0.0.1, and stops again', async () => {
      const port = await freePort();
      const statuses: ExportStatus[] = [];
      const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 250, roots: [process.pid] }, log: () => {} });
      s.onExportStatus((st) => statuses.push(st));
      try {
        s.start();
        await new Promise<void>((r) => { const sub = s.onSnapshot(() => { sub.dispose(); r(); }); });
        await assert.rejects(get(port, '/metrics'), /ECONNREFUSED/, 'off by default');
        s.configure({ exportPort: port });
        await poll('the endpoint to start', async () => statuses.some((st) => st.url === `http://127.0.0.1:${port}/metrics`));
        const rows = await poll('this process in the export', async () => {
          const r = await get(port, '/metrics');
          return r.status === 200 && r.body.includes(`pid="${process.pid}"`) ? r.body : undefined;
        });
        // the role is the editor tree's label for the process (its rules are processRoles' tests)
        const self = s.last!.processes.find((p) => p.pid === process.pid)!;
        const role = self.label ?? self.kind;
        assert.ok(role);
        assert.match(rows, new RegExp(`^vitals_process_resident_memory_bytes\\{pid="${process.pid}",name="[^"]*",role="${role}"\\} \\d+$`, 'm'));
        assert.match(rows, /^node_memory_MemTotal_bytes \d+$/m);
        const outside = Object.values(os.networkInterfaces()).flat().find((a) => a && !a.internal && a.family === 'IPv4')?.address;
        assert.ok(outside);
        await assert.rejects(get(port, '/metrics', {}, outside), /ECONNREFUSED/, 'loopback only');
        s.configure({ exportPort: null });
        await poll('the endpoint to stop', async () => statuses.at(-1)?.url === null);
        await assert.rejects(get(port, '/metrics'), /ECONNREFUSED/);
      } finally {
        await s.dispose(30000);
      }
    });

    it('a port already taken is reported, not thrown', async () => {
      const blocker = net.createServer();
      await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
      const port = (blocker.address() as net.AddressInfo).port;
      const logs: string[] = [];
      const s = new Sampler({ workerPath: WORKER, config: { intervalMs: 1000, roots: [], exportPort: port }, log: (m) => logs.push(m) });
      try {
        const status = new Promise<ExportStatus>((r) => s.onExportStatus(r));
        s.start();
        const st = await status;
        assert.equal(st.url, null);
        assert.match(st.error ?? '', /EADDRINUSE/);
        assert.ok(logs.some((l) => /metrics export: .*EADDRINUSE/.test(l)));
      } finally {
        await s.dispose(30000);
        await new Promise((r) => blocker.close(r));
      }
    });
  });
});

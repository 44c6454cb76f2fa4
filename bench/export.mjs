// The /metrics endpoint with 300 processes exported: scrape latency and bytes (each format), the
// serving thread's CPU per scrape, and what rendering and sampling cost, as ratios against
// baselines measured in this run: the same server's one-line `/` page (HTTP with no metrics),
// and one /proc/stat read. Run: `npm run bench export` (or, built, `node bench/export.mjs`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { timeIt } = require('./timeIt.cjs');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(root, 'dist', 'cli.js');
const TICKS = 100; // USER_HZ on Linux
const EXPORTED = 300;

const freePort = () => new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

function get(port, p, accept, gzip = false) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: p, agent: false, headers: { ...(accept ? { Accept: accept } : {}), ...(gzip ? { 'Accept-Encoding': 'gzip' } : {}) } }, (res) => {
      let n = 0;
      res.on('data', (d) => { n += d.length; });
      res.on('end', () => resolve({ status: res.statusCode, bytes: n }));
    }).on('error', reject);
  });
}

const cpuSeconds = (pid) => {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / TICKS;
};

async function latency(port, p, accept, n, gzip = false) {
  const ms = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = await get(port, p, accept, gzip);
    ms.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`${p}: HTTP ${r.status}`);
    bytes = r.bytes;
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(n / 2)], p95: ms[Math.floor(n * 0.95)], bytes };
}

export async function benchExport() {
  // enough processes on the machine that 300 are exported
  const extra = [];
  const count = () => fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).length;
  for (let need = EXPORTED + 10 - count(); need > 0; need--) extra.push(spawn('/bin/sleep', ['600'], { stdio: 'ignore' }));
  const port = await freePort();
  // one sample (interval 1 h): what is measured below is serving, not sampling
  const serve = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--interval', '3600', '--max-processes', String(EXPORTED)], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    for (let i = 0; ; i++) {
      try { if ((await get(port, '/metrics')).status === 200) break; } catch { /* not up yet */ }
      if (i > 300) throw new Error('vitals serve did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
    const N = 300;
    await latency(port, '/', undefined, 50); // warm-up
    const base = await latency(port, '/', undefined, N);
    const text = await latency(port, '/metrics', undefined, N);
    const om = await latency(port, '/metrics', 'application/openmetrics-text;version=1.0.0', N);
    const PROM = 'application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1';
    const gz = await latency(port, '/metrics', PROM, N, true);

    // the serving process's CPU per scrape, less what the same wall time costs it idle
    const idle0 = cpuSeconds(serve.pid);
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, 2000));
    const idleRate = (cpuSeconds(serve.pid) - idle0) / ((performance.now() - t0) / 1000);
    const c0 = cpuSeconds(serve.pid);
    const w0 = performance.now();
    const SCRAPES = 1000;
    for (let i = 0; i < SCRAPES; i++) await get(port, '/metrics', PROM, true);
    const wall = (performance.now() - w0) / 1000;
    const perScrape = Math.max(0, cpuSeconds(serve.pid) - c0 - idleRate * wall) / SCRAPES;
    const c1 = cpuSeconds(serve.pid);
    for (let i = 0; i < SCRAPES; i++) await get(port, '/');
    const perHelp = (cpuSeconds(serve.pid) - c1) / SCRAPES;

    // render and sample, in this process: the worker's added CPU per tick when export is on
    const { ExportSampler } = require(path.join(root, 'out', 'bench', 'exportEntry.js'));
    const { families, render } = require(path.join(root, 'out', 'bench', 'exportEntry.js'));
    const sampler = new ExportSampler();
    sampler.sample({ maxProcesses: EXPORTED });
    const snap = sampler.sample({ maxProcesses: EXPORTED });
    const renderUs = timeIt(() => render(families(snap), 'prometheus'), 20, 7);
    const sampleAllUs = timeIt(() => sampler.sample({ maxProcesses: EXPORTED }), 2, 5);
    const editor = snap.processes.slice(0, 20).map((p) => ({ pid: p.pid, role: 'editor' }));
    const sampleEditorUs = timeIt(() => sampler.sample({ maxProcesses: 100, editor }), 10, 5);
    const statUs = timeIt(() => fs.readFileSync('/proc/stat'), 200, 7);

    // the extension's worker: the same server inside the sampler's thread; the scrapes come from
    // another process so that only the serving side's CPU is counted in this one
    const { Sampler } = require(path.join(root, 'out', 'bench', 'exportEntry.js'));
    const wport = await freePort();
    const sampler2 = new Sampler({ workerPath: path.join(root, 'dist', 'worker.js'), config: { intervalMs: 3600_000, roots: [process.pid], exportPort: wport }, log: () => {} });
    sampler2.start();
    for (let i = 0; ; i++) {
      try { if ((await get(wport, '/metrics')).status === 200) break; } catch { /* not up yet */ }
      if (i > 300) throw new Error('the worker endpoint did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
    const tasks = () => new Map(fs.readdirSync('/proc/self/task').map((t) => [t, cpuSeconds(`self/task/${t}`)]));
    const clientScript = `const http=require('http');let n=0;const go=()=>http.get({host:'127.0.0.1',port:${wport},path:'/metrics',agent:false,headers:{'Accept-Encoding':'gzip',Accept:'${PROM}'}},(r)=>{r.resume();r.on('end',()=>{if(++n<${SCRAPES})go();});});go();`;
    const before = tasks();
    const wt0 = performance.now();
    await new Promise((resolve) => spawn(process.execPath, ['-e', clientScript], { stdio: 'ignore' }).once('exit', resolve));
    const wwall = (performance.now() - wt0) / 1000;
    let busiest = 0;
    let all = 0;
    for (const [t, c] of tasks()) { const d = c - (before.get(t) ?? c); all += d; busiest = Math.max(busiest, d); }
    await sampler2.dispose();
    const workerPerScrape = busiest / SCRAPES;

    const f = (x) => x.toFixed(2);
    console.log(`\nexport: /metrics with ${snap.processes.length} processes exported (${snap.processesSeen} on the machine)`);
    console.log(`  baseline: GET / (same server, one line)      median ${f(base.median)} ms  p95 ${f(base.p95)} ms`);
    console.log(`  GET /metrics, text 0.0.4                     median ${f(text.median)} ms  p95 ${f(text.p95)} ms  ${text.bytes} bytes  x${f(text.median / base.median)} the baseline`);
    console.log(`  GET /metrics, OpenMetrics 1.0.0              median ${f(om.median)} ms  p95 ${f(om.p95)} ms  ${om.bytes} bytes  x${f(om.median / base.median)} the baseline`);
    console.log(`  GET /metrics as Prometheus asks (gzip, OM)   median ${f(gz.median)} ms  p95 ${f(gz.p95)} ms  ${gz.bytes} bytes  x${f(gz.median / base.median)} the baseline`);
    console.log(`  serving CPU per scrape (gzip, cached)        ${f(perScrape * 1e6)} µs (GET /: ${f(perHelp * 1e6)} µs, x${f(perScrape / Math.max(perHelp, 1e-9))})  [resolution ${1e6 / TICKS / SCRAPES} µs]`);
    console.log(`  extension worker: CPU per scrape (its thread) ${f(workerPerScrape * 1e6)} µs; whole extension process ${f(all / SCRAPES * 1e6)} µs; ${SCRAPES} scrapes in ${f(wwall)} s`);
    console.log(`  render (families + text), once per sample    ${f(renderUs / 1000)} ms = x${f(renderUs / statUs)} a /proc/stat read`);
    console.log(`  sample: system + all processes, top ${EXPORTED}    ${f(sampleAllUs / 1000)} ms = x${f(sampleAllUs / statUs)} a /proc/stat read  (vitals serve, per --interval)`);
    console.log(`  sample: system + 20 editor processes         ${f(sampleEditorUs / 1000)} ms = x${f(sampleEditorUs / statUs)} a /proc/stat read  (the extension's worker, per tick while vitals.export.enabled)`);
  } finally {
    serve.kill('SIGTERM');
    for (const c of extra) c.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchExport();

// `vitals serve` on Windows (under Wine): the same endpoint over the Windows backend.
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function get(port: number, p: string): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: p, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type']) }));
    }).on('error', reject);
  });
}

describe('vitals serve on Windows', function () {
  let child: ChildProcess | undefined;
  after(() => { child?.kill(); });

  it('serves /metrics from the Windows backend: memory, cpu seconds per cpu, this process by pid; / and 404', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
    });
    const cli = path.resolve(__dirname, '../../../dist/cli.js');
    child = spawn(process.execPath, [cli, 'serve', '--port', String(port), '--interval', '1', '--max-processes', '5', '--pids', String(process.pid)], { stdio: 'ignore' });
    let metrics = '';
    const end = Date.now() + 30000;
    for (;;) {
      try {
        const r = await get(port, '/metrics');
        if (r.status === 200) { metrics = r.body; assert.match(r.type, /^text\/plain; version=0\.0\.4/); break; }
      } catch { /* not listening yet */ }
      if (Date.now() > end) throw new Error('vitals serve did not answer within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(metrics, new RegExp(`^node_memory_MemTotal_bytes ${os.totalmem()}$`, 'm'), 'GlobalMemoryStatusEx, as os.totalmem()');
    const cpus = new Set([...metrics.matchAll(/^node_cpu_seconds_total\{cpu="(\d+)",mode="idle"\}/gm)].map((m) => m[1]));
    assert.equal(cpus.size, os.cpus().length);
    assert.match(metrics, new RegExp(`^vitals_process_resident_memory_bytes\\{pid="${process.pid}",name="node\\.exe"\\} \\d+$`, 'm'));
    assert.match(metrics, /^node_network_receive_bytes_total\{device="[^"]+"\} \d+$/m);
    assert.equal((await get(port, '/')).status, 200);
    assert.equal((await get(port, '/nope')).status, 404);
  });
});

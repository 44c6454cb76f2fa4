import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import * as vscode from 'vscode';
import type { VitalsApi } from '../../src/extension';
import { History } from '../../src/monitor/history';
import { decodeHistory, encodeHistory } from '../../src/monitor/historyCodec';
import { until } from '../unit/helpers';

function get(port: number, p: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: p, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

async function poll<T>(what: string, fn: () => Promise<T | undefined | false>, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try { const v = await fn(); if (v) return v; } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Vitals export in a real VS Code extension host', () => {
  let api: VitalsApi;
  before(async () => {
    api = await vscode.extensions.getExtension<VitalsApi>('vitals.vitals')!.activate();
  });
  after(async () => {
    await vscode.workspace.getConfiguration('vitals.export').update('enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('vitals.export').update('port', undefined, vscode.ConfigurationTarget.Global);
  });

  it('vitals.export.enabled serves /metrics on 127.0.0.1 from the worker, the extension host labelled by role; the tooltip says where', async () => {
    assert.equal(api.sampler.exportStatus.url, null, 'off by default');
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => { const p = (s.address() as net.AddressInfo).port; s.close(() => resolve(p)); });
    });
    const url = `http://127.0.0.1:${port}/metrics`;
    await vscode.workspace.getConfiguration('vitals.export').update('port', port, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('vitals.export').update('enabled', true, vscode.ConfigurationTarget.Global);
    await poll('the endpoint', async () => api.sampler.exportStatus.url === url);
    const body = await poll('the extension host in /metrics', async () => {
      const r = await get(port, '/metrics');
      return r.status === 200 && r.body.includes(`pid="${process.pid}"`) ? r.body : undefined;
    });
    assert.match(body, new RegExp(`^vitals_process_cpu_seconds_total\\{pid="${process.pid}",name="[^"]*",role="extension host",mode="user"\\} [\\d.e+-]+$`, 'm'));
    assert.match(body, /^node_memory_MemTotal_bytes \d+$/m);
    await poll('the tooltip line', async () => api.statusBar().find((i) => i.id === 'vitals.cpu')?.tooltip.includes(`Prometheus metrics: on at \`${url}\``));
    await vscode.workspace.getConfiguration('vitals.export').update('enabled', false, vscode.ConfigurationTarget.Global);
    await poll('the endpoint to stop', async () => api.sampler.exportStatus.url === null);
    await assert.rejects(get(port, '/metrics'), /ECONNREFUSED/);
    await poll('the tooltip line to go', async () => !api.statusBar().find((i) => i.id === 'vitals.cpu')?.tooltip.includes('Prometheus metrics'));
  });

  it('the history rings are saved in global storage in the binary format, the same points the charts hold', async () => {
    await api.nextSnapshot();
    const file = await api.saveHistory();
    assert.ok(file, 'global storage is a local folder here');
    const d = decodeHistory(fs.readFileSync(file));
    const h = api.history();
    // a tick may have landed since the save: the saved points are the charts' points up to it
    const ht = [...h.time.toArray()];
    const dt = [...d.time];
    const k = ht.indexOf(dt[0]);
    assert.ok(dt.length > 0 && k >= 0, 'the oldest saved point is still charted');
    assert.deepEqual(ht.slice(k, k + dt.length), dt.slice(0, ht.length - k));
    assert.deepEqual(d.series.map(([n]) => n), [...h.series.keys()]);
  });
});

describe('Vitals history across a reload, in a real VS Code extension host', () => {
  let api: VitalsApi;
  before(async () => {
    api = await vscode.extensions.getExtension<VitalsApi>('vitals.vitals')!.activate();
  });

  it('a saved file is read back ahead of the live points (as on activate); a foreign file is ignored and then overwritten', async () => {
    // earlier files filled the rings with their ticks, and a full ring has no room ahead of the live
    // points: a new historyMinutes starts new, empty rings (restored when the test ends)
    const settings = vscode.workspace.getConfiguration('vitals');
    const minutes = settings.get<number>('historyMinutes')!;
    const oldCapacity = api.history().capacity;
    await settings.update('historyMinutes', minutes + 1, vscode.ConfigurationTarget.Global);
    try {
      await until(() => api.history().capacity !== oldCapacity, 'new history rings');
      await readBack();
    } finally {
      await settings.update('historyMinutes', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  async function readBack(): Promise<void> {
    await api.nextSnapshot();
    const file = (await api.saveHistory())!;
    const live = api.history();
    const first = live.time.at(0);
    // a history from before the "reload": 5 points, 10 s apart, ending 10 s before the first live point
    const before = new History(live.capacity);
    for (let i = 5; i >= 1; i--) before.push(first - 10 * i, { cpu: 40 + i, memory: 50 });
    fs.writeFileSync(file, encodeHistory(before));
    const r = await api.test.restoreHistory();
    assert.equal(r.restored, 5);
    const times = [...api.history().time.toArray()];
    assert.deepEqual(times.slice(0, 5), [first - 50, first - 40, first - 30, first - 20, first - 10]);
    assert.ok(times.includes(first), 'the live points follow');
    assert.deepEqual([...api.history().get('cpu')!.toArray()].slice(0, 5), [45, 44, 43, 42, 41]);

    fs.writeFileSync(file, 'PK\x03\x04 not a history file at all, but long enough');
    const bad = await api.test.restoreHistory();
    assert.equal(bad.restored, 0);
    assert.match(bad.error ?? '', /not a Vitals history file/);
    await api.saveHistory();
    assert.ok(decodeHistory(fs.readFileSync(file)).time.length > 0, 'the next save replaces it');
  }
});

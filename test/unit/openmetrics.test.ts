import assert from 'node:assert/strict';
import { CONTENT_TYPE, escapeHelp, escapeLabelValue, formatValue, MetricFamily, negotiate, render } from '../../src/export/openmetrics';
import { ExportSnapshot, families } from '../../src/export/metrics';
import { hostAllowed, tokenMatches } from '../../src/export/server';
import { createHash } from 'node:crypto';

const counter: MetricFamily = { name: 'node_cpu_seconds', type: 'counter', help: 'Seconds the CPUs spent in each mode.', samples: [
  { labels: [['cpu', '0'], ['mode', 'idle']], value: 12.5 },
  { labels: [['cpu', '0'], ['mode', 'user']], value: 3 },
] };
const gauge: MetricFamily = { name: 'node_memory_MemTotal_bytes', type: 'gauge', help: 'MemTotal.', samples: [{ value: 8e9 }] };

describe('exposition: escaping', () => {
  it('escapes backslash, double quote and newline in label values, and nothing else', () => {
    assert.equal(escapeLabelValue('a"b'), 'a\\"b');
    assert.equal(escapeLabelValue('a\\b'), 'a\\\\b');
    assert.equal(escapeLabelValue('a\nb'), 'a\\nb');
    assert.equal(escapeLabelValue('\\"\n'), '\\\\\\"\\n');
    assert.equal(escapeLabelValue('tab\there {x} =,'), 'tab\there {x} =,');
    assert.equal(escapeLabelValue('naïve 😀'), 'naïve 😀');
  });

  it('makes text that is not valid Unicode valid: lone surrogates become U+FFFD, pairs stay', () => {
    assert.equal(escapeLabelValue('a\uD800b'), 'a\uFFFDb');
    assert.equal(escapeLabelValue('\uDC00x\uD83D'), '\uFFFDx\uFFFD');
    assert.equal(escapeLabelValue('\uD83D\uDE00'), '😀');
    // undecodable bytes arrive from the probe as U+FFFD already (Buffer utf8 decoding); they pass through
    const decoded = Buffer.from([0x62, 0xff, 0xfe, 0x61]).toString('utf8');
    assert.equal(escapeLabelValue(decoded), 'b\uFFFD\uFFFDa');
    assert.ok(Buffer.from(render([{ name: 'x', type: 'gauge', help: 'h', samples: [{ labels: [['name', 'a\uD800']], value: 1 }] }], 'prometheus'), 'utf8').toString('utf8').includes('a\uFFFD'));
  });

  it('HELP escapes backslash and newline, and in OpenMetrics double quotes too', () => {
    assert.equal(escapeHelp('a\\b\nc"d', 'prometheus'), 'a\\\\b\\nc"d');
    assert.equal(escapeHelp('a\\b\nc"d', 'openmetrics'), 'a\\\\b\\nc\\"d');
  });

  it('writes special values as both formats spell them', () => {
    assert.equal(formatValue(NaN), 'NaN');
    assert.equal(formatValue(Infinity), '+Inf');
    assert.equal(formatValue(-Infinity), '-Inf');
    assert.equal(formatValue(0.25), '0.25');
    assert.equal(formatValue(2 ** 53), '9007199254740992');
  });
});

describe('exposition: formats', () => {
  it('0.0.4 text: HELP and TYPE name the counter with _total, samples follow, no EOF', () => {
    assert.equal(render([counter, gauge], 'prometheus'), [
      '# HELP node_cpu_seconds_total Seconds the CPUs spent in each mode.',
      '# TYPE node_cpu_seconds_total counter',
      'node_cpu_seconds_total{cpu="0",mode="idle"} 12.5',
      'node_cpu_seconds_total{cpu="0",mode="user"} 3',
      '# HELP node_memory_MemTotal_bytes MemTotal.',
      '# TYPE node_memory_MemTotal_bytes gauge',
      'node_memory_MemTotal_bytes 8000000000',
      '',
    ].join('\n'));
  });

  it('OpenMetrics: HELP and TYPE name the family, samples carry _total, ends with # EOF', () => {
    assert.equal(render([counter, gauge], 'openmetrics'), [
      '# HELP node_cpu_seconds Seconds the CPUs spent in each mode.',
      '# TYPE node_cpu_seconds counter',
      'node_cpu_seconds_total{cpu="0",mode="idle"} 12.5',
      'node_cpu_seconds_total{cpu="0",mode="user"} 3',
      '# HELP node_memory_MemTotal_bytes MemTotal.',
      '# TYPE node_memory_MemTotal_bytes gauge',
      'node_memory_MemTotal_bytes 8000000000',
      '# EOF',
      '',
    ].join('\n'));
    assert.equal(render([], 'openmetrics'), '# EOF\n');
  });

  it('leaves out families without samples and counter samples that are negative or not finite', () => {
    const text = render([{ ...counter, samples: [{ value: -1 }, { value: NaN }, { value: 2, labels: [['a', 'b']] }] }, { ...gauge, samples: [] }], 'prometheus');
    assert.equal(text, '# HELP node_cpu_seconds_total Seconds the CPUs spent in each mode.\n# TYPE node_cpu_seconds_total counter\nnode_cpu_seconds_total{a="b"} 2\n');
  });

  it('refuses metric and label names Prometheus would reject, and counters named with _total', () => {
    assert.throws(() => render([{ ...gauge, name: 'bad-name' }], 'prometheus'), /invalid metric name/);
    assert.throws(() => render([{ ...gauge, samples: [{ labels: [['__x', 'y']], value: 1 }] }], 'prometheus'), /invalid label name/);
    assert.throws(() => render([{ ...gauge, samples: [{ labels: [['a b', 'y']], value: 1 }] }], 'prometheus'), /invalid label name/);
    assert.throws(() => render([{ ...counter, name: 'x_total' }], 'prometheus'), /without _total/);
  });

  it('a hostile process name stays one line, one label value', () => {
    const name = 'evil"} 1\nnode_load1 999\n# EOF\\';
    const text = render([{ name: 'vitals_process_threads', type: 'gauge', help: 'h', samples: [{ labels: [['pid', '7'], ['name', name]], value: 3 }] }], 'openmetrics');
    const lines = text.split('\n');
    assert.equal(lines.length, 5); // HELP, TYPE, the sample, # EOF, ''
    assert.equal(lines[2], 'vitals_process_threads{pid="7",name="evil\\"} 1\\nnode_load1 999\\n# EOF\\\\"} 3');
    assert.equal(lines.filter((l) => l === '# EOF').length, 1);
  });

  it('content types and Accept negotiation', () => {
    assert.equal(CONTENT_TYPE.prometheus, 'text/plain; version=0.0.4; charset=utf-8');
    assert.equal(CONTENT_TYPE.openmetrics, 'application/openmetrics-text; version=1.0.0; charset=utf-8');
    // what Prometheus 2.x sends
    assert.equal(negotiate('application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1'), 'openmetrics');
    assert.equal(negotiate('text/plain;version=0.0.4;q=1,application/openmetrics-text;version=1.0.0;q=0.5'), 'prometheus');
    assert.equal(negotiate('application/openmetrics-text; version=0.0.1'), 'prometheus');
    assert.equal(negotiate('application/openmetrics-text;q=0'), 'prometheus');
    assert.equal(negotiate('application/openmetrics-text'), 'openmetrics');
    assert.equal(negotiate(undefined), 'prometheus');
    assert.equal(negotiate('*/*'), 'prometheus');
    assert.equal(negotiate('garbage;;;=,'), 'prometheus');
  });
});

describe('exposition: what Vitals exports', () => {
  const snap: ExportSnapshot = {
    cpu: [{ id: 0, times: { user: 1, nice: 0, system: 2, idle: 3, iowait: 0.5, irq: 0, softirq: 0, steal: null, guest: 0.25, guestNice: null } }, { id: 2, times: { user: 1, nice: 0, system: 2, idle: 3, iowait: null, irq: null, softirq: null, steal: null, guest: null, guestNice: null } }],
    memory: { total: 1000, available: 600, percent: 40, used: 400, free: 100, active: null, inactive: 5, buffers: 1, cached: 2, shared: 3, slab: 4 },
    swap: { total: 10, used: 4, free: 6, percent: 40, sin: 0, sout: null },
    load: [0.5, 0.25, 0.125],
    disks: [['sda', { readCount: 1, writeCount: 2, readBytes: 3, writeBytes: 4, readTime: 1500, writeTime: 0, busyTime: 2000 }]],
    nics: [['eth"0', { bytesSent: 1, bytesRecv: 2, packetsSent: 3, packetsRecv: 4, errin: 0, errout: 0, dropin: 0, dropout: 0 }]],
    temperatures: [['coretemp', [{ label: 'Core 0', current: 50, high: 80, critical: null }, { label: 'Core 0', current: 51, high: null, critical: null }]]],
    battery: { percent: 55, secsLeft: -2, powerPlugged: true },
    container: { memoryLimit: null, workingSet: 123, throttledSeconds: 1.5 },
    processes: [{ pid: 42, name: 'code', role: 'extension host', cpuUser: 1, cpuSystem: 0.5, rss: 100, threads: 3 }, { pid: 43, name: 'sh', cpuUser: 0, cpuSystem: 0, rss: 5 }],
    sampleSeconds: 0.01, processesSeen: 300, errors: 0,
  };
  const text = render(families(snap), 'prometheus');
  const lines = new Set(text.split('\n'));

  it('node_exporter names for cpu (by cpu number and mode, absent modes left out), memory, load, disk, network', () => {
    for (const l of [
      'node_cpu_seconds_total{cpu="0",mode="iowait"} 0.5',
      'node_cpu_seconds_total{cpu="2",mode="user"} 1',
      'node_cpu_guest_seconds_total{cpu="0",mode="user"} 0.25',
      'node_memory_MemTotal_bytes 1000',
      'node_memory_MemAvailable_bytes 600',
      'node_memory_SwapFree_bytes 6',
      'node_load15 0.125',
      'node_disk_read_time_seconds_total{device="sda"} 1.5',
      'node_disk_io_time_seconds_total{device="sda"} 2',
      'node_network_receive_bytes_total{device="eth\\"0"} 2',
      'node_hwmon_temp_celsius{chip="coretemp",sensor="Core 0#2"} 51',
      'node_power_supply_online{power_supply="battery"} 1',
      'container_memory_working_set_bytes 123',
      'container_cpu_cfs_throttled_seconds_total 1.5',
    ]) assert.ok(lines.has(l), `missing ${l}`);
    assert.ok(!text.includes('mode="steal"'), 'a mode the kernel lacks is absent, not 0');
    assert.ok(!text.includes('cpu="2",mode="iowait"'));
    assert.ok(!text.includes('node_memory_Active_bytes'), 'a meminfo field the kernel lacks is absent');
    assert.ok(!text.includes('container_spec_memory_limit_bytes'), 'no limit is no series, not 0 or +Inf');
    assert.ok(!text.includes('time_to_empty'), 'plugged in: no time left series');
  });

  it('per-process series are labelled pid, name and role (when known)', () => {
    assert.ok(lines.has('vitals_process_cpu_seconds_total{pid="42",name="code",role="extension host",mode="system"} 0.5'));
    assert.ok(lines.has('vitals_process_resident_memory_bytes{pid="43",name="sh"} 5'));
    assert.ok(lines.has('vitals_process_threads{pid="42",name="code",role="extension host"} 3'));
    assert.ok(lines.has('vitals_processes_seen 300'));
    assert.ok(lines.has('vitals_processes_exported 2'));
  });

  it('no series name or label set appears twice', () => {
    const samples = text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.slice(0, l.lastIndexOf(' ')));
    assert.equal(new Set(samples).size, samples.length);
  });
});

describe('endpoint: the Host a loopback-bound server answers', () => {
  it('loopback names with or without a port; other names refused; anything when bound elsewhere', () => {
    for (const h of ['127.0.0.1:9465', 'localhost', 'LOCALHOST:1', '[::1]:9465', '127.0.0.1']) assert.equal(hostAllowed('127.0.0.1', h), true, h);
    for (const h of ['evil.example', 'evil.example:9465', '127.0.0.1.evil.example', '[::2]:1', '', undefined]) assert.equal(hostAllowed('127.0.0.1', h), false, String(h));
    assert.equal(hostAllowed('0.0.0.0', 'anything'), true);
  });

  it('the bearer token: only "Bearer <token>", compared on digests', () => {
    const d = createHash('sha256').update('s3cret').digest();
    assert.equal(tokenMatches('Bearer s3cret', d), true);
    assert.equal(tokenMatches('bearer  s3cret', d), true);
    for (const h of ['Bearer s3cre', 'Bearer s3cret0', 's3cret', 'Basic s3cret', '', undefined]) assert.equal(tokenMatches(h, d), false, String(h));
  });
});

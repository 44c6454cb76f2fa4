// The Windows backend's pure decoders, on any OS: hand-built buffers in the layouts the Windows
// APIs use (x64). The live counterpart runs under Wine (test/win32/, `node test/wine/run.mjs`).
import assert from 'node:assert/strict';
import {
  batteryFromPowerStatus, decodeMultiSz, parseConnectionTable, parseEnvironmentBlock, parseThreads, decodeUtf16, decodeUtf16z, filetimeToUnix, parseProcessorTimes,
  parseSystemProcessInformation, splitCommandLine,
} from '../../src/probe/win32/parse';

const utf16 = (s: string) => Buffer.from(s, 'utf16le');

describe('Windows decoders (pure)', () => {
  it('UTF-16 without loss: astral characters whole, an unpaired surrogate becomes U+FFFD', () => {
    assert.equal(decodeUtf16(utf16('naïve-😀.exe')), 'naïve-😀.exe');
    const lone = Buffer.from([0x61, 0, 0x3d, 0xd8, 0x62, 0]); // a, high surrogate alone, b
    assert.equal(decodeUtf16(lone), 'a\ufffdb');
    const lowFirst = Buffer.from([0x00, 0xde, 0x3d, 0xd8]); // low then high (reversed pair), high at the end
    assert.equal(decodeUtf16(lowFirst), '\ufffd\ufffd');
    assert.equal(decodeUtf16z(Buffer.concat([utf16('C:\\'), Buffer.alloc(4), utf16('junk')])), 'C:\\');
    assert.deepEqual(decodeMultiSz(Buffer.concat([utf16('C:\\\0Z:\\\0\0')]), 18), ['C:\\', 'Z:\\']);
  });

  it('command lines split as CommandLineToArgvW', () => {
    assert.deepEqual(splitCommandLine('"C:\\Program Files\\node.exe" a "b c" d'), ['C:\\Program Files\\node.exe', 'a', 'b c', 'd']);
    assert.deepEqual(splitCommandLine('node.exe "a\\"b" c\\\\"d e" f\\g'), ['node.exe', 'a"b', 'c\\d e', 'f\\g']);
    assert.deepEqual(splitCommandLine('C:\\dir\\x.exe  "ärg 😀 \\"quoted\\" back\\slash"'), ['C:\\dir\\x.exe', 'ärg 😀 "quoted" back\\slash']);
    assert.deepEqual(splitCommandLine('x ""'), ['x', '']);
    assert.deepEqual(splitCommandLine(''), []);
  });

  it('FILETIME dates and per-processor times (system = kernel - idle)', () => {
    assert.equal(filetimeToUnix(116444736000000000n), 0);
    const b = Buffer.alloc(96);
    // cpu 0: idle 5 s, kernel 7 s, user 3 s, dpc 0.1 s, interrupt 0.2 s
    for (const [o, s] of [[0, 5], [8, 7], [16, 3], [24, 0.1], [32, 0.2]] as const) b.writeBigInt64LE(BigInt(Math.round(s * 1e7)), o);
    b.writeBigInt64LE(10n * 10000000n, 48 + 8);
    const [c0, c1] = parseProcessorTimes(b, 2);
    assert.deepEqual(c0, { user: 3, nice: 0, system: 2, idle: 5, iowait: null, irq: 0.2, softirq: 0.1, steal: null, guest: null, guestNice: null });
    assert.equal(c1.system, 10);
  });

  it('SystemProcessInformation: the entry chain, ImageName inside the block, suspended threads', () => {
    const base = 0x10000n;
    const buf = Buffer.alloc(1024);
    // entry 1 at 0: pid 4, no name, no threads, next at 256
    buf.writeUInt32LE(256, 0);
    buf.writeBigUInt64LE(4n, 80);
    // entry 2 at 256: pid 1234, ppid 4, 1 thread waiting (5) for Suspended (5), name at 600
    const o = 256;
    buf.writeUInt32LE(1, o + 4);
    buf.writeBigInt64LE(116444736000000000n + 15n * 10000000n, o + 32);
    buf.writeBigUInt64LE(2n * 10000000n, o + 40);
    const name = utf16('naïve-😀.exe');
    buf.writeUInt16LE(name.length, o + 56);
    buf.writeBigUInt64LE(base + 600n, o + 64);
    name.copy(buf, 600);
    buf.writeBigUInt64LE(1234n, o + 80);
    buf.writeBigUInt64LE(4n, o + 88);
    buf.writeUInt32LE(77, o + 96);
    buf.writeBigUInt64LE(4096n, o + 144);
    buf.writeBigUInt64LE(8192n, o + 184);
    buf.writeUInt32LE(5, o + 256 + 68);
    buf.writeUInt32LE(5, o + 256 + 72);
    const map = parseSystemProcessInformation(buf, base);
    assert.deepEqual([...map.keys()], [4, 1234]);
    const p = map.get(1234)!;
    assert.equal(p.name, 'naïve-😀.exe');
    assert.deepEqual([p.ppid, p.numThreads, p.numHandles, p.createTime, p.user, p.wset, p.pagefile, p.suspended], [4, 1, 77, 15, 2, 4096, 8192, true]);
    buf.writeUInt32LE(2, o + 256 + 72); // waiting for something else: running
    assert.equal(parseSystemProcessInformation(buf, base).get(1234)!.suspended, false);
    assert.equal(map.get(4)!.suspended, false, 'no threads is not suspended');
  });

  it('environment blocks and thread records', () => {
    // psutil's parse_environ_block: names upper-cased, "=C:" entries and entries without "=" left out, an unterminated tail dropped
    const env = parseEnvironmentBlock('=C:=C:\\dir\0Path=C:\\bin\0über=wert 😀\0NOEQUALS\0EMPTY=\0a=b=c\0\0junk=1\0');
    assert.deepEqual({ ...env }, { PATH: 'C:\\bin', 'ÜBER': 'wert 😀', EMPTY: '', A: 'b=c' });
    assert.equal(Object.getPrototypeOf(env), null, 'process text is no key of a plain object');
    assert.deepEqual({ ...parseEnvironmentBlock('A=1\0B=2') }, { A: '1' });
    assert.deepEqual({ ...parseEnvironmentBlock('__proto__=x\0') }, { __PROTO__: 'x' });
    const rec = Buffer.alloc(160);
    rec.writeBigUInt64LE(3n * 10000000n, 0); // kernel
    rec.writeBigUInt64LE(5n * 10000000n, 8); // user
    rec.writeBigUInt64LE(4242n, 48);
    rec.writeUInt32LE(9, 64);
    rec.writeBigUInt64LE(4243n, 80 + 48);
    assert.deepEqual(parseThreads(rec), [
      { id: 4242, userTime: 5, systemTime: 3, contextSwitches: 9 }, { id: 4243, userTime: 0, systemTime: 0, contextSwitches: 0 }]);
  });

  it('socket tables: addresses in network order, ports in the low word, absent all-zero ends', () => {
    const tcp = Buffer.alloc(4 + 24 * 2);
    tcp.writeUInt32LE(2, 0);
    // LISTEN on 0.0.0.0:8080, pid 7
    tcp.writeUInt32LE(2, 4); tcp.writeUInt16BE(8080, 4 + 8); tcp.writeUInt32LE(7, 4 + 20);
    // Windows may leave a remote port in a listening row: psutil gives a listening socket no remote address
    tcp.writeUInt16BE(4711, 4 + 16);
    // ESTABLISHED 127.0.0.1:50000 -> 10.1.2.3:443, pid 9
    const o = 4 + 24;
    tcp.writeUInt32LE(5, o); Buffer.from([127, 0, 0, 1]).copy(tcp, o + 4); tcp.writeUInt16BE(50000, o + 8);
    Buffer.from([10, 1, 2, 3]).copy(tcp, o + 12); tcp.writeUInt16BE(443, o + 16); tcp.writeUInt32LE(9, o + 20);
    assert.deepEqual(parseConnectionTable(tcp, 'tcp4', 24), [
      { laddr: { ip: '0.0.0.0', port: 8080 }, raddr: null, status: 'LISTEN', pid: 7 },
      { laddr: { ip: '127.0.0.1', port: 50000 }, raddr: { ip: '10.1.2.3', port: 443 }, status: 'ESTABLISHED', pid: 9 },
    ]);
    const udp6 = Buffer.alloc(4 + 28);
    udp6.writeUInt32LE(1, 0); udp6[4 + 15] = 1; udp6.writeUInt16BE(53, 4 + 20); udp6.writeUInt32LE(3, 4 + 24);
    assert.deepEqual(parseConnectionTable(udp6, 'udp6', 28), [{ laddr: { ip: '::1', port: 53 }, raddr: null, status: null, pid: 3 }]);
    const truncated = Buffer.alloc(4 + 10); truncated.writeUInt32LE(5, 0);
    assert.deepEqual(parseConnectionTable(truncated, 'tcp4', 24), [], 'a count beyond the buffer reads what is there');
  });

  it("battery: psutil's rules for no battery, plugged, charging and an unknown time", () => {
    assert.equal(batteryFromPowerStatus({ ACLineStatus: 1, BatteryFlag: 128, BatteryLifePercent: 255, BatteryLifeTime: 0xffffffff }), null);
    // psutil: power_plugged = acline_status == 1, so an unknown line status (255) is false, not None
    assert.deepEqual(batteryFromPowerStatus({ ACLineStatus: 255, BatteryFlag: 0, BatteryLifePercent: 40, BatteryLifeTime: 3600 }), { percent: 40, secsLeft: 3600, powerPlugged: false });
    assert.deepEqual(batteryFromPowerStatus({ ACLineStatus: 0, BatteryFlag: 0, BatteryLifePercent: 40, BatteryLifeTime: 3600 }), { percent: 40, secsLeft: 3600, powerPlugged: false });
    assert.deepEqual(batteryFromPowerStatus({ ACLineStatus: 0, BatteryFlag: 0, BatteryLifePercent: 40, BatteryLifeTime: 0xffffffff }), { percent: 40, secsLeft: -1, powerPlugged: false });
    assert.deepEqual(batteryFromPowerStatus({ ACLineStatus: 1, BatteryFlag: 8, BatteryLifePercent: 90, BatteryLifeTime: 0xffffffff }), { percent: 90, secsLeft: -2, powerPlugged: true });
  });
});

// The Windows backend's diskIoCounters, cpuStats, netIfAddrs and users over built buffers and fake
// FFI results, on any OS (Wine has no PhysicalDrive devices, no WTS sessions and zero cpu counters).
// The live counterpart: test/win32/sysinfo.test.ts under Wine.
import assert from 'node:assert/strict';
import { convertDosPath, regionProtection, parseAdapterAddresses, parseAdapterNames, parseCpuStats, parseDiskPerformance, parseWtsClientAddress, parseWtsConnectTime, prefixToIpv4Mask } from '../../src/probe/win32/decode';
import { diskIoCounters, users, type DiskDeps, type UsersDeps } from '../../src/probe/win32/sysinfo';
import { wrapTracker } from '../../src/probe/nowrap';
import { LoadAverager } from '../../src/probe/win32/loadavg';
import { ifRows, type IfRowsDeps } from '../../src/probe/win32/system';
import type { MibIfRow2 } from '../../native-ffi/win32/iphlpapi';

/** A DISK_PERFORMANCE (x64, 88 bytes). Times in 100 ns units. */
function diskPerf(p: { bytesRead: number; bytesWritten: number; readTime: number; writeTime: number; reads: number; writes: number }): Buffer {
  const b = Buffer.alloc(88);
  b.writeBigInt64LE(BigInt(p.bytesRead), 0);
  b.writeBigInt64LE(BigInt(p.bytesWritten), 8);
  b.writeBigInt64LE(BigInt(p.readTime), 16);
  b.writeBigInt64LE(BigInt(p.writeTime), 24);
  b.writeBigInt64LE(123456789n, 32); // IdleTime: not reported
  b.writeUInt32LE(p.reads, 40);
  b.writeUInt32LE(p.writes, 44);
  b.writeUInt32LE(7, 48); // QueueDepth: not reported
  return b;
}

/** A fake kernel32 with PhysicalDrive devices: each drive's DeviceIoControl results in turn (a Buffer, or an error code). */
function fakeDisks(drives: Record<number, (Buffer | number)[]>): DiskDeps & { closed: number[]; opened: number[] } {
  let lastError = 0;
  const handles = new Map<number, number>();
  const fake = {
    closed: [] as number[], opened: [] as number[],
    CreateFileW(path: string): number {
      const n = Number(/^\\\\\.\\PhysicalDrive(\d+)$/.exec(path)?.[1] ?? NaN);
      if (!(n in drives)) { lastError = 2; return -1; }
      fake.opened.push(n);
      handles.set(100 + n, n);
      return 100 + n;
    },
    DeviceIoControl(h: number | bigint, code: number, _i: null, _il: number, out: Buffer, outLen: number, ret: [number]): boolean {
      assert.equal(code, 0x70020);
      const queue = drives[handles.get(Number(h))!];
      const next = queue[0];
      if (typeof next === 'number') { queue.shift(); lastError = next; return false; }
      if (outLen < next.length) { lastError = 122; return false; } // ERROR_INSUFFICIENT_BUFFER
      queue.shift();
      next.copy(out);
      ret[0] = next.length;
      return true;
    },
    CloseRawHandle(h: number | bigint): boolean { fake.closed.push(handles.get(Number(h))!); return true; },
    GetLastError: () => lastError,
  };
  return fake as unknown as DiskDeps & { closed: number[]; opened: number[] };
}

describe('Windows sysinfo (pure, fake FFI)', () => {
  beforeEach(() => wrapTracker.clear('diskIoCounters'));

  it('DISK_PERFORMANCE: counts, bytes, and times in ms (100 ns units / 10,000)', () => {
    assert.deepEqual(parseDiskPerformance(diskPerf({ bytesRead: 2 ** 40 + 5, bytesWritten: 4096, readTime: 123_456_789, writeTime: 10_000, reads: 4_000_000_000, writes: 3 })), {
      readCount: 4_000_000_000, writeCount: 3, readBytes: 2 ** 40 + 5, writeBytes: 4096, readTime: 12345, writeTime: 1,
    });
  });

  it('diskIoCounters: PhysicalDrive0..32, absent and exotic drives skipped, every handle closed, totals summed', () => {
    const k = fakeDisks({
      0: [diskPerf({ bytesRead: 1000, bytesWritten: 2000, readTime: 50_000, writeTime: 70_000, reads: 10, writes: 20 })],
      2: [1], // ERROR_INVALID_FUNCTION: an exotic disk, skipped (psutil)
      3: [50], // ERROR_NOT_SUPPORTED: skipped
      32: [diskPerf({ bytesRead: 1, bytesWritten: 2, readTime: 0, writeTime: 10_000, reads: 1, writes: 2 })],
    });
    const per = diskIoCounters(true, false, k);
    assert.deepEqual(Object.keys(per), ['PhysicalDrive0', 'PhysicalDrive32']);
    assert.deepEqual(per.PhysicalDrive0, { readCount: 10, writeCount: 20, readBytes: 1000, writeBytes: 2000, readTime: 5, writeTime: 7 });
    assert.deepEqual(k.opened.sort(), [0, 2, 3, 32]);
    assert.deepEqual(k.closed.sort(), [0, 2, 3, 32]);
    const total = diskIoCounters(false, false, fakeDisks({ 0: [diskPerf({ bytesRead: 1000, bytesWritten: 2000, readTime: 50_000, writeTime: 70_000, reads: 10, writes: 20 })], 1: [diskPerf({ bytesRead: 1, bytesWritten: 2, readTime: 0, writeTime: 10_000, reads: 1, writes: 2 })] }));
    assert.deepEqual(total, { readCount: 11, writeCount: 22, readBytes: 1001, writeBytes: 2002, readTime: 5, writeTime: 8 });
    assert.equal(diskIoCounters(false, false, fakeDisks({})), null);
  });

  it('diskIoCounters: a driver that wants a bigger buffer gets one; any other error is raised and the handle closed', () => {
    const big = Buffer.concat([diskPerf({ bytesRead: 9, bytesWritten: 9, readTime: 0, writeTime: 0, reads: 9, writes: 9 }), Buffer.alloc(40)]);
    assert.equal(diskIoCounters(true, false, fakeDisks({ 0: [big] })).PhysicalDrive0.readCount, 9);
    const k = fakeDisks({ 1: [21] }); // ERROR_NOT_READY
    assert.throws(() => diskIoCounters(true, false, k), /DeviceIoControl\(PhysicalDrive1, IOCTL_DISK_PERFORMANCE\) failed: Windows error 21/);
    assert.deepEqual(k.closed, [1]);
  });

  it('diskIoCounters(nowrap): a DWORD count that wraps keeps growing', () => {
    const at = (reads: number) => fakeDisks({ 0: [diskPerf({ bytesRead: 0, bytesWritten: 0, readTime: 0, writeTime: 0, reads, writes: 0 })] });
    assert.equal(diskIoCounters(true, true, at(4_294_967_000)).PhysicalDrive0.readCount, 4_294_967_000);
    assert.equal(diskIoCounters(true, true, at(100)).PhysicalDrive0.readCount, 4_294_967_100);
    assert.equal(diskIoCounters(true, false, at(100)).PhysicalDrive0.readCount, 100);
  });

  it('cpuStats: ctx switches and syscalls of SYSTEM_PERFORMANCE_INFORMATION, interrupts summed per cpu, softInterrupts 0 (psutil)', () => {
    const spi = Buffer.alloc(1024);
    spi.writeUInt32LE(123456, 296); // ContextSwitches
    spi.writeUInt32LE(999, 300); // FirstLevelTbFills: not a counter we report
    spi.writeUInt32LE(654321, 308); // SystemCalls
    const sii = Buffer.alloc(3 * 24);
    [5, 6, 7].forEach((d, i) => { sii.writeUInt32LE(1000, i * 24); sii.writeUInt32LE(d, i * 24 + 4); });
    const sppi = Buffer.alloc(3 * 48);
    [10, 20, 4_294_967_295].forEach((n, i) => sppi.writeUInt32LE(n, i * 48 + 40));
    // only two entries returned (the calling thread's processor group): the third is not counted
    assert.deepEqual(parseCpuStats(spi, sii, 48, sppi, 96), { ctxSwitches: 123456, interrupts: 30, softInterrupts: 0, syscalls: 654321, dpcs: 11 });
    // psutil sums into a ULONG
    assert.equal(parseCpuStats(spi, sii, 72, sppi, 144).interrupts, (30 + 4_294_967_295) >>> 0);
  });

  it('IPv4 netmasks from the on-link prefix length', () => {
    assert.equal(prefixToIpv4Mask(0), '0.0.0.0');
    assert.equal(prefixToIpv4Mask(8), '255.0.0.0');
    assert.equal(prefixToIpv4Mask(20), '255.255.240.0');
    assert.equal(prefixToIpv4Mask(32), '255.255.255.255');
    assert.equal(prefixToIpv4Mask(33), null);
  });

  it('GetAdaptersAddresses: names by FriendlyName, sorted by family (the MAC as AF_LINK first), IPv4 with netmask and broadcast, IPv6 without', () => {
    // Two adapters and their unicast lists laid out in one buffer, linked by absolute pointers.
    const base = 0x10000000n;
    const buf = Buffer.alloc(2048);
    const ptr = (at: number, off: number) => buf.writeBigUInt64LE(off === 0 ? 0n : base + BigInt(off), at);
    const str = (off: number, s: string) => buf.write(`${s}\0`, off, 'utf16le');
    // adapter 1 at 0: "Ethernet 2 — ü", MAC 02:FC:00:0A:BB:01, unicast 6 -> 4
    ptr(8, 600); ptr(24, 800); str(1200, 'Ethernet 2 — ü'); ptr(72, 1200);
    Buffer.from([0x02, 0xfc, 0x00, 0x0a, 0xbb, 0x01]).copy(buf, 80); buf.writeUInt32LE(6, 88);
    // unicast IPv6 at 800 (sockaddr_in6 at 1000), next at 900 (IPv4, sockaddr_in at 1100)
    ptr(800 + 8, 900); ptr(800 + 16, 1000); buf[800 + 56] = 64;
    buf.writeUInt16LE(23, 1000); Buffer.from([0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0xfc, 0, 0xff, 0xfe, 0, 0, 1]).copy(buf, 1008);
    ptr(900 + 8, 0); ptr(900 + 16, 1100); buf[900 + 56] = 22;
    buf.writeUInt16LE(2, 1100); Buffer.from([10, 1, 2, 3]).copy(buf, 1104);
    // adapter 2 at 600: loopback, no MAC, one IPv4, the end of the list
    ptr(600 + 8, 0); ptr(600 + 24, 1400); str(1600, 'Loopback Pseudo-Interface 1'); ptr(600 + 72, 1600);
    ptr(1400 + 8, 0); ptr(1400 + 16, 1500); buf[1400 + 56] = 8;
    buf.writeUInt16LE(2, 1500); Buffer.from([127, 0, 0, 1]).copy(buf, 1504);
    const none = { broadcast: null, ptp: null };
    assert.deepEqual(parseAdapterAddresses(buf, base), {
      'Ethernet 2 — ü': [
        // psutil sorts by family: AF_LINK, AF_INET, AF_INET6 (the kernel listed the IPv6 address first)
        { family: 'AF_LINK', address: '02-FC-00-0A-BB-01', netmask: null, ...none },
        { family: 'AF_INET', address: '10.1.2.3', netmask: '255.255.252.0', broadcast: '10.1.3.255', ptp: null },
        { family: 'AF_INET6', address: 'fe80::fc:ff:fe00:1', netmask: null, ...none },
      ],
      'Loopback Pseudo-Interface 1': [{ family: 'AF_INET', address: '127.0.0.1', netmask: '255.0.0.0', broadcast: '127.255.255.255', ptp: null }],
    });
    // a short MAC is padded to six octets (psutil #786); a /32 has no broadcast
    buf.writeUInt32LE(4, 88);
    buf[1400 + 56] = 32;
    const padded = parseAdapterAddresses(buf, base);
    assert.equal(padded['Ethernet 2 — ü'][0].address, '02-FC-00-0A-00-00');
    assert.equal(padded['Loopback Pseudo-Interface 1'][0].broadcast, null);
    buf.writeUInt32LE(6, 88);
    buf.writeUInt32LE(12, 4);
    buf.writeUInt32LE(1, 600 + 4);
    assert.deepEqual([...parseAdapterNames(buf, base)], [[12, 'Ethernet 2 — ü'], [1, 'Loopback Pseudo-Interface 1']]);
    ptr(600 + 8, 4096); // a pointer outside the buffer is an error, not a read of random memory
    assert.throws(() => parseAdapterAddresses(buf, base), /outside the buffer/);
  });

  it('WTS: the client address only for AF_INET (Address[2..5]), ConnectTime as a Unix date', () => {
    const addr = Buffer.alloc(24);
    addr.writeUInt32LE(2, 0);
    Buffer.from([0, 0, 192, 168, 7, 9]).copy(addr, 4);
    assert.equal(parseWtsClientAddress(addr), '192.168.7.9');
    addr.writeUInt32LE(23, 0);
    assert.equal(parseWtsClientAddress(addr), null);
    const info = Buffer.alloc(216);
    info.writeBigInt64LE(BigInt(1_700_000_000 + 11_644_473_600) * 10_000_000n + 5_000_000n, 176);
    assert.equal(parseWtsConnectTime(info), 1_700_000_000.5);
  });

  it('users(): sessions without a user name are left out; every WTS buffer is freed', () => {
    const wide = (s: string) => Buffer.from(`${s}\0`, 'utf16le');
    const list = Buffer.alloc(3 * 24);
    [0, 1, 2].forEach((id, i) => list.writeUInt32LE(id, i * 24));
    const addr = Buffer.alloc(24);
    addr.writeUInt32LE(2, 0);
    Buffer.from([0, 0, 10, 0, 0, 5]).copy(addr, 4);
    const info = Buffer.alloc(216);
    info.writeBigInt64LE(BigInt(1_600_000_000 + 11_644_473_600) * 10_000_000n, 176);
    const data: Record<string, Buffer> = {
      sessions: list, 'u0': wide(''), 'u1': wide('Jürgen'), 'a1': addr, 'i1': info, 'u2': wide('svc'), 'a2': Buffer.alloc(24), 'i2': info,
    };
    const freed: string[] = [];
    const deps: UsersDeps = {
      lastError: () => 0,
      w: {
        WTSEnumerateSessionsW(_s, _r, _v, sessions, count) { sessions[0] = 'sessions'; count[0] = 3; return true; },
        WTSQuerySessionInformationW(_s, id, cls, p, bytes) {
          const key = `${({ 5: 'u', 14: 'a', 24: 'i' } as Record<number, string>)[cls]}${id}`;
          p[0] = key; bytes[0] = data[key].length; return true;
        },
        WTSFreeMemory(p) { freed.push(p as string); },
        read(p, len) { return data[p as string].subarray(0, len); },
      },
    };
    assert.deepEqual(users(deps), [
      { name: 'Jürgen', terminal: null, host: '10.0.0.5', started: 1_600_000_000, pid: null },
      { name: 'svc', terminal: null, host: null, started: 1_600_000_000, pid: null },
    ]);
    assert.deepEqual(freed.sort(), ['a1', 'a2', 'i1', 'i2', 'sessions', 'u0', 'u1', 'u2']);
    deps.w.WTSEnumerateSessionsW = () => false;
    deps.lastError = () => 120; // ERROR_CALL_NOT_IMPLEMENTED: no Terminal Services
    assert.deepEqual(users(deps), []);
    deps.lastError = () => 5;
    assert.throws(() => users(deps), /WTSEnumerateSessionsW failed: Windows error 5/);
  });

  it('load average: psutil factors 1/5/15 minute factors over 5 s samples of the queue length', () => {
    const a = new LoadAverager();
    assert.deepEqual(a.get(), [0, 0, 0]);
    a.add(2);
    // psutil's LOADAVG_FACTOR_1F/5F/15F: 0.92004441462932324, 0.98347145382161748, 0.99445984800489675
    const expected = [0.9200444146293232, 0.9834714538216175, 0.9944598480048967].map((f) => 2 * (1 - f));
    a.get().forEach((v, i) => assert.ok(Math.abs(v - expected[i]) < 1e-12, `${v} vs ${expected[i]}`));
    assert.deepEqual(a.rounded(), [0.16, 0.03, 0.01], 'getLoadAvg rounds to two places, as psutil');
    for (let i = 0; i < 12 * 60; i++) a.add(2); // one hour of samples
    assert.ok(Math.abs(a.get()[0] - 2) < 1e-9 && Math.abs(a.get()[2] - 2) < 0.1 && a.get()[2] < 2, JSON.stringify(a.get()));
    assert.equal(a.samples, 721);
  });

  it('memory maps: region protection strings and DOS paths as psutil converts them', () => {
    assert.deepEqual([0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x104, 0x300].map(regionProtection), ['', 'r', 'rw', 'wc', 'x', 'xr', 'xrw', 'xwc', 'rw', '?']);
    const devices = new Map([['\\device\\harddiskvolume3', 'C:']]);
    assert.equal(convertDosPath('\\Device\\HarddiskVolume3\\Windows\\System32\\kernel32.dll', devices), 'C:\\Windows\\System32\\kernel32.dll');
    assert.equal(convertDosPath('\\??\\Z:\\opt\\node.exe', devices), 'Z:\\opt\\node.exe');
    assert.equal(convertDosPath('\\Device\\Mup\\server\\share\\x.dll', devices), '\\\\server\\share\\x.dll');
    assert.equal(convertDosPath('\\\\server\\share\\y.dll', devices), '\\\\server\\share\\y.dll');
    assert.equal(convertDosPath('\\Device\\HarddiskVolume9\\z.dll', devices), '\\z.dll');
  });

  it('NIC rows: only the adapters GetAdaptersAddresses lists, named by FriendlyName (not the row Alias), the table freed', () => {
    const row = (InterfaceIndex: number, Alias: string, AdminStatus = 1): MibIfRow2 => ({
      InterfaceIndex, Alias, Description: '', Mtu: 1500, Type: 6, OperStatus: 1, AdminStatus, MediaConnectState: 1, TransmitLinkSpeed: 1e9, ReceiveLinkSpeed: 1e9,
      InOctets: 10, InUcastPkts: 1, InNUcastPkts: 2, InDiscards: 0, InErrors: 0, OutOctets: 20, OutUcastPkts: 3, OutNUcastPkts: 4, OutDiscards: 0, OutErrors: 0,
    });
    const rows = [row(7, 'Ethernet'), row(8, 'Ethernet-WFP Native MAC Layer LightWeight Filter-0000'), row(9, 'vEthernet (WSL)', 2)];
    let freed = 0;
    const deps: IfRowsDeps = {
      ip: { GetIfTable2: (t) => { t[0] = 'table'; return 0; }, FreeMibTable: () => { freed++; }, count: () => rows.length, row: (_t, i) => rows[i] },
      adapterNames: () => new Map([[7, 'Ethernet'], [9, 'vEthernet (WSL) — ü']]),
    };
    const out = ifRows(deps);
    assert.deepEqual(out.map((r) => r.name), ['Ethernet', 'vEthernet (WSL) — ü']);
    assert.deepEqual(out[0].counters, { bytesSent: 20, bytesRecv: 10, packetsSent: 7, packetsRecv: 3, errin: 0, errout: 0, dropin: 0, dropout: 0 });
    assert.equal(out[0].stats.speed, 1000);
    // psutil: up needs the operational and the administrative status up; duplex is hard-coded FULL
    assert.deepEqual(out.map((r) => [r.stats.isup, r.stats.duplex]), [[true, 2], [false, 2]], 'administratively down (AdminStatus 2) is not up');
    assert.equal(freed, 1);
  });
});

// diskIoCounters, cpuStats, netIfAddrs and users against a live Windows (Wine in CI). What Wine
// does not have (PhysicalDrive devices, WTS sessions, the NT counters) is covered over fake FFI
// results by test/unit/win32.sysinfo.test.ts.
import assert from 'node:assert/strict';
import os from 'node:os';
import koffi from 'koffi';
import * as probe from '../../src/probe';
import { loadAvgSamples } from '../../src/probe/win32/loadavg';

function underWine(): boolean {
  try { koffi.load('ntdll.dll').func('const char *wine_get_version()'); return true; } catch { return false; }
}

describe('Windows system info on a live system (sysinfo)', function () {
  before(function () {
    if (process.platform !== 'win32') this.skip(); // a Windows backend test needs Windows (or Wine)
  });

  it('netIfAddrs agrees with Node (GetAdaptersAddresses by FriendlyName): addresses, IPv4 netmasks, MACs', () => {
    const ours = probe.netIfAddrs();
    const node = os.networkInterfaces();
    assert.ok(Object.keys(node).length > 0, 'Node lists no interface');
    for (const [name, list] of Object.entries(node)) {
      const mine = ours[name];
      assert.ok(mine, `${name} missing from ${JSON.stringify(Object.keys(ours))}`);
      for (const a of list ?? []) {
        if (a.family === 'IPv4') {
          assert.ok(mine.some((m) => m.family === 'AF_INET' && m.address === a.address && m.netmask === a.netmask), `${name}: ${a.address}/${a.netmask} in ${JSON.stringify(mine)}`);
        } else {
          assert.ok(mine.some((m) => m.family === 'AF_INET6' && m.address === a.address.replace(/%.*$/, '') && m.netmask === null), `${name}: ${a.address} in ${JSON.stringify(mine)}`);
        }
        if (a.mac !== '00:00:00:00:00:00') {
          assert.deepEqual(mine.filter((m) => m.family === 'AF_LINK').map((m) => m.address), [a.mac.toUpperCase().replace(/:/g, '-')]);
          assert.equal(mine[0].family, 'AF_LINK', 'the MAC comes first, as psutil');
        }
      }
    }
  });

  it('netIfStats and netIoCounters name the same NICs as netIfAddrs (FriendlyName)', () => {
    const addrs = Object.keys(probe.netIfAddrs()).sort();
    assert.deepEqual(Object.keys(probe.netIfStats()).sort(), addrs);
    assert.deepEqual(Object.keys(probe.netIoCounters(true)).sort(), addrs);
  });

  it('diskIoCounters: PhysicalDriveN keys with whole counters, the total their sum (none under Wine)', () => {
    probe.cacheClear('diskIoCounters');
    const per = probe.diskIoCounters(true, false);
    const total = probe.diskIoCounters(false, false);
    for (const [name, d] of Object.entries(per)) {
      assert.match(name, /^PhysicalDrive\d+$/);
      assert.deepEqual(Object.keys(d).sort(), ['readBytes', 'readCount', 'readTime', 'writeBytes', 'writeCount', 'writeTime']);
    }
    if (underWine()) {
      // Wine has no \\.\PhysicalDriveN: CreateFileW fails on each, which psutil skips
      assert.deepEqual(per, {});
      assert.equal(total, null);
    } else {
      assert.ok(total && total.readCount > 0, JSON.stringify(total));
    }
  });

  it('cpuStats: the NT counters read without error (Wine leaves them zero), softInterrupts 0 as psutil', () => {
    const s = probe.cpuStats();
    assert.deepEqual(Object.keys(s).sort(), ['ctxSwitches', 'interrupts', 'softInterrupts', 'syscalls']);
    for (const v of Object.values(s)) assert.ok(Number.isInteger(v), JSON.stringify(s));
    assert.equal(s.softInterrupts, 0);
    if (!underWine()) assert.ok(s.ctxSwitches! > 0 && s.syscalls! > 0 && s.interrupts! > 0, JSON.stringify(s));
    else assert.deepEqual(s, { ctxSwitches: 0, interrupts: 0, softInterrupts: 0, syscalls: 0 }, 'Wine leaves the NT counters zero');
  });

  it('users: WTS enumerates (Wine lists no session: empty), each user with a name and a start date', () => {
    const list = probe.users();
    if (underWine()) assert.deepEqual(list, []);
    for (const u of list) {
      assert.ok(u.name.length > 0);
      assert.equal(u.terminal, null);
      assert.equal(u.pid, null);
      assert.ok(u.started > 0 && u.started <= Date.now() / 1000 + 1, JSON.stringify(u));
    }
  });

  it('getLoadAvg: zeros at first (psutil), then a 5 s sample of the processor queue length is folded in, without blocking', async function () {
    this.timeout(30000);
    assert.deepEqual(probe.getLoadAvg(), [0, 0, 0]);
    if (underWine()) {
      // Wine's pdh.dll has no "\System\Processor Queue Length": the async setup fails, and the next
      // call raises that (PDH_CSTATUS_NO_COUNTER), as psutil's init_loadavg_counter raises it
      // (the averaging is unit-tested in test/unit/win32.sysinfo.test.ts)
      // polled: zeros until the async setup has failed, then that error on every call
      const end = Date.now() + 20000;
      for (;;) {
        let error: unknown;
        try { assert.deepEqual(probe.getLoadAvg(), [0, 0, 0]); } catch (e) { error = e; }
        if (error) {
          assert.match(String((error as Error).message), /PdhAddEnglishCounterW\(\\System\\Processor Queue Length\).*Windows error 3221228473/);
          assert.throws(() => probe.getLoadAvg(), /Processor Queue Length/, 'and again on the next call');
          return;
        }
        if (Date.now() > end) throw new Error('getLoadAvg(): the PDH setup neither failed nor sampled within 20 s under Wine');
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    const end = Date.now() + 20000;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 100); // the event loop keeps turning while the sampler works
    try {
      while (loadAvgSamples() < 1) {
        probe.getLoadAvg(); // raises the sampler's setup error, if any
        if (Date.now() > end) throw new Error('no load sample within 20 s');
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks > 10);
    const avg = probe.getLoadAvg();
    assert.equal(avg.length, 3);
    for (const v of avg) assert.ok(Number.isFinite(v) && v >= 0, JSON.stringify(avg));
  });
});

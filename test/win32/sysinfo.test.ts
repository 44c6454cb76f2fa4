// diskIoCounters, cpuStats, netIfAddrs and users against a live Windows (Wine in CI). What Wine
// does not have (PhysicalDrive devices, WTS sessions, the NT counters) is covered over fake FFI
// results by test/unit/win32.sysinfo.test.ts.
import assert from 'node:assert/strict';
import os from 'node:os';
import koffi from 'koffi';
import * as probe from '../../src/probe';

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
});

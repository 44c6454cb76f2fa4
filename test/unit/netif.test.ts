import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import os from 'node:os';
import { libc } from '../../native-ffi/linux/libc';
import * as probe from '../../src/probe';
import {
  flagNames, inetNtop6, IfAddrsRecord, netIfAddrsFromRecords, netIfStatsFor, nicStats, readIfAddrsRecords, speedFromEthtool,
} from '../../src/probe/linux/netif';
import { PYTHON, psutilJson, useLive } from './helpers';

type PsAddrs = Record<string, [number, string, string | null, string | null, string | null][]>;
type PsStats = Record<string, [boolean, number, number, number, string]>;
const FAMILY: Record<number, string> = { 2: 'AF_INET', 10: 'AF_INET6', 17: 'AF_LINK' };
const PSUTIL_NET = `
addrs = {n: [[int(a.family), a.address, a.netmask, a.broadcast, a.ptp] for a in l] for n, l in psutil.net_if_addrs().items()}
stats = {n: [s.isup, int(s.duplex), s.speed, s.mtu, s.flags] for n, s in psutil.net_if_stats().items()}
print(json.dumps(dict(addrs=addrs, stats=stats)))`;

/** psutil's rows in our shape, NICs and rows in psutil's order. */
function psAddrs(r: PsAddrs): [string, probe.NetIfAddr[]][] {
  return Object.entries(r).map(([n, l]) => [n, l.map(([f, address, netmask, broadcast, ptp]) => ({ family: FAMILY[f] as probe.NetIfAddr['family'], address, netmask, broadcast, ptp }))]);
}
function psStats(r: PsStats): [string, probe.NetIfStats][] {
  return Object.entries(r).map(([n, [isup, duplex, speed, mtu, flags]]) => [n, { isup, duplex, speed, mtu, flags }]);
}

// getifaddrs(3) as readIfAddrsRecords decoded it in a network namespace holding: lo (down), veth va (up,
// no carrier) with v4 + v6, its peer vb (down) with a /32, veth vc (running) with a link-local and a
// v4-mapped-looking v6, its peer vd, and tun vt (up, no carrier) with a point-to-point peer.
const RECORDS: IfAddrsRecord[] = [
  {"name": "lo", "flags": 8, "addr": {"family": 17, "bytes": [0, 0, 0, 0, 0, 0], "halen": 6}, "netmask": null, "ifu": {"family": 17, "bytes": [0, 0, 0, 0, 0, 0], "halen": 6}},
  {"name": "vb", "flags": 4098, "addr": {"family": 17, "bytes": [2, 0, 0, 0, 11, 1], "halen": 6}, "netmask": null, "ifu": {"family": 17, "bytes": [255, 255, 255, 255, 255, 255], "halen": 6}},
  {"name": "va", "flags": 4099, "addr": {"family": 17, "bytes": [2, 0, 0, 0, 10, 1], "halen": 6}, "netmask": null, "ifu": {"family": 17, "bytes": [255, 255, 255, 255, 255, 255], "halen": 6}},
  {"name": "vd", "flags": 69699, "addr": {"family": 17, "bytes": [2, 0, 0, 0, 13, 1], "halen": 6}, "netmask": null, "ifu": {"family": 17, "bytes": [255, 255, 255, 255, 255, 255], "halen": 6}},
  {"name": "vc", "flags": 69699, "addr": {"family": 17, "bytes": [2, 0, 0, 0, 12, 1], "halen": 6}, "netmask": null, "ifu": {"family": 17, "bytes": [255, 255, 255, 255, 255, 255], "halen": 6}},
  {"name": "vt", "flags": 4241, "addr": null, "netmask": null, "ifu": null},
  {"name": "vb", "flags": 4098, "addr": {"family": 2, "bytes": [10, 79, 0, 9]}, "netmask": {"family": 2, "bytes": [255, 255, 255, 255]}, "ifu": {"family": 2, "bytes": [10, 79, 0, 9]}},
  {"name": "va", "flags": 4099, "addr": {"family": 2, "bytes": [10, 77, 0, 1]}, "netmask": {"family": 2, "bytes": [255, 255, 255, 0]}, "ifu": {"family": 2, "bytes": [10, 77, 0, 255]}},
  {"name": "vc", "flags": 69699, "addr": {"family": 2, "bytes": [10, 76, 0, 1]}, "netmask": {"family": 2, "bytes": [255, 255, 0, 0]}, "ifu": {"family": 2, "bytes": [10, 76, 255, 255]}},
  {"name": "vt", "flags": 4241, "addr": {"family": 2, "bytes": [10, 78, 0, 1]}, "netmask": {"family": 2, "bytes": [255, 255, 255, 255]}, "ifu": {"family": 2, "bytes": [10, 78, 0, 2]}},
  {"name": "va", "flags": 4099, "addr": {"family": 10, "bytes": [253, 119, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], "scopeId": 0}, "netmask": {"family": 10, "bytes": [255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0], "scopeId": 0}, "ifu": null},
  {"name": "vc", "flags": 69699, "addr": {"family": 10, "bytes": [0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 0, 0, 1, 2, 3, 4], "scopeId": 0}, "netmask": {"family": 10, "bytes": [255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255], "scopeId": 0}, "ifu": null},
  {"name": "vc", "flags": 69699, "addr": {"family": 10, "bytes": [254, 128, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 193], "scopeId": 5, "scopeName": "vc"}, "netmask": {"family": 10, "bytes": [255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0], "scopeId": 0}, "ifu": null}
];
// psutil's order: rows sorted by family (stable), NICs in the order they first appear after that.
const RECORDS_PSUTIL: PsAddrs = {
  vb: [[2, '10.79.0.9', '255.255.255.255', '10.79.0.9', null], [17, '02:00:00:00:0b:01', null, 'ff:ff:ff:ff:ff:ff', null]],
  va: [[2, '10.77.0.1', '255.255.255.0', '10.77.0.255', null], [10, 'fd77::1', 'ffff:ffff:ffff:ffff::', null, null], [17, '02:00:00:00:0a:01', null, 'ff:ff:ff:ff:ff:ff', null]],
  vc: [[2, '10.76.0.1', '255.255.0.0', '10.76.255.255', null], [10, '::ffff:0:102:304', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', null, null],
    [10, 'fe80::c1%vc', 'ffff:ffff:ffff:ffff::', null, null], [17, '02:00:00:00:0c:01', null, 'ff:ff:ff:ff:ff:ff', null]],
  vt: [[2, '10.78.0.1', '255.255.255.255', null, '10.78.0.2']],
  lo: [[17, '00:00:00:00:00:00', null, null, null]],
  vd: [[17, '02:00:00:00:0d:01', null, 'ff:ff:ff:ff:ff:ff', null]],
};

describe('netIfAddrs / netIfStats: pure part', () => {
  it('recorded getifaddrs records give what psutil gave for the same namespace, in its order', () => {
    assert.deepEqual(Object.entries(netIfAddrsFromRecords(RECORDS)), psAddrs(RECORDS_PSUTIL));
  });

  it('broadcast only with IFF_BROADCAST, ptp only with IFF_POINTOPOINT, from the same ifa_ifu', () => {
    const v4 = (b: number[]) => ({ family: 2, bytes: b });
    const base = { name: 'x', addr: v4([10, 0, 0, 1]), netmask: v4([255, 0, 0, 0]), ifu: v4([10, 0, 0, 2]) };
    assert.deepEqual(netIfAddrsFromRecords([{ ...base, flags: 0x2 }]).x[0], { family: 'AF_INET', address: '10.0.0.1', netmask: '255.0.0.0', broadcast: '10.0.0.2', ptp: null });
    assert.deepEqual(netIfAddrsFromRecords([{ ...base, flags: 0x10 }]).x[0], { family: 'AF_INET', address: '10.0.0.1', netmask: '255.0.0.0', broadcast: null, ptp: '10.0.0.2' });
    assert.deepEqual(netIfAddrsFromRecords([{ ...base, flags: 0x8 }]).x[0], { family: 'AF_INET', address: '10.0.0.1', netmask: '255.0.0.0', broadcast: null, ptp: null });
  });

  it('entries without an address, of other families, or with an empty MAC are skipped; short MACs padded', () => {
    const r = netIfAddrsFromRecords([
      { name: 'a', flags: 0, addr: null, netmask: null, ifu: null },
      { name: 'b', flags: 0, addr: { family: 1, bytes: [] }, netmask: null, ifu: null },
      { name: 'c', flags: 0, addr: { family: 17, bytes: [], halen: 0 }, netmask: null, ifu: null },
      { name: 'd', flags: 0, addr: { family: 17, bytes: [0xa, 0xb, 0xc, 0xd], halen: 4 }, netmask: null, ifu: null },
      // a netmask of another family fails getnameinfo in psutil: null, not a misread address
      { name: 'e', flags: 0, addr: { family: 2, bytes: [1, 2, 3, 4] }, netmask: { family: 0, bytes: [255, 0, 0, 0] }, ifu: null },
    ]);
    assert.deepEqual(Object.entries(r), [
      ['e', [{ family: 'AF_INET', address: '1.2.3.4', netmask: null, broadcast: null, ptp: null }]],
      ['d', [{ family: 'AF_LINK', address: '0a:0b:0c:0d:00:00', netmask: null, broadcast: null, ptp: null }]],
    ]);
  });

  it('IPv6 text as glibc inet_ntop and getnameinfo write it', () => {
    const v6 = (s: string): number[] => {
      const [head, tail] = s.split('::');
      const h = head ? head.split(':') : [];
      const t = tail === undefined ? [] : tail ? tail.split(':') : [];
      const words = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t].map((w) => parseInt(w, 16));
      return words.flatMap((w) => [w >> 8, w & 255]);
    };
    for (const [input, want] of [
      ['0::0', '::'], ['::1', '::1'], ['1::', '1::'], ['1:0:0:2:0:0:0:3', '1:0:0:2::3'], ['1:0:0:2:0:0:3:4', '1::2:0:0:3:4'],
      ['1:0:2:3:4:5:6:7', '1:0:2:3:4:5:6:7'], ['::ffff:102:304', '::ffff:1.2.3.4'], ['::102:304', '::1.2.3.4'],
      ['::ffff:0:102:304', '::ffff:0:102:304'], ['ffff:ffff:ffff:ffff::', 'ffff:ffff:ffff:ffff::'], ['2001:db8::abcd:0:0:1', '2001:db8::abcd:0:0:1'],
    ]) assert.equal(inetNtop6(v6(input)), want, input);
    const scoped = (bytes: number[], scopeId: number, scopeName: string | null): string => netIfAddrsFromRecords([
      { name: 'n', flags: 0, addr: { family: 10, bytes, scopeId, scopeName }, netmask: null, ifu: null }]).n[0].address;
    assert.equal(scoped(v6('fe80::1'), 3, 'eth9'), 'fe80::1%eth9');
    assert.equal(scoped(v6('ff02::1'), 3, 'eth9'), 'ff02::1%eth9');
    assert.equal(scoped(v6('fe80::1'), 3, null), 'fe80::1%3');
    assert.equal(scoped(v6('fd00::1'), 3, 'eth9'), 'fd00::1%3');
  });

  it('flags, isup (IFF_RUNNING only), duplex and speed as psutil maps them', () => {
    assert.equal(flagNames(0x1043), 'up,broadcast,running,multicast');
    assert.equal(flagNames(0xffff), 'up,broadcast,debug,loopback,pointopoint,notrailers,running,noarp,promisc,allmulti,master,slave,multicast,portsel,automedia,dynamic');
    assert.deepEqual(nicStats({ flags: 0x1003, mtu: 1500, ethtoolDuplex: 1, speed: 1000 }), { isup: false, duplex: 2, speed: 1000, mtu: 1500, flags: 'up,broadcast,multicast' });
    assert.deepEqual(nicStats({ flags: 0x10049, mtu: 65536, ethtoolDuplex: 0xff, speed: 0 }), { isup: true, duplex: 0, speed: 0, mtu: 65536, flags: 'up,loopback,running' });
    assert.equal(nicStats({ flags: 0, mtu: 0, ethtoolDuplex: 0, speed: 0 }).duplex, 1);
    assert.equal(speedFromEthtool(0xffff, 0xffff), 0);
    assert.equal(speedFromEthtool(0x86a0, 0x1), 100000);
    assert.equal(speedFromEthtool(0, 0x8000), 0);
  });
});

/** Runs `argv` inside network namespace `ns` and parses its JSON output. */
function inNetns<T>(ns: string, argv: string[], env: NodeJS.ProcessEnv = process.env): T {
  const r = spawnSync('ip', ['netns', 'exec', ns, ...argv], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`${argv[0]} in netns ${ns} failed: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout) as T;
}

type Ours = { addrs: Record<string, probe.NetIfAddr[]>; stats: Record<string, probe.NetIfStats> };

describe('netIfAddrs / netIfStats against psutil in a network namespace with interfaces that are down', function () {
  const ns = `vitals-netif-${process.pid}`;
  const probeJs = path.resolve(__dirname, '..', '..', '..', 'dist', 'probe.js');
  const ourCode = `const p = require(${JSON.stringify(probeJs)}); console.log(JSON.stringify({ addrs: p.netIfAddrs(), stats: p.netIfStats() }))`;
  let created = false;
  let ref: { addrs: PsAddrs; stats: PsStats };

  before(function () {
    // A namespace of its own: these interfaces never show up in the host lists other tests compare.
    const add = spawnSync('ip', ['netns', 'add', ns], { encoding: 'utf8' });
    if (add.error || add.status !== 0) {
      process.stderr.write(`skipped: cannot create a network namespace (needs iproute2's ip, CAP_SYS_ADMIN and CAP_NET_ADMIN): ${add.stderr ?? add.error}\n`);
      this.skip();
    }
    created = true;
    for (const cmd of ['link add va type veth peer name vb', 'link add vc type veth peer name vd', 'tuntap add vt mode tun']) {
      const r = spawnSync('ip', ['-n', ns, ...cmd.split(' ')], { encoding: 'utf8' });
      if (r.status !== 0) {
        process.stderr.write(`skipped: the kernel refuses "${cmd}" (needs veth and tun support, CONFIG_VETH / CONFIG_TUN): ${r.stderr}\n`);
        this.skip();
      }
    }
    for (const cmd of [
      'link set va addrgenmode none',
      'link set vb addrgenmode none',
      'link set vc addrgenmode none',
      'link set vd addrgenmode none',
      'link set vt addrgenmode none',
      'link set va address 02:00:00:00:0a:01',
      'link set vb address 02:00:00:00:0b:01',
      'link set vc address 02:00:00:00:0c:01',
      'link set vd address 02:00:00:00:0d:01',
      'addr add 10.77.0.1/24 brd + dev va',
      'addr add fd77::1/64 nodad dev va',
      'addr add 10.79.0.9/32 dev vb',
      'addr add 10.78.0.1 peer 10.78.0.2 dev vt',
      'addr add 10.76.0.1/16 brd + dev vc',
      'addr add fe80::c1/64 nodad dev vc',
      'addr add ::ffff:0:1.2.3.4/128 nodad dev vc',
      'link set vc mtu 1400',
      'link set va up',
      'link set vc up',
      'link set vd up',
      'link set vt up',
    ]) {
      const r = spawnSync('ip', ['-n', ns, ...cmd.split(' ')], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`ip -n ${ns} ${cmd}: ${r.stderr}`);
    }
    // IFF_RUNNING follows the oper state, which linkwatch sets a moment after "up": wait for it, so
    // psutil and we read the same world.
    for (const end = Date.now() + 5000; ;) {
      const r = spawnSync('ip', ['-n', ns, '-br', 'link'], { encoding: 'utf8' });
      if (/^vc@\S+\s+UP/m.test(r.stdout) && /^vd@\S+\s+UP/m.test(r.stdout)) break;
      if (Date.now() > end) throw new Error(`vc/vd never came up:\n${r.stdout}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
    ref = inNetns(ns, [PYTHON, '-c', `import json, psutil\n${PSUTIL_NET}`]);
  });

  after(() => {
    if (created) spawnSync('ip', ['netns', 'del', ns]);
  });

  it('the namespace holds what the test needs: a NIC that is down with an address, a ptp peer, a link-local', () => {
    assert.equal(ref.stats.vb[0], false);
    assert.ok(ref.addrs.vb.some(([f]) => f === 2));
    assert.equal(ref.addrs.vt[0][4], '10.78.0.2');
    assert.ok(ref.addrs.vc.some(([, a]) => a === 'fe80::c1%vc'));
  });

  it('every address (family, address, netmask, broadcast, ptp) and every stat (isup, duplex, speed, mtu, flags) as psutil', () => {
    const ours = inNetns<Ours>(ns, [process.execPath, '-e', ourCode]);
    assert.deepEqual(Object.entries(ours.addrs), psAddrs(ref.addrs));
    assert.deepEqual(Object.entries(ours.stats), psStats(ref.stats));
  });

  it('without koffi (VITALS_NO_FFI=1): sysfs flags/isup/mtu as psutil; addresses as psutil for running NICs but ptp', () => {
    const ours = inNetns<Ours>(ns, [process.execPath, '-e', ourCode], { ...process.env, VITALS_NO_FFI: '1' });
    const want = psStats(ref.stats);
    assert.deepEqual(Object.keys(ours.stats), want.map(([n]) => n));
    for (const [nic, s] of want) {
      const o = ours.stats[nic];
      assert.deepEqual([o.isup, o.mtu, o.flags], [s.isup, s.mtu, s.flags], nic);
      // sysfs answers speed/duplex only for a NIC that is up (netif_running); one that is down reads 0 / unknown (documented)
      if (s.flags.split(',').includes('up')) assert.deepEqual([o.speed, o.duplex], [s.speed, s.duplex], nic);
      else assert.deepEqual([o.speed, o.duplex], [0, 0], nic);
    }
    for (const [nic, addrs] of psAddrs(ref.addrs)) {
      const running = ref.stats[nic][0];
      // the degraded path's known loss: os.networkInterfaces() has no IP address of a NIC that is not running
      assert.deepEqual(ours.addrs[nic] ?? [], running ? addrs : addrs.filter((a) => a.family === 'AF_LINK'), nic);
    }
  });
});

describe('netIfAddrs / netIfStats on this machine, cross-checked with python3-psutil', () => {
  it('koffi answers here, and the records it walks give the public result', () => {
    useLive();
    assert.deepEqual(netIfAddrsFromRecords(readIfAddrsRecords(libc())), probe.netIfAddrs());
  });

  it('every address and every stat as psutil', () => {
    useLive();
    const r = psutilJson<{ addrs: PsAddrs; stats: PsStats }>(PSUTIL_NET);
    assert.deepEqual(Object.entries(probe.netIfAddrs()), psAddrs(r.addrs));
    assert.deepEqual(Object.entries(probe.netIfStats()), psStats(r.stats));
  });

  it('every address Node\'s os.networkInterfaces() lists (running NICs), with its netmask and MAC', () => {
    useLive();
    const ours = probe.netIfAddrs();
    const node = os.networkInterfaces();
    assert.notEqual(Object.keys(node).length, 0);
    for (const [nic, list] of Object.entries(node)) {
      const mine = ours[nic] ?? [];
      const ip = (family: string): string[][] => mine.filter((a) => a.family === family).map((a) => [a.address.replace(/%.*$/, ''), a.netmask ?? '']).sort();
      const theirs = (family: string): string[][] => list!.filter((a) => a.family === family).map((a) => [a.address, a.netmask]).sort();
      assert.deepEqual(ip('AF_INET'), theirs('IPv4'), `${nic} IPv4`);
      assert.deepEqual(ip('AF_INET6'), theirs('IPv6'), `${nic} IPv6`);
      assert.deepEqual(mine.filter((a) => a.family === 'AF_LINK').map((a) => a.address), [list![0].mac], `${nic} MAC`);
    }
  });

  it('a NIC that vanished is left out of netIfStats, as psutil does on ENODEV', () => {
    useLive();
    const names = Object.keys(probe.netIfStats());
    assert.deepEqual(Object.keys(netIfStatsFor([...names, 'vitalsgone0'])), names);
  });
});

// netIfAddrs and netIfStats, as psutil's C code gets them: getifaddrs(3) for the addresses, and
// the SIOCGIFFLAGS / SIOCGIFMTU / SIOCETHTOOL ioctls for the stats, through koffi.
// The pure halves (decoded records -> psutil-shaped results) are exported for the unit tests.
// Without koffi (VITALS_NO_FFI=1, or no native loader) both fall back to a degraded path that is
// documented at each fallback function.
import os from 'node:os';
import path from 'node:path';
import {
  AF_INET, AF_INET6, AF_PACKET, ETHTOOL_CMD_SIZE, ETHTOOL_GSET, IFNAMSIZ, IFREQ_SIZE, SIOCETHTOOL, SIOCGIFFLAGS,
  SIOCGIFMTU, SOCK_CLOEXEC, SOCK_DGRAM, type LibC,
} from '../../../native-ffi/linux/libc';
import { NetIfAddr, NetIfStats } from '../types';
import { inetNtop4, inetNtop6 } from '../inetAddr';
import { errnoError, listDir, readOptionalInt, readOptionalTrimmed, readText } from './fsio';
import { tryLibc } from './native';
import { parseNetDev } from './parse/netdev';
import { roots } from './roots';

export const IFF_UP = 0x1;
export const IFF_BROADCAST = 0x2;
export const IFF_POINTOPOINT = 0x10;
export const IFF_RUNNING = 0x40;

/** psutil's net_if_flags order and names (the Linux IFF_* bits of net/if.h). */
const IFF_NAMES: [number, string][] = [
  [0x1, 'up'], [0x2, 'broadcast'], [0x4, 'debug'], [0x8, 'loopback'], [0x10, 'pointopoint'],
  [0x20, 'notrailers'], [0x40, 'running'], [0x80, 'noarp'], [0x100, 'promisc'], [0x200, 'allmulti'],
  [0x400, 'master'], [0x800, 'slave'], [0x1000, 'multicast'], [0x2000, 'portsel'], [0x4000, 'automedia'], [0x8000, 'dynamic'],
];

// ---------------------------------------------------------------------------------------------
// Pure part: addresses

/**
 * One sockaddr as the FFI walk decoded it. The walk reads every sockaddr of an entry with the
 * layout of the entry's ifa_addr family, as psutil does; `family` is the struct's own sa_family.
 */
export interface RawSockaddr {
  family: number;
  /** sin_addr (4), sin6_addr (16) or the sll_addr bytes (halen of them count). */
  bytes: number[];
  /** AF_INET6: sin6_scope_id, and if_indextoname of it (null when no interface has that index). */
  scopeId?: number;
  scopeName?: string | null;
  /** AF_PACKET: sll_halen. */
  halen?: number;
}

/** One struct ifaddrs node. ifu is the broadaddr/dstaddr union. */
export interface IfAddrsRecord {
  name: string;
  flags: number;
  addr: RawSockaddr | null;
  netmask: RawSockaddr | null;
  ifu: RawSockaddr | null;
}

export { inetNtop6 }; // its unit tests import it from here

const isLinkLocal6 = (b: ArrayLike<number>): boolean => b[0] === 0xfe && (b[1] & 0xc0) === 0x80;
const isMcLinkLocal6 = (b: ArrayLike<number>): boolean => b[0] === 0xff && (b[1] & 0x0f) === 0x2;

/**
 * psutil_convert_ipaddr: getnameinfo(NI_NUMERICHOST) for AF_INET/AF_INET6 (null when the struct is
 * of another family, where getnameinfo fails), the MAC as "xx:xx:..." for AF_PACKET (null when empty).
 */
export function convertSockaddr(sa: RawSockaddr | null, family: number): string | null {
  if (!sa) return null;
  if (family === AF_INET || family === AF_INET6) {
    if (sa.family !== family) return null;
    if (family === AF_INET) return inetNtop4(sa.bytes);
    let s = inetNtop6(sa.bytes);
    // glibc getnameinfo: the interface name for link-local scopes, else the number.
    if (sa.scopeId) {
      s += '%' + ((isLinkLocal6(sa.bytes) || isMcLinkLocal6(sa.bytes)) && sa.scopeName ? sa.scopeName : String(sa.scopeId >>> 0));
    }
    return s;
  }
  if (family === AF_PACKET) {
    const len = Math.min(sa.halen ?? 0, sa.bytes.length);
    if (len <= 0) return null;
    const parts: string[] = [];
    for (let i = 0; i < len; i++) parts.push(sa.bytes[i].toString(16).padStart(2, '0'));
    return parts.join(':');
  }
  return null;
}

interface AddrRow { name: string; family: number; address: string; netmask: string | null; broadcast: string | null; ptp: string | null }

const FAMILY_NAMES: Record<number, NetIfAddr['family']> = { [AF_INET]: 'AF_INET', [AF_INET6]: 'AF_INET6', [AF_PACKET]: 'AF_LINK' };

/**
 * psutil.net_if_addrs() from its raw rows: a stable sort by family number (so AF_INET, AF_INET6,
 * then the MAC), NICs in the order they first appear after that sort, MACs padded to 6 groups (#786).
 */
function groupLikePsutil(rows: AddrRow[]): Record<string, NetIfAddr[]> {
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.family - b.r.family || a.i - b.i).map((x) => x.r);
  const out: Record<string, NetIfAddr[]> = {};
  for (const r of sorted) {
    let address = r.address;
    if (r.family === AF_PACKET) while (address.split(':').length < 6) address += ':00';
    (out[r.name] ??= []).push({ family: FAMILY_NAMES[r.family], address, netmask: r.netmask, broadcast: r.broadcast, ptp: r.ptp });
  }
  return out;
}

/**
 * The getifaddrs list -> netIfAddrs, as psutil 5.9's net_if_addrs: entries without an address or of
 * another family are skipped; broadcast and ptp are ifa_ifu as the kernel gives it, chosen by
 * IFF_BROADCAST / IFF_POINTOPOINT. Kept divergences from psutil 7.x: it adds AF_UNSPEC rows for
 * address-less NICs (our NetIfAddr has no such family, and consumers want addresses) and drops the
 * kernel's broadcast of a /32 (#2964); here broadcast stays what the kernel reports.
 */
export function netIfAddrsFromRecords(records: IfAddrsRecord[]): Record<string, NetIfAddr[]> {
  const rows: AddrRow[] = [];
  for (const rec of records) {
    if (!rec.addr) continue;
    const family = rec.addr.family;
    const address = convertSockaddr(rec.addr, family);
    if (address === null) continue;
    const netmask = convertSockaddr(rec.netmask, family);
    let broadcast: string | null = null;
    let ptp: string | null = null;
    if (rec.flags & IFF_BROADCAST) broadcast = convertSockaddr(rec.ifu, family);
    else if (rec.flags & IFF_POINTOPOINT) ptp = convertSockaddr(rec.ifu, family);
    rows.push({ name: rec.name, family, address, netmask, broadcast, ptp });
  }
  return groupLikePsutil(rows);
}

// ---------------------------------------------------------------------------------------------
// Pure part: stats

/** psutil's comma-joined flag names for the low 16 bits (ifr_flags is a short). */
export function flagNames(flags: number): string {
  return IFF_NAMES.filter(([bit]) => flags & bit).map(([, n]) => n).join(',');
}

/** ethtool's DUPLEX_HALF (0) / DUPLEX_FULL (1) / DUPLEX_UNKNOWN (0xff) -> NIC_DUPLEX_HALF (1) / FULL (2) / UNKNOWN (0). */
export function duplexFromEthtool(d: number): number {
  return d === 0 ? 1 : d === 1 ? 2 : 0;
}

/** (speed_hi << 16) | speed, with SPEED_UNKNOWN (-1 as u32) or anything above INT_MAX as 0, like psutil. */
export function speedFromEthtool(speed: number, speedHi: number): number {
  const v = ((speedHi << 16) | speed) >>> 0;
  return v === 0xffffffff || v > 0x7fffffff ? 0 : v;
}

export interface IfStatsRaw { flags: number; mtu: number; ethtoolDuplex: number; speed: number }

/** psutil: isup is IFF_RUNNING as SIOCGIFFLAGS returns it (the kernel sets it from the oper state). */
export function nicStats(raw: IfStatsRaw): NetIfStats {
  const flags = raw.flags & 0xffff;
  return { isup: (flags & IFF_RUNNING) !== 0, duplex: duplexFromEthtool(raw.ethtoolDuplex), speed: raw.speed, mtu: raw.mtu, flags: flagNames(flags) };
}

// ---------------------------------------------------------------------------------------------
// FFI: getifaddrs walk

function decodeSockaddr(c: LibC, p: unknown, family: number): RawSockaddr | null {
  if (!p) return null;
  if (family === AF_INET) {
    const s = c.sockaddrInAt(p);
    return { family: s.sin_family, bytes: Array.from(s.sin_addr) };
  }
  if (family === AF_INET6) {
    const s = c.sockaddrIn6At(p);
    let scopeName: string | null | undefined;
    if (s.sin6_scope_id) {
      const buf = Buffer.alloc(IFNAMSIZ);
      scopeName = c.if_indextoname(s.sin6_scope_id, buf) ? buf.toString('utf8', 0, Math.max(0, buf.indexOf(0))) : null;
    }
    return { family: s.sin6_family, bytes: Array.from(s.sin6_addr), scopeId: s.sin6_scope_id, scopeName };
  }
  if (family === AF_PACKET) {
    const s = c.sockaddrLlAt(p);
    return { family: s.sll_family, bytes: Array.from(s.sll_addr.subarray(0, Math.min(s.sll_halen, s.sll_addr.length))), halen: s.sll_halen };
  }
  return { family: c.sockaddrFamilyAt(p), bytes: [] };
}

/** Walks getifaddrs' linked list into plain records; freeifaddrs always runs. */
export function readIfAddrsRecords(c: LibC): IfAddrsRecord[] {
  const head: [unknown] = [null];
  if (c.getifaddrs(head) !== 0) throw errnoError(c.errno(), 'getifaddrs');
  const out: IfAddrsRecord[] = [];
  try {
    for (let p = head[0]; p; ) {
      const node = c.ifaddrsAt(p);
      const family = node.ifa_addr ? c.sockaddrFamilyAt(node.ifa_addr) : -1;
      out.push({
        name: node.ifa_name,
        flags: node.ifa_flags,
        addr: decodeSockaddr(c, node.ifa_addr, family),
        netmask: decodeSockaddr(c, node.ifa_netmask, family),
        ifu: decodeSockaddr(c, node.ifa_ifu, family),
      });
      p = node.ifa_next;
    }
  } finally {
    c.freeifaddrs(head[0]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// FFI: interface ioctls

const ENODEV = os.constants.errno.ENODEV;
const ETHTOOL_UNSUPPORTED = new Set([os.constants.errno.EOPNOTSUPP, os.constants.errno.EINVAL, os.constants.errno.EBUSY]);
const LE = os.endianness() === 'LE';

/** mtu, flags, duplex and speed of one NIC, or null when it vanished (ENODEV, psutil #1279). */
export function readIfStatsRaw(c: LibC, fd: number, name: string): IfStatsRaw | null {
  const ifreq = Buffer.alloc(IFREQ_SIZE);
  const ioctl = (request: number, what: string): boolean => {
    ifreq.fill(0);
    ifreq.write(name, 0, IFNAMSIZ - 1, 'utf8');
    if (c.ioctlIfreq(fd, request, ifreq) === 0) return true;
    const errno = c.errno();
    if (errno === ENODEV) return false;
    throw errnoError(errno, `ioctl(${what})`, name);
  };
  if (!ioctl(SIOCGIFMTU, 'SIOCGIFMTU')) return null;
  const mtu = LE ? ifreq.readInt32LE(16) : ifreq.readInt32BE(16);
  if (!ioctl(SIOCGIFFLAGS, 'SIOCGIFFLAGS')) return null;
  const flags = LE ? ifreq.readUInt16LE(16) : ifreq.readUInt16BE(16);
  const cmd = Buffer.alloc(ETHTOOL_CMD_SIZE);
  if (LE) cmd.writeUInt32LE(ETHTOOL_GSET, 0);
  else cmd.writeUInt32BE(ETHTOOL_GSET, 0);
  let ethtoolDuplex = 0xff;
  let speed = 0;
  if (c.ioctlIfreqData(fd, SIOCETHTOOL, name, cmd) === 0) {
    ethtoolDuplex = cmd[14];
    speed = speedFromEthtool(LE ? cmd.readUInt16LE(12) : cmd.readUInt16BE(12), LE ? cmd.readUInt16LE(28) : cmd.readUInt16BE(28));
  } else {
    const errno = c.errno();
    if (errno === ENODEV) return null;
    if (!ETHTOOL_UNSUPPORTED.has(errno)) throw errnoError(errno, 'ioctl(SIOCETHTOOL)', name);
  }
  return { flags, mtu, ethtoolDuplex, speed };
}

function withDgramSocket<T>(c: LibC, fn: (fd: number) => T): T {
  const fd = c.socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) throw errnoError(c.errno(), 'socket(SOCK_DGRAM)');
  try {
    return fn(fd);
  } finally {
    c.close(fd);
  }
}

// ---------------------------------------------------------------------------------------------
// Fallbacks without koffi (degraded)

const sysNet = (...p: string[]): string => path.join(roots.sysfs, 'class', 'net', ...p);

/**
 * Degraded netIfStats from sysfs. flags is dev->flags (the hex IFF_ bits); IFF_RUNNING is not in it,
 * so it is added as dev_get_flags() does (up and operstate "up" or "unknown"); promisc/allmulti
 * may differ from the ioctl's. speed/duplex are sysfs' ethtool view, which the kernel only answers
 * for a NIC that is up (netif_running): one that is down reads 0 / unknown here where the ioctl may know more.
 */
export function nicStatsFromSysfs(nic: string): NetIfStats | null {
  const flagsHex = readOptionalTrimmed(sysNet(nic, 'flags'));
  if (flagsHex === undefined) return null;
  let flags = parseInt(flagsHex, 16) & 0xffff & ~IFF_RUNNING;
  const operstate = readOptionalTrimmed(sysNet(nic, 'operstate'));
  if ((flags & IFF_UP) && (operstate === 'up' || operstate === 'unknown')) flags |= IFF_RUNNING;
  const duplexText = readOptionalTrimmed(sysNet(nic, 'duplex'));
  const speed = readOptionalInt(sysNet(nic, 'speed'));
  return nicStats({
    flags,
    mtu: readOptionalInt(sysNet(nic, 'mtu')) ?? 0,
    ethtoolDuplex: duplexText === 'full' ? 1 : duplexText === 'half' ? 0 : 0xff,
    speed: speed !== undefined && speed > 0 ? speed : 0,
  });
}

/**
 * netIfStats for the NICs psutil lists (the names of /proc/net/dev), from the ioctls, or from
 * sysfs without koffi. A NIC that vanishes meanwhile is left out.
 */
export function netIfStatsFor(names: string[], c: LibC | null = tryLibc()): Record<string, NetIfStats> {
  const out: Record<string, NetIfStats> = {};
  if (!c) {
    for (const nic of names) {
      const s = nicStatsFromSysfs(nic);
      if (s) out[nic] = s;
    }
    return out;
  }
  return withDgramSocket(c, (fd) => {
    for (const nic of names) {
      const raw = readIfStatsRaw(c, fd, nic);
      if (raw) out[nic] = nicStats(raw);
    }
    return out;
  });
}

function ipv4Broadcast(address: string, netmask: string): string {
  const a = address.split('.').map(Number);
  const m = netmask.split('.').map(Number);
  return a.map((x, i) => (x | (~m[i] & 255)) & 255).join('.');
}

/**
 * Degraded netIfAddrs without koffi: os.networkInterfaces() for the IP addresses, which leaves out
 * every NIC that is down and knows no peer address (ptp is always null); broadcast is computed
 * from the netmask where sysfs flags say IFF_BROADCAST. MAC rows come from sysfs for every NIC.
 */
export function netIfAddrsFallback(): Record<string, NetIfAddr[]> {
  const rows: AddrRow[] = [];
  const flagsOf = (nic: string): number => parseInt(readOptionalTrimmed(sysNet(nic, 'flags')) ?? '0', 16) || 0;
  for (const [nic, addrs] of Object.entries(os.networkInterfaces())) {
    const bcast = (flagsOf(nic) & IFF_BROADCAST) !== 0;
    for (const a of addrs ?? []) {
      if (a.family === 'IPv4') {
        rows.push({ name: nic, family: AF_INET, address: a.address, netmask: a.netmask, broadcast: bcast ? ipv4Broadcast(a.address, a.netmask) : null, ptp: null });
      } else {
        const linkLocal = /^fe[89ab]/i.test(a.address) || /^ff.2/i.test(a.address);
        const address = a.scopeid ? `${a.address}%${linkLocal ? nic : a.scopeid}` : a.address;
        rows.push({ name: nic, family: AF_INET6, address, netmask: a.netmask, broadcast: null, ptp: null });
      }
    }
  }
  for (const nic of listDir(sysNet())) {
    if (!readOptionalInt(sysNet(nic, 'addr_len'))) continue; // no hardware address (tun, ...): psutil skips it too
    const mac = readOptionalTrimmed(sysNet(nic, 'address'));
    if (!mac) continue;
    const bcast = flagsOf(nic) & IFF_BROADCAST ? readOptionalTrimmed(sysNet(nic, 'broadcast')) ?? null : null;
    rows.push({ name: nic, family: AF_PACKET, address: mac, netmask: null, broadcast: bcast, ptp: null });
  }
  return groupLikePsutil(rows);
}

/** psutil: the NICs of /proc/net/dev, in its order. */
export function netIfStats(): Record<string, NetIfStats> {
  const file = path.join(roots.procfs, 'net', 'dev');
  return netIfStatsFor(Object.keys(parseNetDev(readText(file), file)));
}

export function netIfAddrs(): Record<string, NetIfAddr[]> {
  const c = tryLibc();
  return c ? netIfAddrsFromRecords(readIfAddrsRecords(c)) : netIfAddrsFallback();
}

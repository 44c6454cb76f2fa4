// psutil's net_if_addrs from Node's os.networkInterfaces() (libuv's getifaddrs): shared by the
// backends that have no reader of their own for it (portable, darwin).
import type os from 'node:os';
import type { NetIfAddr } from './types';

/** The IPv4 broadcast address of an interface: every host bit set. */
function ipv4Broadcast(address: string, netmask: string): string {
  const a = address.split('.').map(Number);
  const m = netmask.split('.').map(Number);
  return a.map((x, i) => (x | (~m[i] & 255)) & 255).join('.');
}

const ZERO_MAC = '00:00:00:00:00:00';

/**
 * os.networkInterfaces() as psutil's net_if_addrs. Node lists only interfaces that have an IP
 * address, and not the broadcast flag: a broadcast address is computed for non-internal IPv4
 * (the interfaces that have one in practice), ptp is unknown (null). A link-local IPv6 address
 * carries its interface as scope (`fe80::1%eth0`), as getnameinfo prints it; the link-layer
 * address is listed once per interface, after its IP addresses, where Node knows one.
 */
export function netIfAddrsFromNode(ifaces: NodeJS.Dict<os.NetworkInterfaceInfo[]>): Record<string, NetIfAddr[]> {
  const out: Record<string, NetIfAddr[]> = Object.create(null);
  for (const [nic, addrs] of Object.entries(ifaces)) {
    if (!addrs?.length) continue;
    const list: NetIfAddr[] = [];
    let mac: string | undefined;
    for (const a of addrs) {
      mac ??= a.mac;
      if (a.family === 'IPv4') {
        list.push({ family: 'AF_INET', address: a.address, netmask: a.netmask, broadcast: a.internal ? null : ipv4Broadcast(a.address, a.netmask), ptp: null });
      } else {
        const linkLocal = /^fe[89ab]/i.test(a.address) || /^ff.2/i.test(a.address);
        const address = a.scopeid ? `${a.address}%${linkLocal ? nic : a.scopeid}` : a.address;
        list.push({ family: 'AF_INET6', address, netmask: a.netmask, broadcast: null, ptp: null });
      }
    }
    if (mac !== undefined && (mac !== ZERO_MAC || addrs.some((a) => a.internal))) {
      list.push({ family: 'AF_LINK', address: mac, netmask: null, broadcast: null, ptp: null });
    }
    out[nic] = list;
  }
  return out;
}


// NET_RT_IFLIST2 buffers as the kernel lays them out: RTM_IFINFO2 messages (if_msghdr2 + sockaddr_dl) among others.
import { C, STRUCTS } from '../../../src/probe/darwin/layout';
import { build } from './buffers';

export interface Nic { name: string; flags: number; mtu: number; baud: bigint; ib: bigint; ob: bigint; ip: bigint; op: bigint; ie?: bigint; oe?: bigint; drops?: bigint }

export function ifinfo2(n: Nic): Buffer {
  const m = STRUCTS.if_msghdr2;
  const dl = STRUCTS.sockaddr_dl;
  const len = m.size + dl.size + 8; // sockaddr_dl rounded up as the kernel pads it
  const buf = Buffer.alloc(len);
  build(m, { ifm_msglen: len, ifm_version: 2, ifm_type: C.RTM_IFINFO2, ifm_flags: n.flags }, buf);
  build(STRUCTS.if_data64, {
    ifi_mtu: n.mtu, ifi_baudrate: n.baud, ifi_ibytes: n.ib, ifi_obytes: n.ob, ifi_ipackets: n.ip, ifi_opackets: n.op,
    ifi_ierrors: n.ie ?? 0n, ifi_oerrors: n.oe ?? 0n, ifi_iqdrops: n.drops ?? 0n,
  }, buf, m.fields.ifm_data[1]);
  build(dl, { sdl_len: dl.size, sdl_family: C.AF_LINK, sdl_nlen: n.name.length, sdl_data: n.name }, buf, m.size);
  return buf;
}

/** Another routing message type (RTM_NEWMADDR2 = 0x13) the parser must step over. */
export function otherMessage(): Buffer {
  const buf = Buffer.alloc(24);
  buf.writeUInt16LE(24, 0); buf[2] = 2; buf[3] = 0x13;
  return buf;
}

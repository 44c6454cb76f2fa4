// Buffers laid out as the darwin calls fill them, built from the checked layout table.
import type { Field, StructLayout } from '../../../src/probe/darwin/layout';

export function writeField(buf: Buffer, st: StructLayout, name: string, value: number | bigint | string, base = 0): void {
  const f: Field | undefined = st.fields[name];
  if (!f) throw new Error(`${st.c} has no field ${name}`);
  if (f[0] === 'struct') throw new Error(`${name} is a struct`);
  const at = base + f[0];
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    if (f[1] !== 'char' || bytes.length > (f[2] ?? 1)) throw new Error(`${name}: no room for ${value}`);
    bytes.copy(buf, at);
    return;
  }
  switch (f[1]) {
    case 'u8': case 'char': buf.writeUInt8(Number(value), at); break;
    case 'u16': buf.writeUInt16LE(Number(value), at); break;
    case 'i16': buf.writeInt16LE(Number(value), at); break;
    case 'u32': case 'boolean_t': buf.writeUInt32LE(Number(value), at); break;
    case 'i32': buf.writeInt32LE(Number(value), at); break;
    case 'u64': buf.writeBigUInt64LE(BigInt(value), at); break;
    case 'i64': buf.writeBigInt64LE(BigInt(value), at); break;
  }
}

export function build(st: StructLayout, values: Record<string, number | bigint | string>, buf: Buffer = Buffer.alloc(st.size), base = 0): Buffer {
  for (const [k, v] of Object.entries(values)) writeField(buf, st, k, v, base);
  return buf;
}

import { C, STRUCTS } from '../../../src/probe/darwin/layout';

/** A PROC_PIDFDSOCKETINFO answer: family, type, kind, and for inet sockets the addresses (16 bytes each, v4 in the last 4) and ports. */
export function socketFdInfo(o: {
  family: number; type: number; kind: number; laddr?: number[]; lport?: number; faddr?: number[]; fport?: number; state?: number;
  path?: string; peer?: string;
}): Buffer {
  const buf = Buffer.alloc(STRUCTS.socket_fdinfo.size);
  const psi = STRUCTS.socket_fdinfo.fields.psi[1];
  build(STRUCTS.socket_info, { soi_family: o.family, soi_type: o.type, soi_kind: o.kind }, buf, psi);
  const proto = psi + STRUCTS.socket_info.fields.soi_proto[1];
  if (o.kind === C.SOCKINFO_UN) {
    if (o.path) build(STRUCTS.sockaddr_un, { sun_path: o.path }, buf, proto + STRUCTS.un_sockinfo.fields.unsi_addr[1]);
    if (o.peer) build(STRUCTS.sockaddr_un, { sun_path: o.peer }, buf, proto + STRUCTS.un_sockinfo.fields.unsi_caddr[1]);
    return buf;
  }
  const ini = proto; // tcpsi_ini is at 0 of tcp_sockinfo
  const f = STRUCTS.in_sockinfo.fields;
  const netPort = (p: number) => ((p & 0xff) << 8) | (p >> 8); // stored in network order
  buf.writeInt32LE(netPort(o.lport ?? 0), ini + f.insi_lport[0]);
  buf.writeInt32LE(netPort(o.fport ?? 0), ini + f.insi_fport[0]);
  buf[ini + f.insi_vflag[0]] = o.family === C.AF_INET ? C.INI_IPV4 : C.INI_IPV6;
  const put = (at: number, a?: number[]) => { if (a) Buffer.from(a).copy(buf, a.length === 4 ? at + 12 : at); };
  put(ini + f.insi_laddr[1], o.laddr);
  put(ini + f.insi_faddr[1], o.faddr);
  if (o.state !== undefined) buf.writeInt32LE(o.state, proto + STRUCTS.tcp_sockinfo.fields.tcpsi_state[0]);
  return buf;
}

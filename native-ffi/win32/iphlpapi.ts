// koffi declarations for iphlpapi.dll: interface counters. Declarations only: no logic.
// GetIfTable2 hands back a MIB_IF_TABLE2 the caller frees with FreeMibTable; its rows are read
// through the MIB_IF_ROW2 struct koffi lays out below.
import koffi from 'koffi';

export const IF_MAX_STRING_SIZE = 256;
export const IF_MAX_PHYS_ADDRESS_LENGTH = 32;
export const IfOperStatusUp = 1;
export const NET_IF_ADMIN_STATUS_UP = 1;

export interface MibIfRow2 {
  InterfaceIndex: number; Alias: string; Description: string; Mtu: number; Type: number; OperStatus: number;
  AdminStatus: number; MediaConnectState: number; TransmitLinkSpeed: number | bigint; ReceiveLinkSpeed: number | bigint;
  InOctets: number | bigint; InUcastPkts: number | bigint; InNUcastPkts: number | bigint; InDiscards: number | bigint; InErrors: number | bigint;
  OutOctets: number | bigint; OutUcastPkts: number | bigint; OutNUcastPkts: number | bigint; OutDiscards: number | bigint; OutErrors: number | bigint;
}

export const TCP_TABLE_OWNER_PID_ALL = 5;
export const UDP_TABLE_OWNER_PID = 1;
export const AF_INET = 2;
export const AF_INET6 = 23;
/** Row sizes of MIB_TCPROW_OWNER_PID, MIB_TCP6ROW_OWNER_PID, MIB_UDPROW_OWNER_PID, MIB_UDP6ROW_OWNER_PID; rows start at offset 4. */
export const ROW_SIZE = { tcp4: 24, tcp6: 56, udp4: 12, udp6: 28 } as const;

export const AF_UNSPEC = 0;
export const GAA_FLAG_SKIP_UNICAST = 0x1;
export const GAA_FLAG_SKIP_ANYCAST = 0x2;
export const GAA_FLAG_SKIP_MULTICAST = 0x4;
export const GAA_FLAG_SKIP_DNS_SERVER = 0x8;
export const ERROR_BUFFER_OVERFLOW = 111;
export const ERROR_NO_DATA = 232;
/**
 * Offsets in IP_ADAPTER_ADDRESSES_LH and IP_ADAPTER_UNICAST_ADDRESS_LH on 64-bit: the lists are
 * linked by pointers into the caller's buffer, so they are walked by offset (src/probe/win32/decode.ts).
 */
export const ADAPTER = { IfIndex: 4, Next: 8, FirstUnicastAddress: 24, FriendlyName: 72, PhysicalAddress: 80, PhysicalAddressLength: 88 } as const;
export const UNICAST = { Next: 8, lpSockaddr: 16, OnLinkPrefixLength: 56 } as const;

export interface Iphlpapi {
  GetAdaptersAddresses(family: number, flags: number, reserved: null, buf: Buffer | null, size: [number]): number;
  GetExtendedTcpTable(buf: Buffer | null, size: [number], order: boolean, af: number, cls: number, reserved: number): number;
  GetExtendedUdpTable(buf: Buffer | null, size: [number], order: boolean, af: number, cls: number, reserved: number): number;
  GetIfTable2(table: [unknown]): number;
  FreeMibTable(table: unknown): void;
  /** Reads row i of a MIB_IF_TABLE2 pointer. */
  row(table: unknown, i: number): MibIfRow2;
  count(table: unknown): number;
}

let lib: Iphlpapi | undefined;

export function iphlpapi(): Iphlpapi {
  if (lib) return lib;
  const ROW = koffi.struct('MIB_IF_ROW2', {
    InterfaceLuid: 'uint64', InterfaceIndex: 'uint32', InterfaceGuid: koffi.array('uint8', 16),
    Alias: koffi.array('char16_t', IF_MAX_STRING_SIZE + 1, 'String'),
    Description: koffi.array('char16_t', IF_MAX_STRING_SIZE + 1, 'String'),
    PhysicalAddressLength: 'uint32', PhysicalAddress: koffi.array('uint8', IF_MAX_PHYS_ADDRESS_LENGTH),
    PermanentPhysicalAddress: koffi.array('uint8', IF_MAX_PHYS_ADDRESS_LENGTH),
    Mtu: 'uint32', Type: 'uint32', TunnelType: 'uint32', MediaType: 'uint32', PhysicalMediumType: 'uint32',
    AccessType: 'uint32', DirectionType: 'uint32', InterfaceAndOperStatusFlags: 'uint8', OperStatus: 'uint32',
    AdminStatus: 'uint32', MediaConnectState: 'uint32', NetworkGuid: koffi.array('uint8', 16), ConnectionType: 'uint32',
    TransmitLinkSpeed: 'uint64', ReceiveLinkSpeed: 'uint64', InOctets: 'uint64', InUcastPkts: 'uint64', InNUcastPkts: 'uint64',
    InDiscards: 'uint64', InErrors: 'uint64', InUnknownProtos: 'uint64', InUcastOctets: 'uint64', InMulticastOctets: 'uint64',
    InBroadcastOctets: 'uint64', OutOctets: 'uint64', OutUcastPkts: 'uint64', OutNUcastPkts: 'uint64', OutDiscards: 'uint64',
    OutErrors: 'uint64', OutUcastOctets: 'uint64', OutMulticastOctets: 'uint64', OutBroadcastOctets: 'uint64', OutQLen: 'uint64',
  });
  const rowSize = koffi.sizeof(ROW);
  const ip = koffi.load('iphlpapi.dll');
  lib = {
    GetIfTable2: ip.func('uint32 __stdcall GetIfTable2(_Out_ void **table)'),
    GetExtendedTcpTable: ip.func('uint32 __stdcall GetExtendedTcpTable(_Out_ void *buf, _Inout_ uint32 *size, bool order, uint32 af, int cls, uint32 reserved)'),
    GetExtendedUdpTable: ip.func('uint32 __stdcall GetExtendedUdpTable(_Out_ void *buf, _Inout_ uint32 *size, bool order, uint32 af, int cls, uint32 reserved)'),
    GetAdaptersAddresses: ip.func('uint32 __stdcall GetAdaptersAddresses(uint32 family, uint32 flags, void *reserved, _Out_ void *buf, _Inout_ uint32 *size)'),
    FreeMibTable: ip.func('void __stdcall FreeMibTable(void *table)'),
    count: (table) => koffi.decode(table, 'uint32') as number,
    // the rows start at offset 8 (NumEntries, then 8-byte aligned MIB_IF_ROW2s)
    row: (table, i) => koffi.decode(table, 8 + i * rowSize, ROW) as MibIfRow2,
  } as Iphlpapi;
  return lib;
}

// /proc/net/dev: two header lines, then "iface: rx(8 fields) tx(8 fields)".
import { MalformedFileError } from '../../errors';
import { NetIoCounters } from '../../types';

export function parseNetDev(text: string, file = '/proc/net/dev'): Record<string, NetIoCounters> {
  const out: Record<string, NetIoCounters> = {};
  for (const line of text.split('\n').slice(2)) {
    const colon = line.lastIndexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const f = line.slice(colon + 1).trim().split(/\s+/).map(Number);
    if (f.length < 16 || f.some((x) => !Number.isFinite(x))) {
      throw new MalformedFileError(file, `expected 16 numeric fields for ${JSON.stringify(name)}`);
    }
    out[name] = {
      bytesRecv: f[0], packetsRecv: f[1], errin: f[2], dropin: f[3],
      bytesSent: f[8], packetsSent: f[9], errout: f[10], dropout: f[11],
    };
  }
  return out;
}

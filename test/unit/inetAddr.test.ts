// src/probe/inetAddr.ts against the formatters psutil gets its text from: glibc's inet_ntop (through
// python3's socket.inet_ntop) and Windows' RtlIpv6AddressToStringA (outputs recorded under Wine;
// test/win32/truth.test.ts compares it live there).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { inetNtop6, rtlIpv6AddressToString } from '../../src/probe/inetAddr';

/** Addresses with the zero runs, v4 tails and ISATAP ids the rules branch on, and random ones. */
function addresses(n: number): Buffer[] {
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) / 65536;
  const out: Buffer[] = [];
  const specials = [0, 1, 0xffff, 0x5efe, 0x200, 0x0064, 0xff9b];
  for (let i = 0; i < n; i++) {
    const b = Buffer.alloc(16);
    for (let w = 0; w < 8; w++) {
      const r = rnd();
      const v = r < 0.55 ? 0 : r < 0.8 ? specials[Math.floor(rnd() * specials.length)] : Math.floor(rnd() * 65536);
      b.writeUInt16BE(v, w * 2);
    }
    out.push(b);
  }
  return out;
}

describe('inetAddr: IPv6 text as psutil gets it per OS', () => {
  it('inetNtop6 is glibc inet_ntop, address for address (python3 socket.inet_ntop)', function () {
    const list = addresses(3000);
    const r = spawnSync('/usr/bin/python3', ['-c', 'import socket,sys\nfor l in sys.stdin.read().split():\n print(socket.inet_ntop(socket.AF_INET6, bytes.fromhex(l)))'],
      { input: list.map((b) => b.toString('hex')).join('\n'), encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const want = r.stdout.trim().split('\n');
    assert.equal(want.length, list.length);
    list.forEach((b, i) => assert.equal(inetNtop6(b), want[i], b.toString('hex')));
  });

  it('rtlIpv6AddressToString is RtlIpv6AddressToStringA (recorded under Wine): dotted tails for v4-compatible, mapped, translated and ISATAP', () => {
    const recorded: Record<string, string> = {
      '00000000000000000000000001020304': '::1.2.3.4', '00000000000000000000ffff01020304': '::ffff:1.2.3.4',
      '0000000000000000ffff000001020304': '::ffff:0:1.2.3.4', '000000000000000000005efe01020304': '::5efe:1.2.3.4',
      '000000000000000002005efe01020304': '::200:5efe:1.2.3.4', '00000000000000000000000000000001': '::1',
      '00000000000000000000000000000000': '::', '00010000000000000000000000000000': '1::', 'fe800000000000000001000000000001': 'fe80::1:0:0:1',
      '00010000000100000000000000000001': '1:0:1::1', '20010db8000000010000000000000001': '2001:db8:0:1::1',
      '0000000000000000000000000000ffff': '::ffff', '00000000000000000000ffff00000001': '::ffff:0:1', '0000000000000000ffff000000000102': '::ffff:0:0:102', '00000000000000000000000000010000': '::0.1.0.0', '0064ff9b000000000000000001020304': '64:ff9b::102:304',
    };
    for (const [hex, want] of Object.entries(recorded)) assert.equal(rtlIpv6AddressToString(Buffer.from(hex, 'hex')), want, hex);
    // where Windows and glibc differ
    assert.equal(inetNtop6(Buffer.from('0000000000000000ffff000001020304', 'hex')), '::ffff:0:102:304');
  });
});

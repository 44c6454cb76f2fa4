// Address text for both backends: psutil prints addresses with the OS's own formatter, and the two
// differ, so each rule is here once and each use names the one psutil gets.
//  - inetNtop6: glibc's inet_ntop (psutil on Linux: getnameinfo for net_if_addrs, socket.inet_ntop
//    for net_connections).
//  - rtlIpv6AddressToString: Windows' RtlIpv6AddressToString (psutil on Windows: inet_ntop for
//    net_if_addrs, RtlIpv6AddressToStringA for net_connections; inet_ntop calls it too). It also
//    writes the IPv4-translated (::ffff:0:a.b.c.d) and ISATAP (...:5efe:a.b.c.d) tails dotted, where
//    glibc writes hex words. Checked under Wine against its RtlIpv6AddressToStringA.

export function inetNtop4(b: ArrayLike<number>): string {
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
}

function words(b: ArrayLike<number>): number[] {
  const w: number[] = [];
  for (let i = 0; i < 16; i += 2) w.push((b[i] << 8) | b[i + 1]);
  return w;
}

/** The first longest run (>= 2) of zero words among the first n, or null. */
function zeroRun(w: number[], n: number): { base: number; len: number } | null {
  let best: { base: number; len: number } | null = null;
  for (let i = 0; i < n;) {
    if (w[i] !== 0) { i++; continue; }
    let j = i;
    while (j < n && w[j] === 0) j++;
    if (j - i >= 2 && (!best || j - i > best.len)) best = { base: i, len: j - i };
    i = j;
  }
  return best;
}

/** Words 0..n-1 in hex with their longest zero run as "::", then the dotted tail if any. */
function compose(w: number[], n: number, tail: string | null): string {
  const run = zeroRun(w, n);
  const hex = (from: number, to: number) => w.slice(from, to).map((x) => x.toString(16)).join(':');
  let head: string;
  if (!run) head = hex(0, n) + (tail === null ? '' : ':');
  else head = `${hex(0, run.base)}::${hex(run.base + run.len, n)}${tail !== null && run.base + run.len < n ? ':' : ''}`;
  return tail === null ? head : head + tail;
}

/** glibc's inet_ntop6: the first longest zero run becomes "::"; ::a.b.c.d and ::ffff:a.b.c.d forms. */
export function inetNtop6(b: ArrayLike<number>): string {
  const w = words(b);
  const run = zeroRun(w, 8);
  const v4 = run && run.base === 0 && (run.len === 6 || (run.len === 5 && w[5] === 0xffff));
  return v4 ? compose(w, 6, inetNtop4([b[12], b[13], b[14], b[15]])) : compose(w, 8, null);
}

/**
 * Windows' RtlIpv6AddressToString: a dotted tail for ::a.b.c.d, ::ffff:a.b.c.d and ::ffff:0:a.b.c.d
 * (IPv4-compatible, mapped, translated) when a.b is not 0.0, and for ISATAP interface ids (word 4
 * is 0 or 0x200, word 5 is 0x5efe) always; otherwise glibc's zero-run rule.
 */
export function rtlIpv6AddressToString(b: ArrayLike<number>): string {
  const w = words(b);
  const tail = inetNtop4([b[12], b[13], b[14], b[15]]);
  const zero = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  // the three v4 forms only with a nonzero high word of the v4 part (::ffff:0:1, not ::ffff:0.0.0.1)
  if (w[6] !== 0 && zero(0, 6)) return `::${tail}`;
  if (w[6] !== 0 && zero(0, 5) && w[5] === 0xffff) return `::ffff:${tail}`;
  if (w[6] !== 0 && zero(0, 4) && w[4] === 0xffff && w[5] === 0) return `::ffff:0:${tail}`;
  if ((w[4] & 0xfdff) === 0 && w[5] === 0x5efe) return compose(w, 6, tail);
  return compose(w, 8, null);
}

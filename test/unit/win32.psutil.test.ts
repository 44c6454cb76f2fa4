// The Windows backend's psutil semantics over built buffers and fake FFI results, on any OS: what
// Wine cannot show (paging files in use, protected processes' errors, ...). The live counterpart,
// against truths that are not our code: test/win32/truth.test.ts under Wine.
import assert from 'node:assert/strict';
import { parsePageFiles, swapFromPageFiles } from '../../src/probe/win32/decode';

/** A SYSTEM_PAGEFILE_INFORMATION chain (x64) at a pretend address: sizes in pages, names UTF-16 after the records. */
function pageFileBuffer(files: { name: string; size: number; inUse: number; peak: number }[], base: bigint): Buffer {
  const rec = 32;
  const names = files.map((f) => Buffer.from(f.name, 'utf16le'));
  const buf = Buffer.alloc(files.length * rec + names.reduce((a, n) => a + n.length, 0));
  let nameAt = files.length * rec;
  files.forEach((f, i) => {
    const o = i * rec;
    buf.writeUInt32LE(i + 1 < files.length ? rec : 0, o);
    buf.writeUInt32LE(f.size, o + 4);
    buf.writeUInt32LE(f.inUse, o + 8);
    buf.writeUInt32LE(f.peak, o + 12);
    buf.writeUInt16LE(names[i].length, o + 16);
    buf.writeUInt16LE(names[i].length, o + 18);
    buf.writeBigUInt64LE(base + BigInt(nameAt), o + 24);
    names[i].copy(buf, nameAt);
    nameAt += names[i].length;
  });
  return buf;
}

describe('Windows backend, psutil semantics (pure, fake FFI)', () => {
  it('swap: used is the paging files\' % usage of CommitLimit - PhysicalTotal, not commit charge - physical memory in use', () => {
    const base = 0x10000n;
    const buf = pageFileBuffer([
      { name: '\\??\\C:\\pagefile.sys', size: 262144, inUse: 13107, peak: 20000 },
      { name: '\\??\\D:\\pagefile.sys', size: 262144, inUse: 0, peak: 1 },
    ], base);
    const files = parsePageFiles(buf, buf.length, base);
    assert.deepEqual(files.map((f) => [f.name, f.totalSize, f.totalInUse, f.peakUsage]), [
      ['\\??\\C:\\pagefile.sys', 262144, 13107, 20000], ['\\??\\D:\\pagefile.sys', 262144, 0, 1]]);
    // 8 GiB of RAM, 2 GiB of paging files, 4 KiB pages: 13107 of 524288 pages in use = 2.5 %
    const perf = { pageSize: 4096, physicalTotal: 2097152, commitLimit: 2097152 + 524288 };
    const sw = swapFromPageFiles(perf, files);
    const total = 524288 * 4096;
    assert.equal(sw.total, total);
    assert.equal(sw.used, Math.floor(0.01 * (13107 / 524288 * 100) * total));
    assert.equal(sw.free, sw.total - sw.used);
    assert.equal(sw.percent, 2.5);
    assert.deepEqual([sw.sin, sw.sout], [null, null]);
    // the commit charge plays no part: a machine with most of its commit charge untouched still shows 2.5 %
  });

  it('swap: no paging file (or a kernel that lists none): 0 used, as psutil when its counter cannot be collected', () => {
    const perf = { pageSize: 4096, physicalTotal: 1000, commitLimit: 1500 };
    assert.deepEqual(swapFromPageFiles(perf, []), { total: 500 * 4096, used: 0, free: 500 * 4096, percent: 0, sin: null, sout: null });
    assert.deepEqual(parsePageFiles(Buffer.alloc(64), 0, 0n), []);
    // commit limit below physical memory (no paging file at all): total 0, never negative
    assert.equal(swapFromPageFiles({ pageSize: 4096, physicalTotal: 1000, commitLimit: 900 }, []).total, 0);
  });
});

// The Windows backend's psutil semantics over built buffers and fake FFI results, on any OS: what
// Wine cannot show (paging files in use, protected processes' errors, ...). The live counterpart,
// against truths that are not our code: test/win32/truth.test.ts under Wine.
import assert from 'node:assert/strict';
import { parsePageFiles, swapFromPageFiles, ussPages } from '../../src/probe/win32/decode';
import { getterError, retryPartialCopy, WinError } from '../../src/probe/win32/native';
import { imageNameById } from '../../src/probe/win32/exe';
import { AccessDenied, NoSuchProcess } from '../../src/probe/errors';
import { diskPartitions, type PartitionDeps } from '../../src/probe/win32/system';
import { environmentBlock, paramString, PEB32, PEB64, processParameters, type PebLayout } from '../../src/probe/win32/peb';

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

  it('getter errors: psutil #1501\'s codes and the permission errors are AccessDenied; another Windows error is NoSuchProcess once the pid is gone, else AccessDenied naming it', () => {
    const listed = (alive: boolean) => () => alive;
    for (const code of [5, 1314, 998, 31, 1168]) {
      const e = getterError(88, 'Registry', new WinError('NtQueryInformationProcess', code), listed(true));
      assert.ok(e instanceof AccessDenied, `${code}: ${e}`);
      assert.match((e as Error).message, new RegExp(`Windows error ${code}`));
    }
    assert.ok(getterError(88, 'x', new WinError('ReadProcessMemory', 6), listed(false)) instanceof NoSuchProcess);
    const kept = getterError(88, 'x', new WinError('GetProcessTimes', 1450), listed(true));
    assert.ok(kept instanceof AccessDenied && /Windows error 1450/.test(kept.message));
    // the probe's own errors, and programming errors, pass unchanged
    const nsp = new NoSuchProcess(88);
    assert.equal(getterError(88, 'x', nsp, listed(true)), nsp);
    const bug = new TypeError('bug');
    assert.equal(getterError(88, 'x', bug, listed(true)), bug);
    // the pid list itself failing keeps the process (AccessDenied, not NoSuchProcess)
    assert.ok(getterError(88, 'x', new WinError('x', 1450), () => { throw new Error('EnumProcesses'); }) instanceof AccessDenied);
  });

  it('ERROR_PARTIAL_COPY: read again after doubling pauses, AccessDenied after the last try; other errors at once', () => {
    const pauses: number[] = [];
    let calls = 0;
    assert.equal(retryPartialCopy(7, 'n', () => { if (++calls < 3) throw new WinError('ReadProcessMemory', 299); return 'ok'; }, 8, (ms) => pauses.push(ms)), 'ok');
    assert.deepEqual(pauses, [0.1, 0.2]);
    calls = 0;
    assert.throws(() => retryPartialCopy(7, 'n', () => { calls++; throw new WinError('ReadProcessMemory', 299); }, 8, () => undefined),
      (e: Error) => e instanceof AccessDenied && /ERROR_PARTIAL_COPY after 8 tries/.test(e.message));
    assert.equal(calls, 8);
    calls = 0;
    assert.throws(() => retryPartialCopy(7, 'n', () => { calls++; throw new WinError('ReadProcessMemory', 5); }, 8, () => undefined), WinError);
    assert.equal(calls, 1);
  });

  it('exe: SystemProcessIdInformation grows the name buffer as the kernel asks (or doubles it, WOW64), \'\' for a process without an image', () => {
    const image = '\\Device\\HarddiskVolume3\\Program Files\\naïve 😀\\' + 'x'.repeat(600) + '.exe';
    const bytes = Buffer.from(image, 'utf16le');
    const buffers = new Map<bigint, Buffer>();
    let next = 0x1000n;
    const sizes: number[] = [];
    const kernel = (tellSize: boolean, nullName = false) => ({
      address: (b: Buffer) => { const a = next; next += 0x100000n; buffers.set(a, b); return a; },
      query: (info: Buffer) => {
        assert.equal(info.readBigUInt64LE(0), 1234n);
        const max = info.readUInt16LE(10);
        sizes.push(max);
        if (nullName) { info.writeBigUInt64LE(0n, 16); return 0; }
        if (max < bytes.length) { if (tellSize) info.writeUInt16LE(bytes.length, 10); return 0xc0000004 | 0; }
        bytes.copy(buffers.get(info.readBigUInt64LE(16))!);
        info.writeUInt16LE(bytes.length, 8);
        return 0;
      },
    });
    assert.equal(imageNameById(1234, kernel(true)), image);
    assert.deepEqual(sizes, [520, bytes.length]);
    sizes.length = 0;
    assert.equal(imageNameById(1234, kernel(false)), image);
    assert.deepEqual(sizes, [520, 1040, 2080]);
    assert.equal(imageNameById(1234, kernel(true, true)), '');
    assert.equal(imageNameById(1234, { address: () => 1n, query: () => 0xc0000003 | 0 }), undefined, 'no such class: the caller falls back');
  });

  it('diskPartitions: no remote, RAM-disk, unknown or A:\\ drive without all; an empty CD-ROM kept; mount points; ro/compressed/readonly opts', () => {
    // drive -> [GetDriveTypeW, volume flags (null: GetVolumeInformationW fails), fs, mount points]
    const drives: Record<string, [number, number | null, string, string[]]> = {
      'A:\\': [2, null, '', []], 'C:\\': [3, 0x80, 'NTFS', ['mnt\\data\\', 'Ü 😀\\']], 'D:\\': [5, null, '', []], 'E:\\': [4, 0, 'NTFS', []],
      'F:\\': [6, 0, 'FAT32', []], 'G:\\': [3, 0x00080000 | 0x00008000, 'NTFS', []], 'H:\\': [0, 0, '', []], 'I:\\': [2, 0, 'FAT32', []],
    };
    const calls: string[] = [];
    let modes: number[] = [];
    const fake: PartitionDeps = {
      GetLogicalDriveStringsW: (_n, buf) => { const b = Buffer.from(Object.keys(drives).join('\0') + '\0\0', 'utf16le'); b.copy(buf); return b.length / 2 - 1; },
      GetDriveTypeW: (d) => drives[d][0],
      GetVolumeInformationW: (d, _n, _nl, _s, _m, flags, fs) => {
        calls.push(d);
        if (drives[d][1] === null) return false;
        flags[0] = drives[d][1]!;
        Buffer.from(drives[d][2] + '\0', 'utf16le').copy(fs);
        return true;
      },
      SetErrorMode: (m) => { modes.push(m); return 7; },
      FindFirstVolumeMountPointW: (d, buf) => {
        const mps = drives[d][3];
        if (!mps.length) return -1;
        let i = 0;
        Buffer.from(mps[i++] + '\0', 'utf16le').copy(buf);
        handles.set(42, () => { if (i >= mps.length) return false; buf.fill(0); Buffer.from(mps[i++] + '\0', 'utf16le').copy(buf); return true; });
        return 42;
      },
      FindNextVolumeMountPointW: (h) => handles.get(Number(h))!(),
      FindVolumeMountPointClose: (h) => { closed.push(Number(h)); return true; },
      GetLastError: () => 0,
    };
    const handles = new Map<number, () => boolean>();
    const closed: number[] = [];
    assert.deepEqual(diskPartitions(false, fake), [
      { device: 'C:\\', mountpoint: 'C:\\mnt\\data\\', fstype: 'NTFS', opts: 'rw,fixed' },
      { device: 'C:\\', mountpoint: 'C:\\Ü 😀\\', fstype: 'NTFS', opts: 'rw,fixed' },
      { device: 'C:\\', mountpoint: 'C:\\', fstype: 'NTFS', opts: 'rw,fixed' },
      { device: 'D:\\', mountpoint: 'D:\\', fstype: '', opts: 'cdrom' },
      { device: 'G:\\', mountpoint: 'G:\\', fstype: 'NTFS', opts: 'ro,compressed,readonly,fixed' },
      { device: 'I:\\', mountpoint: 'I:\\', fstype: 'FAT32', opts: 'rw,removable' },
    ]);
    assert.deepEqual(calls, ['C:\\', 'D:\\', 'G:\\', 'I:\\'], 'no volume query on a skipped (network, floppy) drive');
    assert.deepEqual(closed, [42]);
    assert.deepEqual(modes, [1, 7], 'critical-error dialogs off, the old mode restored');
    modes = [];
    assert.deepEqual(diskPartitions(true, fake).filter((p) => p.mountpoint.length === 3).map((p) => `${p.mountpoint}${p.opts}`),
      ['A:\\removable', 'C:\\rw,fixed', 'D:\\cdrom', 'E:\\rw,remote', 'F:\\rw,ramdisk', 'G:\\ro,compressed,readonly,fixed', 'H:\\rw,unknown', 'I:\\rw,removable']);
  });

  it('uss: working-set pages that are private, or shared but with a share count of at most 1 (psutil\'s proc_memory_uss)', () => {
    // MEMORY_WORKING_SET_BLOCK: Protection bits 0-4, ShareCount bits 5-7, Shared bit 8, VirtualPage from bit 12
    const block = (shared: boolean, shareCount: number, page: number) => (BigInt(page) << 12n) | (shared ? 1n << 8n : 0n) | (BigInt(shareCount) << 5n) | 4n;
    const entries = [block(false, 0, 1), block(true, 1, 2), block(true, 2, 3), block(true, 7, 4), block(false, 3, 5), block(true, 0, 6)];
    const buf = Buffer.alloc(8 + entries.length * 8 + 64);
    buf.writeBigUInt64LE(BigInt(entries.length), 0);
    entries.forEach((e, i) => buf.writeBigUInt64LE(e, 8 + i * 8));
    assert.equal(ussPages(buf), 4);
    buf.writeBigUInt64LE(1000n, 0); // a count past the buffer reads only what is there
    assert.equal(ussPages(buf), 4 + 8);
  });

  it('PEB: cwd, command line and environment through the 64-bit and the WoW64 (PEB32) layouts', () => {
    for (const layout of [PEB64, PEB32] as PebLayout[]) {
      // a pretend address space: PEB at 0x1000, parameters at 0x2000, strings from 0x8000
      const mem = Buffer.alloc(0x10000);
      const put = (at: number, v: number) => (layout.ptr === 8 ? mem.writeBigUInt64LE(BigInt(v), at) : mem.writeUInt32LE(v, at));
      put(0x1000 + layout.processParameters, 0x2000);
      const str = (field: number, at: number, text: string) => {
        const b = Buffer.from(text, 'utf16le');
        b.copy(mem, at);
        mem.writeUInt16LE(b.length, 0x2000 + field);
        mem.writeUInt16LE(b.length + 2, 0x2000 + field + 2);
        put(0x2000 + field + layout.ptr, at);
      };
      str(layout.cwd, 0x8000, 'C:\\Users\\ü\\');
      str(layout.commandLine, 0x9000, '"C:\\app 32\\x.exe" --flag');
      const env = Buffer.from('Path=C:\\bin\0=C:=C:\\\0A=1\0\0', 'utf16le');
      env.copy(mem, 0xa000);
      put(0x2000 + layout.environment, 0xa000);
      put(0x2000 + layout.environmentSize, env.length);
      const reads: bigint[] = [];
      const read = (addr: bigint, size: number) => { reads.push(addr); return Buffer.from(mem.subarray(Number(addr), Number(addr) + size)); };
      const params = processParameters(read, layout, 0x1000n);
      assert.equal(params, 0x2000n);
      assert.equal(paramString(read, layout, params, 'cwd'), 'C:\\Users\\ü\\', `ptr ${layout.ptr}`);
      assert.equal(paramString(read, layout, params, 'commandLine'), '"C:\\app 32\\x.exe" --flag');
      assert.equal(environmentBlock(read, layout, params), 'Path=C:\\bin\0=C:=C:\\\0A=1\0\0');
    }
    // the offsets psutil's RTL_USER_PROCESS_PARAMETERS32 / PEB32 give (ntextapi.h)
    assert.deepEqual([PEB32.processParameters, PEB32.cwd, PEB32.commandLine, PEB32.environment], [0x10, 0x24, 0x40, 0x48]);
  });
});

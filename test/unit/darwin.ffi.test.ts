// The darwin koffi declarations against the headers' prototypes (clang, both macOS targets), and
// against koffi itself (every declaration parses with the types it registers).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import koffi from 'koffi';
import * as ffi from '../../native-ffi/darwin/libsystem';
import { compileFor, DARWIN_DIR, TARGETS } from './darwin/layoutC';
import { prototypeChecksC, referencedSymbols, symbolRefsC, type FfiTables } from './darwin/ffiC';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { clangArgs } = require('../darwin/clang.mjs') as { clangArgs: (t: string, dir: string) => string[] };

const tables = ffi as unknown as FfiTables;
const STRICT = ['-Werror=incompatible-function-pointer-types', '-Werror=incompatible-pointer-types', '-Werror=int-conversion'];

function assemble(target: string, source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-darwin-'));
  try {
    fs.writeFileSync(path.join(dir, 'refs.c'), source);
    const r = spawnSync('clang', [...clangArgs(target, DARWIN_DIR), '-S', '-O0', '-o', '-', path.join(dir, 'refs.c')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('darwin koffi declarations checked against the headers\' prototypes', () => {
  for (const target of TARGETS) {
    it(`every prototype and type alias matches the header for ${target}`, function () {
      this.timeout(120_000);
      const r = compileFor(target, prototypeChecksC(tables), STRICT);
      assert.ok(r.ok, r.output);
    });

    it(`every function binds the symbol the header names for ${target} (x86_64: the $INODE64 variants)`, function () {
      this.timeout(120_000);
      const refs = referencedSymbols(assemble(target, symbolRefsC(tables)));
      const arch = target.startsWith('x86_64') ? 'x64' : 'arm64';
      for (const key of Object.keys(ffi.PROTOTYPES) as ffi.ProtoName[]) {
        const { symbol } = ffi.koffiSignature(key, arch);
        assert.ok(refs.has(symbol), `${key} -> ${symbol}; the header binds: ${[...refs].join(', ')}`);
      }
    });
  }

  it('a declaration that differs from the header fails to compile, naming it', function () {
    this.timeout(120_000);
    const wrong = (proto: string) => ({ ...tables, PROTOTYPES: { ...tables.PROTOTYPES, proc_pidinfo: { header: 'libproc.h', proto } } });
    for (const proto of [
      'int proc_pidinfo(int pid, int flavor, uint32_t arg, _Out_ void *buffer, int buffersize)', // arg is uint64_t
      'int proc_pidinfo(int pid, unsigned int flavor, uint64_t arg, _Out_ void *buffer, int buffersize)',
      'int64_t proc_pidinfo(int pid, int flavor, uint64_t arg, _Out_ void *buffer, int buffersize)',
      'int proc_pidinfo(int pid, int flavor, uint64_t arg, _Out_ void *buffer)',
    ]) {
      const r = compileFor(TARGETS[0], prototypeChecksC(wrong(proto)), STRICT);
      assert.ok(!r.ok, `accepted: ${proto}`);
      assert.match(r.output, /check_proc_pidinfo/);
    }
    const badAlias = compileFor(TARGETS[1], prototypeChecksC({ ...tables, TYPE_ALIASES: { ...tables.TYPE_ALIASES, vm_size_t: 'unsigned int' } }), STRICT);
    assert.ok(!badAlias.ok);
    assert.match(badAlias.output, /vm_size_t is unsigned int/);
  });

  it('koffi passes a Buffer as the memory behind each pointer kind the declarations use (checked with glibc here)', () => {
    ffi.registerTypes();
    const libc = koffi.load('libc.so.6');
    const src = Buffer.from(Array.from({ length: 16 }, (_, i) => i + 1));
    for (const kind of ['void *', 'host_info_t', 'host_info64_t', 'statfs_t *', 'rusage_info_t *']) {
      const memcpy = libc.func('memcpy', 'void *', [koffi.out(kind), 'void *', 'size_t']);
      const dst = Buffer.alloc(16);
      memcpy(dst, src, 16);
      assert.deepEqual(dst, src, kind);
    }
    // an _Out_ pointer to a pointer (host_processor_info's array) comes back as a pointer koffi can read and free
    const memalign = libc.func('int posix_memalign(_Out_ processor_info_array_t *p, size_t a, size_t n)');
    const out: [unknown] = [null];
    assert.equal(memalign(out, 16, 64), 0);
    assert.equal(typeof koffi.address(out[0]), 'bigint');
    libc.func('void free(void *p)')(out[0]);
    // null for an _Out_ void * (the size-asking calls: sysctl, proc_pidinfo, getfsstat with no buffer)
    assert.equal(libc.func('memcpy', 'void *', [koffi.out('void *'), 'void *', 'size_t'])(null, null, 0), null);
    // an _Inout_ size_t * takes a one-element array and hands back what the call wrote (sysctl's oldlenp)
    const len: [number] = [5];
    const eight = Buffer.alloc(8); eight.writeBigUInt64LE(42n);
    libc.func('memcpy', 'void *', [koffi.inout('size_t *'), 'void *', 'size_t'])(len, eight, 8);
    assert.deepEqual(len, [42]);
  });

  it('koffi parses every declaration with the types it registers', () => {
    ffi.registerTypes();
    for (const key of Object.keys(ffi.PROTOTYPES) as ffi.ProtoName[]) {
      for (const arch of ['x64', 'arm64']) {
        const { result, params } = ffi.koffiSignature(key, arch);
        assert.doesNotThrow(() => koffi.proto(result, params), key);
      }
    }
    assert.equal(koffi.sizeof('vm_address_t'), 8);
    assert.equal(koffi.sizeof('mach_port_t'), 4);
  });
});

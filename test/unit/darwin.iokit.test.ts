// The CoreFoundation and IOKit declarations (native-ffi/darwin/corefoundation.ts, iokit.ts)
// against Apple's headers (CF-1153.18, IOKitUser, IOStorageFamily, vendored in test/darwin/cf and
// iokit): each prototype, typedef, enum constant and key, with clang for both macOS targets.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import koffi from 'koffi';
import * as cfDecl from '../../native-ffi/darwin/corefoundation';
import * as ioDecl from '../../native-ffi/darwin/iokit';
import { splitPrototype } from '../../native-ffi/darwin/libsystem';
import { prototypeChecksC, type FfiTables } from './darwin/ffiC';
import { compileFor, DARWIN_DIR, layoutAssertsC, TARGETS } from './darwin/layoutC';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { clangArgs } = require('../darwin/clang.mjs') as { clangArgs: (t: string, dir: string) => string[] };

const STRICT = ['-Werror=incompatible-function-pointer-types', '-Werror=incompatible-pointer-types', '-Werror=int-conversion'];

/** The declarations as the prototype checker takes them: CF's references are checked as typedefs of the pointers written. */
const ALL_PROTOTYPES: FfiTables['PROTOTYPES'] = { ...cfDecl.PROTOTYPES, ...ioDecl.PROTOTYPES };

function tables(target: string, prototypes: FfiTables['PROTOTYPES'] = ALL_PROTOTYPES, refs: Record<string, string> = cfDecl.REF_TYPES): FfiTables {
  const booleanT = target.startsWith('x86_64') ? ioDecl.BOOLEAN_T.x64 : ioDecl.BOOLEAN_T.arm64;
  return { TYPE_ALIASES: { ...cfDecl.TYPE_ALIASES, ...ioDecl.TYPE_ALIASES, boolean_t: booleanT, ...refs }, POINTER_TYPES: {}, OPAQUE_TYPES: {}, PROTOTYPES: prototypes, splitPrototype };
}

/** The object-like macros the headers define, as clang -dM prints them. */
function macros(target: string, header: string): Map<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-darwin-'));
  try {
    fs.writeFileSync(path.join(dir, 'm.c'), `#include <${header}>\n`);
    const r = spawnSync('clang', [...clangArgs(target, DARWIN_DIR), '-E', '-dM', path.join(dir, 'm.c')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = new Map<string, string>();
    for (const m of r.stdout.matchAll(/^#define (\w+) (.*)$/gm)) out.set(m[1], m[2]);
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('darwin CoreFoundation/IOKit declarations checked against Apple\'s headers', () => {
  for (const target of TARGETS) {
    it(`every prototype, typedef and reference type matches the headers for ${target}`, function () {
      this.timeout(120_000);
      const r = compileFor(target, prototypeChecksC(tables(target)), STRICT);
      assert.ok(r.ok, r.output);
    });

    it(`every constant and IOPSKeys.h key matches for ${target}`, function () {
      this.timeout(120_000);
      const r = compileFor(target, layoutAssertsC({}, cfDecl.CONSTANTS as unknown as Record<string, Record<string, number>>));
      assert.ok(r.ok, r.output);
      const defs = macros(target, 'IOKit/ps/IOPSKeys.h');
      for (const [name, text] of Object.entries(ioDecl.IOPS_KEYS)) assert.equal(defs.get(name), JSON.stringify(text), name);
      for (const [header, keys] of Object.entries(ioDecl.STORAGE_KEYS)) {
        const inHeader = macros(target, header);
        for (const [name, text] of Object.entries(keys)) assert.equal(inHeader.get(name), JSON.stringify(text), `${name} (${header})`);
      }
    });
  }

  it('a declaration that differs from the headers fails to compile, naming it', function () {
    this.timeout(120_000);
    for (const proto of [
      'Boolean CFNumberGetValue(CFNumberRef number, int theType, _Out_ void *valuePtr)', // CFNumberType is CFIndex
      'int CFNumberGetValue(CFNumberRef number, CFNumberType theType, _Out_ void *valuePtr)', // Boolean is unsigned char
      'Boolean CFNumberGetValue(CFStringRef number, CFNumberType theType, _Out_ void *valuePtr)',
    ]) {
      const r = compileFor(TARGETS[0], prototypeChecksC(tables(TARGETS[0], { ...ALL_PROTOTYPES, CFNumberGetValue: { header: 'CoreFoundation/CFNumber.h', proto } })), STRICT);
      assert.ok(!r.ok, `accepted: ${proto}`);
      assert.match(r.output, /check_CFNumberGetValue/);
    }
    const badRef = compileFor(TARGETS[1], prototypeChecksC(tables(TARGETS[1], ALL_PROTOTYPES, { ...cfDecl.REF_TYPES, CFArrayRef: 'const struct __CFDictionary *' })), STRICT);
    assert.ok(!badRef.ok);
    assert.match(badRef.output, /CFArrayRef is const struct __CFDictionary \*/);
    // boolean_t differs by architecture: x86_64's declaration on arm64 fails
    const swapped = { ...tables(TARGETS[1]) };
    const badBool = compileFor(TARGETS[0], prototypeChecksC(swapped), STRICT);
    assert.ok(!badBool.ok);
    assert.match(badBool.output, /boolean_t is unsigned int/);
    const badConst = compileFor(TARGETS[0], layoutAssertsC({}, { 'CoreFoundation/CFNumber.h': { kCFNumberSInt64Type: 3 } }));
    assert.ok(!badConst.ok);
    assert.match(badConst.output, /kCFNumberSInt64Type == 3/);
  });

  it('koffi parses every declaration with the types it registers', () => {
    for (const key of Object.keys(cfDecl.PROTOTYPES) as cfDecl.CfProtoName[]) {
      const { result, params } = cfDecl.koffiSignature(key);
      assert.doesNotThrow(() => koffi.proto(result, params), key);
    }
    for (const key of Object.keys(ioDecl.PROTOTYPES) as ioDecl.IoProtoName[]) {
      const { result, params } = ioDecl.koffiSignature(key);
      assert.doesNotThrow(() => koffi.proto(result, params), key);
    }
    assert.equal(koffi.sizeof('CFIndex'), koffi.sizeof('void *'));
    assert.equal(koffi.sizeof('Boolean'), 1);
    assert.equal(koffi.sizeof('CFDictionaryRef'), koffi.sizeof('void *'));
  });
});

// The darwin backend's layouts and constants against Apple's headers: C generated from
// src/probe/darwin/layout.ts, compiled by clang for arm64 and x86_64 macOS against xnu's headers.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CONSTANTS, STRUCTS, SYSCTL_NAMES, type StructLayout } from '../../src/probe/darwin/layout';
import { compileFor, DARWIN_DIR, layoutAssertsC, TARGETS } from './darwin/layoutC';

/** The SYSCTL_PROC declaration of hw.<leaf> in xnu's kern_mib.c, with its format ("I" int, "Q" int64), or undefined. */
function sysctlFormat(source: string, name: string): string | undefined {
  const [node, leaf] = name.split('.');
  const m = new RegExp(`SYSCTL_PROC\\(_${node}, OID_AUTO, ${leaf},[^;]*?"([A-Z]+)"`).exec(source);
  return m?.[1];
}

const structs = STRUCTS as unknown as Record<string, StructLayout>;
const constants = CONSTANTS as unknown as Record<string, Record<string, number>>;

describe('darwin layouts checked against xnu headers (clang, both macOS targets)', () => {
  const source = layoutAssertsC(structs, constants);

  it('asserts every struct, field and constant of the table', () => {
    const asserts = source.split('\n').filter((l) => l.startsWith('_Static_assert')).length;
    const fields = Object.values(structs).reduce((n, s) => n + Object.keys(s.fields).length, 0);
    const consts = Object.values(constants).reduce((n, t) => n + Object.keys(t).length, 0);
    assert.ok(asserts >= Object.keys(structs).length + fields * 2 + consts, `${asserts} asserts`);
  });

  for (const target of TARGETS) {
    it(`compiles for ${target}: every offset, size, signedness and constant matches`, function () {
      this.timeout(120_000);
      const r = compileFor(target, source);
      assert.ok(r.ok, r.output);
    });
  }

  it('every sysctl read by name is declared in xnu (bsd/kern/kern_mib.c) with the format read', () => {
    const mib = fs.readFileSync(path.join(DARWIN_DIR, 'xnu', 'bsd', 'kern', 'kern_mib.c'), 'utf8');
    for (const [name, format] of Object.entries(SYSCTL_NAMES)) assert.equal(sysctlFormat(mib, name), format, name);
    assert.equal(sysctlFormat(mib, 'hw.cpufrequency_typo'), undefined);
  });

  it('fails, naming the field and the constant, when the table is wrong', function () {
    this.timeout(120_000);
    const bad: Record<string, StructLayout> = { ...structs, proc_bsdinfo: { ...structs.proc_bsdinfo, fields: { ...structs.proc_bsdinfo.fields, pbi_ppid: [20, 'u32'] } } };
    const badConst = { ...constants, 'sys/proc_info.h': { ...constants['sys/proc_info.h'], PROC_PIDTBSDINFO: 4 } };
    const badSign: Record<string, StructLayout> = { ...structs, timeval: { ...structs.timeval, fields: { ...structs.timeval.fields, tv_sec: [0, 'u64'] } } };
    const r = compileFor(TARGETS[0], layoutAssertsC(bad, badConst));
    assert.ok(!r.ok);
    assert.match(r.output, /struct proc_bsdinfo\.pbi_ppid at 20/);
    assert.match(r.output, /PROC_PIDTBSDINFO == 4/);
    const s = compileFor(TARGETS[1], layoutAssertsC(badSign, {}));
    assert.ok(!s.ok);
    assert.match(s.output, /struct timeval\.tv_sec is unsigned/);
  });
});

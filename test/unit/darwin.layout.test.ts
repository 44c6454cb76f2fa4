// The darwin backend's layouts and constants against Apple's headers: C generated from
// src/probe/darwin/layout.ts, compiled by clang for arm64 and x86_64 macOS against xnu's headers.
import assert from 'node:assert/strict';
import { CONSTANTS, STRUCTS, type StructLayout } from '../../src/probe/darwin/layout';
import { compileFor, layoutAssertsC, TARGETS } from './darwin/layoutC';

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

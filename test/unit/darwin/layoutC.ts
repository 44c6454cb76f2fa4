// Generates C from the darwin backend's TypeScript layout table (src/probe/darwin/layout.ts): one
// _Static_assert per struct size, field offset, field size, field signedness and constant value.
// Compiled against xnu's headers (test/darwin/xnu/) for each target, it fails on any drift.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CONSTANTS as ConstantsTable, StructLayout } from '../../../src/probe/darwin/layout';
import { SCALAR_SIZE } from '../../../src/probe/darwin/layout';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TARGETS, clangArgs } = require('../../darwin/clang.mjs') as { TARGETS: string[]; clangArgs: (t: string, dir: string) => string[] };

export { TARGETS };
export const DARWIN_DIR = path.resolve(__dirname, '..', '..', '..', 'test', 'darwin');

const SIGNED = new Set(['i16', 'i32', 'i64']);

export function layoutAssertsC(structs: Record<string, StructLayout>, constants: Record<string, Record<string, number>>, extraHeaders: readonly string[] = []): string {
  const headers = new Set<string>(['stddef.h', ...Object.values(structs).map((s) => s.header), ...Object.keys(constants), ...extraHeaders]);
  const lines = [
    '/* Generated from src/probe/darwin/layout.ts by test/unit/darwin/layoutC.ts: do not edit. */',
    ...[...headers].map((h) => `#include <${h}>`),
    '',
  ];
  const check = (cond: string, what: string): void => { lines.push(`_Static_assert(${cond}, ${JSON.stringify(what)});`); };
  for (const [key, st] of Object.entries(structs)) {
    check(`sizeof(${st.c}) == ${st.size}`, `sizeof(${st.c}) == ${st.size} (${key})`);
    for (const [name, f] of Object.entries(st.fields)) {
      const member = `((${st.c} *)0)->${name}`;
      if (f[0] === 'struct') {
        const [, offset, size] = f;
        check(`offsetof(${st.c}, ${name}) == ${offset}`, `${st.c}.${name} at ${offset}`);
        check(`sizeof(${member}) == ${size}`, `${st.c}.${name} is ${size} bytes`);
        continue;
      }
      const [offset, type, count] = f as readonly [number, keyof typeof SCALAR_SIZE, number?];
      const size = SCALAR_SIZE[type] * (count ?? 1);
      check(`offsetof(${st.c}, ${name}) == ${offset}`, `${st.c}.${name} at ${offset}`);
      check(`sizeof(${member}) == ${size}`, `${st.c}.${name} is ${size} bytes`);
      const element = count ? `${member}[0]` : member;
      if (count) check(`sizeof(${element}) == ${SCALAR_SIZE[type]}`, `${st.c}.${name} elements are ${SCALAR_SIZE[type]} bytes`);
      if (type !== 'char' && type !== 'boolean_t' && type !== 'ptr') check(`((__typeof__(${element}))-1 < 0) == ${SIGNED.has(type) ? 1 : 0}`, `${st.c}.${name} is ${SIGNED.has(type) ? 'signed' : 'unsigned'}`);
    }
  }
  for (const [header, table] of Object.entries(constants)) {
    for (const [name, value] of Object.entries(table)) check(`(${name}) == ${value}`, `${name} == ${value} (${header})`);
  }
  return lines.join('\n') + '\n';
}

export type Constants = typeof ConstantsTable;

/** Compiles C text for one target (syntax and constant evaluation only); clang's diagnostics on failure. */
export function compileFor(target: string, source: string, extraArgs: readonly string[] = []): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-darwin-'));
  const file = path.join(dir, 'check.c');
  fs.writeFileSync(file, source);
  try {
    const r = spawnSync('clang', [...clangArgs(target, DARWIN_DIR), '-fsyntax-only', '-ferror-limit=0', ...extraArgs, file], { encoding: 'utf8' });
    if (r.error) throw r.error;
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Generates C from the koffi declarations (native-ffi/darwin/libsystem.ts): each prototype, with
// koffi's _Out_/_Inout_ dropped, becomes a function type the real function (from xnu's header) is
// assigned to, and each koffi alias a __builtin_types_compatible_p check against the header's
// typedef. Compiled with -Werror=incompatible-function-pointer-types, any parameter or result that
// differs from the header fails. A second file takes each function's address, so the assembly
// names the symbol the header binds (x86_64's $INODE64 variants).

export interface FfiTables {
  TYPE_ALIASES: Record<string, string>;
  POINTER_TYPES: Record<string, string>;
  OPAQUE_TYPES: Record<string, string>;
  PROTOTYPES: Record<string, { header: string; proto: string; symbol?: { x64: string } }>;
  splitPrototype(proto: string): { result: string; name: string; params: string[] };
}

const cType = (t: string): string => t.replace(/^_(?:Out|Inout)_\s*/, '').trim();

function prelude(t: FfiTables): string[] {
  const headers = new Set(['stddef.h', 'stdint.h', ...Object.values(t.PROTOTYPES).map((p) => p.header)]);
  return [
    '/* Generated from native-ffi/darwin/libsystem.ts by test/unit/darwin/ffiC.ts: do not edit. */',
    ...[...headers].map((h) => `#include <${h}>`),
    ...Object.entries(t.OPAQUE_TYPES).map(([k, c]) => `typedef ${c} ${k};`),
  ];
}

export function prototypeChecksC(t: FfiTables): string {
  const lines = prelude(t);
  for (const [name, base] of Object.entries(t.TYPE_ALIASES)) {
    lines.push(`_Static_assert(__builtin_types_compatible_p(${name}, ${base}), ${JSON.stringify(`${name} is ${base}`)});`);
  }
  for (const [name, pointee] of Object.entries(t.POINTER_TYPES)) {
    lines.push(`_Static_assert(__builtin_types_compatible_p(${name}, ${pointee} *), ${JSON.stringify(`${name} is ${pointee} *`)});`);
  }
  for (const [key, def] of Object.entries(t.PROTOTYPES)) {
    const { result, name, params } = t.splitPrototype(def.proto);
    if (name !== key) throw new Error(`${key}: the prototype names ${name}`);
    lines.push(`typedef ${result} koffi_${key}(${params.length ? params.map(cType).join(', ') : 'void'});`);
    lines.push(`koffi_${key} *const check_${key} = &${key};`);
  }
  return lines.join('\n') + '\n';
}

export function symbolRefsC(t: FfiTables): string {
  const lines = prelude(t);
  lines.push('void *const vitals_refs[] = {');
  for (const key of Object.keys(t.PROTOTYPES)) lines.push(`  (void *)&${key},`);
  lines.push('};');
  return lines.join('\n') + '\n';
}

/** The symbol each function was bound to, as the Mach-O assembly references it (leading underscore dropped). */
export function referencedSymbols(asm: string): Set<string> {
  const out = new Set<string>();
  for (const m of asm.matchAll(/\.quad\s+"?_([\w$]+)"?/g)) out.add(m[1]);
  return out;
}

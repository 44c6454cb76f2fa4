// Buffers laid out as the darwin calls fill them, built from the checked layout table.
import type { Field, StructLayout } from '../../../src/probe/darwin/layout';

export function writeField(buf: Buffer, st: StructLayout, name: string, value: number | bigint | string, base = 0): void {
  const f: Field | undefined = st.fields[name];
  if (!f) throw new Error(`${st.c} has no field ${name}`);
  if (f[0] === 'struct') throw new Error(`${name} is a struct`);
  const at = base + f[0];
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    if (f[1] !== 'char' || bytes.length > (f[2] ?? 1)) throw new Error(`${name}: no room for ${value}`);
    bytes.copy(buf, at);
    return;
  }
  switch (f[1]) {
    case 'u8': case 'char': buf.writeUInt8(Number(value), at); break;
    case 'u16': buf.writeUInt16LE(Number(value), at); break;
    case 'u32': case 'boolean_t': buf.writeUInt32LE(Number(value), at); break;
    case 'i32': buf.writeInt32LE(Number(value), at); break;
    case 'u64': buf.writeBigUInt64LE(BigInt(value), at); break;
    case 'i64': buf.writeBigInt64LE(BigInt(value), at); break;
  }
}

export function build(st: StructLayout, values: Record<string, number | bigint | string>, buf = Buffer.alloc(st.size), base = 0): Buffer {
  for (const [k, v] of Object.entries(values)) writeField(buf, st, k, v, base);
  return buf;
}

// A CoreFoundation/IOKit stand-in for the darwin tests: CF objects are plain JS objects, IOKit
// objects small integers; it counts what the caller owns (Copy/Create results, IOKit objects), so
// a test can assert that everything was released.
import assert from 'node:assert/strict';
import type { Frameworks } from '../../../src/probe/darwin/cf';

export type Obj =
  | { t: 'string'; text: string } | { t: 'number'; v: number; float?: boolean } | { t: 'dict'; m: Map<string, Obj> }
  | { t: 'array'; items: Obj[] } | { t: 'blob'; sources: Obj[] };
const TYPE = { number: 22, string: 7, dict: 18, array: 19, blob: 30 } as const;

export const dict = (o: Record<string, Obj>): Obj => ({ t: 'dict', m: new Map(Object.entries(o)) });
export const num = (v: number, float = false): Obj => ({ t: 'number', v, float });
export const str = (text: string): Obj => ({ t: 'string', text });

/** One IOMedia of the registry: its properties and its parent's (a block storage driver or not). */
export interface Media { props: Obj; parent: { driver: boolean; props: Obj } }

export function fakeCf(sources: Obj[], registry: Media[] = []) {
  const owned = new Set<Obj>();
  const ioOwned = new Map<number, string>();
  const calls: string[] = [];
  let nextPort = 0x1000;
  const own = (o: Obj): Obj => { owned.add(o); return o; };
  const port = (what: string): number => { const p = nextPort++; ioOwned.set(p, what); return p; };
  const iterators = new Map<number, Media[]>();
  const media = new Map<number, Media>();
  const parents = new Map<number, Media>();
  const fake: Frameworks = {
    CFRelease: (o) => { assert.ok(owned.delete(o as Obj), 'released an object it does not own'); },
    CFGetTypeID: (o) => TYPE[(o as Obj).t],
    CFNumberGetTypeID: () => TYPE.number,
    CFStringGetTypeID: () => TYPE.string,
    CFDictionaryGetTypeID: () => TYPE.dict,
    CFArrayGetCount: (a) => (a as { items: Obj[] }).items.length,
    CFArrayGetValueAtIndex: (a, i) => (a as { items: Obj[] }).items[i],
    CFDictionaryGetValue: (d, k) => (d as { m: Map<string, Obj> }).m.get((k as { text: string }).text) ?? null,
    CFNumberGetValue: (n, type, buf) => {
      assert.equal(type, 4, 'kCFNumberSInt64Type');
      const v = n as { v: number; float?: boolean };
      buf.writeBigInt64LE(BigInt(Math.trunc(v.v)));
      return v.float ? 0 : 1;
    },
    CFStringCreateWithCString: (_alloc, text, enc) => { assert.equal(enc, 0x08000100); return own({ t: 'string', text }); },
    CFStringGetCString: (s, buf, size, enc) => {
      assert.equal(enc, 0x08000100);
      const b = Buffer.from(`${(s as { text: string }).text}\0`);
      if (b.length > size) return 0;
      b.copy(buf);
      return 1;
    },
    IOServiceMatching: (name) => { calls.push(`match ${name}`); return own(dict({ IOProviderClass: str(name) })); },
    IOServiceGetMatchingServices: (mainPort, matching, out) => {
      assert.equal(mainPort, 0);
      assert.ok(owned.delete(matching as Obj), 'consumes the matching dictionary');
      const it = port('iterator');
      iterators.set(it, [...registry]);
      out[0] = it;
      return 0;
    },
    IOIteratorNext: (it) => {
      const m = iterators.get(it)!.shift();
      if (!m) return 0;
      const p = port('media');
      media.set(p, m);
      return p;
    },
    IORegistryEntryGetParentEntry: (entry, plane, out) => {
      assert.equal(plane, 'IOService');
      const p = port('parent');
      parents.set(p, media.get(entry)!);
      out[0] = p;
      return 0;
    },
    IOObjectConformsTo: (obj, cls) => { assert.equal(cls, 'IOBlockStorageDriver'); return parents.get(obj)!.parent.driver ? 1 : 0; },
    IORegistryEntryCreateCFProperties: (entry, out, alloc, options) => {
      assert.equal(alloc, null); assert.equal(options, 0);
      const m = media.get(entry);
      const props = m ? m.props : parents.get(entry)!.parent.props;
      out[0] = own({ ...props } as Obj);
      return 0;
    },
    IOObjectRelease: (obj) => { assert.ok(ioOwned.delete(obj), `released io object ${obj} twice or never owned`); return 0; },
    IOPSCopyPowerSourcesInfo: () => { calls.push('info'); return own({ t: 'blob', sources }); },
    IOPSCopyPowerSourcesList: (blob) => own({ t: 'array', items: (blob as { sources: Obj[] }).sources }),
    IOPSGetPowerSourceDescription: (blob, ps) => { assert.ok(owned.has(blob as Obj)); return ps; },
  };
  return { fake, owned, ioOwned, calls };
}

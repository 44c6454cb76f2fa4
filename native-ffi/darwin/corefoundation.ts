// koffi declarations for CoreFoundation (the IOKit calls, in iokit.ts, hand back CF objects).
// Declarations only: no logic. Loaded lazily, on darwin only. Each prototype uses the header's own
// type names so that test/unit/darwin.iokit.test.ts compiles it against Apple's prototype (CF's
// headers, vendored in test/darwin/cf/); `_Out_` is koffi's direction.
import koffi, { type TypeSpec } from 'koffi';
import { knownType, splitPrototype } from './libsystem';

/** koffi aliases for CF's scalar typedefs, each checked against the header's typedef. */
export const TYPE_ALIASES = {
  CFIndex: 'long', CFTypeID: 'unsigned long', Boolean: 'unsigned char', CFStringEncoding: 'uint32_t', CFNumberType: 'long',
} as const;
/**
 * CF's object references: koffi sees each as `void *` (every one is a pointer, passed as is); the C
 * check asserts the header's typedef is the pointer written here.
 */
export const REF_TYPES = {
  CFTypeRef: 'const void *', CFAllocatorRef: 'const struct __CFAllocator *', CFArrayRef: 'const struct __CFArray *',
  CFDictionaryRef: 'const struct __CFDictionary *', CFMutableDictionaryRef: 'struct __CFDictionary *', CFNumberRef: 'const struct __CFNumber *', CFStringRef: 'const struct __CFString *',
} as const;
/** Constants passed to CF, each checked against the header (enums in CFString.h, CFNumber.h). */
export const CONSTANTS = {
  'CoreFoundation/CFString.h': { kCFStringEncodingUTF8: 0x08000100 },
  'CoreFoundation/CFNumber.h': { kCFNumberSInt64Type: 4 },
} as const;
export const FRAMEWORK = '/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation';

export const PROTOTYPES = {
  CFRelease: { header: 'CoreFoundation/CFBase.h', proto: 'void CFRelease(CFTypeRef cf)' },
  CFGetTypeID: { header: 'CoreFoundation/CFBase.h', proto: 'CFTypeID CFGetTypeID(CFTypeRef cf)' },
  CFArrayGetCount: { header: 'CoreFoundation/CFArray.h', proto: 'CFIndex CFArrayGetCount(CFArrayRef theArray)' },
  CFArrayGetValueAtIndex: { header: 'CoreFoundation/CFArray.h', proto: 'const void *CFArrayGetValueAtIndex(CFArrayRef theArray, CFIndex idx)' },
  CFDictionaryGetValue: { header: 'CoreFoundation/CFDictionary.h', proto: 'const void *CFDictionaryGetValue(CFDictionaryRef theDict, const void *key)' },
  CFNumberGetTypeID: { header: 'CoreFoundation/CFNumber.h', proto: 'CFTypeID CFNumberGetTypeID(void)' },
  CFNumberGetValue: { header: 'CoreFoundation/CFNumber.h', proto: 'Boolean CFNumberGetValue(CFNumberRef number, CFNumberType theType, _Out_ void *valuePtr)' },
  CFStringGetTypeID: { header: 'CoreFoundation/CFString.h', proto: 'CFTypeID CFStringGetTypeID(void)' },
  CFStringCreateWithCString: { header: 'CoreFoundation/CFString.h', proto: 'CFStringRef CFStringCreateWithCString(CFAllocatorRef alloc, const char *cStr, CFStringEncoding encoding)' },
  CFStringGetCString: { header: 'CoreFoundation/CFString.h', proto: 'Boolean CFStringGetCString(CFStringRef theString, _Out_ char *buffer, CFIndex bufferSize, CFStringEncoding encoding)' },
  CFDictionaryGetTypeID: { header: 'CoreFoundation/CFDictionary.h', proto: 'CFTypeID CFDictionaryGetTypeID(void)' },
} as const;

export type CfProtoName = keyof typeof PROTOTYPES;

/** A CF object as koffi hands it back (an opaque pointer), or null. */
export type CfRef = unknown;

export interface CoreFoundation {
  CFRelease(cf: CfRef): void;
  CFGetTypeID(cf: CfRef): number | bigint;
  CFArrayGetCount(array: CfRef): number | bigint;
  CFArrayGetValueAtIndex(array: CfRef, idx: number): CfRef;
  CFDictionaryGetValue(dict: CfRef, key: CfRef): CfRef;
  CFNumberGetTypeID(): number | bigint;
  CFNumberGetValue(number: CfRef, type: number, value: Buffer): number;
  CFStringGetTypeID(): number | bigint;
  CFStringCreateWithCString(alloc: null, cStr: string, encoding: number): CfRef;
  CFStringGetCString(str: CfRef, buffer: Buffer, size: number, encoding: number): number;
  CFDictionaryGetTypeID(): number | bigint;
}

let typesRegistered = false;
export function registerTypes(): void {
  if (typesRegistered) return;
  for (const [name, type] of Object.entries(TYPE_ALIASES)) if (!knownType(name)) koffi.alias(name, type);
  for (const name of Object.keys(REF_TYPES)) if (!knownType(name)) koffi.alias(name, 'void *');
  typesRegistered = true;
}

/** The result and koffi parameter types of a prototype (types registered by the caller). */
export function signatureOf(proto: string): { result: string; params: TypeSpec[] } {
  const { result, params } = splitPrototype(proto);
  return { result, params: params.map((p) => (p.startsWith('_Out_') ? koffi.out(p.slice(5).trim()) : p)) };
}

export function koffiSignature(key: CfProtoName): { result: string; params: TypeSpec[] } {
  registerTypes();
  return signatureOf(PROTOTYPES[key].proto);
}

let lib: CoreFoundation | undefined;
export function coreFoundation(): CoreFoundation {
  if (lib) return lib;
  if (process.platform !== 'darwin') throw new Error('CoreFoundation is only loaded on darwin');
  const so = koffi.load(FRAMEWORK);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(PROTOTYPES) as CfProtoName[]) {
    const { result, params } = koffiSignature(key);
    out[key] = so.func(key, result, params);
  }
  lib = out as unknown as CoreFoundation;
  return lib;
}

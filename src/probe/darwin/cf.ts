// The guarded path into native-ffi/darwin/corefoundation and iokit, and the CF reads the backend
// needs: a dictionary's values for some keys, copied out as numbers and strings, every CF object
// created here released here.
import { coreFoundation, CONSTANTS, type CfRef, type CoreFoundation } from '../../../native-ffi/darwin/corefoundation';
import { ioKit, type IOKit } from '../../../native-ffi/darwin/iokit';

const UTF8 = CONSTANTS['CoreFoundation/CFString.h'].kCFStringEncodingUTF8;
const SINT64 = CONSTANTS['CoreFoundation/CFNumber.h'].kCFNumberSInt64Type;
/** Longer strings are left out: the values read (power source states, names) are short. */
const STRING_MAX = 1024;

/** Both frameworks' calls: IOKit's hand back CF objects that CF's read and release. */
export type Frameworks = CoreFoundation & IOKit;

let injected: Frameworks | undefined;
let loaded: Frameworks | undefined;

export function cf(): Frameworks {
  if (injected) return injected;
  loaded ??= { ...coreFoundation(), ...ioKit() };
  return loaded;
}

/** Tests on other OSes stand a fake CoreFoundation/IOKit in (undefined: the real ones again). */
export function useCoreFoundation(fake: Frameworks | undefined): void {
  injected = fake;
}

export type CfValue = number | string;

/**
 * The values of `keys` in a CFDictionary: CFNumbers as integers (CFNumberGetValue as SInt64; a
 * value it cannot give losslessly, a float, is left out as psutil treats a false return), CFStrings
 * as text; absent keys and other types are left out. The dictionary is borrowed, not released.
 */
export function dictionaryValues(dict: CfRef, keys: readonly string[]): Map<string, CfValue> {
  const lib = cf();
  const numberType = lib.CFNumberGetTypeID();
  const stringType = lib.CFStringGetTypeID();
  const out = new Map<string, CfValue>();
  for (const key of keys) {
    const cfKey = lib.CFStringCreateWithCString(null, key, UTF8);
    if (!cfKey) throw new Error(`CFStringCreateWithCString(${key}) failed`);
    try {
      const value = lib.CFDictionaryGetValue(dict, cfKey);
      if (!value) continue;
      const type = lib.CFGetTypeID(value);
      if (type === numberType) {
        const buf = Buffer.alloc(8);
        if (lib.CFNumberGetValue(value, SINT64, buf)) out.set(key, Number(buf.readBigInt64LE(0)));
      } else if (type === stringType) {
        const buf = Buffer.alloc(STRING_MAX);
        if (lib.CFStringGetCString(value, buf, STRING_MAX, UTF8)) {
          const end = buf.indexOf(0);
          out.set(key, buf.toString('utf8', 0, end < 0 ? STRING_MAX : end));
        }
      }
    } finally {
      lib.CFRelease(cfKey);
    }
  }
  return out;
}

/** The CFDictionary stored under `key` (borrowed from `dict`), or null when absent or of another type. */
export function subDictionary(dict: CfRef, key: string): CfRef {
  const lib = cf();
  const cfKey = lib.CFStringCreateWithCString(null, key, UTF8);
  if (!cfKey) throw new Error(`CFStringCreateWithCString(${key}) failed`);
  try {
    const value = lib.CFDictionaryGetValue(dict, cfKey);
    return value && lib.CFGetTypeID(value) === lib.CFDictionaryGetTypeID() ? value : null;
  } finally {
    lib.CFRelease(cfKey);
  }
}

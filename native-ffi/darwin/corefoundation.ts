// koffi declarations for CoreFoundation and IOKit (power sources, the registry walk to the block
// storage drivers). Declarations only: no
// logic. Loaded lazily, on darwin only. Each prototype uses the header's own type names so that
// test/unit/darwin.iokit.test.ts compiles it against Apple's prototype (CF's and IOKitUser's
// headers, vendored in test/darwin/cf/ and test/darwin/iokit/); `_Out_` is koffi's direction.
import koffi, { type TypeSpec } from 'koffi';
import { knownType, splitPrototype } from './libsystem';

/** koffi aliases for CF's scalar typedefs, each checked against the header's typedef. */
export const TYPE_ALIASES = {
  CFIndex: 'long', CFTypeID: 'unsigned long', Boolean: 'unsigned char', CFStringEncoding: 'uint32_t', CFNumberType: 'long',
  io_object_t: 'unsigned int', io_iterator_t: 'unsigned int', io_registry_entry_t: 'unsigned int', IOOptionBits: 'uint32_t',
} as const;
/**
 * boolean_t (IOObjectConformsTo's result) is int on arm64 and unsigned int on x86_64
 * (mach/{arm,i386}/boolean.h); only compared with zero.
 */
export const BOOLEAN_T = { arm64: 'int', x64: 'unsigned int' } as const;
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
/** The IOPSKeys.h macros read (string defines, compared with the preprocessor's text). */
export const IOPS_KEYS = {
  kIOPSCurrentCapacityKey: 'Current Capacity', kIOPSMaxCapacityKey: 'Max Capacity', kIOPSPowerSourceStateKey: 'Power Source State',
  kIOPSTimeToEmptyKey: 'Time to Empty', kIOPSACPowerValue: 'AC Power', kIOPSBatteryPowerValue: 'Battery Power',
} as const;
/** The registry names and keys diskIoCounters reads, by the header that defines each. */
export const STORAGE_KEYS = {
  'IOKit/IOKitKeys.h': { kIOServicePlane: 'IOService' },
  'IOKit/IOBSD.h': { kIOBSDNameKey: 'BSD Name' },
  'IOKit/storage/IOMedia.h': { kIOMediaClass: 'IOMedia' },
  'IOKit/storage/IOBlockStorageDriver.h': {
    kIOBlockStorageDriverClass: 'IOBlockStorageDriver', kIOBlockStorageDriverStatisticsKey: 'Statistics',
    kIOBlockStorageDriverStatisticsReadsKey: 'Operations (Read)', kIOBlockStorageDriverStatisticsWritesKey: 'Operations (Write)',
    kIOBlockStorageDriverStatisticsBytesReadKey: 'Bytes (Read)', kIOBlockStorageDriverStatisticsBytesWrittenKey: 'Bytes (Write)',
    kIOBlockStorageDriverStatisticsTotalReadTimeKey: 'Total Time (Read)', kIOBlockStorageDriverStatisticsTotalWriteTimeKey: 'Total Time (Write)',
  },
} as const;

export const FRAMEWORKS = {
  CoreFoundation: '/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation',
  IOKit: '/System/Library/Frameworks/IOKit.framework/IOKit',
} as const;

export const PROTOTYPES = {
  CFRelease: { framework: 'CoreFoundation', header: 'CoreFoundation/CFBase.h', proto: 'void CFRelease(CFTypeRef cf)' },
  CFGetTypeID: { framework: 'CoreFoundation', header: 'CoreFoundation/CFBase.h', proto: 'CFTypeID CFGetTypeID(CFTypeRef cf)' },
  CFArrayGetCount: { framework: 'CoreFoundation', header: 'CoreFoundation/CFArray.h', proto: 'CFIndex CFArrayGetCount(CFArrayRef theArray)' },
  CFArrayGetValueAtIndex: { framework: 'CoreFoundation', header: 'CoreFoundation/CFArray.h', proto: 'const void *CFArrayGetValueAtIndex(CFArrayRef theArray, CFIndex idx)' },
  CFDictionaryGetValue: { framework: 'CoreFoundation', header: 'CoreFoundation/CFDictionary.h', proto: 'const void *CFDictionaryGetValue(CFDictionaryRef theDict, const void *key)' },
  CFNumberGetTypeID: { framework: 'CoreFoundation', header: 'CoreFoundation/CFNumber.h', proto: 'CFTypeID CFNumberGetTypeID(void)' },
  CFNumberGetValue: { framework: 'CoreFoundation', header: 'CoreFoundation/CFNumber.h', proto: 'Boolean CFNumberGetValue(CFNumberRef number, CFNumberType theType, _Out_ void *valuePtr)' },
  CFStringGetTypeID: { framework: 'CoreFoundation', header: 'CoreFoundation/CFString.h', proto: 'CFTypeID CFStringGetTypeID(void)' },
  CFStringCreateWithCString: { framework: 'CoreFoundation', header: 'CoreFoundation/CFString.h', proto: 'CFStringRef CFStringCreateWithCString(CFAllocatorRef alloc, const char *cStr, CFStringEncoding encoding)' },
  CFStringGetCString: { framework: 'CoreFoundation', header: 'CoreFoundation/CFString.h', proto: 'Boolean CFStringGetCString(CFStringRef theString, _Out_ char *buffer, CFIndex bufferSize, CFStringEncoding encoding)' },
  CFDictionaryGetTypeID: { framework: 'CoreFoundation', header: 'CoreFoundation/CFDictionary.h', proto: 'CFTypeID CFDictionaryGetTypeID(void)' },
  // kern_return_t and mach_port_t are written as int / unsigned int (libsystem.ts registers those names
  // with koffi); io_name_t parameters as const char * (an array parameter is a pointer in C)
  IOServiceMatching: { framework: 'IOKit', header: 'IOKit/IOKitLib.h', proto: 'CFMutableDictionaryRef IOServiceMatching(const char *name)' },
  IOServiceGetMatchingServices: { framework: 'IOKit', header: 'IOKit/IOKitLib.h', proto: 'int IOServiceGetMatchingServices(unsigned int mainPort, CFDictionaryRef matching, _Out_ io_iterator_t *existing)' },
  IOIteratorNext: { framework: 'IOKit', header: 'IOKit/IOKitLib.h', proto: 'io_object_t IOIteratorNext(io_iterator_t iterator)' },
  IORegistryEntryGetParentEntry: { framework: 'IOKit', header: 'IOKit/IOKitLib.h', proto: 'int IORegistryEntryGetParentEntry(io_registry_entry_t entry, const char *plane, _Out_ io_registry_entry_t *parent)' },
  IOObjectConformsTo: { framework: 'IOKit', header: 'IOKit/IOKitLib.h', proto: 'boolean_t IOObjectConformsTo(io_object_t object, const char *className)' },
  IORegistryEntryCreateCFProperties: { framework: 'IOKit', header: 'IOKit/IOKitLib.h', proto: 'int IORegistryEntryCreateCFProperties(io_registry_entry_t entry, _Out_ CFMutableDictionaryRef *properties, CFAllocatorRef allocator, IOOptionBits options)' },
  IOObjectRelease: { framework: 'IOKit', header: 'IOKit/IOKitLib.h', proto: 'int IOObjectRelease(io_object_t object)' },
  IOPSCopyPowerSourcesInfo: { framework: 'IOKit', header: 'IOKit/ps/IOPowerSources.h', proto: 'CFTypeRef IOPSCopyPowerSourcesInfo(void)' },
  IOPSCopyPowerSourcesList: { framework: 'IOKit', header: 'IOKit/ps/IOPowerSources.h', proto: 'CFArrayRef IOPSCopyPowerSourcesList(CFTypeRef blob)' },
  IOPSGetPowerSourceDescription: { framework: 'IOKit', header: 'IOKit/ps/IOPowerSources.h', proto: 'CFDictionaryRef IOPSGetPowerSourceDescription(CFTypeRef blob, CFTypeRef ps)' },
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
  IOServiceMatching(name: string): CfRef;
  /** Consumes one reference to `matching`. */
  IOServiceGetMatchingServices(mainPort: number, matching: CfRef, existing: [number]): number;
  IOIteratorNext(iterator: number): number;
  IORegistryEntryGetParentEntry(entry: number, plane: string, parent: [number]): number;
  IOObjectConformsTo(object: number, className: string): number;
  IORegistryEntryCreateCFProperties(entry: number, properties: [CfRef], allocator: null, options: number): number;
  IOObjectRelease(object: number): number;
  IOPSCopyPowerSourcesInfo(): CfRef;
  IOPSCopyPowerSourcesList(blob: CfRef): CfRef;
  IOPSGetPowerSourceDescription(blob: CfRef, ps: CfRef): CfRef;
}

let typesRegistered = false;
export function registerTypes(): void {
  if (typesRegistered) return;
  for (const [name, type] of Object.entries(TYPE_ALIASES)) if (!knownType(name)) koffi.alias(name, type);
  for (const name of Object.keys(REF_TYPES)) if (!knownType(name)) koffi.alias(name, 'void *');
  if (!knownType('boolean_t')) koffi.alias('boolean_t', process.arch === 'x64' ? BOOLEAN_T.x64 : BOOLEAN_T.arm64);
  typesRegistered = true;
}

/** The result and koffi parameter types of one prototype. */
export function koffiSignature(key: CfProtoName): { result: string; params: TypeSpec[] } {
  registerTypes();
  const { result, params } = splitPrototype(PROTOTYPES[key].proto);
  return { result, params: params.map((p) => (p.startsWith('_Out_') ? koffi.out(p.slice(5).trim()) : p)) };
}

let lib: CoreFoundation | undefined;
export function coreFoundation(): CoreFoundation {
  if (lib) return lib;
  if (process.platform !== 'darwin') throw new Error('CoreFoundation is only loaded on darwin');
  const loaded = { CoreFoundation: koffi.load(FRAMEWORKS.CoreFoundation), IOKit: koffi.load(FRAMEWORKS.IOKit) };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(PROTOTYPES) as CfProtoName[]) {
    const { result, params } = koffiSignature(key);
    out[key] = loaded[PROTOTYPES[key].framework].func(key, result, params);
  }
  lib = out as unknown as CoreFoundation;
  return lib;
}

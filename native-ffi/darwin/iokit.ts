// koffi declarations for IOKit: the power sources (IOPowerSources.h) and the registry walk to the
// block storage drivers (IOKitLib.h). Declarations only: no logic. Loaded lazily, on darwin only.
// Written in CoreFoundation's types (corefoundation.ts); test/unit/darwin.iokit.test.ts compiles
// each prototype against IOKitUser's and IOStorageFamily's headers (test/darwin/iokit/).
import koffi, { type TypeSpec } from 'koffi';
import { registerTypes as registerCfTypes, signatureOf, type CfRef } from './corefoundation';
import { knownType } from './libsystem';

/** koffi aliases for IOKit's typedefs, each checked against the header's typedef. */
export const TYPE_ALIASES = {
  io_object_t: 'unsigned int', io_iterator_t: 'unsigned int', io_registry_entry_t: 'unsigned int', IOOptionBits: 'uint32_t',
} as const;
/**
 * boolean_t (IOObjectConformsTo's result) is int on arm64 and unsigned int on x86_64
 * (mach/{arm,i386}/boolean.h); only compared with zero.
 */
export const BOOLEAN_T = { arm64: 'int', x64: 'unsigned int' } as const;
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

export const FRAMEWORK = '/System/Library/Frameworks/IOKit.framework/IOKit';

export const PROTOTYPES = {
  // kern_return_t and mach_port_t are written as int / unsigned int (libsystem.ts registers those names
  // with koffi); io_name_t parameters as const char * (an array parameter is a pointer in C)
  IOServiceMatching: { header: 'IOKit/IOKitLib.h', proto: 'CFMutableDictionaryRef IOServiceMatching(const char *name)' },
  IOServiceGetMatchingServices: { header: 'IOKit/IOKitLib.h', proto: 'int IOServiceGetMatchingServices(unsigned int mainPort, CFDictionaryRef matching, _Out_ io_iterator_t *existing)' },
  IOIteratorNext: { header: 'IOKit/IOKitLib.h', proto: 'io_object_t IOIteratorNext(io_iterator_t iterator)' },
  IORegistryEntryGetParentEntry: { header: 'IOKit/IOKitLib.h', proto: 'int IORegistryEntryGetParentEntry(io_registry_entry_t entry, const char *plane, _Out_ io_registry_entry_t *parent)' },
  IOObjectConformsTo: { header: 'IOKit/IOKitLib.h', proto: 'boolean_t IOObjectConformsTo(io_object_t object, const char *className)' },
  IORegistryEntryCreateCFProperties: { header: 'IOKit/IOKitLib.h', proto: 'int IORegistryEntryCreateCFProperties(io_registry_entry_t entry, _Out_ CFMutableDictionaryRef *properties, CFAllocatorRef allocator, IOOptionBits options)' },
  IOObjectRelease: { header: 'IOKit/IOKitLib.h', proto: 'int IOObjectRelease(io_object_t object)' },
  IOPSCopyPowerSourcesInfo: { header: 'IOKit/ps/IOPowerSources.h', proto: 'CFTypeRef IOPSCopyPowerSourcesInfo(void)' },
  IOPSCopyPowerSourcesList: { header: 'IOKit/ps/IOPowerSources.h', proto: 'CFArrayRef IOPSCopyPowerSourcesList(CFTypeRef blob)' },
  IOPSGetPowerSourceDescription: { header: 'IOKit/ps/IOPowerSources.h', proto: 'CFDictionaryRef IOPSGetPowerSourceDescription(CFTypeRef blob, CFTypeRef ps)' },
} as const;

export type IoProtoName = keyof typeof PROTOTYPES;

export interface IOKit {
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
  IOPSCopyPowerSourcesInfo(): CfRef;
  IOPSCopyPowerSourcesList(blob: CfRef): CfRef;
  IOPSGetPowerSourceDescription(blob: CfRef, ps: CfRef): CfRef;
}

let typesRegistered = false;
export function registerTypes(): void {
  if (typesRegistered) return;
  registerCfTypes();
  for (const [name, type] of Object.entries(TYPE_ALIASES)) if (!knownType(name)) koffi.alias(name, type);
  if (!knownType('boolean_t')) koffi.alias('boolean_t', process.arch === 'x64' ? BOOLEAN_T.x64 : BOOLEAN_T.arm64);
  typesRegistered = true;
}

export function koffiSignature(key: IoProtoName): { result: string; params: TypeSpec[] } {
  registerTypes();
  return signatureOf(PROTOTYPES[key].proto);
}

let lib: IOKit | undefined;
export function ioKit(): IOKit {
  if (lib) return lib;
  if (process.platform !== 'darwin') throw new Error('IOKit is only loaded on darwin');
  const so = koffi.load(FRAMEWORK);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(PROTOTYPES) as IoProtoName[]) {
    const { result, params } = koffiSignature(key);
    out[key] = so.func(key, result, params);
  }
  lib = out as unknown as IOKit;
  return lib;
}

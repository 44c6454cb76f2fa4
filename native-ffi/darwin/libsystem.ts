// koffi declarations for libSystem (libc, libproc, the Mach host calls). Declarations only: no
// logic. Loaded lazily, on darwin only. Each prototype is written with the header's own type names
// (aliases below) so that test/unit/darwin.ffi.test.ts can compile it against xnu's prototype:
// `_Out_`/`_Inout_` are koffi's directions and are dropped for the C side.
import koffi, { type TypeSpec } from 'koffi';

/** koffi aliases for the Mach/BSD typedefs the prototypes use; each is checked against the header's typedef. */
export const TYPE_ALIASES = {
  kern_return_t: 'int', integer_t: 'int', natural_t: 'unsigned int', mach_port_t: 'unsigned int', host_t: 'unsigned int',
  vm_map_t: 'unsigned int', host_flavor_t: 'int', processor_flavor_t: 'int', mach_msg_type_number_t: 'unsigned int',
  vm_address_t: 'uintptr_t', vm_size_t: 'uintptr_t', u_int: 'unsigned int', uid_t: 'unsigned int',
} as const;
/** Named pointer types: name -> pointee. */
export const POINTER_TYPES = { host_info_t: 'integer_t', host_info64_t: 'integer_t', processor_info_array_t: 'integer_t', rusage_info_t: 'void' } as const;
/** Opaque structs passed as raw buffers: koffi name -> C name (the layout lives in src/probe/darwin/layout.ts). */
export const OPAQUE_TYPES = { statfs_t: 'struct statfs', utmpx_t: 'struct utmpx', passwd_t: 'struct passwd' } as const;

/**
 * Prototypes as koffi parses them, with the header they are checked against. `symbol` names the
 * exported symbol where the header renames it (x86_64's 64-bit-inode variants).
 */
export const PROTOTYPES = {
  sysctl: { header: 'sys/sysctl.h', proto: 'int sysctl(int *name, u_int namelen, _Out_ void *oldp, _Inout_ size_t *oldlenp, void *newp, size_t newlen)' },
  sysctlbyname: { header: 'sys/sysctl.h', proto: 'int sysctlbyname(const char *name, _Out_ void *oldp, _Inout_ size_t *oldlenp, void *newp, size_t newlen)' },
  proc_listallpids: { header: 'libproc.h', proto: 'int proc_listallpids(_Out_ void *buffer, int buffersize)' },
  proc_pidinfo: { header: 'libproc.h', proto: 'int proc_pidinfo(int pid, int flavor, uint64_t arg, _Out_ void *buffer, int buffersize)' },
  // rusage_info_t is void *: the buffer is passed where the header says rusage_info_t * (as every caller does)
  proc_pid_rusage: { header: 'libproc.h', proto: 'int proc_pid_rusage(int pid, int flavor, _Out_ rusage_info_t *buffer)' },
  proc_pidfdinfo: { header: 'libproc.h', proto: 'int proc_pidfdinfo(int pid, int fd, int flavor, _Out_ void *buffer, int buffersize)' },
  proc_pidpath: { header: 'libproc.h', proto: 'int proc_pidpath(int pid, _Out_ void *buffer, uint32_t buffersize)' },
  mach_host_self: { header: 'mach/mach_init.h', proto: 'mach_port_t mach_host_self(void)' },
  host_statistics: { header: 'mach/mach_host.h', proto: 'kern_return_t host_statistics(host_t host_priv, host_flavor_t flavor, _Out_ host_info_t host_info_out, _Inout_ mach_msg_type_number_t *host_info_outCnt)' },
  host_statistics64: { header: 'mach/mach_host.h', proto: 'kern_return_t host_statistics64(host_t host_priv, host_flavor_t flavor, _Out_ host_info64_t host_info64_out, _Inout_ mach_msg_type_number_t *host_info64_outCnt)' },
  host_processor_info: { header: 'mach/mach_host.h', proto: 'kern_return_t host_processor_info(host_t host, processor_flavor_t flavor, _Out_ natural_t *out_processor_count, _Out_ processor_info_array_t *out_processor_info, _Out_ mach_msg_type_number_t *out_processor_infoCnt)' },
  vm_deallocate: { header: 'mach/vm_map.h', proto: 'kern_return_t vm_deallocate(vm_map_t target_task, vm_address_t address, vm_size_t size)' },
  getfsstat: { header: 'sys/mount.h', proto: 'int getfsstat(_Out_ statfs_t *buf, int bufsize, int mode)', symbol: { x64: 'getfsstat$INODE64' } },
  setutxent: { header: 'utmpx.h', proto: 'void setutxent(void)' },
  getutxent: { header: 'utmpx.h', proto: 'utmpx_t *getutxent(void)' },
  endutxent: { header: 'utmpx.h', proto: 'void endutxent(void)' },
  getpwuid_r: { header: 'pwd.h', proto: 'int getpwuid_r(uid_t uid, _Out_ passwd_t *pwd, _Out_ char *buffer, size_t bufsize, _Out_ passwd_t **result)' },
} as const;

export type ProtoName = keyof typeof PROTOTYPES;

/** "int f(int *a, _Out_ void *b)" -> result, name and parameter types (names dropped, directions kept). */
export function splitPrototype(proto: string): { result: string; name: string; params: string[] } {
  const m = /^\s*(.+?)\s*\b(\w+)\s*\((.*)\)\s*$/.exec(proto);
  if (!m) throw new Error(`bad prototype ${proto}`);
  const params = m[3].trim() === 'void' || !m[3].trim() ? [] : m[3].split(',').map((p) => {
    const t = p.trim();
    const named = /^(.*?[\s*])(\w+)$/.exec(t);
    return (named && !/^(?:_Out_|_Inout_)?\s*(?:const\s+)?(?:unsigned\s+)?\w+$/.test(t) ? named[1] : t).trim();
  });
  return { result: m[1], name: m[2], params };
}

export interface LibSystem {
  sysctl(name: Int32Array, namelen: number, oldp: Buffer | null, oldlenp: [number | bigint], newp: null, newlen: number): number;
  sysctlbyname(name: string, oldp: Buffer | null, oldlenp: [number | bigint], newp: null, newlen: number): number;
  proc_listallpids(buffer: Buffer | null, buffersize: number): number;
  proc_pidinfo(pid: number, flavor: number, arg: number | bigint, buffer: Buffer | null, buffersize: number): number;
  proc_pidpath(pid: number, buffer: Buffer, buffersize: number): number;
  proc_pidfdinfo(pid: number, fd: number, flavor: number, buffer: Buffer, buffersize: number): number;
  proc_pid_rusage(pid: number, flavor: number, buffer: Buffer): number;
  mach_host_self(): number;
  host_statistics(host: number, flavor: number, info: Buffer, count: [number]): number;
  host_statistics64(host: number, flavor: number, info: Buffer, count: [number]): number;
  host_processor_info(host: number, flavor: number, count: [number], info: [unknown], infoCnt: [number]): number;
  vm_deallocate(task: number, address: bigint, size: number | bigint): number;
  getfsstat(buf: Buffer | null, bufsize: number, mode: number): number;
  setutxent(): void;
  /** A pointer to libc's static record, or null at the end. */
  getutxent(): unknown;
  endutxent(): void;
  /** 0 or an errno (ERANGE: buffer too small); `result[0]` null when the uid has no entry. */
  getpwuid_r(uid: number, pwd: Buffer, buffer: Buffer, bufsize: number, result: [unknown]): number;
  /** mach_task_self_: mach_task_self() is a macro reading this variable. */
  taskSelf(): number;
  errno(): number;
}

let lib: LibSystem | undefined;
let typesRegistered = false;

/** Whether koffi knows a type name (its registry is per process; a bundle may hold a second copy of this module). */
export function knownType(name: string): boolean {
  try {
    koffi.introspect(name);
    return true;
  } catch {
    return false;
  }
}

/** Registers the aliases, named pointers and opaque types with koffi (once per process). */
export function registerTypes(): void {
  if (typesRegistered) return;
  for (const [name, type] of Object.entries(TYPE_ALIASES)) if (!knownType(name)) koffi.alias(name, type);
  for (const [name, pointee] of Object.entries(POINTER_TYPES)) if (!knownType(name)) koffi.pointer(name, pointee);
  for (const name of Object.keys(OPAQUE_TYPES)) if (!knownType(name)) koffi.opaque(name);
  typesRegistered = true;
}

/** The symbol, result and koffi parameter types of one prototype for an architecture. */
export function koffiSignature(key: ProtoName, arch: string = process.arch): { symbol: string; result: string; params: TypeSpec[] } {
  registerTypes();
  const def = PROTOTYPES[key];
  const { result, params } = splitPrototype(def.proto);
  return {
    symbol: 'symbol' in def && arch === 'x64' ? def.symbol.x64 : key,
    result,
    params: params.map((p) => {
      if (p.startsWith('_Out_')) return koffi.out(p.slice(5).trim());
      if (p.startsWith('_Inout_')) return koffi.inout(p.slice(7).trim());
      return p;
    }),
  };
}

export function libSystem(): LibSystem {
  if (lib) return lib;
  if (process.platform !== 'darwin') throw new Error('libSystem is only loaded on darwin');
  const so = koffi.load('/usr/lib/libSystem.B.dylib');
  registerTypes();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(PROTOTYPES) as ProtoName[]) {
    const { symbol, result, params } = koffiSignature(key);
    out[key] = so.func(symbol, result, params);
  }
  const task = so.symbol('mach_task_self_', 'unsigned int');
  out.taskSelf = () => koffi.decode(task, 'unsigned int') as number;
  out.errno = () => koffi.errno();
  lib = out as unknown as LibSystem;
  return lib;
}

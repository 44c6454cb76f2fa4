// koffi declarations for the few glibc calls Node does not expose. Declarations only: no logic.
// Loaded lazily on first use so that importing the probe never touches the native loader.
import koffi from 'koffi';

export const SC_CLK_TCK = 2;
export const SC_PAGESIZE = 30;
export const SC_NPROCESSORS_CONF = 83;
export const SC_NPROCESSORS_ONLN = 84;
export const PRIO_PROCESS = 0;
/** open(2) flags: the same value on every Linux architecture VS Code runs on. */
export const O_RDONLY = 0;
export const O_CLOEXEC = 0o2000000;
/** faccessat(2): the same on every Linux architecture. */
export const AT_FDCWD = -100;
export const AT_EACCESS = 0x200;
export const R_OK = 4;

/** syscall numbers for ioprio_get / ioprio_set (no glibc wrappers exist). */
export const SYS_IOPRIO = process.arch === 'x64'
  ? { get: 252, set: 251 }
  : process.arch === 'ia32' ? { get: 290, set: 289 } : { get: 31, set: 30 }; // asm-generic (arm64, riscv64, loong64)

/** Sockets and interface ioctls (linux/sockios.h, linux/ethtool.h): the same on every architecture VS Code runs on. */
export const AF_INET = 2;
export const AF_INET6 = 10;
export const AF_PACKET = 17;
export const SOCK_DGRAM = 2;
export const SOCK_CLOEXEC = 0o2000000;
export const IFNAMSIZ = 16;
/** sizeof(struct ifreq) on 64-bit (16-byte name + 24-byte union); 32-bit ones use 32, a larger buffer is harmless. */
export const IFREQ_SIZE = 40;
export const SIOCGIFFLAGS = 0x8913;
export const SIOCGIFMTU = 0x8921;
export const SIOCETHTOOL = 0x8946;
export const ETHTOOL_GSET = 1;
/** sizeof(struct ethtool_cmd); speed at 12 (u16), duplex at 14 (u8), speed_hi at 28 (u16). */
export const ETHTOOL_CMD_SIZE = 44;

/** struct ifaddrs as koffi decodes it: pointers stay opaque, ifa_ifu is the broadaddr/dstaddr union. */
export interface IfAddrsNode {
  ifa_next: unknown; ifa_name: string; ifa_flags: number;
  ifa_addr: unknown; ifa_netmask: unknown; ifa_ifu: unknown;
}
export interface SockaddrIn { sin_family: number; sin_port: number; sin_addr: Uint8Array }
export interface SockaddrIn6 { sin6_family: number; sin6_port: number; sin6_flowinfo: number; sin6_addr: Uint8Array; sin6_scope_id: number }
export interface SockaddrLl {
  sll_family: number; sll_protocol: number; sll_ifindex: number; sll_hatype: number;
  sll_pkttype: number; sll_halen: number; sll_addr: Uint8Array;
}

export interface StatVfs {
  f_bsize: number; f_frsize: number; f_blocks: number; f_bfree: number; f_bavail: number;
  f_files: number; f_ffree: number; f_favail: number; f_fsid: number; f_flag: number; f_namemax: number;
}
export interface RLimit { rlim_cur: number | bigint; rlim_max: number | bigint }

export interface LibC {
  sysconf(name: number): number;
  statvfs(path: string, out: Partial<StatVfs>): number;
  getpwuid_r(uid: number, pwd: { pw_name?: string }, buf: Buffer, buflen: number, result: [unknown]): number;
  sched_getaffinity(pid: number, size: number, mask: Buffer): number;
  sched_setaffinity(pid: number, size: number, mask: Buffer): number;
  prlimit(pid: number, resource: number, newLimit: RLimit | null, oldLimit: Partial<RLimit> | null): number;
  getpriority(which: number, who: number): number;
  setpriority(which: number, who: number, prio: number): number;
  syscall3(nr: number, a: number, b: number, c?: number): number;
  /** The plain file calls: Node's fs wraps each in request objects and tracing checks that cost more than the syscall on procfs. */
  open(path: string, flags: number): number;
  read(fd: number, buf: Buffer, count: number): number;
  pread(fd: number, buf: Buffer, count: number, offset: number): number;
  close(fd: number): number;
  /** faccessat(2); with AT_EACCESS the kernel's own permission check for the effective ids. */
  faccessat(dirfd: number, path: string, mode: number, flags: number): number;
  /** getdents64(2) into buf (linux_dirent64 records); absent before glibc 2.30. */
  getdents64?(fd: number, buf: Buffer, count: number): number;
  errno(): number;
  /** getifaddrs(3): the list head lands in ifap[0]; always hand it back to freeifaddrs. */
  getifaddrs(ifap: [unknown]): number;
  freeifaddrs(ifa: unknown): void;
  ifaddrsAt(p: unknown): IfAddrsNode;
  sockaddrFamilyAt(p: unknown): number;
  sockaddrInAt(p: unknown): SockaddrIn;
  sockaddrIn6At(p: unknown): SockaddrIn6;
  sockaddrLlAt(p: unknown): SockaddrLl;
  /** if_indextoname(3) into buf (IFNAMSIZ bytes); null when the index names no interface. */
  if_indextoname(index: number, buf: Buffer): unknown;
  socket(domain: number, type: number, protocol: number): number;
  /** ioctl(fd, request, struct ifreq *) with the ifreq as a caller-owned buffer (IFREQ_SIZE bytes). */
  ioctlIfreq(fd: number, request: number, ifreq: Buffer): number;
  /** ioctl(fd, request, struct ifreq *) whose union holds ifr_data, a pointer to data (SIOCETHTOOL). */
  ioctlIfreqData(fd: number, request: number, name: string, data: Buffer): number;
}

let cached: LibC | undefined;

export function libc(): LibC {
  if (cached) return cached;
  const lib = koffi.load('libc.so.6');
  // Anonymous struct types: a named type can be registered once per process, and the probe may be
  // bundled (and so loaded) more than once in one process.
  const statvfsT = koffi.struct({
    f_bsize: 'unsigned long', f_frsize: 'unsigned long',
    f_blocks: 'uint64_t', f_bfree: 'uint64_t', f_bavail: 'uint64_t',
    f_files: 'uint64_t', f_ffree: 'uint64_t', f_favail: 'uint64_t',
    f_fsid: 'unsigned long', f_flag: 'unsigned long', f_namemax: 'unsigned long',
    spare: koffi.array('int', 6),
  });
  const rlimitT = koffi.struct({ rlim_cur: 'uint64_t', rlim_max: 'uint64_t' });
  const sysconf = lib.func('long sysconf(int)');
  const statvfs = lib.func('statvfs', 'int', ['const char *', koffi.out(koffi.pointer(statvfsT))]);
  const passwdT = koffi.struct({
    pw_name: 'char *', pw_passwd: 'char *', pw_uid: 'uint32_t', pw_gid: 'uint32_t',
    pw_gecos: 'char *', pw_dir: 'char *', pw_shell: 'char *',
  });
  const getpwuid_r = lib.func('getpwuid_r', 'int', ['uint32_t', koffi.out(koffi.pointer(passwdT)), koffi.out(koffi.pointer('uint8_t')), 'size_t', koffi.out(koffi.pointer(koffi.pointer('void')))]);
  const sched_getaffinity = lib.func('int sched_getaffinity(int, size_t, _Out_ uint8_t *mask)');
  const sched_setaffinity = lib.func('int sched_setaffinity(int, size_t, const uint8_t *mask)');
  const prlimit = lib.func('prlimit', 'int', ['int', 'int', koffi.pointer(rlimitT), koffi.out(koffi.pointer(rlimitT))]);
  const getpriority = lib.func('int getpriority(int, uint32_t)');
  const setpriority = lib.func('int setpriority(int, uint32_t, int)');
  const syscall = lib.func('long syscall(long, ...)');
  const open = lib.func('int open(const char *, int)');
  const read = lib.func('long read(int, void *, size_t)');
  const pread = lib.func('long pread(int, void *, size_t, int64_t)');
  const close = lib.func('int close(int)');
  const faccessat = lib.func('int faccessat(int, const char *, int, int)');
  let getdents64: ((fd: number, buf: Buffer, count: number) => number | bigint) | undefined;
  try { getdents64 = lib.func('long getdents64(int, void *, size_t)'); } catch { /* glibc before 2.30: callers list with readdir */ }
  const ifaddrsT = koffi.struct({
    ifa_next: 'void *', ifa_name: 'const char *', ifa_flags: 'unsigned int',
    ifa_addr: 'void *', ifa_netmask: 'void *', ifa_ifu: 'void *', ifa_data: 'void *',
  });
  const sockaddrInT = koffi.struct({
    sin_family: 'uint16_t', sin_port: 'uint16_t', sin_addr: koffi.array('uint8_t', 4, 'Typed'), sin_zero: koffi.array('uint8_t', 8, 'Typed'),
  });
  const sockaddrIn6T = koffi.struct({
    sin6_family: 'uint16_t', sin6_port: 'uint16_t', sin6_flowinfo: 'uint32_t',
    sin6_addr: koffi.array('uint8_t', 16, 'Typed'), sin6_scope_id: 'uint32_t',
  });
  const sockaddrLlT = koffi.struct({
    sll_family: 'uint16_t', sll_protocol: 'uint16_t', sll_ifindex: 'int', sll_hatype: 'uint16_t',
    sll_pkttype: 'uint8_t', sll_halen: 'uint8_t',
    // 24, not 8: glibc's getifaddrs stores every sockaddr as its sockaddr_ll_max, room for InfiniBand's 20-byte addresses.
    sll_addr: koffi.array('uint8_t', 24, 'Typed'),
  });
  const ifreqDataT = koffi.struct({ ifr_name: koffi.array('char', IFNAMSIZ), ifr_data: 'void *', pad: koffi.array('uint8_t', 16) });
  const getifaddrs = lib.func('getifaddrs', 'int', [koffi.out(koffi.pointer(koffi.pointer('void')))]);
  const freeifaddrs = lib.func('void freeifaddrs(void *)');
  const if_indextoname = lib.func('void *if_indextoname(unsigned int, _Out_ uint8_t *buf)');
  const socket = lib.func('int socket(int, int, int)');
  const ioctl = lib.func('int ioctl(int, unsigned long, ...)');
  cached = {
    sysconf: (n) => Number(sysconf(n)),
    statvfs: (p, out) => statvfs(p, out),
    getpwuid_r: (uid, pwd, buf, len, res) => getpwuid_r(uid, pwd, buf, len, res),
    sched_getaffinity: (pid, size, mask) => sched_getaffinity(pid, size, mask),
    sched_setaffinity: (pid, size, mask) => sched_setaffinity(pid, size, mask),
    prlimit: (pid, r, n, o) => prlimit(pid, r, n, o),
    getpriority: (w, who) => getpriority(w, who),
    setpriority: (w, who, p) => setpriority(w, who, p),
    syscall3: (nr, a, b, c) => Number(c === undefined
      ? syscall(nr, 'int', a, 'int', b)
      : syscall(nr, 'int', a, 'int', b, 'int', c)),
    open: (p, flags) => open(p, flags),
    read: (fd, buf, count) => read(fd, buf, count),
    pread: (fd, buf, count, offset) => pread(fd, buf, count, offset),
    close: (fd) => close(fd),
    faccessat: (dirfd, p, mode, flags) => faccessat(dirfd, p, mode, flags),
    ...(getdents64 ? { getdents64: (fd: number, buf: Buffer, count: number) => Number(getdents64!(fd, buf, count)) } : {}),
    errno: () => koffi.errno(),
    getifaddrs: (ifap) => getifaddrs(ifap),
    freeifaddrs: (p) => freeifaddrs(p),
    ifaddrsAt: (p) => koffi.decode(p, ifaddrsT),
    sockaddrFamilyAt: (p) => koffi.decode(p, 'uint16_t'),
    sockaddrInAt: (p) => koffi.decode(p, sockaddrInT),
    sockaddrIn6At: (p) => koffi.decode(p, sockaddrIn6T),
    sockaddrLlAt: (p) => koffi.decode(p, sockaddrLlT),
    if_indextoname: (i, buf) => if_indextoname(i, buf),
    socket: (d, t, p) => socket(d, t, p),
    ioctlIfreq: (fd, req, ifreq) => ioctl(fd, req, 'void *', ifreq),
    ioctlIfreqData: (fd, req, name, data) => ioctl(fd, req, koffi.pointer(ifreqDataT), { ifr_name: name, ifr_data: data }),
  };
  return cached;
}

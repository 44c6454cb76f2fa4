// Every struct the darwin backend decodes and every constant it passes, in one table. Nothing
// here was run on a Mac: test/darwin/layout.test.ts generates C _Static_asserts from this table
// (offset and size of every field, size of every struct, value of every constant) and compiles
// them with clang for arm64-apple-macos13 and x86_64-apple-macos13 against xnu's own headers
// (test/darwin/xnu/), so the numbers below cannot drift from Apple's.

/** A field's C scalar type (the element type for an array). */
/** ptr: a pointer (8 bytes on both targets), compared with the buffer it points into, never followed. */
export type Scalar = 'u8' | 'u16' | 'i16' | 'u32' | 'i32' | 'u64' | 'i64' | 'char' | 'boolean_t' | 'ptr';
/** boolean_t is int on arm64 and unsigned int on x86_64 (mach/{arm,i386}/boolean.h): 4 bytes, read as zero or not. */
export const SCALAR_SIZE: Record<Scalar, number> = { u8: 1, u16: 2, i16: 2, u32: 4, i32: 4, u64: 8, i64: 8, char: 1, boolean_t: 4, ptr: 8 };

/** [offset, type, array length] ; a nested struct is ['struct', offset, size]. */
export type Field = readonly [offset: number, type: Scalar, count?: number] | readonly ['struct', offset: number, size: number];

export interface StructLayout {
  /** The C type as the header names it. */
  readonly c: string;
  readonly header: string;
  readonly size: number;
  readonly fields: Readonly<Record<string, Field>>;
}

const s = <F extends Record<string, Field>>(c: string, header: string, size: number, fields: F): StructLayout & { fields: F } =>
  ({ c, header, size, fields });

export const STRUCTS = {
  // sys/proc_info.h: proc_pidinfo(PROC_PIDTBSDINFO / PROC_PIDTASKINFO / PROC_PIDTASKALLINFO / PROC_PIDVNODEPATHINFO)
  proc_bsdinfo: s('struct proc_bsdinfo', 'sys/proc_info.h', 136, {
    pbi_flags: [0, 'u32'], pbi_status: [4, 'u32'], pbi_xstatus: [8, 'u32'], pbi_pid: [12, 'u32'], pbi_ppid: [16, 'u32'],
    pbi_uid: [20, 'u32'], pbi_gid: [24, 'u32'], pbi_ruid: [28, 'u32'], pbi_rgid: [32, 'u32'], pbi_svuid: [36, 'u32'],
    pbi_svgid: [40, 'u32'], pbi_comm: [48, 'char', 16], pbi_name: [64, 'char', 32], pbi_nfiles: [96, 'u32'],
    pbi_pgid: [100, 'u32'], e_tdev: [108, 'u32'], e_tpgid: [112, 'u32'], pbi_nice: [116, 'i32'],
    pbi_start_tvsec: [120, 'u64'], pbi_start_tvusec: [128, 'u64'],
  }),
  proc_taskinfo: s('struct proc_taskinfo', 'sys/proc_info.h', 96, {
    pti_virtual_size: [0, 'u64'], pti_resident_size: [8, 'u64'], pti_total_user: [16, 'u64'], pti_total_system: [24, 'u64'],
    pti_faults: [52, 'i32'], pti_pageins: [56, 'i32'], pti_syscalls_mach: [72, 'i32'], pti_syscalls_unix: [76, 'i32'],
    pti_csw: [80, 'i32'], pti_threadnum: [84, 'i32'], pti_numrunning: [88, 'i32'], pti_priority: [92, 'i32'],
  }),
  vinfo_stat: s('struct vinfo_stat', 'sys/proc_info.h', 136, { vst_mode: [4, 'u16'], vst_size: [88, 'i64'] }),
  proc_fileinfo: s('struct proc_fileinfo', 'sys/proc_info.h', 24, { fi_openflags: [0, 'u32'], fi_offset: [8, 'i64'], fi_type: [16, 'i32'] }),
  vnode_fdinfowithpath: s('struct vnode_fdinfowithpath', 'sys/proc_info.h', 1200, { pfi: ['struct', 0, 24], pvip: ['struct', 24, 1176] }),
  vnode_info: s('struct vnode_info', 'sys/proc_info.h', 152, { vi_stat: ['struct', 0, 136], vi_type: [136, 'i32'] }),
  // proc_pidfdinfo(PROC_PIDFDSOCKETINFO): socket_fdinfo = proc_fileinfo + socket_info, whose soi_proto is a union
  socket_fdinfo: s('struct socket_fdinfo', 'sys/proc_info.h', 792, { pfi: ['struct', 0, 24], psi: ['struct', 24, 768] }),
  socket_info: s('struct socket_info', 'sys/proc_info.h', 768, {
    soi_type: [152, 'i32'], soi_protocol: [156, 'i32'], soi_family: [160, 'i32'], soi_kind: [232, 'i32'], soi_proto: ['struct', 240, 528],
  }),
  in_sockinfo: s('struct in_sockinfo', 'sys/proc_info.h', 80, {
    insi_fport: [0, 'i32'], insi_lport: [4, 'i32'], insi_vflag: [24, 'u8'], insi_faddr: ['struct', 32, 16], insi_laddr: ['struct', 48, 16],
  }),
  in4in6_addr: s('struct in4in6_addr', 'sys/proc_info.h', 16, { i46a_addr4: ['struct', 12, 4] }),
  tcp_sockinfo: s('struct tcp_sockinfo', 'sys/proc_info.h', 120, { tcpsi_ini: ['struct', 0, 80], tcpsi_state: [80, 'i32'] }),
  un_sockinfo: s('struct un_sockinfo', 'sys/proc_info.h', 528, { unsi_addr: ['struct', 16, 255], unsi_caddr: ['struct', 271, 255] }),
  sockaddr_un: s('struct sockaddr_un', 'sys/un.h', 106, { sun_len: [0, 'u8'], sun_family: [1, 'u8'], sun_path: [2, 'char', 104] }),
  // PROC_PIDTHREADINFO: times in nanoseconds (osfmk/kern/bsd_kern.c fill_taskthreadinfo: seconds * NSEC_PER_SEC + microseconds * NSEC_PER_USEC)
  proc_threadinfo: s('struct proc_threadinfo', 'sys/proc_info.h', 112, { pth_user_time: [0, 'u64'], pth_system_time: [8, 'u64'], pth_name: [48, 'char', 64] }),
  proc_fdinfo: s('struct proc_fdinfo', 'sys/proc_info.h', 8, { proc_fd: [0, 'i32'], proc_fdtype: [4, 'u32'] }),
  proc_taskallinfo: s('struct proc_taskallinfo', 'sys/proc_info.h', 232, {
    pbsd: ['struct', 0, 136], ptinfo: ['struct', 136, 96],
  }),
  vnode_info_path: s('struct vnode_info_path', 'sys/proc_info.h', 1176, {
    vip_vi: ['struct', 0, 152], vip_path: [152, 'char', 1024],
  }),
  proc_vnodepathinfo: s('struct proc_vnodepathinfo', 'sys/proc_info.h', 2352, {
    pvi_cdir: ['struct', 0, 1176], pvi_rdir: ['struct', 1176, 1176],
  }),
  // mach/vm_statistics.h: host_statistics64(HOST_VM_INFO64)
  vm_statistics64: s('struct vm_statistics64', 'mach/vm_statistics.h', 152, {
    free_count: [0, 'u32'], active_count: [4, 'u32'], inactive_count: [8, 'u32'], wire_count: [12, 'u32'],
    pageins: [32, 'u64'], pageouts: [40, 'u64'], purgeable_count: [88, 'u32'], speculative_count: [92, 'u32'],
    swapins: [112, 'u64'], swapouts: [120, 'u64'], compressor_page_count: [128, 'u32'],
    external_page_count: [136, 'u32'], internal_page_count: [140, 'u32'],
  }),
  // mach/host_info.h and mach/processor_info.h: host_statistics(HOST_CPU_LOAD_INFO), host_processor_info(PROCESSOR_CPU_LOAD_INFO)
  host_cpu_load_info: s('struct host_cpu_load_info', 'mach/host_info.h', 16, { cpu_ticks: [0, 'u32', 4] }),
  processor_cpu_load_info: s('struct processor_cpu_load_info', 'mach/processor_info.h', 16, { cpu_ticks: [0, 'u32', 4] }),
  // sys/sysctl.h: vm.swapusage, vm.loadavg; sys/_types/_timeval.h: kern.boottime
  xsw_usage: s('struct xsw_usage', 'sys/sysctl.h', 32, {
    xsu_total: [0, 'u64'], xsu_avail: [8, 'u64'], xsu_used: [16, 'u64'], xsu_pagesize: [24, 'u32'], xsu_encrypted: [28, 'boolean_t'],
  }),
  loadavg: s('struct loadavg', 'sys/sysctl.h', 24, { ldavg: [0, 'u32', 3], fscale: [16, 'i64'] }),
  timeval: s('struct timeval', 'sys/time.h', 16, { tv_sec: [0, 'i64'], tv_usec: [8, 'i32'] }),
  // sys/mount.h, the 64-bit-inode layout (the only one on arm64; x86_64's statfs$INODE64 / getfsstat$INODE64)
  statfs: s('struct statfs', 'sys/mount.h', 2168, {
    f_bsize: [0, 'u32'], f_iosize: [4, 'i32'], f_blocks: [8, 'u64'], f_bfree: [16, 'u64'], f_bavail: [24, 'u64'],
    f_files: [32, 'u64'], f_ffree: [40, 'u64'], f_owner: [56, 'u32'], f_type: [60, 'u32'], f_flags: [64, 'u32'],
    f_fstypename: [72, 'char', 16], f_mntonname: [88, 'char', 1024], f_mntfromname: [1112, 'char', 1024],
  }),
  // net/if.h, net/if_var.h, net/if_dl.h: sysctl NET_RT_IFLIST2 (per-interface counters); if_data64 is #pragma pack(4)
  if_msghdr2: s('struct if_msghdr2', 'net/if.h', 160, {
    ifm_msglen: [0, 'u16'], ifm_version: [2, 'u8'], ifm_type: [3, 'u8'], ifm_addrs: [4, 'i32'], ifm_flags: [8, 'i32'],
    ifm_index: [12, 'u16'], ifm_data: ['struct', 32, 128],
  }),
  if_data64: s('struct if_data64', 'net/if_var.h', 128, {
    ifi_type: [0, 'u8'], ifi_mtu: [8, 'u32'], ifi_baudrate: [16, 'u64'], ifi_ipackets: [24, 'u64'], ifi_ierrors: [32, 'u64'],
    ifi_opackets: [40, 'u64'], ifi_oerrors: [48, 'u64'], ifi_ibytes: [64, 'u64'], ifi_obytes: [72, 'u64'], ifi_iqdrops: [96, 'u64'],
  }),
  sockaddr_dl: s('struct sockaddr_dl', 'net/if_dl.h', 20, {
    sdl_len: [0, 'u8'], sdl_family: [1, 'u8'], sdl_index: [2, 'u16'], sdl_type: [4, 'u8'], sdl_nlen: [5, 'u8'],
    sdl_alen: [6, 'u8'], sdl_data: [8, 'char', 12],
  }),
  // sys/resource.h: proc_pid_rusage(RUSAGE_INFO_V2)
  rusage_info_v2: s('struct rusage_info_v2', 'sys/resource.h', 160, {
    ri_user_time: [16, 'u64'], ri_system_time: [24, 'u64'], ri_pageins: [48, 'u64'], ri_resident_size: [64, 'u64'],
    ri_phys_footprint: [72, 'u64'], ri_child_user_time: [96, 'u64'], ri_child_system_time: [104, 'u64'],
    ri_diskio_bytesread: [144, 'u64'], ri_diskio_byteswritten: [152, 'u64'],
  }),
  // Libc's utmpx.h (the SDK's /usr/include/utmpx.h): getutxent
  utmpx: s('struct utmpx', 'utmpx.h', 640, {
    ut_user: [0, 'char', 256], ut_id: [256, 'char', 4], ut_line: [260, 'char', 32], ut_pid: [292, 'i32'], ut_type: [296, 'i16'],
    ut_tv: ['struct', 304, 16], ut_host: [320, 'char', 256],
  }),
  // Libinfo's pwd.h: getpwuid_r fills it, its strings in the buffer passed along
  passwd: s('struct passwd', 'pwd.h', 72, { pw_name: [0, 'ptr'], pw_uid: [16, 'u32'] }),
} as const;

/**
 * sysctl names without a fixed MIB number (OID_AUTO), read with sysctlbyname: checked against
 * their SYSCTL_PROC declarations in xnu's bsd/kern/kern_mib.c (name and format: I int, Q int64).
 */
export const SYSCTL_NAMES = {
  'hw.logicalcpu': 'I', 'hw.physicalcpu': 'I', 'hw.tbfrequency': 'Q',
  'hw.cpufrequency': 'Q', 'hw.cpufrequency_min': 'Q', 'hw.cpufrequency_max': 'Q',
} as const;

/** Constants as the headers define them; `header` is where the checker finds each. */
export const CONSTANTS = {
  'sys/proc_info.h': {
    PROC_PIDLISTFDS: 1, PROC_PIDTASKALLINFO: 2, PROC_PIDTBSDINFO: 3, PROC_PIDTASKINFO: 4, PROC_PIDTHREADINFO: 5, PROC_PIDLISTTHREADS: 6, PROC_PIDVNODEPATHINFO: 9,
    PROC_PIDPATHINFO_MAXSIZE: 4096, PROC_PIDFDVNODEPATHINFO: 2, PROC_PIDFDSOCKETINFO: 3, PROX_FDTYPE_VNODE: 1, PROX_FDTYPE_SOCKET: 2,
    SOCKINFO_IN: 1, SOCKINFO_TCP: 2, SOCKINFO_UN: 3, INI_IPV4: 1, INI_IPV6: 2, SOCK_MAXADDRLEN: 255,
    TSI_S_CLOSED: 0, TSI_S_LISTEN: 1, TSI_S_SYN_SENT: 2, TSI_S_SYN_RECEIVED: 3, TSI_S_ESTABLISHED: 4, TSI_S__CLOSE_WAIT: 5,
    TSI_S_FIN_WAIT_1: 6, TSI_S_CLOSING: 7, TSI_S_LAST_ACK: 8, TSI_S_FIN_WAIT_2: 9, TSI_S_TIME_WAIT: 10,
  },
  'sys/param.h': { MAXCOMLEN: 16, MAXPATHLEN: 1024, FSCALE: 2048 },
  'sys/proc.h': { SIDL: 1, SRUN: 2, SSLEEP: 3, SSTOP: 4, SZOMB: 5 },
  'sys/errno.h': { EPERM: 1, ENOENT: 2, ESRCH: 3, EBADF: 9, ENOMEM: 12, EACCES: 13, EINVAL: 22, ERANGE: 34 },
  'sys/fcntl.h': { FREAD: 0x1, FWRITE: 0x2, O_APPEND: 0x8 },
  'sys/stat.h': { S_IFMT: 0o170000, S_IFREG: 0o100000 },
  'sys/sysctl.h': {
    CTL_KERN: 1, CTL_VM: 2, CTL_NET: 4, CTL_HW: 6, KERN_ARGMAX: 8, KERN_BOOTTIME: 21, KERN_PROCARGS2: 49,
    VM_LOADAVG: 2, VM_SWAPUSAGE: 5, HW_NCPU: 3, HW_PAGESIZE: 7, HW_MEMSIZE: 24,
  },
  'sys/socket.h': { PF_ROUTE: 17, NET_RT_IFLIST2: 6, AF_LINK: 18, AF_UNIX: 1, AF_INET: 2, AF_INET6: 30, SOCK_STREAM: 1, SOCK_DGRAM: 2 },
  'net/route.h': { RTM_IFINFO2: 0x12 },
  'net/if.h': { IFF_UP: 0x1, IFF_RUNNING: 0x40 },
  'sys/resource.h': { RUSAGE_INFO_V2: 2 },
  'utmpx.h': { USER_PROCESS: 7 },
  // the cpu load counters tick CLK_TCK times a second (psutil divides by CLK_TCK)
  'machine/limits.h': { CLK_TCK: 100 },
  'mach/host_info.h': { HOST_CPU_LOAD_INFO: 3, HOST_VM_INFO64: 4, HOST_VM_INFO64_COUNT: 38, HOST_CPU_LOAD_INFO_COUNT: 4 },
  'mach/processor_info.h': { PROCESSOR_CPU_LOAD_INFO: 2 },
  'mach/machine.h': { CPU_STATE_USER: 0, CPU_STATE_SYSTEM: 1, CPU_STATE_IDLE: 2, CPU_STATE_NICE: 3, CPU_STATE_MAX: 4 },
  'mach/kern_return.h': { KERN_SUCCESS: 0 },
  'sys/mount.h': {
    MNT_NOWAIT: 2, MFSTYPENAMELEN: 16,
    MNT_RDONLY: 0x1, MNT_SYNCHRONOUS: 0x2, MNT_NOEXEC: 0x4, MNT_NOSUID: 0x8, MNT_NODEV: 0x10, MNT_UNION: 0x20,
    MNT_ASYNC: 0x40, MNT_EXPORTED: 0x100, MNT_LOCAL: 0x1000, MNT_QUOTA: 0x2000, MNT_ROOTFS: 0x4000,
    MNT_DOVOLFS: 0x8000, MNT_DONTBROWSE: 0x100000, MNT_IGNORE_OWNERSHIP: 0x200000, MNT_AUTOMOUNTED: 0x400000,
    MNT_JOURNALED: 0x800000, MNT_NOUSERXATTR: 0x1000000, MNT_DEFWRITE: 0x2000000, MNT_MULTILABEL: 0x4000000,
    MNT_NOATIME: 0x10000000,
  },
} as const;

type Flat<T> = { [H in keyof T]: T[H] }[keyof T];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every constant by name, whatever header holds it. */
export const C = Object.assign({}, ...Object.values(CONSTANTS)) as UnionToIntersection<Flat<typeof CONSTANTS>>;

// The darwin backend's glue over a fake libSystem: which calls it makes with which flavors and
// MIBs, oneshot caching one PROC_PIDTASKALLINFO read, the PROC_PIDTBSDINFO fallback for another
// user's process, and psutil's error mapping, through the public Process.
import assert from 'node:assert/strict';
import { backendFor } from '../../src/probe/backend';
import { C, STRUCTS } from '../../src/probe/darwin/layout';
import { useLibSystem } from '../../src/probe/darwin/native';
import { AccessDenied, NoSuchProcess, UnsupportedPlatform, ZombieProcess } from '../../src/probe/errors';
import { Process } from '../../src/probe/process';
import type { LibSystem } from '../../native-ffi/darwin/libsystem';
import koffi from 'koffi';
import { build, socketFdInfo } from './darwin/buffers';
import { ifinfo2, otherMessage } from './darwin/iflist';

const OURS = 100;
/** A pid that exists here (kill(pid, 0) decides NoSuchProcess vs AccessDenied when the call says EINVAL). */
const OTHERS = process.pid;
const GONE = 0x3ffffff0;
/** A zombie here: its pid exists (kill(pid, 0)), only PROC_PIDTBSDINFO with arg 1 answers for it. */
const ZOMBIE = process.ppid;

function procargs(argv: string[], env: string[]): Buffer {
  const head = Buffer.alloc(4); head.writeInt32LE(argv.length);
  return Buffer.concat([head, Buffer.from(`${argv[0]}\0\0\0\0`), ...[...argv, ...env].map((s) => Buffer.from(`${s}\0`)), Buffer.from('\0')]);
}

/** getutxent's records in C memory (glibc's malloc here): the backend reads them through a pointer, as on macOS. */
function utmpxRecords(): unknown[] {
  const libc = koffi.load('libc.so.6');
  const malloc = libc.func('void *malloc(size_t n)');
  const memcpy = libc.func('void *memcpy(void *d, void *s, size_t n)');
  const rec = (type: number, user: string, line: string, host: string, sec: number, pid: number) => {
    const b = build(STRUCTS.utmpx, { ut_type: type, ut_user: user, ut_line: line, ut_host: host, ut_pid: pid });
    build(STRUCTS.timeval, { tv_sec: sec }, b, STRUCTS.utmpx.fields.ut_tv[1]);
    const p = malloc(b.length);
    memcpy(p, b, b.length);
    return p;
  };
  return [
    rec(2, 'reboot', '~', '', 1_699_000_000, 0), // BOOT_TIME
    rec(C.USER_PROCESS, 'zoë', 'console', '', 1_700_000_000, 411),
    rec(C.USER_PROCESS, 'zoë', 'ttys000', '192.0.2.7', 1_700_000_100, 5000),
  ];
}

function fake(): LibSystem & { calls: string[] } {
  let errno = 0;
  const calls: string[] = [];
  let utx: unknown[] = [];
  const fill = (dst: Buffer | null, src: Buffer, len?: [number | bigint]): number => {
    if (dst) src.copy(dst);
    if (len) len[0] = src.length;
    return 0;
  };
  const bsd = (pid: number, uid: number) => build(STRUCTS.proc_bsdinfo, {
    pbi_pid: pid, pbi_ppid: 1, pbi_status: C.SRUN, pbi_comm: 'Code Helper (Pl', pbi_name: '', pbi_ruid: uid, pbi_uid: uid, pbi_svuid: uid,
    pbi_start_tvsec: 1_700_000_000n,
  });
  return {
    calls,
    errno: () => errno,
    taskSelf: () => 7,
    mach_host_self: () => { calls.push('mach_host_self'); return 5; },
    sysctl(name, _n, oldp, len) {
      const mib = [...name].join('.');
      calls.push(`sysctl ${mib}`);
      if (mib === `${C.CTL_KERN}.${C.KERN_ARGMAX}`) { const b = Buffer.alloc(4); b.writeInt32LE(4096); return fill(oldp, b, len); }
      if (mib === `${C.CTL_KERN}.${C.KERN_PROCARGS2}.${OURS}`) {
        return fill(oldp, procargs(['/Applications/Code.app/Contents/Frameworks/Code Helper (Plugin).app/Contents/MacOS/Code Helper (Plugin)', '--type=utility'], ['VSCODE_PID=1']), len);
      }
      if (mib === `${C.CTL_KERN}.${C.KERN_PROCARGS2}.${OTHERS}`) { errno = C.EINVAL; return -1; }
      if (mib === `${C.CTL_HW}.${C.HW_MEMSIZE}`) { const b = Buffer.alloc(8); b.writeBigInt64LE(8n * 2n ** 30n); return fill(oldp, b, len); }
      if (mib === `${C.CTL_HW}.${C.HW_PAGESIZE}`) { const b = Buffer.alloc(8); b.writeBigInt64LE(16384n); return fill(oldp, b, len); }
      if (mib === `${C.CTL_VM}.${C.VM_SWAPUSAGE}`) return fill(oldp, build(STRUCTS.xsw_usage, { xsu_total: 1024n, xsu_used: 256n, xsu_avail: 768n }), len);
      if (mib === `${C.CTL_NET}.${C.PF_ROUTE}.0.0.${C.NET_RT_IFLIST2}.0`) {
        const list = Buffer.concat([
          ifinfo2({ name: 'lo0', flags: C.IFF_UP | C.IFF_RUNNING, mtu: 16384, baud: 0n, ib: 1000n, ob: 1000n, ip: 10n, op: 10n }),
          otherMessage(),
          ifinfo2({ name: 'en0', flags: C.IFF_UP | C.IFF_RUNNING, mtu: 1500, baud: 1_000_000_000n, ib: 5_000_000n, ob: 700_000n, ip: 4000n, op: 900n, ie: 1n, drops: 2n }),
        ]);
        if (!oldp) { len[0] = list.length; return 0; }
        return fill(oldp, list, len);
      }
      if (mib === `${C.CTL_KERN}.${C.KERN_BOOTTIME}`) return fill(oldp, build(STRUCTS.timeval, { tv_sec: 1_699_000_000 }), len);
      errno = C.ENOMEM; return -1;
    },
    sysctlbyname(name, oldp, len) {
      calls.push(`sysctlbyname ${name}`);
      const b = Buffer.alloc(8);
      if (name === 'hw.tbfrequency') { b.writeBigInt64LE(24_000_000n); return fill(oldp, b, len); }
      if (name === 'hw.physicalcpu') { const i = Buffer.alloc(4); i.writeInt32LE(8); return fill(oldp, i, len); }
      errno = 2; return -1;
    },
    proc_pidinfo(pid, flavor, arg, buf, size) {
      calls.push(`proc_pidinfo ${pid} ${flavor}${arg ? ` arg ${arg}` : ''}`);
      if (pid === GONE) { errno = C.ESRCH; return 0; }
      if (pid === ZOMBIE) {
        if (flavor !== C.PROC_PIDTBSDINFO || !arg) { errno = C.ESRCH; return 0; }
        build(STRUCTS.proc_bsdinfo, { pbi_pid: pid, pbi_ppid: 77, pbi_status: C.SZOMB, pbi_comm: 'defunct', pbi_start_tvsec: 1_700_000_000n }).copy(buf!);
        return size;
      }
      if (flavor === C.PROC_PIDTASKALLINFO) {
        if (pid === OTHERS) { errno = C.EPERM; return 0; }
        const all = Buffer.alloc(STRUCTS.proc_taskallinfo.size);
        bsd(pid, 501).copy(all, STRUCTS.proc_taskallinfo.fields.pbsd[1]);
        build(STRUCTS.proc_taskinfo, { pti_total_user: 48_000_000n, pti_resident_size: 4096n * 100n, pti_virtual_size: 2n ** 34n, pti_threadnum: 12, pti_csw: 9 }, all, STRUCTS.proc_taskallinfo.fields.ptinfo[1]);
        all.copy(buf!); return size;
      }
      if (flavor === C.PROC_PIDTBSDINFO) { bsd(pid, 0).copy(buf!); return size; }
      if (flavor === C.PROC_PIDLISTTHREADS) { [0x7000_0000_1000n, 0x7000_0000_2000n, 0x7000_0000_3000n].forEach((h, i) => buf!.writeBigUInt64LE(h, i * 8)); return 24; }
      if (flavor === C.PROC_PIDTHREADINFO) {
        if (arg === 0x7000_0000_2000n) { errno = C.ESRCH; return 0; } // ended in between
        build(STRUCTS.proc_threadinfo, { pth_user_time: 1_500_000_000n, pth_system_time: BigInt(arg) === 0x7000_0000_1000n ? 250_000_000n : 0n }).copy(buf!);
        return size;
      }
      if (flavor === C.PROC_PIDLISTFDS) {
        if (pid === OTHERS) { errno = C.EPERM; return 0; }
        if (!buf) return 8 * 25;
        const fds: [number, number][] = [[0, C.PROX_FDTYPE_VNODE], [3, C.PROX_FDTYPE_VNODE], [4, 2], [5, C.PROX_FDTYPE_VNODE]];
        fds.forEach(([fd, type], i) => build(STRUCTS.proc_fdinfo, { proc_fd: fd, proc_fdtype: type }, buf, i * 8));
        return fds.length * 8;
      }
      errno = C.EINVAL; return 0;
    },
    proc_pid_rusage(pid, flavor, buf) {
      calls.push(`proc_pid_rusage ${pid} ${flavor}`);
      build(STRUCTS.rusage_info_v2, { ri_phys_footprint: 123n * 4096n }).copy(buf);
      return 0;
    },
    proc_pidfdinfo(pid, fd, flavor, buf, size) {
      calls.push(`proc_pidfdinfo ${pid} ${fd} ${flavor}`);
      if (fd === 5) { errno = C.ENOENT; return 0; }
      if (flavor === C.PROC_PIDFDSOCKETINFO) {
        socketFdInfo({ family: C.AF_INET, type: C.SOCK_STREAM, kind: C.SOCKINFO_TCP, laddr: [127, 0, 0, 1], lport: 3000, state: C.TSI_S_LISTEN }).copy(buf);
        return size;
      }
      const w = STRUCTS.vnode_fdinfowithpath;
      build(STRUCTS.proc_fileinfo, { fi_openflags: C.FWRITE | C.O_APPEND, fi_offset: 4096n }, buf, w.fields.pfi[1]);
      build(STRUCTS.vinfo_stat, { vst_mode: fd === 0 ? 0o020620 : 0o100644 }, buf, w.fields.pvip[1]);
      build(STRUCTS.vnode_info_path, { vip_path: fd === 0 ? '/dev/ttys000' : '/Users/me/build.log' }, buf, w.fields.pvip[1]);
      return size;
    },
    proc_pidpath(pid, buf) { calls.push(`proc_pidpath ${pid}`); return buf.write('/bin/zsh'); },
    proc_listallpids(buf) {
      calls.push('proc_listallpids');
      if (buf) [OTHERS, OURS, 1].forEach((p, i) => buf.writeInt32LE(p, i * 4));
      return 3;
    },
    host_statistics64(_h, flavor, info, count) {
      calls.push(`host_statistics64 ${flavor} ${count[0]}`);
      build(STRUCTS.vm_statistics64, { free_count: 1000, inactive_count: 3000, active_count: 5000, wire_count: 2000, pageins: 7n }).copy(info);
      return C.KERN_SUCCESS;
    },
    host_statistics(_h, flavor, info, count) {
      calls.push(`host_statistics ${flavor} ${count[0]}`);
      [1000, 500, 8000, 100].forEach((v, i) => info.writeUInt32LE(v, i * 4));
      return C.KERN_SUCCESS;
    },
    host_processor_info: () => { throw new Error('not in this fake'); },
    vm_deallocate: () => 0,
    getfsstat: () => 0,
    setutxent() { calls.push('setutxent'); utx = utmpxRecords(); },
    getutxent() { calls.push('getutxent'); return utx.shift() ?? null; },
    endutxent() { calls.push('endutxent'); },
    getpwuid_r(uid, pwd, buffer, _size, result) {
      calls.push(`getpwuid_r ${uid}`);
      if (uid !== 0) { result[0] = null; return 0; }
      buffer.write('root\0', 8);
      pwd.writeBigUInt64LE((koffi.address(buffer) as bigint) + 8n, STRUCTS.passwd.fields.pw_name[0]);
      result[0] = pwd;
      return 0;
    },
  };
}

describe('darwin backend over a fake libSystem', () => {
  const darwin = backendFor('darwin');
  let lib: ReturnType<typeof fake>;
  beforeEach(() => { lib = fake(); useLibSystem(lib); });
  after(() => useLibSystem(undefined));

  it('system: memory (HOST_VM_INFO64 with its count, hw.memsize, hw.pagesize), swap, cpu (HOST_CPU_LOAD_INFO), boot time', () => {
    const vm = darwin.system.virtualMemory!();
    assert.equal(vm.total, 8 * 2 ** 30);
    assert.equal(vm.available, (3000 + 1000) * 16384);
    assert.ok(lib.calls.includes(`host_statistics64 ${C.HOST_VM_INFO64} ${C.HOST_VM_INFO64_COUNT}`));
    assert.deepEqual(darwin.system.swapMemory!(), { total: 1024, used: 256, free: 768, percent: 25, sin: 7 * 16384, sout: 0 });
    const cpu = darwin.system.cpuTimes!();
    assert.deepEqual([cpu.user, cpu.system, cpu.idle, cpu.nice], [10, 5, 80, 1]);
    assert.ok(lib.calls.includes(`host_statistics ${C.HOST_CPU_LOAD_INFO} ${C.HOST_CPU_LOAD_INFO_COUNT}`));
    assert.equal(darwin.system.bootTime!(), 1_699_000_000);
    assert.equal(darwin.system.cpuCountPhysical!(), 8);
    assert.deepEqual(darwin.system.cpuFreqPercpu!(), [], 'no hw.cpufrequency (Apple silicon): absent, not an error');
    assert.equal(lib.calls.filter((c) => c === 'mach_host_self').length, 1, 'one host port, kept');
  });

  it('users: getutxent\'s USER_PROCESS records read through libc\'s pointer, the file rewound and closed', () => {
    assert.deepEqual(darwin.system.users!(), [
      { name: 'zoë', terminal: 'console', host: null, started: 1_700_000_000, pid: 411 },
      { name: 'zoë', terminal: 'ttys000', host: '192.0.2.7', started: 1_700_000_100, pid: 5000 },
    ]);
    assert.deepEqual(lib.calls.filter((c) => c.endsWith('utxent')), ['setutxent', 'getutxent', 'getutxent', 'getutxent', 'getutxent', 'endutxent']);
  });

  it('network: NET_RT_IFLIST2 per interface and summed, other routing messages skipped; stats from the same messages', () => {
    const per = darwin.system.netIoCounters!(true, false);
    assert.deepEqual(Object.keys(per), ['lo0', 'en0']);
    assert.deepEqual(per.en0, { bytesSent: 700_000, bytesRecv: 5_000_000, packetsSent: 900, packetsRecv: 4000, errin: 1, errout: 0, dropin: 2, dropout: 0 });
    assert.equal(darwin.system.netIoCounters!(false, false)!.bytesRecv, 5_001_000);
    assert.deepEqual(darwin.system.netIfStats!().en0, { isup: true, duplex: 0, speed: 1000, mtu: 1500, flags: '' });
  });

  it('pids sorted; a process of ours: one PROC_PIDTASKALLINFO per oneshot for every task and BSD getter', () => {
    assert.deepEqual(darwin.pids(), [1, OURS, OTHERS].sort((a, b) => a - b));
    const p = new Process(OURS, darwin.newProcess(OURS));
    lib.calls.length = 0;
    const info = p.oneshot(() => ({
      ppid: p.ppid(), status: p.status(), createTime: p.createTime(), cpu: p.cpuTimes(), mem: p.memoryInfo(),
      threads: p.numThreads(), ctx: p.numCtxSwitches(), uids: p.uids(), name: p.name(), cmdline: p.cmdline(), environ: p.environ(),
    }));
    assert.equal(lib.calls.filter((c) => c === `proc_pidinfo ${OURS} ${C.PROC_PIDTASKALLINFO}`).length, 1, lib.calls.join('\n'));
    assert.equal(lib.calls.filter((c) => c.startsWith(`sysctl ${C.CTL_KERN}.${C.KERN_PROCARGS2}`)).length, 1, 'cmdline and environ share one KERN_PROCARGS2 read');
    assert.equal(info.cpu.user, 2, '48,000,000 ticks at hw.tbfrequency 24 MHz');
    assert.deepEqual(info.mem, { rss: 409600, vms: 2 ** 34, pfaults: 0, pageins: 0 });
    assert.equal(info.threads, 12);
    assert.deepEqual(info.ctx, { voluntary: 9, involuntary: 0 });
    assert.equal(info.name, 'Code Helper (Plugin)', 'pbi_comm completed from cmdline, as on Linux');
    assert.equal(info.environ.VSCODE_PID, '1');
    assert.equal(info.createTime, 1_700_000_000);
    assert.equal(p.numFds(), 25);
    assert.equal(p.memoryFullInfo().uss, 123 * 4096, 'uss: the physical footprint');
    assert.deepEqual(p.openFiles(), [{ path: '/Users/me/build.log', fd: 3, position: 4096, mode: 'a', flags: 0x8 | 1 }],
      'regular files only (not the tty, not the socket), an fd closed in between skipped');
    assert.ok(lib.calls.includes(`proc_pid_rusage ${OURS} ${C.RUSAGE_INFO_V2}`));
    assert.equal(p.exe(), '/bin/zsh');
  });

  it('another user\'s process: the BSD part from PROC_PIDTBSDINFO, the task part and cmdline AccessDenied', () => {
    const p = new Process(OTHERS, darwin.newProcess(OTHERS));
    assert.equal(p.ppid(), 1);
    assert.deepEqual(p.uids(), { real: 0, effective: 0, saved: 0 });
    assert.equal(p.username(), 'root', 'getpwuid_r names another user');
    assert.throws(() => p.memoryInfo(), AccessDenied);
    assert.throws(() => p.cmdline(), AccessDenied);
    lib.calls.length = 0;
    p.ppid();
    assert.deepEqual(lib.calls, [`proc_pidinfo ${OTHERS} ${C.PROC_PIDTBSDINFO} arg 1`], 'TASKALLINFO is not asked again once refused');
    assert.equal(p.asDict(['memoryInfo', 'ppid']).memoryInfo, null, 'asDict gives adValue for the refused field');
  });

  it('a zombie keeps its BSD part (PROC_PIDTBSDINFO with arg 1); its task part is ZombieProcess', () => {
    const p = new Process(ZOMBIE, darwin.newProcess(ZOMBIE));
    assert.equal(p.status(), 'zombie');
    assert.equal(p.ppid(), 77);
    assert.equal(p.name(), 'defunct');
    assert.throws(() => p.memoryInfo(), ZombieProcess);
    assert.equal(p.asDict(['name', 'cpuTimes']).cpuTimes, null);
  });

  it('a vanished pid is NoSuchProcess; what the backend lacks is UnsupportedPlatform by name', () => {
    assert.throws(() => new Process(GONE, darwin.newProcess(GONE)), NoSuchProcess);
    const p = new Process(OURS, darwin.newProcess(OURS));
    assert.throws(() => p.memoryMaps(), (e: unknown) => e instanceof UnsupportedPlatform && /memoryMaps/.test(e.message) && e.platform === 'darwin');
    assert.deepEqual(p.threads(), [{ id: 1, userTime: 1.5, systemTime: 0.25 }, { id: 3, userTime: 1.5, systemTime: 0 }], 'ns to seconds; an ended thread skipped');
    assert.deepEqual(p.connections('tcp'), [{ fd: 4, family: C.AF_INET, type: C.SOCK_STREAM, laddr: { ip: '127.0.0.1', port: 3000 }, raddr: null, status: 'LISTEN' }]);
    assert.deepEqual(p.connections('udp'), [], 'filtered by kind');
    assert.throws(() => p.connections('bogus'), RangeError);
    // system-wide: each process we may read, with its pid (the other user's fds are refused: left out)
    const all = darwin.system.netConnections!('tcp');
    assert.ok(all.length >= 1 && all.every((c) => c.pid === OURS || c.pid === 1), JSON.stringify(all));
    assert.equal(darwin.system.cpuStats, undefined, 'the seam raises UnsupportedPlatform naming it');
    assert.deepEqual(darwin.system.sensorsTemperatures!(), {}, 'temperatures: hidden, never an error (SMC/HID need more than an unprivileged read)');
  });
});

describe('darwin backend on another OS', () => {
  it('loads nothing until called, then says why instead of crashing', () => {
    useLibSystem(undefined);
    const darwin = backendFor('darwin');
    assert.equal(darwin.platform, 'darwin');
    assert.throws(() => darwin.system.virtualMemory!(), /libSystem is only loaded on darwin/);
    assert.throws(() => darwin.system.sensorsBattery!(), /CoreFoundation is only loaded on darwin/);
    assert.throws(() => darwin.system.diskIoCounters!(true), /CoreFoundation is only loaded on darwin/);
  });
});

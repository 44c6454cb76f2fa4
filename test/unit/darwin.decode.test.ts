// The darwin decoders over buffers built from the checked layouts (test/unit/darwin.layout.test.ts
// proves the layouts against xnu's headers), with real values from public records where they exist.
import assert from 'node:assert/strict';
import {
  bootTimeFromTimeval, cpuTimesFromTicks, cwdFromVnodePathInfo, decodeBsdInfo, decodeTaskAllInfo, decodeTaskInfo,
  environFromStrings, loadAvgFromStruct, mountOpts, parseProcArgs2, partitionsFromStatfs, perCpuTimesFromLoadInfo,
  statusName, swapFromXswUsage, usageFromStatfs, virtualMemoryFromVmStats,
} from '../../src/probe/darwin/decode';
import { C, STRUCTS } from '../../src/probe/darwin/layout';
import { processError } from '../../src/probe/darwin/native';
import { AccessDenied, NoSuchProcess, ZombieProcess } from '../../src/probe/errors';
import { build, socketFdInfo } from './darwin/buffers';
import { ifinfo2, otherMessage } from './darwin/iflist';
import { connectionFromSocketFdInfo, decodeRusageV2, interfacesFromIfList2, modeFromFileFlags, userFromUtmpx } from '../../src/probe/darwin/decode';

const KiB = 1024;

describe('darwin decoders (pure, over buffers built from the checked layouts)', () => {
  it('virtual memory as psutil: available = inactive + free, used = active + wired, free without speculative', () => {
    const page = 16 * KiB; // Apple silicon
    const vm = build(STRUCTS.vm_statistics64, { free_count: 10_000, active_count: 200_000, inactive_count: 190_000, wire_count: 100_000, speculative_count: 2_000 });
    const total = 16 * 2 ** 30;
    const v = virtualMemoryFromVmStats(vm, total, page);
    assert.equal(v.total, total);
    assert.equal(v.available, (190_000 + 10_000) * page);
    assert.equal(v.used, (200_000 + 100_000) * page);
    assert.equal(v.free, (10_000 - 2_000) * page);
    assert.equal(v.active, 200_000 * page);
    assert.equal(v.wired, 100_000 * page);
    assert.equal(v.percent, Math.round(((total - v.available) / total) * 1000) / 10);
    assert.equal(v.buffers, null);
  });

  it('swap from xsw_usage, sin/sout from the VM page-ins and page-outs', () => {
    const xsw = build(STRUCTS.xsw_usage, { xsu_total: 2n * 2n ** 30n, xsu_avail: 1536n * 2n ** 20n, xsu_used: 512n * 2n ** 20n, xsu_pagesize: 16384, xsu_encrypted: 1 });
    const vm = build(STRUCTS.vm_statistics64, { pageins: 1000n, pageouts: 10n });
    const s = swapFromXswUsage(xsw, vm, 16 * KiB);
    assert.deepEqual(s, { total: 2 * 2 ** 30, used: 512 * 2 ** 20, free: 1536 * 2 ** 20, percent: 25, sin: 1000 * 16 * KiB, sout: 10 * 16 * KiB });
    assert.equal(swapFromXswUsage(xsw, null, 4096).sin, null);
  });

  it('per-cpu ticks in CPU_STATE order (user, system, idle, nice): an M1 reading from htop-dev/htop#368', () => {
    // htop-dev/htop#368 (M1, macOS Big Sur): cpu 0 user 876732, system 359645, idle 2348612, nice 0;
    // cpu 1 user 841369, system 328608, idle 2414875, nice 0 (host_processor_info raw ticks)
    const buf = Buffer.alloc(2 * STRUCTS.processor_cpu_load_info.size);
    [[876732, 359645, 2348612, 0], [841369, 328608, 2414875, 0]].forEach((ticks, cpu) => {
      ticks.forEach((v, state) => buf.writeUInt32LE(v, cpu * 16 + state * 4));
    });
    const t = perCpuTimesFromLoadInfo(buf, 2, 100);
    assert.deepEqual(t.map((c) => [c.user, c.system, c.idle, c.nice]), [[8767.32, 3596.45, 23486.12, 0], [8413.69, 3286.08, 24148.75, 0]]);
    assert.equal(t[0].iowait, null);
    assert.throws(() => perCpuTimesFromLoadInfo(buf, 3, 100), RangeError);
    const total = cpuTimesFromTicks(build(STRUCTS.host_cpu_load_info, {}), 0, 100);
    assert.equal(total.user, 0);
  });

  it('load average in fixed point over fscale; boot time from kern.boottime', () => {
    const l = Buffer.alloc(STRUCTS.loadavg.size);
    [2048 * 1.5, 2048 * 0.25, 2048 * 3].forEach((v, i) => l.writeUInt32LE(v, i * 4));
    l.writeBigInt64LE(BigInt(C.FSCALE), STRUCTS.loadavg.fields.fscale[0]);
    assert.deepEqual(loadAvgFromStruct(l), [1.5, 0.25, 3]);
    assert.equal(bootTimeFromTimeval(build(STRUCTS.timeval, { tv_sec: 1_700_000_000, tv_usec: 999_999 })), 1_700_000_000);
  });

  it('process cpu times: mach ticks at hw.tbfrequency (psutil #1956: read as ns on an M1 they were 3/125 of the truth)', () => {
    const t = build(STRUCTS.proc_taskinfo, { pti_total_user: 24_000_000n * 90n, pti_total_system: 12_000_000n, pti_resident_size: 50n * 2n ** 20n, pti_virtual_size: 400n * 2n ** 30n, pti_threadnum: 7, pti_csw: 1234 });
    const m1 = decodeTaskInfo(t, 0, 24_000_000);
    assert.equal(m1.totalUser, 90);
    assert.equal(m1.totalSystem, 0.5);
    assert.equal(decodeTaskInfo(t, 0, 1e9).totalUser, 90 * 0.024, 'the ns reading psutil #1956 reported');
    assert.equal(m1.residentSize, 50 * 2 ** 20);
    assert.equal(m1.virtualSize, 400 * 2 ** 30);
    assert.equal(m1.threadnum, 7);
    // beyond 2^53 ns (Intel: 1 GHz) the whole seconds stay exact
    const long = decodeTaskInfo(build(STRUCTS.proc_taskinfo, { pti_total_user: 10_000_000_000_000_001n }), 0, 1e9);
    assert.equal(long.totalUser, 10_000_000 + 1e-9);
  });

  it('PROC_PIDTASKALLINFO: the BSD part then the task part; names, ids, status, start time', () => {
    const buf = Buffer.alloc(STRUCTS.proc_taskallinfo.size);
    build(STRUCTS.proc_bsdinfo, {
      pbi_pid: 4242, pbi_ppid: 1, pbi_status: C.SRUN, pbi_comm: 'Code Helper (Re', pbi_name: 'Code Helper (Renderer)',
      pbi_uid: 501, pbi_ruid: 501, pbi_svuid: 501, pbi_gid: 20, pbi_rgid: 20, pbi_svgid: 20, pbi_nice: -5,
      pbi_start_tvsec: 1_700_000_000n, pbi_start_tvusec: 250_000n, e_tdev: 0x10000003,
    }, buf, STRUCTS.proc_taskallinfo.fields.pbsd[1]);
    build(STRUCTS.proc_taskinfo, { pti_resident_size: 123n * 4096n, pti_threadnum: 21 }, buf, STRUCTS.proc_taskallinfo.fields.ptinfo[1]);
    const { bsd, task } = decodeTaskAllInfo(buf, 1e9);
    assert.equal(bsd.pid, 4242);
    assert.equal(bsd.ppid, 1);
    assert.equal(bsd.name, 'Code Helper (Renderer)');
    assert.equal(bsd.comm, 'Code Helper (Re');
    assert.equal(bsd.nice, -5);
    assert.equal(bsd.createTime, 1_700_000_000.25);
    assert.equal(bsd.tdev, 0x10000003);
    assert.equal(task.residentSize, 123 * 4096);
    assert.equal(task.threadnum, 21);
    assert.equal(statusName(bsd.status), 'running');
    assert.deepEqual([C.SIDL, C.SSLEEP, C.SSTOP, C.SZOMB, 99].map(statusName), ['idle', 'sleeping', 'stopped', 'zombie', '?']);
    // a full 32-byte pbi_name has no NUL: read to the end of the field, not into pbi_nfiles
    const full = build(STRUCTS.proc_bsdinfo, { pbi_name: 'x'.repeat(32), pbi_nfiles: 0x41414141 });
    assert.equal(decodeBsdInfo(full).name, 'x'.repeat(32));
  });

  it('cwd from PROC_PIDVNODEPATHINFO (pvi_cdir.vip_path), UTF-8 kept', () => {
    const buf = Buffer.alloc(STRUCTS.proc_vnodepathinfo.size);
    build(STRUCTS.vnode_info_path, { vip_path: '/Users/zoë/項目' }, buf, STRUCTS.proc_vnodepathinfo.fields.pvi_cdir[1]);
    build(STRUCTS.vnode_info_path, { vip_path: '/' }, buf, STRUCTS.proc_vnodepathinfo.fields.pvi_rdir[1]);
    assert.equal(cwdFromVnodePathInfo(buf), '/Users/zoë/項目');
  });

  it('getfsstat entries: device, mount point, type and psutil\'s option names', () => {
    const size = STRUCTS.statfs.size;
    const buf = Buffer.alloc(2 * size);
    build(STRUCTS.statfs, { f_mntfromname: '/dev/disk3s1s1', f_mntonname: '/', f_fstypename: 'apfs', f_flags: C.MNT_RDONLY | C.MNT_LOCAL | C.MNT_ROOTFS | C.MNT_JOURNALED | C.MNT_DOVOLFS }, buf, 0);
    build(STRUCTS.statfs, { f_mntfromname: 'devfs', f_mntonname: '/dev', f_fstypename: 'devfs', f_flags: C.MNT_DONTBROWSE }, buf, size);
    assert.deepEqual(partitionsFromStatfs(buf, 2), [
      { device: '/dev/disk3s1s1', mountpoint: '/', fstype: 'apfs', opts: 'ro,local,rootfs,dovolfs,journaled' },
      { device: 'devfs', mountpoint: '/dev', fstype: 'devfs', opts: 'rw,dontbrowse' },
    ]);
    assert.equal(partitionsFromStatfs(buf, 5).length, 2, 'never reads past the buffer');
    assert.equal(mountOpts(C.MNT_NOSUID | C.MNT_NODEV), 'rw,nosuid,nodev');
    const u = usageFromStatfs(build(STRUCTS.statfs, { f_bsize: 4096, f_blocks: 1000n, f_bfree: 300n, f_bavail: 250n }));
    assert.deepEqual(u, { total: 4096000, used: 700 * 4096, free: 250 * 4096, percent: Math.round((700 / 950) * 1000) / 10 });
  });
});

describe('NET_RT_IFLIST2 and proc_pid_rusage decoders', () => {
  it('walks the routing messages by ifm_msglen, reads each RTM_IFINFO2 and its interface name', () => {
    const en0 = ifinfo2({ name: 'en0', flags: C.IFF_UP, mtu: 1500, baud: 100_000_000n, ib: 2n ** 40n, ob: 3n, ip: 4n, op: 5n, oe: 6n });
    const list = Buffer.concat([otherMessage(), en0, ifinfo2({ name: 'utun3', flags: C.IFF_UP | C.IFF_RUNNING, mtu: 1380, baud: 0n, ib: 0n, ob: 0n, ip: 0n, op: 0n })]);
    const rows = interfacesFromIfList2(list);
    assert.deepEqual(rows.map((r) => r.name), ['en0', 'utun3']);
    assert.deepEqual(rows[0].counters, { bytesSent: 3, bytesRecv: 2 ** 40, packetsSent: 5, packetsRecv: 4, errin: 0, errout: 6, dropin: 0, dropout: 0 });
    assert.deepEqual(rows[0].stats, { isup: false, duplex: 0, speed: 100, mtu: 1500, flags: '' }, 'up but not running');
    assert.equal(rows[1].stats.isup, true);
    assert.deepEqual(interfacesFromIfList2(list, list.length - 10).map((r) => r.name), ['en0'], 'a message cut by the length is skipped');
    const zero = Buffer.alloc(64);
    assert.deepEqual(interfacesFromIfList2(zero), [], 'a zero ifm_msglen ends the walk instead of looping');
  });

  it('utmpx records as psutil\'s users(): USER_PROCESS only, "~" lines and records without a time skipped', () => {
    const rec = (type: number, line: string, sec: number) => {
      const b = build(STRUCTS.utmpx, { ut_type: type, ut_user: 'me', ut_line: line, ut_pid: 9 });
      return build(STRUCTS.timeval, { tv_sec: sec }, b, STRUCTS.utmpx.fields.ut_tv[1]);
    };
    assert.deepEqual(userFromUtmpx(rec(C.USER_PROCESS, 'ttys001', 1_700_000_000)), { name: 'me', terminal: 'ttys001', host: null, started: 1_700_000_000, pid: 9 });
    assert.equal(userFromUtmpx(rec(C.USER_PROCESS, '~', 1_700_000_000)), null);
    assert.equal(userFromUtmpx(rec(C.USER_PROCESS, 'ttys001', 0)), null);
    assert.equal(userFromUtmpx(rec(8, 'ttys001', 1_700_000_000)), null, 'DEAD_PROCESS');
  });

  it('open file modes from the kernel\'s FREAD/FWRITE flags, as psutil names them', () => {
    assert.deepEqual([C.FREAD, C.FWRITE, C.FREAD | C.FWRITE, C.FWRITE | C.O_APPEND, C.FREAD | C.FWRITE | C.O_APPEND].map(modeFromFileFlags), ['r', 'w', 'r+', 'a', 'a+']);
  });

  it('PROC_PIDFDSOCKETINFO as psutil\'s connections: TCP with its state, UDP without a peer, IPv6, unix paths, other families none', () => {
    const v6 = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
    assert.deepEqual(connectionFromSocketFdInfo(socketFdInfo({ family: C.AF_INET, type: C.SOCK_STREAM, kind: C.SOCKINFO_TCP, laddr: [127, 0, 0, 1], lport: 49152, faddr: [192, 0, 2, 9], fport: 443, state: C.TSI_S_ESTABLISHED }), 7),
      { fd: 7, family: C.AF_INET, type: C.SOCK_STREAM, laddr: { ip: '127.0.0.1', port: 49152 }, raddr: { ip: '192.0.2.9', port: 443 }, status: 'ESTABLISHED' });
    assert.deepEqual(connectionFromSocketFdInfo(socketFdInfo({ family: C.AF_INET6, type: C.SOCK_STREAM, kind: C.SOCKINFO_TCP, laddr: v6, lport: 8080, state: C.TSI_S_LISTEN }), 8),
      { fd: 8, family: C.AF_INET6, type: C.SOCK_STREAM, laddr: { ip: '2001:db8::1', port: 8080 }, raddr: null, status: 'LISTEN' });
    assert.deepEqual(connectionFromSocketFdInfo(socketFdInfo({ family: C.AF_INET, type: C.SOCK_DGRAM, kind: C.SOCKINFO_IN, laddr: [0, 0, 0, 0], lport: 5353 }), 9),
      { fd: 9, family: C.AF_INET, type: C.SOCK_DGRAM, laddr: { ip: '0.0.0.0', port: 5353 }, raddr: null, status: 'NONE' });
    assert.deepEqual(connectionFromSocketFdInfo(socketFdInfo({ family: C.AF_UNIX, type: C.SOCK_STREAM, kind: C.SOCKINFO_UN, path: '/tmp/vscode-ipc-1.sock' }), 10),
      { fd: 10, family: C.AF_UNIX, type: C.SOCK_STREAM, laddr: '/tmp/vscode-ipc-1.sock', raddr: null, status: 'NONE' });
    assert.equal(connectionFromSocketFdInfo(socketFdInfo({ family: 32 /* AF_SYSTEM */, type: C.SOCK_DGRAM, kind: 4 }), 11), null);
  });

  it('proc_pid_rusage v2: footprint and disk bytes', () => {
    const r = decodeRusageV2(build(STRUCTS.rusage_info_v2, { ri_phys_footprint: 77n * 2n ** 20n, ri_diskio_bytesread: 5n, ri_diskio_byteswritten: 6n, ri_resident_size: 1n }));
    assert.deepEqual(r, { footprint: 77 * 2 ** 20, diskRead: 5, diskWritten: 6 });
  });
});

describe('KERN_PROCARGS2 parser (psutil arch/osx/process_info.c layout)', () => {
  /** argc, the exec path, NUL padding to a pointer boundary, argv, environ, then what the kernel leaves (apple strings). */
  const procargs = (argc: number, exe: string, argv: string[], env: string[], tail = ''): Buffer => {
    const head = Buffer.alloc(4); head.writeInt32LE(argc);
    const exeBytes = Buffer.from(`${exe}\0`);
    const pad = Buffer.alloc((8 - ((4 + exeBytes.length) % 8)) % 8 + 8);
    return Buffer.concat([head, exeBytes, pad, ...argv.map((a) => Buffer.from(`${a}\0`)), ...env.map((e) => Buffer.from(`${e}\0`)), Buffer.from('\0'), Buffer.from(tail)]);
  };

  it('argv and environ of an editor helper', () => {
    const argv = ['/Applications/Visual Studio Code.app/Contents/Frameworks/Code Helper (Plugin).app/Contents/MacOS/Code Helper (Plugin)', '--type=utility', '--utility-sub-type=node.mojom.NodeService'];
    const buf = procargs(3, argv[0], argv, ['HOME=/Users/me', 'VSCODE_PID=4242', 'EMPTY=', 'A=b=c'], 'ptr_munge=\0main_stack=\0');
    const r = parseProcArgs2(buf);
    assert.equal(r.exe, argv[0]);
    assert.deepEqual(r.argv, argv);
    assert.deepEqual(r.env, ['HOME=/Users/me', 'VSCODE_PID=4242', 'EMPTY=', 'A=b=c']);
    assert.deepEqual({ ...environFromStrings(r.env) }, { HOME: '/Users/me', VSCODE_PID: '4242', EMPTY: '', A: 'b=c' });
  });

  it('empty arguments stay, the sysctl length bounds the read, short and odd buffers do not throw', () => {
    const buf = procargs(3, '/bin/sh', ['sh', '', '-c'], ['X=1']);
    assert.deepEqual(parseProcArgs2(buf).argv, ['sh', '', '-c']);
    assert.deepEqual(parseProcArgs2(buf, 4 + 8).argv, [], 'cut inside the exec path');
    assert.deepEqual(parseProcArgs2(Buffer.alloc(2)), { exe: '', argv: [], env: [] });
    const lying = procargs(50, '/bin/sh', ['sh'], []);
    assert.deepEqual(parseProcArgs2(lying).argv.slice(0, 1), ['sh']);
    const bad = procargs(1, '/x', ['a?b'], []);
    bad[bad.indexOf('a?b') + 1] = 0xff; // not UTF-8
    assert.deepEqual(parseProcArgs2(bad).argv, ['a\ufffdb'], 'invalid bytes become U+FFFD');
  });
});

describe('darwin errno mapping (psutil_raise_for_pid)', () => {
  it('ESRCH is NoSuchProcess, or ZombieProcess while the pid is still there; EPERM/EACCES AccessDenied', () => {
    assert.ok(processError(0x3ffffff0, 'x', 'proc_pidinfo', C.ESRCH) instanceof NoSuchProcess);
    assert.ok(!(processError(0x3ffffff0, 'x', 'proc_pidinfo', C.ESRCH) instanceof ZombieProcess));
    assert.ok(processError(process.pid, 'x', 'proc_pidinfo', C.ESRCH) instanceof ZombieProcess);
    assert.ok(processError(process.pid, 'x', 'proc_pidinfo', C.EPERM) instanceof AccessDenied);
    assert.ok(processError(process.pid, 'x', 'proc_pidinfo', C.EACCES) instanceof AccessDenied);
    assert.ok(processError(process.pid, 'x', 'proc_pidinfo', 0) instanceof AccessDenied, 'less data than asked, pid alive');
    assert.ok(processError(0x3ffffff0, 'x', 'proc_pidinfo', 0) instanceof NoSuchProcess);
    assert.match(processError(process.pid, 'x', 'proc_pidinfo', C.EINVAL).message, /proc_pidinfo failed \(errno 22\)/);
  });
});

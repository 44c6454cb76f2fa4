import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import * as probe from '../../src/probe';
import { backendFor, systemFn } from '../../src/probe/backend';
import { UnsupportedPlatform } from '../../src/probe/errors';
import { FIXTURES, useFixture, useLive } from './helpers';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const cli = path.resolve(__dirname, '..', '..', '..', 'dist', 'cli.js');

describe('containerLimits and pressure on fixture trees', () => {
  afterEach(() => useLive());

  it('cgroup v2, namespaced root (0::/): the files at the mount root', () => {
    useFixture('cgroup-v2-ns');
    const c = probe.containerLimits()!;
    assert.deepEqual(c, {
      cgroupVersion: 2, hybrid: false, path: '/',
      memoryLimit: 2 * GiB, memoryUsage: 1503238553, workingSet: 1503238553 - 300000000,
      swapLimit: null, swapUsage: MiB,
      cpuQuota: 1.5, cpusetCpus: 4, cpus: 4, effectiveCores: 1.5,
      cpuUsage: 90, nrThrottled: 40, throttledTime: 2.5,
      pidsCurrent: 42, pidsMax: 1000, oomKills: 1, errors: [],
    });
  });

  it('cgroup v2, nested path: the tightest limit on the path wins (memory at the leaf, quota on the pod)', () => {
    useFixture('cgroup-v2-nested');
    const c = probe.containerLimits()!;
    assert.equal(c.path, '/kubepods/pod1/ctr');
    assert.equal(c.memoryLimit, GiB, 'the leaf 1 GiB, not the pod 4 GiB (libuv takes the top-most)');
    assert.equal(c.memoryUsage, 512 * MiB);
    assert.equal(c.workingSet, 512 * MiB - 128 * MiB);
    assert.equal(c.cpuQuota, 2.5, 'the pod quota, though the leaf says max (Go reads the leaf only)');
    assert.equal(c.effectiveCores, 2.5, 'unrounded');
    assert.equal(c.cpus, 8);
    assert.equal(c.cpuUsage, 5, 'usage is our own group');
    assert.equal(c.nrThrottled, 7, 'throttling of the group holding the quota');
    assert.equal(c.throttledTime, 0.7);
    assert.deepEqual(c.errors, []);
  });

  it('cgroup v2, limit only on a parent, a systemd .scope leaf without cpu.max', () => {
    useFixture('cgroup-v2-parent-limit');
    const c = probe.containerLimits()!;
    assert.equal(c.memoryLimit, 512 * MiB);
    assert.equal(c.memoryUsage, 256 * MiB);
    assert.equal(c.cpuQuota, 0.5);
    assert.equal(c.effectiveCores, 0.5);
    assert.equal(c.nrThrottled, 55);
    assert.equal(c.throttledTime, 3);
    assert.equal(c.cpuUsage, 4);
    assert.equal(c.pidsMax, 200);
    assert.equal(c.pidsCurrent, 17);
    assert.equal(c.oomKills, null, 'no memory.events in this tree: null, not 0');
  });

  it('cgroup v2, max everywhere: every limit null, effective cores = the cpus', () => {
    useFixture('cgroup-v2-max');
    const c = probe.containerLimits()!;
    assert.equal(c.memoryLimit, null);
    assert.equal(c.swapLimit, null);
    assert.equal(c.cpuQuota, null);
    assert.equal(c.pidsMax, null);
    assert.equal(c.effectiveCores, 2);
    assert.equal(c.memoryUsage, 1000);
  });

  it('cgroup v2, a cpuset smaller than the quota: the cpuset wins', () => {
    useFixture('cgroup-v2-cpuset');
    const c = probe.containerLimits()!;
    assert.equal(c.cpuQuota, 2);
    assert.equal(c.cpusetCpus, 1);
    assert.equal(c.effectiveCores, 1);
  });

  it('no cgroup at all (no /proc/self/cgroup, or no cgroup mount): null, and PSI all null without error', () => {
    useFixture('cgroup-none');
    assert.equal(probe.containerLimits(), null);
    assert.deepEqual(probe.pressure(), { system: { cpu: null, memory: null, io: null }, cgroup: null, errors: [] });
    useFixture('cgroup-unmounted');
    assert.equal(probe.containerLimits(), null);
  });

  it('malformed files: each named in errors, its field null, every other field still read', () => {
    useFixture('cgroup-malformed');
    const c = probe.containerLimits()!;
    assert.equal(c.memoryLimit, null);
    assert.equal(c.memoryUsage, MiB);
    assert.equal(c.cpuQuota, 1);
    assert.equal(c.effectiveCores, 1);
    assert.equal(c.cpuUsage, null);
    assert.equal(c.pidsCurrent, 5);
    assert.equal(c.errors.length, 2);
    assert.match(c.errors[0], /^malformed .*cgroup-malformed\/sys\/fs\/cgroup\/memory\.max: expected an integer, got "lots"$/);
    assert.match(c.errors[1], /^malformed .*\/sys\/fs\/cgroup\/cpu\.stat: line "usage_usec twelve" is not "KEY NUMBER"$/);
    const p = probe.pressure();
    assert.equal(p.system.cpu?.some.avg10, 5);
    assert.equal(p.system.memory, null);
    assert.equal(p.cgroup?.cpu?.some.avg10, 1);
    assert.equal(p.cgroup?.memory, null);
    assert.equal(p.errors.length, 2);
    assert.match(p.errors[0], /proc\/pressure\/memory: line "some avg10=lots" is not "some\|full avg10=/);
    assert.match(p.errors[1], /memory\.pressure: line "garbage"/);
  });

  it('PSI of the machine and of the cgroup', () => {
    useFixture('cgroup-v2-ns');
    const p = probe.pressure();
    assert.deepEqual(p.system.cpu?.some, { avg10: 12.5, avg60: 0.5, avg300: 0.25, total: 5 });
    assert.equal(p.system.memory?.some.avg10, 3);
    assert.equal(p.cgroup?.memory?.some.avg10, 40);
    assert.equal(p.cgroup?.io?.some.total, 0.4);
    assert.deepEqual(p.cgroup?.memory?.full, { avg10: 0, avg60: 0, avg300: 0, total: 0 });
  });

  it('cgroup v1 (docker mounts its own sub-tree): limits, hierarchical limit, total_inactive_file, oom_kill, ns times', () => {
    useFixture('cgroup-v1');
    const c = probe.containerLimits()!;
    assert.deepEqual(c, {
      cgroupVersion: 1, hybrid: false, path: '/docker/abc',
      memoryLimit: GiB, memoryUsage: 768 * MiB, workingSet: 768 * MiB - 256 * MiB,
      swapLimit: null, swapUsage: null,
      cpuQuota: 0.5, cpusetCpus: 2, cpus: 2, effectiveCores: 0.5,
      cpuUsage: 12.5, nrThrottled: 6, throttledTime: 1.5,
      pidsCurrent: 9, pidsMax: null, oomKills: 2, errors: [],
    });
    assert.equal(probe.pressure().cgroup, null, 'v1 has no *.pressure');
  });

  it('cgroup v1 through the host namespace: a path missing under the mount falls back to the mount root', () => {
    useFixture('cgroup-v1-hostns');
    const c = probe.containerLimits()!;
    assert.equal(c.memoryLimit, GiB);
    assert.equal(c.cpuQuota, 0.5);
  });

  it('vitals snapshot --json --procfs --sysfs carries both, effective cores unrounded', () => {
    const root = path.join(FIXTURES, 'cgroup-v2-nested');
    const out = JSON.parse(execFileSync(process.execPath, [cli, 'snapshot', '--json', '--procfs', path.join(root, 'proc'), '--sysfs', path.join(root, 'sys')], { encoding: 'utf8' }));
    const sys = out.system ?? out;
    assert.equal(sys.containerLimits.effectiveCores, 2.5);
    assert.equal(sys.containerLimits.memoryLimit, GiB);
    assert.equal(sys.pressure.system.cpu.some.avg10, 12.5);
  });

  it('other platforms: UnsupportedPlatform through the seam', () => {
    assert.throws(() => systemFn('containerLimits', backendFor('win32'))(), UnsupportedPlatform);
    assert.throws(() => systemFn('pressure', backendFor('freebsd'))(), UnsupportedPlatform);
  });
});

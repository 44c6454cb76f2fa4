// Why the darwin backend has no cpuStats: psutil's arch/osx/cpu.c calls
// host_statistics(HOST_VM_INFO) into a struct vmmeter, but xnu answers HOST_VM_INFO with a
// struct vm_statistics (osfmk/kern/host.c host_statistics: `stat32 = (vm_statistics_t)info`).
// Compiled against xnu's headers, each field psutil reports lies on a page count: its
// ctx_switches are free pages, interrupts wired pages, syscalls inactive pages (its macOS 12
// guard tests `__MAC_OS_X_VERSION_MIN_REQUIRED__`, which is never defined), traps active pages,
// soft_interrupts the zero-fill count. psutil #847 (ctx_switches going down) and oshi #1585
// ("macOS doesn't provide system level context switches or interrupts") saw the symptoms.
import assert from 'node:assert/strict';
import { compileFor, TARGETS } from './darwin/layoutC';

const overlay = (pairs: Record<string, string>): string => [
  '#include <stddef.h>', '#include <sys/vmmeter.h>', '#include <mach/vm_statistics.h>', '#include <mach/host_info.h>',
  '_Static_assert(HOST_VM_INFO_COUNT * sizeof(integer_t) == sizeof(struct vm_statistics), "HOST_VM_INFO fills a struct vm_statistics");',
  ...Object.entries(pairs).map(([vmmeter, vmstat]) =>
    `_Static_assert(offsetof(struct vmmeter, ${vmmeter}) == offsetof(struct vm_statistics, ${vmstat}), "vmmeter.${vmmeter} is vm_statistics.${vmstat}");`),
].join('\n') + '\n';

describe('darwin cpuStats: psutil\'s host_statistics(HOST_VM_INFO) fields are page counts (left UnsupportedPlatform)', () => {
  for (const target of TARGETS) {
    it(`each vmmeter field psutil reports overlays a vm_statistics page count for ${target}`, function () {
      this.timeout(120_000);
      const r = compileFor(target, overlay({ v_swtch: 'free_count', v_trap: 'active_count', v_syscall: 'inactive_count', v_intr: 'wire_count', v_soft: 'zero_fill_count' }));
      assert.ok(r.ok, r.output);
    });
  }

  it('the check can fail: another pairing does not compile', function () {
    this.timeout(120_000);
    const r = compileFor(TARGETS[0], overlay({ v_swtch: 'active_count' }));
    assert.ok(!r.ok);
    assert.match(r.output, /vmmeter\.v_swtch is vm_statistics\.active_count/);
  });
});

// Process.ionice on a live Windows (Wine in CI).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import koffi from 'koffi';
import * as probe from '../../src/probe';

function underWine(): boolean {
  try { koffi.load('ntdll.dll').func('const char *wine_get_version()'); return true; } catch { return false; }
}

describe('Windows process I/O priority on a live system', function () {
  before(function () {
    if (process.platform !== 'win32') this.skip(); // a Windows backend test needs Windows (or Wine)
  });

  it('ionice: bad arguments refused as psutil; a new process has IOPRIO_NORMAL and setIonice is read back (Wine: unsupported)', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const end = Date.now() + 10000;
      while (!probe.pidExists(child.pid!)) {
        if (Date.now() > end) throw new Error('child not started');
        await new Promise((r) => setTimeout(r, 20));
      }
      const p = new probe.Process(child.pid!);
      assert.throws(() => p.setIonice(probe.IOPRIO_LOW, 1), TypeError);
      assert.throws(() => p.setIonice(7), RangeError);
      if (underWine()) {
        // Wine's NtQueryInformationProcess has no ProcessIoPriority (STATUS_INVALID_INFO_CLASS):
        // unsupported on this system, and asDict's default gives adValue rather than failing
        assert.throws(() => p.ionice(), (e: Error) => e instanceof probe.UnsupportedPlatform && /ProcessIoPriority/.test(e.message));
        assert.equal(p.asDict().ionice, null);
        return;
      }
      assert.deepEqual(p.ionice(), { ioclass: probe.IOPRIO_NORMAL, value: 0 });
      assert.ok(probe.PROCESS_ATTRS.includes('ionice'));
      p.setIonice(probe.IOPRIO_LOW);
      assert.deepEqual(p.ionice(), { ioclass: probe.IOPRIO_LOW, value: 0 });
      p.setIonice(probe.IOPRIO_VERYLOW);
      assert.equal(p.ionice().ioclass, probe.IOPRIO_VERYLOW);
    } finally {
      child.kill();
    }
  });
});

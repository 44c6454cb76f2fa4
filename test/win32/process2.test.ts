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
      // psutil's shape on Windows: the bare class
      assert.equal(p.ionice(), probe.IOPRIO_NORMAL);
      assert.ok(probe.PROCESS_ATTRS.includes('ionice'));
      p.setIonice(probe.IOPRIO_LOW);
      assert.equal(p.ionice(), probe.IOPRIO_LOW);
      p.setIonice(probe.IOPRIO_VERYLOW);
      assert.equal(p.ionice(), probe.IOPRIO_VERYLOW);
    } finally {
      child.kill();
    }
  });

  it('memoryMaps of this process: node.exe and kernel32.dll mapped, with drive-letter paths, perms and sizes; grouped sums by path', () => {
    const p = new probe.Process();
    const flat = p.memoryMaps(false);
    const exe = flat.filter((m) => m.path.toLowerCase() === process.execPath.toLowerCase());
    assert.ok(exe.length > 0, `${process.execPath} not in ${JSON.stringify(flat.slice(0, 20))}`);
    assert.ok(exe.some((m) => m.perms === 'xr'), JSON.stringify(exe));
    assert.ok(flat.some((m) => /\\kernel32\.dll$/i.test(m.path) && /^[A-Z]:\\/i.test(m.path)), 'kernel32.dll with a drive letter');
    for (const m of flat) {
      assert.match(m.addr!, /^0x[0-9a-f]+$/);
      assert.ok(m.rss > 0 && m.rss % 4096 === 0, JSON.stringify(m));
      assert.deepEqual(Object.keys(m).sort(), ['addr', 'path', 'perms', 'rss']);
    }
    const grouped = p.memoryMaps();
    const g = grouped.find((m) => m.path === exe[0].path)!;
    assert.deepEqual(g, { path: exe[0].path, rss: exe.reduce((a, m) => a + m.rss, 0) });
  });
});

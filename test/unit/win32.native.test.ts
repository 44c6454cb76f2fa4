// openProcess's error mapping (psutil_handle_from_pid) over a fake kernel32: runs on any OS.
import assert from 'node:assert/strict';
import { AccessDenied, NoSuchProcess } from '../../src/probe/errors';
import { openProcess, type OpenProcessDeps } from '../../src/probe/win32/native';

const QUERY = 0x0400;
const LIMITED = 0x1000;
const VM_READ = 0x0010;
const TERMINATE = 0x0001;

/** A kernel32 where OpenProcess answers per access mask, and a record of the calls. */
function fake(opts: { grant: number[]; error: number; exitCode?: number; listed?: boolean }) {
  const calls: string[] = [];
  let last = 0;
  const deps: OpenProcessDeps = {
    k: {
      OpenProcess: (access: number) => {
        calls.push(`open ${access.toString(16)}`);
        if (opts.grant.includes(access)) return { h: access };
        last = opts.error;
        return null;
      },
      GetLastError: () => last,
      GetExitCodeProcess: (_h: unknown, code: [number]) => { code[0] = opts.exitCode ?? 259; return true; },
      CloseHandle: () => { calls.push('close'); return true; },
    },
    listed: () => { calls.push('listed'); return opts.listed ?? false; },
  };
  return { deps, calls };
}

describe('Windows openProcess (psutil_handle_from_pid), over a fake kernel32', () => {
  it('ERROR_ACCESS_DENIED for query rights: retried with PROCESS_QUERY_LIMITED_INFORMATION', () => {
    const { deps, calls } = fake({ grant: [LIMITED], error: 5 });
    assert.deepEqual(openProcess(42, QUERY, 'x', deps), { h: LIMITED });
    assert.deepEqual(calls, ['open 400', 'open 1000']);
    const vm = fake({ grant: [LIMITED], error: 5 });
    assert.deepEqual(openProcess(42, QUERY | VM_READ, 'x', vm.deps), { h: LIMITED }, 'PEB reads too: ReadProcessMemory then says AccessDenied');
  });

  it('no retry for rights LIMITED cannot stand for (terminate): AccessDenied', () => {
    const { deps, calls } = fake({ grant: [LIMITED], error: 5 });
    assert.throws(() => openProcess(42, TERMINATE, 'x', deps), AccessDenied);
    assert.deepEqual(calls, ['open 1']);
  });

  it('ERROR_INVALID_PARAMETER is NoSuchProcess; ERROR_SUCCESS asks the pid list (psutil #1877)', () => {
    assert.throws(() => openProcess(42, LIMITED, 'x', fake({ grant: [], error: 87 }).deps), NoSuchProcess);
    assert.throws(() => openProcess(42, LIMITED, 'x', fake({ grant: [], error: 0, listed: true }).deps), AccessDenied);
    assert.throws(() => openProcess(42, LIMITED, 'x', fake({ grant: [], error: 0, listed: false }).deps), NoSuchProcess);
  });

  it('psutil #1094: a handle to an ended process is NoSuchProcess unless the pid is still listed', () => {
    const ended = fake({ grant: [LIMITED], error: 0, exitCode: 1, listed: false });
    assert.throws(() => openProcess(42, LIMITED, 'x', ended.deps), NoSuchProcess);
    assert.deepEqual(ended.calls, ['open 1000', 'listed', 'close'], 'the handle is closed');
    const stillListed = fake({ grant: [LIMITED], error: 0, exitCode: 1, listed: true });
    assert.deepEqual(openProcess(42, LIMITED, 'x', stillListed.deps), { h: LIMITED }, 'an ended exit code while the pid is still listed: alive (psutil double-checks the list)');
    const running = fake({ grant: [LIMITED], error: 0 });
    assert.deepEqual(openProcess(42, LIMITED, 'x', running.deps), { h: LIMITED });
    assert.deepEqual(running.calls, ['open 1000'], 'STILL_ACTIVE: no pid list needed');
  });

  it('pid 0 is AccessDenied without a call', () => {
    const { deps, calls } = fake({ grant: [LIMITED], error: 0 });
    assert.throws(() => openProcess(0, LIMITED, 'x', deps), AccessDenied);
    assert.deepEqual(calls, []);
  });
});

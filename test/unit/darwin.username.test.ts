// username for another user's process on macOS: getpwuid_r (Libinfo's pwd.h, checked by the
// layout and prototype tests) into buffers we own; pw_name read back as an offset into ours.
// The mechanism runs here against glibc's getpwuid_r (same prototype, pw_name also first).
import assert from 'node:assert/strict';
import os from 'node:os';
import koffi from 'koffi';
import * as ffi from '../../native-ffi/darwin/libsystem';
import type { LibSystem } from '../../native-ffi/darwin/libsystem';
import { passwdName } from '../../src/probe/darwin/decode';
import { STRUCTS } from '../../src/probe/darwin/layout';
import { useLibSystem, userName } from '../../src/probe/darwin/native';

describe('darwin username: getpwuid_r', () => {
  afterEach(() => useLibSystem(undefined));

  it('the declaration called on glibc fills our buffers; pw_name is read as an offset into them', () => {
    const { result, params } = ffi.koffiSignature('getpwuid_r', 'x64');
    const getpwuid = koffi.load('libc.so.6').func('getpwuid_r', result, params);
    for (const [uid, name] of [[0, 'root'], [os.userInfo().uid, os.userInfo().username]] as const) {
      const pwd = Buffer.alloc(STRUCTS.passwd.size);
      const strings = Buffer.alloc(4096);
      const out: [unknown] = [null];
      assert.equal(getpwuid(uid, pwd, strings, strings.length, out), 0);
      assert.ok(out[0]);
      assert.equal(passwdName(pwd, strings, koffi.address(strings) as bigint), name);
    }
  });

  it('passwdName never reads outside the buffer it was given', () => {
    const pwd = Buffer.alloc(STRUCTS.passwd.size);
    const strings = Buffer.from('daemon\0');
    pwd.writeBigUInt64LE(0x1000n, 0);
    assert.equal(passwdName(pwd, strings, 0x1000n), 'daemon');
    assert.equal(passwdName(pwd, strings, 0x2000n), null, 'below the buffer');
    pwd.writeBigUInt64LE(0x1007n, 0);
    assert.equal(passwdName(pwd, strings, 0x1000n), null, 'past its end');
  });

  it('ERANGE grows the buffer, a uid without an entry is null (the uid as text, as psutil), lookups are cached', () => {
    const sizes: number[] = [];
    const fake = {
      getpwuid_r(uid: number, pwd: Buffer, buffer: Buffer, size: number, result: [unknown]): number {
        sizes.push(size);
        if (uid === 404) { result[0] = null; return 0; }
        if (size < 16384) return 34; // ERANGE
        buffer.write('_spotlight\0', 100);
        pwd.writeBigUInt64LE((koffi.address(buffer) as bigint) + 100n, 0);
        result[0] = pwd;
        return 0;
      },
    } as unknown as LibSystem;
    useLibSystem(fake);
    assert.equal(userName(89), '_spotlight');
    assert.deepEqual(sizes, [4096, 16384]);
    assert.equal(userName(89), '_spotlight');
    assert.equal(sizes.length, 2, 'cached');
    assert.equal(userName(404), null);
  });
});

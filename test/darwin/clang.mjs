// How the darwin checks call clang: freestanding, no host headers, only clang's own (stddef,
// stdint ...), the stub folder (the few libc/libpthread headers xnu lacks), then xnu's folders.
// Used by the unit tests (bundled) and by vendor-xnu.mjs; paths are passed in, never derived here.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const TARGETS = ['arm64-apple-macos13', 'x86_64-apple-macos13'];
/** xnu's folders that hold user-visible headers, in include order. */
export const INCLUDE_DIRS = ['bsd', 'osfmk', 'libkern', 'EXTERNAL_HEADERS', 'libsyscall/wrappers/libproc', 'libsyscall/mach', 'iokit'];

export function resourceDir() {
  return execFileSync('clang', ['-print-resource-dir'], { encoding: 'utf8' }).trim();
}

/** Arguments for one target; `darwinDir` is test/darwin, `xnu` the folder holding INCLUDE_DIRS, `libc` Libc's headers as the SDK installs them. */
export function clangArgs(target, darwinDir, xnu = path.join(darwinDir, 'xnu'), libc = path.join(darwinDir, 'libc')) {
  return [
    // xnu's cdefs.h holds every product's settings; the macOS SDK's copy is the XNU_PLATFORM_MacOSX one
    // (arm64: only 64-bit inodes, no $INODE64 suffix; x86_64: the suffixed variants)
    '-target', target, '-DXNU_PLATFORM_MacOSX', '-ffreestanding', '-nostdinc', '-isystem', path.join(resourceDir(), 'include'),
    // Libc last: it only fills in what xnu lacks (its own sys/ wrappers must not shadow xnu's)
    '-I', path.join(darwinDir, 'stub'), ...INCLUDE_DIRS.map((d) => ['-I', path.join(xnu, d)]).flat(), '-I', libc,
    // CoreFoundation's, IOKitUser's and CarbonHeaders' MacTypes.h (the power-source calls): nothing of xnu's is named like them
    '-I', path.join(darwinDir, 'cf'), '-I', path.join(darwinDir, 'iokit'), '-I', path.join(darwinDir, 'carbon'),
    // Libinfo's pwd.h (getpwuid_r)
    '-I', path.join(darwinDir, 'libinfo'),
    '-Wno-nullability-completeness', '-Wno-availability', '-Wno-macro-redefined',
  ];
}

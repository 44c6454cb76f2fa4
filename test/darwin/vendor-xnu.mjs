// Copies into test/darwin/xnu/ exactly the xnu headers the layout and prototype checks include
// (HEADERS, and everything they include for arm64 and x86_64, as clang -M lists it), and into
// test/darwin/libc/ the few of Apple's Libc they include (LIBC_HEADERS: the SDK's utmpx.h is
// Libc's include/NetBSD/utmpx.h), from git directories of apple-oss-distributions/xnu and /Libc:
//   node test/darwin/vendor-xnu.mjs <xnu.git> <Libc.git>
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INCLUDE_DIRS, TARGETS, clangArgs } from './clang.mjs';

const [gitDir, libcGit] = process.argv.slice(2);
if (!gitDir || !libcGit) throw new Error('usage: node test/darwin/vendor-xnu.mjs <xnu git dir> <Libc git dir>');
const here = path.dirname(new URL(import.meta.url).pathname);
const src = fs.mkdtempSync(path.join(os.tmpdir(), 'xnu-'));
const libcSrc = fs.mkdtempSync(path.join(os.tmpdir(), 'libc-'));
const sh = (cmd) => execFileSync('sh', ['-c', cmd]);
// kern_mib.c declares the hw.* sysctls that have no MIB number (the layout test checks their names there)
const sources = ['bsd/kern/kern_mib.c'];
sh(`git --git-dir="${gitDir}" archive HEAD ${INCLUDE_DIRS.join(' ')} ${sources.join(' ')} APPLE_LICENSE | tar x -C "${src}"`);
sh(`git --git-dir="${libcGit}" archive HEAD include APPLE_LICENSE | tar x -C "${libcSrc}"`);
/** Where the SDK installs Libc's headers: include/ as is, include/NetBSD/utmpx.h as utmpx.h. */
const libcInc = path.join(libcSrc, 'sdk');
fs.cpSync(path.join(libcSrc, 'include'), libcInc, { recursive: true });
fs.copyFileSync(path.join(libcSrc, 'include', 'NetBSD', 'utmpx.h'), path.join(libcInc, 'utmpx.h'));

const lines = (f) => fs.readFileSync(path.join(here, f), 'utf8').split('\n').filter(Boolean);
const probe = path.join(src, 'all.c');
fs.writeFileSync(probe, [...lines('HEADERS'), ...lines('LIBC_HEADERS')].map((h) => `#include <${h}>\n`).join(''));
const deps = new Set();
const libcDeps = new Set();
for (const target of TARGETS) {
  const out = execFileSync('clang', [...clangArgs(target, here, src, libcInc), '-M', probe], { encoding: 'utf8' });
  for (const f of out.replace(/\\\n/g, ' ').split(/\s+/)) {
    if (f.startsWith(src + '/') && f !== probe) deps.add(path.relative(src, f));
    if (f.startsWith(libcInc + '/')) libcDeps.add(path.relative(libcInc, f));
  }
}
const copyAll = (from, names, dest) => {
  fs.rmSync(dest, { recursive: true, force: true });
  for (const rel of [...names].sort()) {
    fs.mkdirSync(path.dirname(path.join(dest, rel)), { recursive: true });
    fs.copyFileSync(path.join(from, rel), path.join(dest, rel));
  }
};
copyAll(src, [...deps, ...sources, 'APPLE_LICENSE'], path.join(here, 'xnu'));
fs.copyFileSync(path.join(libcSrc, 'APPLE_LICENSE'), path.join(libcInc, 'APPLE_LICENSE'));
copyAll(libcInc, [...libcDeps, 'APPLE_LICENSE'], path.join(here, 'libc'));
const rev = (g) => execFileSync('git', ['--git-dir', g, 'log', '-1', '--format=%H %s', 'HEAD'], { encoding: 'utf8' }).trim();
fs.writeFileSync(path.join(here, 'xnu', 'SOURCE'), `https://github.com/apple-oss-distributions/xnu at ${rev(gitDir)}\n` +
  `${deps.size} headers, unmodified, under the Apple Public Source License 2.0 (APPLE_LICENSE).\n` +
  'Copied by test/darwin/vendor-xnu.mjs: the files HEADERS includes for arm64 and x86_64, and bsd/kern/kern_mib.c.\n');
fs.writeFileSync(path.join(here, 'libc', 'SOURCE'), `https://github.com/apple-oss-distributions/Libc at ${rev(libcGit)}\n` +
  `${libcDeps.size} headers, unmodified, under the Apple Public Source License 2.0 (APPLE_LICENSE), at the paths the SDK\n` +
  'installs them (utmpx.h is include/NetBSD/utmpx.h). Copied by test/darwin/vendor-xnu.mjs: what LIBC_HEADERS includes.\n');
fs.rmSync(src, { recursive: true, force: true });
fs.rmSync(libcSrc, { recursive: true, force: true });
console.log(`${deps.size} xnu headers from ${rev(gitDir)}, ${libcDeps.size} Libc headers from ${rev(libcGit)}`);

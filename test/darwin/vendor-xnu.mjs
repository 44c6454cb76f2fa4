// Copies into test/darwin/xnu/ exactly the xnu headers the layout and prototype checks include
// (HEADERS, and everything they include for arm64 and x86_64, as clang -M lists it), from a git
// directory of apple-oss-distributions/xnu:  node test/darwin/vendor-xnu.mjs <xnu.git> [commit]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { INCLUDE_DIRS, TARGETS, clangArgs } from './clang.mjs';

const [gitDir, commit = 'HEAD'] = process.argv.slice(2);
if (!gitDir) throw new Error('usage: node test/darwin/vendor-xnu.mjs <xnu git dir> [commit]');
const here = path.dirname(new URL(import.meta.url).pathname);
const src = fs.mkdtempSync(path.join(os.tmpdir(), 'xnu-'));
execFileSync('sh', ['-c', `git --git-dir="${gitDir}" archive ${commit} ${INCLUDE_DIRS.join(' ')} APPLE_LICENSE | tar x -C "${src}"`]);
const top = fs.readFileSync(path.join(here, 'HEADERS'), 'utf8').split('\n').filter(Boolean);
const probe = path.join(src, 'all.c');
fs.writeFileSync(probe, top.map((h) => `#include <${h}>\n`).join(''));
const deps = new Set();
for (const target of TARGETS) {
  const out = execFileSync('clang', [...clangArgs(target, here, src), '-M', probe], { encoding: 'utf8' });
  for (const f of out.replace(/\\\n/g, ' ').split(/\s+/)) {
    if (f.startsWith(src + '/') && f !== probe) deps.add(path.relative(src, f));
  }
}
const dest = path.join(here, 'xnu');
fs.rmSync(dest, { recursive: true, force: true });
// kern_mib.c declares the hw.* sysctls that have no MIB number (the layout test checks their names there)
const sources = ['bsd/kern/kern_mib.c'];
execFileSync('sh', ['-c', `git --git-dir="${gitDir}" archive ${commit} ${sources.join(' ')} | tar x -C "${src}"`]);
for (const rel of [...deps, ...sources, 'APPLE_LICENSE'].sort()) {
  fs.mkdirSync(path.dirname(path.join(dest, rel)), { recursive: true });
  fs.copyFileSync(path.join(src, rel), path.join(dest, rel));
}
const rev = execFileSync('git', ['--git-dir', gitDir, 'log', '-1', '--format=%H %s', commit], { encoding: 'utf8' }).trim();
fs.writeFileSync(path.join(dest, 'SOURCE'), `https://github.com/apple-oss-distributions/xnu at ${rev}\n` +
  `${deps.size} headers, unmodified, under the Apple Public Source License 2.0 (APPLE_LICENSE).\n` +
  'Copied by test/darwin/vendor-xnu.mjs: the files HEADERS includes for arm64 and x86_64, and bsd/kern/kern_mib.c.\n');
fs.rmSync(src, { recursive: true, force: true });
console.log(`${deps.size} headers from ${rev} in ${dest}`);

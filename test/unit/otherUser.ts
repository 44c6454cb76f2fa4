// What a test runs as another user (nobody) must come from a folder that user can read: the
// checkout may sit under /root, mode 0700 on Debian. A compiled test script is copied with what it
// requires at run time (koffi and its binary for this platform) into a mkdtemp made 0755.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Copies `script` (a file under out/) and koffi into a fresh world-readable folder; returns the copy's path. */
export function scriptForOtherUser(script: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vitals-other-user-'));
  const copy = (from: string, to: string): void => {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  };
  const target = path.join(dir, path.basename(script));
  copy(script, target);
  if (fs.existsSync(`${script}.map`)) copy(`${script}.map`, `${target}.map`);
  const koffi = path.join(ROOT, 'node_modules', 'koffi');
  for (const rel of ['package.json', 'index.js', 'indirect.js', `build/koffi/${process.platform}_${process.arch}/koffi.node`]) {
    if (fs.existsSync(path.join(koffi, rel))) copy(path.join(koffi, rel), path.join(dir, 'node_modules', 'koffi', rel));
  }
  for (const rel of ['', ...fs.readdirSync(dir, { recursive: true }).map(String)]) {
    const p = path.join(dir, rel);
    fs.chmodSync(p, fs.statSync(p).isDirectory() ? 0o755 : 0o644);
  }
  fs.chmodSync(dir, 0o755); // mkdtemp makes it 0700
  return target;
}

/** Removes what scriptForOtherUser made. */
export function removeCopy(target: string): void {
  fs.rmSync(path.dirname(target), { recursive: true, force: true });
}

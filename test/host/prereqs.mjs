// `npm test` runs this first: everything the suite needs is installed before any test runs, so no
// test fails or skips for want of a tool. As root it installs; otherwise it stops at once with the
// one command to run.
import { APT, ensureAptPackages, ensureHost } from './install.mjs';
import { ensureWine } from './wine.mjs';

// --unit: only what the unit tests need (npm run test:unit).
const unitOnly = process.argv.includes('--unit');

try {
  // One apt-get for all of them: python3-psutil for the live cross-checks, chromium and
  // libkrb5-dev for the real VS Code host.
  await ensureAptPackages(unitOnly ? [APT.psutil, APT.clang, APT.prometheus, APT.nodeExporter] : [APT.psutil, APT.chromium, APT.krb5, APT.clang, APT.prometheus, APT.nodeExporter], 'npm test');
  if (!unitOnly) await ensureHost();

  // The Windows backend's tests run under Wine (test/wine/run.mjs): wine64, Windows' Node 20 and
  // a prefix in the cache folder (test/host/wine.mjs; issue 12).
  if (!unitOnly) await ensureWine();
} catch (e) {
  console.error(`[vitals] ${e.message}`);
  process.exit(1);
}

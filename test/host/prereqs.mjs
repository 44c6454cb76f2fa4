// `npm test` runs this first: everything the suite needs is installed before any test runs, so no
// test fails or skips for want of a tool. As root it installs; otherwise it stops at once with the
// one command to run.
import { APT, ensureAptPackages, ensureHost } from './install.mjs';

// --unit: only what the unit tests need (npm run test:unit).
const unitOnly = process.argv.includes('--unit');

try {
  // One apt-get for all of them: python3-psutil for the live cross-checks, chromium and
  // libkrb5-dev for the real VS Code host.
  await ensureAptPackages(unitOnly ? [APT.psutil] : [APT.psutil, APT.chromium, APT.krb5], 'npm test');
  if (!unitOnly) await ensureHost();
} catch (e) {
  console.error(`[vitals] ${e.message}`);
  process.exit(1);
}

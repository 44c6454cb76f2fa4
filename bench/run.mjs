// `npm run bench [section]`: every benchmark, each printed as ratios against baselines measured in
// this run, CPU time beside wall time. A new benchmark is one more entry in SECTIONS.
import { benchContainer } from './container.mjs';
import { benchDashboard } from './dashboard.mjs';
import { benchEditorTree } from './editorTree.mjs';
import { benchExport } from './export.mjs';
import { benchExtension } from './extension.mjs';
import { benchHostile } from './hostile.mjs';
import { benchHostTick } from './hostTick.mjs';
import { benchHtop } from './htop.mjs';
import { benchProcesses } from './processes.mjs';
import { benchProfile } from './profile.mjs';
import { benchScale } from './scale.mjs';
import { benchSystem } from './system.mjs';
import { benchWine } from './wine.mjs';

/** [name, run]: `node bench/run.mjs NAME` runs only that one. */
export const SECTIONS = [
  ['system', benchSystem],
  ['processes', benchProcesses],
  ['editorTree', benchEditorTree],
  ['extension', benchExtension],
  ['dashboard', benchDashboard],
  ['wine', benchWine],
  ['export', benchExport],
  ['scale', benchScale],
  ['container', benchContainer],
  ['hostile', benchHostile],
  ['profile', benchProfile],
  ['hostTick', benchHostTick],
  ['htop', benchHtop],
];

const only = process.argv[2];
if (only && !SECTIONS.some(([name]) => name === only)) {
  console.error(`unknown section ${only}; one of ${SECTIONS.map(([n]) => n).join(', ')}`);
  process.exit(2);
}
for (const [name, run] of SECTIONS) {
  if (!only || only === name) await run();
}

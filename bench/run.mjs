// `npm run bench`: every benchmark, each printed as ratios against baselines measured in this run.
import { benchDashboard } from './dashboard.mjs';
import { benchEditorTree } from './editorTree.mjs';
import { benchExtension } from './extension.mjs';
import { benchProcesses } from './processes.mjs';
import { benchSystem } from './system.mjs';
import { benchWine } from './wine.mjs';

const only = process.argv[2];
const suites = { system: benchSystem, processes: benchProcesses, editorTree: benchEditorTree, extension: benchExtension, dashboard: benchDashboard, wine: benchWine };
for (const [name, run] of Object.entries(suites)) {
  if (!only || only === name) await run();
}

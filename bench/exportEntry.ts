// What bench/export.mjs times in-process (compiled to out/bench/exportEntry.js by `node esbuild.mjs --tests`).
export { ExportSampler } from '../src/export/sample';
export { families } from '../src/export/metrics';
export { render } from '../src/export/openmetrics';
export { Sampler } from '../src/monitor/sampler';

// The container readings' share of a sampler tick: the same Collector tick with and without them
// (containerLimits + pressure: our cgroup's files and PSI), interleaved so machine load hits both.
// Run alone: npm run build && node esbuild.mjs --tests && node bench/container.mjs
import { pathToFileURL } from 'node:url';
import { ratio, require, row, timeInterleaved } from './lib.mjs';

export async function benchContainer() {
  const probe = require('../dist/probe.js');
  const { Collector } = require('../out/bench/collector-entry.js');
  if (process.platform !== 'linux') { console.log('\nContainer readings: Linux only, skipped'); return undefined; }
  const limits = probe.containerLimits();
  console.log(`\nContainer readings (cgroup ${limits ? `v${limits.cgroupVersion}${limits.hybrid ? ' hybrid' : ''} ${limits.path}` : 'none'})`);
  const withC = new Collector();
  const withoutC = new Collector();
  // the tick without them: the container collector replaced by one that reads nothing
  withoutC.container = { container: () => null, pressure: () => null };
  const roots = [process.pid];
  const [tickWith, tickWithout, alone] = timeInterleaved([
    () => withC.collect(roots),
    () => withoutC.collect(roots),
    () => { probe.containerLimits(); probe.pressure(); },
  ], 20, 31);
  const share = (tickWith - tickWithout) / tickWithout;
  row('tick without container readings', tickWithout, 'baseline');
  row('tick with container readings', tickWith, `${ratio(tickWith, tickWithout)} the baseline (${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)} %)`);
  row('containerLimits() + pressure() alone', alone, `${((alone / tickWithout) * 100).toFixed(1)} % of the tick; budget 10 %: ${alone / tickWithout < 0.1 ? 'ok' : 'OVER'}`);
  return { tickWith, tickWithout, alone };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchContainer();

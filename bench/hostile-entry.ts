// What bench/hostile.mjs runs in plain Node: the worker's tick, its row guard and the host's Sampler.
export { Collector } from '../src/monitor/collect';
export { guardSnapshot } from '../src/monitor/rowGuard';
export { Sampler } from '../src/monitor/sampler';

// The worker's per-tick code, bundled for the heap benchmark in plain Node.
export { Collector } from '../src/monitor/collect';
export { History } from '../src/monitor/history';

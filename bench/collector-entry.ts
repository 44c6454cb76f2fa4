// The worker's per-tick code and the dashboard host's pure parts, bundled for the benchmarks in plain Node.
export { Collector } from '../src/monitor/collect';
export { History } from '../src/monitor/history';
export { seriesValues } from '../src/monitor/series';
export { TableCollector } from '../src/monitor/table';
export { buildTick, historyPayload, TableDiffer } from '../src/ui/dashboardModel';
export { bootTime, diskIoCounters, netIoCounters, pids, processIter, scanProcessStats } from '../src/probe';

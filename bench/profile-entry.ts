// What bench/profile.mjs measures: the profiler and the attribution as Vitals ships them.
export { HostProfiler } from '../src/ui/profiler';
export { distill } from '../src/monitor/profileBreakdown';

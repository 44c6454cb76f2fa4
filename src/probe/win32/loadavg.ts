// getLoadAvg on Windows, emulated as psutil does (its wmi.c): the "\System\Processor Queue Length"
// performance counter sampled every 5 s, folded into 1, 5 and 15 minute exponential averages.
//
// psutil starts a PDH collection thread (PdhCollectQueryDataEx) with a wait callback. Vitals spawns
// nothing and must not block the extension host, so: the first getLoadAvg() opens the query with
// koffi's async calls (they run on koffi's worker threads, not the JS thread) and returns zeros,
// as psutil's first call does; an unref'd 5 s timer then asks for one collection (async again)
// and folds the formatted value in. A failure to set the counter up (performance counters
// disabled, or a system without this counter) is raised by the next call, as psutil raises it
// from its first.
import { pdh, PDH_FMT_COUNTERVALUE_DOUBLE, PDH_FMT_COUNTERVALUE_SIZE, PDH_FMT_DOUBLE, PROCESSOR_QUEUE_LENGTH } from '../../../native-ffi/win32/pdh';
import type { LoadAvg } from '../types';
import { WinError } from './native';

export const SAMPLING_INTERVAL_MS = 5000;
const FACTORS = [Math.exp(-5 / 60), Math.exp(-5 / 300), Math.exp(-5 / 900)] as const;

/** The averages psutil keeps (load_avg_1m/5m/15m), fed one queue length per 5 s sample. */
export class LoadAverager {
  private avg: [number, number, number] = [0, 0, 0];
  samples = 0;
  add(queueLength: number): void {
    this.avg = this.avg.map((a, i) => a * FACTORS[i] + queueLength * (1 - FACTORS[i])) as [number, number, number];
    this.samples++;
  }
  get(): LoadAvg { return [...this.avg] as LoadAvg; }
}

const state: { averager: LoadAverager; started: boolean; error?: Error; timer?: NodeJS.Timeout } = { averager: new LoadAverager(), started: false };

function start(): void {
  state.started = true;
  const p = pdh();
  const query: [unknown] = [null];
  p.PdhOpenQueryW.async(null, 0, query, (err, rc) => {
    if (err || rc !== 0) { state.error = (err as Error) ?? new WinError('PdhOpenQueryW', rc); return; }
    const counter: [unknown] = [null];
    p.PdhAddEnglishCounterW.async(query[0], PROCESSOR_QUEUE_LENGTH, 0, counter, (err2, rc2) => {
      if (err2 || rc2 !== 0) {
        p.PdhCloseQuery(query[0]);
        state.error = (err2 as Error) ?? new WinError(`PdhAddEnglishCounterW(${PROCESSOR_QUEUE_LENGTH}) (performance counters disabled?)`, rc2);
        return;
      }
      const value = Buffer.alloc(PDH_FMT_COUNTERVALUE_SIZE);
      let busy = false;
      state.timer = setInterval(() => {
        if (busy) return; // a collection still running is not stacked up
        busy = true;
        p.PdhCollectQueryData.async(query[0], (err3, rc3) => {
          busy = false;
          // a failed sample is skipped, as psutil's callback skips it
          if (err3 || rc3 !== 0) return;
          if (p.PdhGetFormattedCounterValue(counter[0], PDH_FMT_DOUBLE, null, value) !== 0) return;
          state.averager.add(value.readDoubleLE(PDH_FMT_COUNTERVALUE_DOUBLE));
        });
      }, SAMPLING_INTERVAL_MS);
      state.timer.unref();
    });
  });
}

/** psutil's getloadavg() on Windows (see the top of this file). */
export function getLoadAvg(): LoadAvg {
  if (state.error) throw state.error;
  if (!state.started) start();
  return state.averager.get();
}

/** Samples folded in so far (tests wait for one). */
export function loadAvgSamples(): number {
  return state.averager.samples;
}

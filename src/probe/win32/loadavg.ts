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
  /** What getLoadAvg gives: rounded to two places, as psutil ("which is what Linux does"). */
  rounded(): LoadAvg { return this.avg.map((a) => Math.round(a * 100) / 100) as LoadAvg; }
}

/** One start(): its PDH query and timer. A released sampling closes its query once no collection is in flight. */
interface Sampling { query?: unknown; timer?: NodeJS.Timeout; busy: boolean; released: boolean }

const state: { averager: LoadAverager; sampling?: Sampling; error?: Error } = { averager: new LoadAverager() };

function start(): void {
  const p = pdh(); // throws on every call while pdh.dll cannot be loaded, rather than once and then zeros
  const sampling: Sampling = { busy: false, released: false };
  state.sampling = sampling;
  const query: [unknown] = [null];
  p.PdhOpenQueryW.async(null, 0, query, (err, rc) => {
    if (err || rc !== 0) { if (!sampling.released) state.error = (err as Error) ?? new WinError('PdhOpenQueryW', rc); return; }
    if (sampling.released) { p.PdhCloseQuery(query[0]); return; }
    const counter: [unknown] = [null];
    p.PdhAddEnglishCounterW.async(query[0], PROCESSOR_QUEUE_LENGTH, 0, counter, (err2, rc2) => {
      if (err2 || rc2 !== 0 || sampling.released) {
        p.PdhCloseQuery(query[0]);
        if (!sampling.released) state.error = (err2 as Error) ?? new WinError(`PdhAddEnglishCounterW(${PROCESSOR_QUEUE_LENGTH}) (performance counters disabled?)`, rc2);
        return;
      }
      sampling.query = query[0];
      const value = Buffer.alloc(PDH_FMT_COUNTERVALUE_SIZE);
      sampling.timer = setInterval(() => {
        if (sampling.busy) return; // a collection still running is not stacked up
        sampling.busy = true;
        p.PdhCollectQueryData.async(query[0], (err3, rc3) => {
          sampling.busy = false;
          if (sampling.released) { p.PdhCloseQuery(query[0]); return; }
          // a failed sample is skipped, as psutil's callback skips it
          if (err3 || rc3 !== 0) return;
          if (p.PdhGetFormattedCounterValue(counter[0], PDH_FMT_DOUBLE, null, value) !== 0) return;
          state.averager.add(value.readDoubleLE(PDH_FMT_COUNTERVALUE_DOUBLE));
        });
      }, SAMPLING_INTERVAL_MS);
      sampling.timer.unref();
    });
  });
}

/** psutil's getloadavg() on Windows (see the top of this file). */
export function getLoadAvg(): LoadAvg {
  if (state.error) throw state.error;
  if (!state.sampling) start();
  return state.averager.rounded();
}

/**
 * Stops sampling and closes the query; the next getLoadAvg() starts over from zeros, as psutil's
 * first call does. A PDH call still in flight closes the query from its callback instead; if the
 * thread ends before that callback runs, that one query stays open until the process ends.
 */
export function releaseLoadAvg(): void {
  const sampling = state.sampling;
  state.sampling = undefined;
  state.error = undefined;
  state.averager = new LoadAverager();
  if (!sampling) return;
  sampling.released = true;
  if (sampling.timer) clearInterval(sampling.timer);
  if (sampling.query !== undefined && !sampling.busy) pdh().PdhCloseQuery(sampling.query);
}

/** Samples folded in so far (tests wait for one). */
export function loadAvgSamples(): number {
  return state.averager.samples;
}

// The charts' data in the webview: the history the panel got at load, extended by one point per
// tick and trimmed to the host's ring capacity. Pure: unit-tested in Node.
import type { DashTick, ToWebview } from '../src/protocol';

type History = Extract<ToWebview, { type: 'init' }>['history'];

export class SeriesStore {
  time: number[] = [];
  private series = new Map<string, (number | null)[]>();
  private withData = new Set<string>();

  constructor(public capacity = 300) {}

  load(h: History, capacity: number): void {
    this.capacity = Math.max(2, capacity);
    this.time = h.time.slice(-this.capacity);
    this.series = new Map();
    this.withData = new Set();
    for (const [k, v] of Object.entries(h.series)) {
      const vals = v.slice(-this.capacity);
      while (vals.length < this.time.length) vals.unshift(null);
      this.series.set(k, vals);
      if (vals.some((x) => x !== null)) this.withData.add(k);
    }
  }

  /** Appends the tick's values; a series new at this tick gets gaps for the past, a series missing from it gets a gap. */
  push(tick: Pick<DashTick, 'time' | 'values'>): void {
    if (this.time.length && tick.time <= this.time[this.time.length - 1]) return; // replayed or out-of-order tick
    this.time.push(tick.time);
    for (const [k, v] of Object.entries(tick.values)) {
      if (!this.series.has(k)) this.series.set(k, new Array<number | null>(this.time.length - 1).fill(null));
      if (v !== null) this.withData.add(k);
    }
    for (const [k, vals] of this.series) vals.push(tick.values[k] ?? null);
    if (this.time.length > this.capacity) {
      const drop = this.time.length - this.capacity;
      this.time.splice(0, drop);
      for (const vals of this.series.values()) vals.splice(0, drop);
    }
  }

  has(key: string): boolean {
    return this.series.has(key);
  }

  hasData(key: string): boolean {
    return this.withData.has(key);
  }

  get(key: string): (number | null)[] {
    return this.series.get(key) ?? [];
  }

  latest(key: string): number | null {
    const v = this.series.get(key);
    return v && v.length ? v[v.length - 1] : null;
  }

  keys(): string[] {
    return [...this.series.keys()];
  }
}

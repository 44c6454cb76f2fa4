// Fixed-size ring buffers in typed arrays: charted series never grow, whatever the uptime.

export class RingBuffer {
  private readonly data: Float64Array;
  private start = 0;
  private size = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.data = new Float64Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    const end = (this.start + this.size) % this.capacity;
    this.data[end] = value;
    if (this.size < this.capacity) this.size++;
    else this.start = (this.start + 1) % this.capacity;
  }

  /** Oldest first. */
  at(i: number): number {
    if (i < 0 || i >= this.size) return NaN;
    return this.data[(this.start + i) % this.capacity];
  }

  latest(): number {
    return this.at(this.size - 1);
  }

  /** A copy, oldest first (what a chart wants). */
  toArray(): Float64Array {
    const out = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.data[(this.start + i) % this.capacity];
    return out;
  }
}

/** Named series sampled together; the time axis is a series too (seconds since epoch). */
export class History {
  readonly series = new Map<string, RingBuffer>();
  readonly time: RingBuffer;

  constructor(readonly capacity: number) {
    this.time = new RingBuffer(capacity);
  }

  static forDuration(minutes: number, intervalMs: number): History {
    return new History(Math.max(2, Math.ceil((minutes * 60000) / intervalMs)));
  }

  /** Appends one sample; series missing from `values` get NaN (a gap, not a fake zero). */
  push(timeSec: number, values: Record<string, number>): void {
    this.time.push(timeSec);
    for (const name of Object.keys(values)) {
      if (!this.series.has(name)) {
        const ring = new RingBuffer(this.capacity);
        for (let i = 0; i < this.time.length - 1; i++) ring.push(NaN);
        this.series.set(name, ring);
      }
    }
    for (const [name, ring] of this.series) ring.push(values[name] ?? NaN);
  }

  get(name: string): RingBuffer | undefined {
    return this.series.get(name);
  }
}

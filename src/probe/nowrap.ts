// psutil's wrap_numbers: kernel counters that overflow (or reset) keep growing monotonically
// for the caller. When a raw value drops below the previous raw value, the previous raw value is
// added to that field's remainder, so 100 -> 10 reads as 100 -> 110.

type Row = Record<string, number>;

export class WrapTracker {
  private readonly last = new Map<string, Map<string, Row>>();
  private readonly reminders = new Map<string, Map<string, Row>>();

  /** `input` maps a key (disk, nic) to its raw counters; returns adjusted copies. */
  apply<T extends object>(input: Record<string, T>, domain: string): Record<string, T> {
    const last = this.last.get(domain);
    const out: Record<string, T> = {};
    if (!last) {
      const seen = new Map<string, Row>();
      for (const [key, row] of Object.entries(input)) {
        seen.set(key, { ...(row as Row) });
        out[key] = { ...row };
      }
      this.last.set(domain, seen);
      this.reminders.set(domain, new Map());
      return out;
    }
    const reminders = this.reminders.get(domain)!;
    for (const [key, row] of Object.entries(input)) {
      const raw = row as Row;
      const prev = last.get(key);
      let rem = reminders.get(key);
      if (!rem) { rem = {}; reminders.set(key, rem); }
      const adjusted: Row = {};
      for (const [field, value] of Object.entries(raw)) {
        if (prev && field in prev && value < prev[field]) rem[field] = (rem[field] ?? 0) + prev[field];
        adjusted[field] = value + (rem[field] ?? 0);
      }
      last.set(key, { ...raw });
      out[key] = adjusted as T;
    }
    // A key that disappeared (nic unplugged) starts from scratch if it comes back.
    for (const key of [...last.keys()]) if (!(key in input)) { last.delete(key); reminders.delete(key); }
    return out;
  }

  clear(domain?: string): void {
    if (domain === undefined) { this.last.clear(); this.reminders.clear(); return; }
    this.last.delete(domain);
    this.reminders.delete(domain);
  }
}

export const wrapTracker = new WrapTracker();

// The history series one snapshot adds: what the status bar's tooltips and the dashboard's charts read back.
import type { SensorReading, Snapshot } from '../protocol';

/** Every temperature sensor with a stable key ("temp:chip/label", numbered when a chip repeats a label). */
export function sensorReadings(s: Snapshot): SensorReading[] {
  const out: SensorReading[] = [];
  for (const [chip, list] of Object.entries(s.temperatures)) {
    const used = new Map<string, number>();
    list.forEach((t, i) => {
      const label = t.label || `${chip} ${i + 1}`;
      const n = (used.get(label) ?? 0) + 1;
      used.set(label, n);
      out.push({ key: `temp:${chip}/${label}${n > 1 ? `#${n}` : ''}`, chip, label, current: t.current, high: t.high, critical: t.critical });
    });
  }
  return out;
}

/** One value per series; NaN marks a reading this machine or tick does not have (a gap, never a fake zero). */
export function seriesValues(s: Snapshot): Record<string, number> {
  const sensors = sensorReadings(s);
  const v: Record<string, number> = {
    cpu: s.cpu.percent,
    memory: s.memory.percent,
    swap: s.swap.percent,
    temperature: sensors.length ? Math.max(...sensors.map((t) => t.current)) : NaN,
    battery: s.battery?.percent ?? NaN,
    batterySecsLeft: s.battery && s.battery.secsLeft >= 0 ? s.battery.secsLeft : NaN,
    memUsed: s.memory.used,
    memAvailable: s.memory.available,
    memCached: s.extras?.memCached ?? NaN,
    swapUsed: s.swap.total ? s.swap.used : NaN,
    diskRead: s.extras?.disk?.readRate ?? NaN,
    diskWrite: s.extras?.disk?.writeRate ?? NaN,
    netSent: s.extras?.net?.sentRate ?? NaN,
    netRecv: s.extras?.net?.recvRate ?? NaN,
  };
  const c = s.container;
  if (c) {
    v.ctrCpu = c.cpuPercent ?? NaN;
    v.ctrMemUsed = c.memoryUsed ?? NaN;
    v.ctrMemLimit = c.memoryLimit ?? NaN;
    v.ctrThrottled = c.throttledPerSec === null ? NaN : c.throttledPerSec * 100;
  }
  const p = s.pressure;
  if (p) {
    v.psiCpu = p.cpuSome ?? NaN;
    v.psiMemory = p.memorySome ?? NaN;
    v.psiMemoryFull = p.memoryFull ?? NaN;
    v.psiIo = p.ioSome ?? NaN;
  }
  s.cpu.perCpu.forEach((p, i) => { v[`cpu${s.cpu.cpuIds[i] ?? i}`] = p; });
  for (const t of sensors) v[t.key] = t.current;
  return v;
}

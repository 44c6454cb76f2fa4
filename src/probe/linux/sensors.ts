// hwmon / thermal_zone temperatures, fans, and the power_supply battery, as psutil reads them.
import path from 'node:path';
import { POWER_TIME_UNKNOWN, POWER_TIME_UNLIMITED } from '../constants';
import { Battery, Fan, Temperature } from '../types';
import { readOptionalInt, readOptionalTrimmed } from './fsio';
import { roots } from './roots';
import { listHardware } from './topology';

interface RawTemp { label: string; current: number; high: number | null; critical: number | null }

function hwmonDirs(): string[] {
  const base = path.join(roots.sysfs, 'class', 'hwmon');
  return listHardware(base).filter((d) => d.startsWith('hwmon')).sort(naturalCompare).map((d) => path.join(base, d));
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Sensor bases such as ".../hwmon0/temp1" for files named temp1_input, temp1_max ... (also under device/). */
function sensorBases(kind: 'temp' | 'fan'): string[] {
  const bases = new Set<string>();
  const re = new RegExp(`^(${kind}\\d+)_`);
  for (const dir of hwmonDirs()) {
    for (const d of [dir, path.join(dir, 'device')]) {
      for (const f of listHardware(d)) {
        const m = re.exec(f);
        if (m) bases.add(path.join(d, m[1]));
      }
    }
  }
  return [...bases].sort(naturalCompare);
}

function milli(v: number | undefined): number | null {
  return v === undefined ? null : v / 1000;
}

/** The chip name lives next to the sensor files, or one level up when they sit in device/. */
function chipName(base: string): string | undefined {
  const dir = path.dirname(base);
  return readOptionalTrimmed(path.join(dir, 'name'))
    ?? (path.basename(dir) === 'device' ? readOptionalTrimmed(path.join(path.dirname(dir), 'name')) : undefined);
}

function hwmonTemperatures(): Map<string, RawTemp[]> | undefined {
  const bases = sensorBases('temp');
  if (!bases.length) return undefined;
  const out = new Map<string, RawTemp[]>();
  for (const base of bases) {
    const current = readOptionalInt(`${base}_input`);
    const chip = chipName(base);
    if (current === undefined || chip === undefined) continue; // psutil skips the whole entry
    const entry: RawTemp = {
      label: readOptionalTrimmed(`${base}_label`) ?? '',
      current: current / 1000,
      high: milli(readOptionalInt(`${base}_max`)),
      critical: milli(readOptionalInt(`${base}_crit`)),
    };
    const list = out.get(chip) ?? [];
    list.push(entry);
    out.set(chip, list);
  }
  return out;
}

function thermalZoneTemperatures(): Map<string, RawTemp[]> {
  const out = new Map<string, RawTemp[]>();
  const base = path.join(roots.sysfs, 'class', 'thermal');
  for (const zone of listHardware(base).filter((d) => d.startsWith('thermal_zone')).sort(naturalCompare)) {
    const dir = path.join(base, zone);
    const current = readOptionalInt(path.join(dir, 'temp'));
    const type = readOptionalTrimmed(path.join(dir, 'type'));
    if (current === undefined || type === undefined) continue;
    let high: number | null = null;
    let critical: number | null = null;
    const trips = new Set(listHardware(dir).map((f) => /^(trip_point_\d+)_/.exec(f)?.[1]).filter((x): x is string => !!x));
    for (const trip of [...trips].sort(naturalCompare)) {
      const tripType = readOptionalTrimmed(path.join(dir, `${trip}_type`));
      const temp = milli(readOptionalInt(path.join(dir, `${trip}_temp`)));
      if (tripType === 'critical') critical = temp;
      else if (tripType === 'high') high = temp;
    }
    const list = out.get(type) ?? [];
    list.push({ label: '', current: current / 1000, high, critical });
    out.set(type, list);
  }
  return out;
}

export function sensorsTemperatures(fahrenheit = false): Record<string, Temperature[]> {
  const raw = hwmonTemperatures() ?? thermalZoneTemperatures();
  const conv = (c: number | null): number | null => (c === null ? null : fahrenheit ? c * 9 / 5 + 32 : c);
  const out: Record<string, Temperature[]> = {};
  for (const [chip, list] of raw) {
    out[chip] = list.map((t) => {
      let high = t.high || null;
      let critical = t.critical || null;
      if (high && !critical) critical = high;
      else if (critical && !high) high = critical;
      return { label: t.label, current: conv(t.current)!, high: conv(high), critical: conv(critical) };
    });
  }
  return out;
}

export function sensorsFans(): Record<string, Fan[]> {
  const out: Record<string, Fan[]> = {};
  for (const base of sensorBases('fan')) {
    const current = readOptionalInt(`${base}_input`);
    const chip = chipName(base);
    if (current === undefined || chip === undefined) continue;
    (out[chip] ??= []).push({ label: readOptionalTrimmed(`${base}_label`) ?? '', current });
  }
  return out;
}

function firstInt(...files: string[]): number | undefined {
  for (const f of files) {
    const v = readOptionalInt(f);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** AC adapter state: AC0/AC first (psutil), then any supply whose type is "Mains". */
function acOnline(supplyRoot: string, supplies: string[]): number | undefined {
  const direct = firstInt(path.join(supplyRoot, 'AC0', 'online'), path.join(supplyRoot, 'AC', 'online'));
  if (direct !== undefined) return direct;
  for (const s of supplies) {
    if (readOptionalTrimmed(path.join(supplyRoot, s, 'type')) === 'Mains') {
      const v = readOptionalInt(path.join(supplyRoot, s, 'online'));
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

export function sensorsBattery(): Battery | null {
  const supplyRoot = path.join(roots.sysfs, 'class', 'power_supply');
  const supplies = listHardware(supplyRoot);
  const bats = supplies.filter((s) => s.startsWith('BAT') || s.toLowerCase().includes('battery')).sort();
  if (!bats.length) return null;
  const dir = path.join(supplyRoot, bats[0]);
  const energyNow = firstInt(path.join(dir, 'energy_now'), path.join(dir, 'charge_now'));
  const powerNow = firstInt(path.join(dir, 'power_now'), path.join(dir, 'current_now'));
  const energyFull = firstInt(path.join(dir, 'energy_full'), path.join(dir, 'charge_full'));
  const timeToEmpty = firstInt(path.join(dir, 'time_to_empty_now'));

  let percent: number;
  if (energyNow !== undefined && energyFull !== undefined) {
    percent = energyFull > 0 ? (100 * energyNow) / energyFull : 0;
  } else {
    const capacity = readOptionalInt(path.join(dir, 'capacity'));
    if (capacity === undefined) return null;
    percent = capacity;
  }
  percent = Math.min(100, Math.max(0, percent));

  let powerPlugged: boolean | null;
  const online = acOnline(supplyRoot, supplies);
  if (online !== undefined) powerPlugged = online === 1;
  else {
    const status = (readOptionalTrimmed(path.join(dir, 'status')) ?? '').toLowerCase();
    powerPlugged = status === 'discharging' ? false : status === 'charging' || status === 'full' ? true : null;
  }

  let secsLeft: number;
  if (powerPlugged) secsLeft = POWER_TIME_UNLIMITED;
  else if (energyNow !== undefined && powerNow !== undefined) {
    // Some firmware reports the discharge rate as negative: psutil divides by its absolute value.
    secsLeft = powerNow !== 0 ? Math.trunc((energyNow / Math.abs(powerNow)) * 3600) : POWER_TIME_UNKNOWN;
  } else if (timeToEmpty !== undefined) {
    secsLeft = timeToEmpty >= 0 ? timeToEmpty * 60 : POWER_TIME_UNKNOWN;
  } else secsLeft = POWER_TIME_UNKNOWN;

  return { percent, secsLeft, powerPlugged };
}

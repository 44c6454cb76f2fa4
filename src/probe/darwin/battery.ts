// sensorsBattery as psutil's arch/osx/sensors.c and _psosx.sensors_battery: the first power source
// of IOPSCopyPowerSourcesList, its description's current capacity, state and time to empty.
import { IOPS_KEYS } from '../../../native-ffi/darwin/iokit';
import { POWER_TIME_UNKNOWN, POWER_TIME_UNLIMITED } from '../constants';
import { ProbeError } from '../errors';
import type { Battery } from '../types';
import { cf, dictionaryValues, type CfValue } from './cf';

const K = IOPS_KEYS;
export const BATTERY_KEYS = [K.kIOPSCurrentCapacityKey, K.kIOPSMaxCapacityKey, K.kIOPSPowerSourceStateKey, K.kIOPSTimeToEmptyKey] as const;

/**
 * A power source description's values -> Battery, psutil's rules: plugged is the state equal to
 * "AC Power"; secsLeft POWER_TIME_UNLIMITED when plugged, POWER_TIME_UNKNOWN when the time to
 * empty is -1 ("still calculating") or absent (optional for non-Apple sources), else minutes * 60.
 * percent is the current capacity as psutil reads it; Apple's sources publish it in percent with a
 * max of 100, and where a source gives another max (mAh: IOPSKeys.h allows it) it is current / max.
 * Missing capacity or state is an error, as psutil's RuntimeError.
 */
export function batteryFromDescription(values: ReadonlyMap<string, CfValue>): Battery {
  const current = values.get(K.kIOPSCurrentCapacityKey);
  if (typeof current !== 'number') throw new ProbeError('No battery capacity information in power sources info');
  const state = values.get(K.kIOPSPowerSourceStateKey);
  if (typeof state !== 'string') throw new ProbeError('power source state info missing');
  const max = values.get(K.kIOPSMaxCapacityKey);
  const percent = typeof max === 'number' && max > 0 && max !== 100 ? (100 * current) / max : current;
  const powerPlugged = state === K.kIOPSACPowerValue;
  const minutes = values.get(K.kIOPSTimeToEmptyKey);
  const secsLeft = powerPlugged ? POWER_TIME_UNLIMITED : typeof minutes !== 'number' || minutes === -1 ? POWER_TIME_UNKNOWN : minutes * 60;
  return { percent, secsLeft, powerPlugged };
}

/** null without a power source (psutil's NotImplementedError "no battery" -> None). */
export function sensorsBattery(): Battery | null {
  const lib = cf();
  const info = lib.IOPSCopyPowerSourcesInfo();
  if (!info) throw new ProbeError('IOPSCopyPowerSourcesInfo() failed');
  try {
    const list = lib.IOPSCopyPowerSourcesList(info);
    if (!list) throw new ProbeError('IOPSCopyPowerSourcesList() failed');
    try {
      if (Number(lib.CFArrayGetCount(list)) === 0) return null;
      // borrowed from `info`: not released (IOPowerSources.h: "Caller should not release")
      const desc = lib.IOPSGetPowerSourceDescription(info, lib.CFArrayGetValueAtIndex(list, 0));
      if (!desc) throw new ProbeError('Failed to get power source description');
      return batteryFromDescription(dictionaryValues(desc, BATTERY_KEYS));
    } finally {
      lib.CFRelease(list);
    }
  } finally {
    lib.CFRelease(info);
  }
}

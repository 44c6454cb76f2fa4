// One system tick of the status bar / dashboard: Vitals vs python3-psutil vs systeminformation.
import { header, psutilRounds, ratio, require, row, timeInterleaved, timeItAsync } from './lib.mjs';

export async function benchSystem() {
  const probe = require('../dist/probe.js');
  console.log('\nSystem tick: cpuTimes(percpu), virtualMemory, swapMemory, sensorsTemperatures, sensorsBattery, loadAvg (ratios in CPU time)');
  header();
  const psutil = psutilRounds('', `psutil.cpu_times(percpu=True)
psutil.virtual_memory()
psutil.swap_memory()
psutil.sensors_temperatures()
psutil.sensors_battery()
psutil.getloadavg()`);
  const [vitals, py] = timeInterleaved([() => {
    probe.cpuTimes(true);
    probe.virtualMemory();
    probe.swapMemory();
    probe.sensorsTemperatures();
    probe.sensorsBattery();
    probe.getLoadAvg();
  }, ...(psutil ? [psutil] : [])], 300, 9);
  let si = null;
  try {
    const sys = require('systeminformation');
    si = await timeItAsync(async () => {
      await Promise.all([sys.currentLoad(), sys.mem(), sys.cpuTemperature(), sys.battery()]);
    }, 5, 3, { childCpu: true }); // these four calls do not cache
  } catch (e) {
    console.log(`  (systeminformation failed: ${e.message})`);
  }
  row('Vitals', vitals);
  row('python3-psutil (same calls)', py, `Vitals/psutil = ${ratio(vitals, py)} (target <= 0.50)`);
  row('systeminformation (load, mem, temp, battery)', si, `Vitals/systeminformation = ${ratio(vitals, si)}`);
  return { vitals, psutil: py, ratio: ratio(vitals, py) };
}

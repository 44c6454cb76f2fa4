// processIter reads the cheapest source for each attribute (see README, Performance): numFds from
// the size of /proc/PID/fd (Linux 6.2+) instead of listing it, memoryInfo from status when a
// requested attribute reads status anyway instead of from statm as well. Each must give exactly
// what the old source gives, for every live process, and what psutil gives.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import * as probe from '../../src/probe';
import { bundleForNobody, psutilSession, useLive } from './helpers';

/** What listing /proc/PID/fd gives, as psutil's num_fds: the count, or the error's kind. */
function listingCount(pid: number): number | string {
  try {
    return fs.readdirSync(`/proc/${pid}/fd`).length;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' ? 'AccessDenied' : 'gone';
  }
}

function numFdsOf(pid: number): number | string {
  try {
    return new probe.Process(pid).numFds();
  } catch (e) {
    if (e instanceof probe.AccessDenied) return 'AccessDenied';
    if (e instanceof probe.NoSuchProcess) return 'gone';
    throw e;
  }
}

/** Compares a and b for pid up to three times: a process that opens or closes a file in between is read again. */
function agreesWithin(pid: number, a: () => unknown, b: () => unknown): { ok: boolean; last: [unknown, unknown] } {
  let last: [unknown, unknown] = [undefined, undefined];
  for (let round = 0; round < 3; round++) {
    last = [a(), b()];
    if (JSON.stringify(last[0]) === JSON.stringify(last[1])) return { ok: true, last };
  }
  return { ok: false, last };
}

const fdSizeCounts = process.platform === 'linux' && fs.statSync('/proc/self/fd').size > 0;

describe('cheapest sources (live /proc)', function () {
  before(function () {
    if (process.platform !== 'linux') this.skip();
    useLive();
  });

  it(`numFds ${fdSizeCounts ? 'from the size of /proc/PID/fd (Linux 6.2+, this kernel)' : 'from the listing (this kernel is older than 6.2)'} is the listing's count for every live process, this one too (whose listing counts its own directory fd)`, function () {
    const differ: string[] = [];
    let compared = 0;
    for (const pid of probe.pids()) {
      const r = agreesWithin(pid, () => listingCount(pid), () => numFdsOf(pid));
      if (r.last[0] === 'gone' && r.last[1] === 'gone') continue;
      compared++;
      if (!r.ok) differ.push(`${pid}: listing ${String(r.last[0])}, numFds ${String(r.last[1])}`);
    }
    assert.ok(compared > 10, `only ${compared} processes compared`);
    assert.deepEqual(differ, []);
    assert.equal(numFdsOf(process.pid), listingCount(process.pid));
  });

  it(`as an unprivileged user (${process.getuid?.() === 0 ? 'nobody' : 'this one'}): numFds is AccessDenied exactly where the listing is, and the count where it is not`, function () {
    const asNobody = process.getuid?.() === 0; // root runs the child as nobody; anyone else is unprivileged already
    const dist = bundleForNobody();
    const script = `
const fs = require('fs'); const probe = require(${JSON.stringify(`${dist}/probe.js`)});
const kind = (e) => (e.code === 'EACCES' || e.code === 'EPERM' || e instanceof probe.AccessDenied) ? 'AccessDenied' : 'gone';
const out = [];
for (const pid of probe.pids()) {
  for (let round = 0; round < 3; round++) {
    let a, b;
    try { a = fs.readdirSync('/proc/' + pid + '/fd').length; } catch (e) { a = kind(e); }
    try { b = new probe.Process(pid).numFds(); } catch (e) { b = kind(e); }
    if (a === b || round === 2) { out.push([pid, a, b]); break; }
  }
}
process.stdout.write(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: '/', ...(asNobody ? { uid: 65534, gid: 65534 } : {}) });
    assert.equal(r.status, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as [number, number | string, number | string][];
    const differ = rows.filter(([, a, b]) => a !== b && !(a === 'gone' || b === 'gone'));
    assert.deepEqual(differ, []);
    assert.ok(rows.some(([, a]) => a === 'AccessDenied'), 'root\'s processes (pid 1 at least) are denied to an unprivileged user');
    assert.ok(rows.some(([, a]) => typeof a === 'number'), 'nobody counts its own fds');
  });

  it('memoryInfo taken from status (in a oneshot that reads status) is what statm gives (psutil\'s source), for every live process', function () {
    const statmOf = (pid: number): string => {
      try { return JSON.stringify(new probe.Process(pid).memoryInfo()); } catch { return 'gone'; }
    };
    // the oneshot that processIter runs for attrs with a status attribute: status first, memoryInfo from it
    const statusOf = (pid: number): string => {
      try {
        const p = new probe.Process(pid);
        return JSON.stringify(p.oneshot(() => { try { p.username(); } catch { /* denied: statm then */ } return p.memoryInfo(); }));
      } catch { return 'gone'; }
    };
    let compared = 0;
    let moving = 0;
    const differ: string[] = [];
    for (const pid of probe.pids()) {
      // status read between two statm reads that agree: a process allocating meanwhile is read again
      let settled = false;
      for (let round = 0; round < 5 && !settled; round++) {
        const before = statmOf(pid);
        const fromStatus = statusOf(pid);
        const after = statmOf(pid);
        if (before !== after) continue;
        settled = true;
        if (before === 'gone') break;
        compared++;
        if (fromStatus !== before) differ.push(`${pid}: status ${fromStatus}, statm ${before}`);
      }
      if (!settled) moving++;
    }
    assert.ok(compared > 10 && moving < compared / 4, `${compared} compared, ${moving} never held still`);
    assert.deepEqual(differ, []);
  });

  it('processIter numFds is psutil\'s num_fds for every process whose count held still across psutil\'s read', async function () {
    const py = await psutilSession(`
import os
def fds():
    out = {}
    for p in psutil.process_iter():
        try: out[p.pid] = p.num_fds()
        except psutil.AccessDenied: out[p.pid] = 'AccessDenied'
        except psutil.NoSuchProcess: pass
    return out`);
    try {
      const ours = (): Map<number, unknown> => {
        const m = new Map<number, unknown>();
        for (const p of probe.processIter({ attrs: ['numFds'], adValue: 'AccessDenied' })) m.set(p.pid, p.info.numFds);
        return m;
      };
      const psutilPid = await py.ask<number>('os.getpid()');
      const before = ours();
      const theirs = await py.ask<Record<string, number | string>>('fds()');
      const after = ours();
      let compared = 0;
      const differ: string[] = [];
      for (const [pid, v] of before) {
        if (after.get(pid) !== v || !Object.hasOwn(theirs, String(pid))) continue; // moved, or gone
        // a listing of one's own fd directory counts the fd it reads through: psutil's own process and ours
        if (pid === process.pid || pid === psutilPid) continue;
        compared++;
        if (theirs[String(pid)] !== v) differ.push(`${pid}: ours ${String(v)}, psutil ${String(theirs[String(pid)])}`);
      }
      assert.ok(compared > 10, `only ${compared} compared`);
      assert.deepEqual(differ, []);
    } finally {
      py.release();
    }
  });
});

// A root hook: after the whole suite, no child process of the test run may still be running. A
// test that fails before its cleanup leaves one behind; this names it, and kills it so the run ends.
import assert from 'node:assert/strict';
import fs from 'node:fs';

function childrenOfThisProcess(): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try { stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8'); } catch { continue; }
    const close = stat.lastIndexOf(')');
    const [state, ppid] = stat.slice(close + 2).split(' ');
    if (Number(ppid) === process.pid && state !== 'Z') found.push(`${entry} ${stat.slice(stat.indexOf('(') + 1, close)}`);
  }
  return found;
}

after('no child process of the suite is left running', async function () {
  if (process.platform !== 'linux') return;
  this.timeout(15000);
  let left = childrenOfThisProcess();
  for (let waited = 0; left.length && waited < 10000; waited += 50) { // a child killed a moment ago may still be exiting
    await new Promise((r) => setTimeout(r, 50));
    left = childrenOfThisProcess();
  }
  for (const row of left) try { process.kill(Number(row.split(' ')[0]), 'SIGKILL'); } catch { /* gone */ }
  assert.deepEqual(left, [], `children left running: ${left.join(', ')}`);
});

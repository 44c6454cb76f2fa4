// Run by editorTree.test.ts as an unprivileged user: asks the worker's signal code to signal the
// pid in argv[2] and prints the error it got ({ name, message }), or { ok: true }.
import { signalProcess } from '../../src/monitor/signals';
import * as probe from '../../src/probe';

const pid = Number(process.argv[2]);
try {
  signalProcess(pid, new probe.Process(pid).createTime(), 'SIGCONT', false);
  process.stdout.write(JSON.stringify({ ok: true }));
} catch (e) {
  process.stdout.write(JSON.stringify({ name: (e as Error).name, message: (e as Error).message }));
}

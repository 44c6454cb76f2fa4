// The `vitals` command line: snapshot [--json], procinfo [PID], top. Options: --procfs DIR --sysfs DIR.
import fs from 'node:fs';
import * as probe from './probe';
import { sleepSync } from './sleepSync';
import { renderProcinfo } from './report/procinfo';
import { collectSystem, renderSystem, writeSnapshotJson } from './cli/snapshot';
import { runTop } from './cli/top';
import { isMainThread, workerData } from 'node:worker_threads';
import { runServe, SERVE_SAMPLER, serveOptions, serveSampler } from './cli/serve';

const VALUE_FLAGS = new Set(['procfs', 'sysfs', 'interval', 'port', 'host', 'token', 'token-file', 'max-processes', 'max-connections', 'pids', 'match']);

interface Args { command: string; positional: string[]; flags: Map<string, string | true> }

function parseArgs(argv: string[]): Args {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (v !== undefined) flags.set(k, v);
      else if (VALUE_FLAGS.has(k) && i + 1 < argv.length) flags.set(k, argv[++i]);
      else flags.set(k, true);
    } else positional.push(a);
  }
  return { command: positional.shift() ?? 'snapshot', positional, flags };
}

const USAGE = `usage: vitals <command> [options]
  snapshot [--json]     every system probe (and the process list) once
  procinfo [PID]        everything known about one process (default: this one)
  top [--interval S]    live process view sorted by cpu; Ctrl-C exits
  serve                 /metrics for Prometheus (text 0.0.4, or OpenMetrics when asked) until SIGTERM/SIGINT
        [--port N (9465)] [--host ADDR (127.0.0.1: this machine only)] [--interval S (5)]
        [--token T | --token-file F (bearer auth)] [--max-processes N (50)] [--pids 1,2] [--match REGEX]
options: --procfs DIR --sysfs DIR   read another /proc and /sys (fixture trees)`;

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.flags.has('help') || args.command === 'help') { console.log(USAGE); return 0; }
  const procfs = args.flags.get('procfs');
  const sysfs = args.flags.get('sysfs');
  probe.configure({
    ...(typeof procfs === 'string' ? { procfs } : {}),
    ...(typeof sysfs === 'string' ? { sysfs } : {}),
  });
  switch (args.command) {
    case 'snapshot': {
      const errors: Record<string, string> = {};
      const system = collectSystem(errors);
      if (args.flags.has('json')) {
        writeSnapshotJson((text) => writeAllSync(1, text), system, errors);
      } else {
        console.log(renderSystem(system));
        for (const [k, v] of Object.entries(errors)) console.error(`${k}: ${v}`);
      }
      return 0;
    }
    case 'procinfo': {
      const pid = args.positional[0] === undefined ? process.pid : Number(args.positional[0]);
      if (!Number.isInteger(pid) || pid < 0) { console.error(`not a pid: ${args.positional[0]}`); return 2; }
      try {
        console.log(renderProcinfo(pid, { environValues: true }));
      } catch (e) {
        if (e instanceof probe.NoSuchProcess) { console.error(e.message); return 1; }
        throw e;
      }
      return 0;
    }
    case 'top': {
      const interval = Number(args.flags.get('interval') ?? 2);
      await runTop(Number.isFinite(interval) && interval >= 0.25 ? interval : 2);
      return 0;
    }
    case 'serve': {
      let opts;
      try {
        opts = serveOptions(args.flags);
      } catch (e) {
        console.error(e instanceof Error ? e.message : String(e));
        return 2;
      }
      return runServe({ ...opts, probe: { ...(typeof procfs === 'string' ? { procfs } : {}), ...(typeof sysfs === 'string' ? { sysfs } : {}) } }, __filename);
    }
    default:
      console.error(`unknown command ${JSON.stringify(args.command)}\n${USAGE}`);
      return 2;
  }
}

if (!isMainThread && workerData?.[SERVE_SAMPLER]) serveSampler(workerData[SERVE_SAMPLER]);
else main().then((code) => { process.exitCode = code; }, (e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});

/**
 * A blocking write of all of text: process.stdout queues what a pipe does not take at once, so a
 * snapshot written piece by piece would still pile up in memory behind a slow reader.
 */
function writeAllSync(fd: number, text: string): void {
  let rest = Buffer.from(text);
  while (rest.length) {
    try {
      rest = rest.subarray(fs.writeSync(fd, rest));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      sleepSync(5); // a non-blocking pipe is full: wait for the reader
    }
  }
}

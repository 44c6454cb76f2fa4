// The `vitals` command line: snapshot [--json], procinfo [PID], top. Options: --procfs DIR --sysfs DIR.
import * as probe from './probe';
import { collectSystem, renderSystem } from './cli/snapshot';

interface Args { command: string; positional: string[]; flags: Map<string, string | true> }

function parseArgs(argv: string[]): Args {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=', 2);
      if (v !== undefined) flags.set(k, v);
      else if ((k === 'procfs' || k === 'sysfs' || k === 'interval') && i + 1 < argv.length) flags.set(k, argv[++i]);
      else flags.set(k, true);
    } else positional.push(a);
  }
  return { command: positional.shift() ?? 'snapshot', positional, flags };
}

const USAGE = `usage: vitals <command> [options]
  snapshot [--json]     every system probe (and the process list) once
  procinfo [PID]        everything known about one process (default: this one)
  top [--interval S]    live process view sorted by cpu; Ctrl-C exits
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
        process.stdout.write(JSON.stringify({ system, errors }, null, 2) + '\n');
      } else {
        console.log(renderSystem(system));
        for (const [k, v] of Object.entries(errors)) console.error(`${k}: ${v}`);
      }
      return 0;
    }
    default:
      console.error(`unknown command ${JSON.stringify(args.command)}\n${USAGE}`);
      return 2;
  }
}

main().then((code) => { process.exitCode = code; }, (e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});

// The macOS backend's canary (dist/canary.js): runs the probe's self-check in a process of its own
// and prints the result as one line of JSON. A native call that crashes ends this process, not the
// extension host; monitor/backendCanary.ts reads the outcome and picks the backend the sampler uses.
import { selfCheck } from './probe/selfCheck';

process.stdout.write(`${JSON.stringify(selfCheck())}\n`);

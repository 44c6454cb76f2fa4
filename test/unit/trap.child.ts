// A target for the "nothing was signalled" checks. It traps every signal Node lets a process trap
// and reports them; SIGKILL and SIGSTOP cannot be trapped, but a killed or stopped process cannot
// answer, so an answer proves neither landed either. Each line on stdin is a ping, answered with
// { pid, signals, kids } once every signal pending when the ping arrived has been handled.
// argv[2]: how many children (this same script) to start, so that a whole tree can be checked.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

interface Report { pid: number; signals: string[]; kids: Report[] }

const kidCount = Number(process.argv[2] ?? 0);
const got: string[] = [];
// SIGCHLD is what a parent gets from the kernel when a child stops or exits: only a leaf traps it
const untrappable = new Set(['SIGKILL', 'SIGSTOP', 'SIGBUS', 'SIGFPE', 'SIGSEGV', 'SIGILL', ...(kidCount ? ['SIGCHLD'] : [])]);
for (const sig of Object.keys(constants.signals)) {
  if (untrappable.has(sig)) continue;
  try { process.on(sig as NodeJS.Signals, () => got.push(sig)); } catch { /* not trappable here */ }
}

function lines(stream: NodeJS.ReadableStream, on: (line: string) => void): void {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (d: string) => {
    buf += d;
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
      on(buf.slice(0, nl));
      buf = buf.slice(nl + 1);
    }
  });
}

const kids = Array.from({ length: kidCount }, () => {
  const child = spawn(process.execPath, [__filename, '0'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: ((line: string) => void)[] = [];
  lines(child.stdout!, (line) => waiting.shift()?.(line));
  const next = (): Promise<string> => new Promise((resolve) => waiting.push(resolve));
  return { child, next };
});

// a signal that reached this process before the ping was read is in libuv's signal pipe; the poll
// phase of the next loop turn reads it, so the answer goes out two setImmediate turns later
const settled = (): Promise<void> => new Promise((r) => setImmediate(() => setImmediate(r)));

async function report(): Promise<Report> {
  const answers = kids.map((k) => { const line = k.next(); k.child.stdin!.write('ping\n'); return line; });
  const kidReports = (await Promise.all(answers)).map((l) => JSON.parse(l) as Report);
  await settled();
  return { pid: process.pid, signals: [...got], kids: kidReports };
}

async function main(): Promise<void> {
  await Promise.all(kids.map((k) => k.next())); // each child's ready line
  process.stdout.write(`${JSON.stringify({ pid: process.pid, kids: kids.map((k) => k.child.pid) })}\n`);
  let chain = Promise.resolve();
  lines(process.stdin, () => { chain = chain.then(async () => { process.stdout.write(`${JSON.stringify(await report())}\n`); }); });
  process.stdin.on('end', () => process.exit(0));
}

void main();

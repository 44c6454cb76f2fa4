// Picks the backend the sampler worker runs. On macOS the native backend is layout-checked against
// Apple's headers but has not run on a Mac here, and a wrong native call would crash the extension
// host with the worker in it. So it runs first in a child process (dist/canary.js: the probe's
// self-check against what Node knows), and the worker gets it only when the child ended cleanly
// with every check passed; otherwise the portable backend, with the reason logged.
import { spawn } from 'node:child_process';
import { messageText } from '../text/sinks';

export interface CanaryResult {
  /** The backend for the worker (VITALS_BACKEND), or undefined for the probe's own default. */
  backend: string | undefined;
  /** One sentence for the log, undefined when no canary ran. */
  report: string | undefined;
}

export interface CanaryOptions {
  platform?: string;
  env?: NodeJS.ProcessEnv;
  /** The runtime that runs the canary (the extension host's own, as plain Node). */
  execPath?: string;
  canaryPath: string;
  /** The backend to try (on macOS: 'darwin'). */
  candidate?: string;
  timeoutMs?: number;
}

const OUTPUT_MAX = 64 * 1024;

/** Whether this platform's native backend must pass a canary first: macOS, unless VITALS_BACKEND chose already. */
export function needsCanary(platform: string, env: NodeJS.ProcessEnv): boolean {
  return platform === 'darwin' && !env.VITALS_BACKEND;
}

export async function chooseBackend(opts: CanaryOptions): Promise<CanaryResult> {
  const platform = opts.platform ?? process.platform;
  const env = opts.env ?? process.env;
  if (!needsCanary(platform, env) && !opts.candidate) return { backend: undefined, report: undefined };
  const candidate = opts.candidate ?? 'darwin';
  const outcome = await runCanary(opts.execPath ?? process.execPath, opts.canaryPath, candidate, env, opts.timeoutMs ?? 15000);
  if (outcome.ok) return { backend: candidate, report: `the ${candidate} backend passed its self-check (${outcome.detail}) and serves the sampler` };
  return { backend: 'portable', report: `the ${candidate} backend failed its self-check in a child process (${outcome.detail}): the sampler uses the portable backend (system figures only)` };
}

interface Outcome { ok: boolean; detail: string }

function runCanary(execPath: string, canaryPath: string, candidate: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    let out = '';
    let err = '';
    let settled = false;
    const finish = (o: Outcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ok: o.ok, detail: messageText(o.detail, 600) });
    };
    const child = spawn(execPath, [canaryPath], {
      env: { ...env, ELECTRON_RUN_AS_NODE: '1', VITALS_BACKEND: candidate },
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ ok: false, detail: `no answer within ${timeoutMs / 1000} s` });
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => { if (out.length < OUTPUT_MAX) out += d.toString('utf8'); });
    child.stderr.on('data', (d: Buffer) => { if (err.length < OUTPUT_MAX) err += d.toString('utf8'); });
    child.on('error', (e) => finish({ ok: false, detail: `could not start: ${e.message}` }));
    child.on('close', (code, signal) => {
      if (signal) return finish({ ok: false, detail: `ended by ${signal}` });
      if (code !== 0) return finish({ ok: false, detail: `exit code ${code}: ${firstLine(err) || 'no message'}` });
      finish(judge(out));
    });
  });
}

/** The canary's one line of JSON: ok when it names its checks and none failed. */
export function judge(stdout: string): Outcome {
  let r: unknown;
  try {
    r = JSON.parse(stdout.trim().split('\n').pop() ?? '');
  } catch {
    return { ok: false, detail: `unreadable answer: ${firstLine(stdout) || 'none'}` };
  }
  const v = r as { checks?: unknown; failed?: unknown };
  if (typeof v !== 'object' || v === null || typeof v.checks !== 'number' || !Array.isArray(v.failed)) return { ok: false, detail: 'an answer without its checks' };
  if (v.failed.length) return { ok: false, detail: `${v.failed.length} of ${v.checks} checks failed: ${v.failed.slice(0, 3).map(String).join('; ')}` };
  if (v.checks < 10) return { ok: false, detail: `only ${v.checks} checks ran` };
  return { ok: true, detail: `${v.checks} checks` };
}

function firstLine(s: string): string {
  return s.trim().split('\n').find((l) => l.trim())?.trim() ?? '';
}

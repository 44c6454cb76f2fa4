// Profiles the extension host Vitals runs in, in process: a node:inspector Session, Profiler.start,
// Profiler.stop after the window. One profile at a time; the session is always disconnected (the
// window ends, an error, a cancel, or dispose() at deactivate). No vscode import: tested in Node.
import type { CpuProfile } from '../monitor/profileBreakdown';

/** The part of node:inspector's Session used here (a fake one in the unit tests). */
export interface InspectorSession {
  connect(): void;
  post(method: string, params: object, callback: (err: Error | null, result?: unknown) => void): void;
  disconnect(): void;
}

export type ProfileErrorKind = 'busy' | 'unavailable' | 'failed' | 'cancelled';

export class ProfileError extends Error {
  constructor(readonly kind: ProfileErrorKind, message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

export interface ProfileRequest {
  windowMs: number;
  /** Profiler.setSamplingInterval, microseconds (10000 = 10 ms). */
  intervalUs: number;
  /** Ends the profile early and discards it (the notification's Cancel). */
  signal?: AbortSignal;
}

export interface ProfileResult {
  profile: CpuProfile;
  windowMs: number;
  intervalUs: number;
  /** An inspector port is open on the extension host (a debugger may be attached): said next to the result. */
  debuggerUrl?: string;
}

export interface ProfilerDeps {
  /** A new, unconnected session; throws where the inspector does not exist. */
  openSession?: () => InspectorSession;
  /** The inspector port's URL when one is open. */
  inspectorUrl?: () => string | undefined;
  /** How long one inspector command may take before the profile gives up. */
  commandTimeoutMs?: number;
}

export const WINDOW_MIN_MS = 5000;
export const WINDOW_MAX_MS = 60000;
export const DEFAULT_WINDOW_MS = 10000;
export const DEFAULT_INTERVAL_US = 10000;

function nodeInspector(): typeof import('node:inspector') {
  return require('node:inspector') as typeof import('node:inspector');
}

export class HostProfiler {
  private current: { session: InspectorSession; endsAt: number; abort: AbortController } | undefined;
  private disposed = false;
  private readonly openSession: () => InspectorSession;
  private readonly inspectorUrl: () => string | undefined;
  private readonly commandTimeoutMs: number;

  constructor(deps: ProfilerDeps = {}) {
    this.openSession = deps.openSession ?? (() => new (nodeInspector().Session)());
    this.inspectorUrl = deps.inspectorUrl ?? (() => { try { return nodeInspector().url(); } catch { return undefined; } });
    this.commandTimeoutMs = deps.commandTimeoutMs ?? 10000;
  }

  get running(): boolean {
    return this.current !== undefined;
  }

  /** Seconds left of the running profile, or undefined. */
  secondsLeft(): number | undefined {
    return this.current ? Math.max(0, Math.ceil((this.current.endsAt - Date.now()) / 1000)) : undefined;
  }

  async profile(req: ProfileRequest): Promise<ProfileResult> {
    if (this.disposed) throw new ProfileError('cancelled', 'Vitals is shutting down.');
    if (!(req.windowMs > 0) || !(req.intervalUs >= 1)) throw new RangeError(`bad profile request: window ${req.windowMs} ms, interval ${req.intervalUs} µs`);
    if (this.current) {
      throw new ProfileError('busy', `A profile of the extension host is already running (${this.secondsLeft()} s left). Wait for it, or cancel it.`);
    }
    if (req.signal?.aborted) throw new ProfileError('cancelled', 'The profile was cancelled.');
    // an open inspector port means a debugger (or VS Code's own profiler) may be attached and
    // profiling: a second V8 CPU profiler beside it crashed the extension host (SIGSEGV) in testing
    const url = this.inspectorUrl();
    if (url) {
      throw new ProfileError('busy', `The extension host's inspector is open (${url}): a debugger or VS Code's own profiler may be attached. `
        + 'Vitals does not start a second CPU profiler beside it; detach the debugger, or use its profiler.');
    }
    let session: InspectorSession;
    try {
      session = this.openSession();
      session.connect();
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new ProfileError('unavailable', code === 'ERR_INSPECTOR_NOT_AVAILABLE'
        ? 'This extension host has no inspector (its Node.js was built without one), so Vitals cannot profile it in process.'
        : `The extension host's inspector refused a session: ${(e as Error).message}`);
    }
    const abort = new AbortController();
    const current = { session, endsAt: Date.now() + req.windowMs, abort };
    this.current = current;
    const onCancel = (): void => abort.abort();
    req.signal?.addEventListener('abort', onCancel);
    try {
      await this.post(session, 'Profiler.enable', {}, abort.signal);
      await this.post(session, 'Profiler.setSamplingInterval', { interval: Math.round(req.intervalUs) }, abort.signal);
      await this.post(session, 'Profiler.start', {}, abort.signal);
      current.endsAt = Date.now() + req.windowMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, req.windowMs);
        abort.signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); });
      });
      if (abort.signal.aborted) throw new ProfileError('cancelled', 'The profile was cancelled.');
      const { profile } = await this.post(session, 'Profiler.stop', {}, abort.signal) as { profile: CpuProfile };
      return { profile, windowMs: req.windowMs, intervalUs: req.intervalUs, debuggerUrl: this.inspectorUrl() };
    } finally {
      req.signal?.removeEventListener('abort', onCancel);
      this.release(current);
    }
  }

  /** One inspector command; a cancel or no answer within the timeout ends the wait (the finally disconnects). */
  private post(session: InspectorSession, method: string, params: object, signal: AbortSignal): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) { reject(new ProfileError('cancelled', 'The profile was cancelled.')); return; }
      let settled = false;
      const done = (f: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        f();
      };
      const onAbort = (): void => done(() => reject(new ProfileError('cancelled', 'The profile was cancelled.')));
      const timer = setTimeout(() => done(() => reject(new ProfileError('busy',
        `The extension host's inspector did not answer ${method} within ${this.commandTimeoutMs / 1000} s (is a debugger holding it?).`))), this.commandTimeoutMs);
      signal.addEventListener('abort', onAbort);
      try {
        session.post(method, params, (err, result) => done(() => (err
          ? reject(new ProfileError('failed', `The extension host's inspector refused ${method}: ${err.message}`))
          : resolve(result))));
      } catch (e) {
        done(() => reject(new ProfileError('failed', `The extension host's inspector refused ${method}: ${(e as Error).message}`)));
      }
    });
  }

  private release(current: NonNullable<HostProfiler['current']>): void {
    if (this.current === current) this.current = undefined;
    // disconnecting ends the session's profile too (V8 stops a session's profiler when it goes)
    try { current.session.disconnect(); } catch { /* already gone */ }
  }

  /** Deactivate: a running profile ends now, its session disconnected before this returns. */
  dispose(): void {
    this.disposed = true;
    const c = this.current;
    if (!c) return;
    c.abort.abort();
    this.release(c);
  }
}

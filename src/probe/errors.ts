// psutil's exception hierarchy. Every error a probe function throws on purpose is one of these.

export class ProbeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProbeError';
  }
}

export class NoSuchProcess extends ProbeError {
  constructor(readonly pid: number, readonly processName?: string, msg?: string) {
    super(msg ?? `process no longer exists (pid=${pid}${processName ? `, name=${JSON.stringify(processName)}` : ''})`);
    this.name = 'NoSuchProcess';
  }
}

export class ZombieProcess extends NoSuchProcess {
  constructor(pid: number, processName?: string, readonly ppid?: number) {
    super(pid, processName, `process still exists but it's a zombie (pid=${pid}${processName ? `, name=${JSON.stringify(processName)}` : ''}${ppid !== undefined ? `, ppid=${ppid}` : ''})`);
    this.name = 'ZombieProcess';
  }
}

export class AccessDenied extends ProbeError {
  constructor(readonly pid?: number, readonly processName?: string, msg?: string) {
    super(msg ?? `access denied${pid !== undefined ? ` (pid=${pid}${processName ? `, name=${JSON.stringify(processName)}` : ''})` : ''}`);
    this.name = 'AccessDenied';
  }
}

export class TimeoutExpired extends ProbeError {
  constructor(readonly seconds: number, readonly pid?: number, readonly processName?: string) {
    super(`timeout after ${seconds} seconds${pid !== undefined ? ` (pid=${pid})` : ''}`);
    this.name = 'TimeoutExpired';
  }
}

/** A procfs/sysfs file exists but does not hold what the kernel documents. Names the file. */
export class MalformedFileError extends ProbeError {
  constructor(readonly file: string, detail: string) {
    super(`malformed ${file}: ${detail}`);
    this.name = 'MalformedFileError';
  }
}

/** The running OS has no backend for this call (psutil: "not supported on this platform"). */
export class UnsupportedPlatform extends ProbeError {
  constructor(readonly platform: string, readonly what?: string) {
    super(`${what ?? 'this call'} is not supported on this platform (${platform})`);
    this.name = 'UnsupportedPlatform';
  }
}

/**
 * An attribute the OS refuses while the process is still there (denied, a zombie's, an OS without
 * it): asDict and processIter put adValue in its place instead of skipping the process.
 */
export function isRefusal(e: unknown): boolean {
  return e instanceof ZombieProcess || e instanceof AccessDenied || e instanceof UnsupportedPlatform;
}

export function errnoOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

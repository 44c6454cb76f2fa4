// What the monitor does with a process value the OS may refuse: a fallback instead, unless the
// process itself is gone (then the caller skips it).
import * as probe from '../probe';

/** A value the OS may refuse (AccessDenied, a zombie's empty files): the fallback instead. */
export function attemptOr<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof probe.NoSuchProcess && !(e instanceof probe.ZombieProcess)) throw e;
    return fallback;
  }
}

import type { Logger } from './logger';

/** A logger for tests that keeps what is logged at error level, and drops the rest. */
export function recordingLogger() {
  const errors: [string, Record<string, unknown> | undefined][] = [];
  const log: Logger = {
    debug() {},
    info() {},
    warn() {},
    error: (message, fields) => void errors.push([message, fields]),
    child: () => log,
  };
  return { log, errors };
}

import type { Logger } from './logger';

export interface PeriodicTask {
  /** Stops the timer and waits for a run under way. */
  stop(): Promise<void>;
}

export interface PeriodicTaskOptions {
  /** What the task does, for the log line when a run fails (`<name> failed`). */
  name: string;
  intervalMs: number;
  run(): Promise<unknown>;
  log: Logger;
}

/**
 * Runs `run` every `intervalMs` in the background (sweeps, recoveries). A tick while a run is
 * still going is skipped, so runs never overlap; a failed run is logged and the next tick tries
 * again; the timer does not keep the process alive.
 */
export function startPeriodicTask(options: PeriodicTaskOptions): PeriodicTask {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    running ??= options
      .run()
      .catch((error: unknown) => options.log.error(`${options.name} failed`, { error }))
      .finally(() => (running = undefined));
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

import type { Logger } from './logger';

/** Runs a server as this process until SIGINT or SIGTERM, then shuts it down cleanly. */
export async function runUntilSignalled(
  log: Logger,
  start: () => Promise<{ stop(): Promise<void> }>,
): Promise<void> {
  try {
    const server = await start();
    const shutdown = async (signal: string) => {
      log.info('shutting down', { signal });
      await server.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    log.error('failed to start', { error: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
}

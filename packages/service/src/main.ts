import type { BaseContext } from '@apollo/server';
import { loadServiceConfig } from './config';
import { createLogger, type Logger } from './logger';
import { startSubgraph, type SubgraphModule } from './start-subgraph';

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

/** Runs one subgraph as its own process. */
export async function runSubgraphMain<S extends Record<string, unknown>, C extends BaseContext, D>(
  module: SubgraphModule<S, C, D>,
): Promise<void> {
  const log = createLogger(module.name);
  await runUntilSignalled(log, async () =>
    startSubgraph(module, await loadServiceConfig(module.name), { log }),
  );
}

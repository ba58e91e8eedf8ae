import type { BaseContext } from '@apollo/server';
import { loadServiceConfig } from './config';
import { createLogger } from './logger';
import { startSubgraph, type SubgraphModule } from './start-subgraph';

/** Runs one subgraph as its own process until SIGINT or SIGTERM, then shuts down cleanly. */
export async function runSubgraphMain<S extends Record<string, unknown>, C extends BaseContext, D>(
  module: SubgraphModule<S, C, D>,
): Promise<void> {
  const log = createLogger(module.name);
  try {
    const config = await loadServiceConfig(module.name);
    const server = await startSubgraph(module, config, { log });
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

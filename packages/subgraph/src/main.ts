import type { BaseContext } from '@apollo/server';
import { createLogger, runUntilSignalled } from '@pharmacy/service';
import { loadServiceConfig } from './config';
import { startSubgraph, type SubgraphModule } from './start-subgraph';

/** Runs one subgraph as its own process. */
export async function runSubgraphMain<S extends Record<string, unknown>, C extends BaseContext, D>(
  module: SubgraphModule<S, C, D>,
): Promise<void> {
  const log = createLogger(module.name);
  await runUntilSignalled(log, async () =>
    startSubgraph(module, await loadServiceConfig(module.name), { log }),
  );
}

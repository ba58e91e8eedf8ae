import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ordersSubgraph } from '@pharmacy/orders';
import { createLogger, type SubgraphName } from '@pharmacy/service';
import { startSubgraph } from '@pharmacy/subgraph';
import { testConfig } from '@pharmacy/testing';
import type { Stack } from './stack';

/**
 * Gives the stack an orders subgraph that can be stopped and started again on the same port
 * with the same data, as a real restart: on PostgreSQL the same database; on PGlite a data
 * folder on disk (an in-memory PGlite would forget everything when it closes). Call it before
 * any order exists.
 */
export async function durableOrders(stack: Stack) {
  const port = stack.subgraphs.orders.port;
  const peers = Object.fromEntries(
    Object.entries(stack.subgraphs).map(([name, server]) => [name, server.url]),
  ) as Record<SubgraphName, string>;
  const dataDir = process.env.TEST_DATABASE_URL
    ? null
    : await mkdtemp(join(tmpdir(), 'pharmacy-orders-'));
  const config = testConfig('orders', {
    port,
    peers,
    seedDemoData: true,
    ...(dataDir ? { database: { dataDir } } : {}),
  });
  const start = async () => {
    const server = await startSubgraph(ordersSubgraph, config, {
      log: createLogger('orders', (process.env.LOG_LEVEL as 'silent') ?? 'silent'),
    });
    // The stack stops (and the tests read) whatever runs now.
    (stack.subgraphs as Record<string, unknown>).orders = server;
    return server;
  };
  await stack.subgraphs.orders.stop();
  let running = await start();
  return {
    async stop() {
      await running.stop();
    },
    async start() {
      running = await start();
    },
    async cleanUp() {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

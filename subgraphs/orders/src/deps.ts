import { createOutboxRelay, type OutboxRelay } from '@pharmacy/outbox';
import type { SubgraphRuntime } from '@pharmacy/subgraph';
import { createPeers, type OrderPeers } from './clients/peers';
import * as schema from './db/schema';
import { orderEventDelivery } from './events/order-event-delivery';
import { OrderSweeper } from './services/order-sweeper.service';
import { loadOrdersSettings, type OrdersSettings } from './settings';

export interface OrdersDeps {
  peers: OrderPeers;
  relay: OutboxRelay;
  sweeper: OrderSweeper;
  settings: OrdersSettings;
}

/** Made once per process: the relay and the sweeper run until stopOrdersDeps. */
export function createOrdersDeps(
  runtime: Omit<SubgraphRuntime<typeof schema, OrdersDeps>, 'deps'>,
): OrdersDeps {
  const settings = loadOrdersSettings();
  const peers = createPeers(runtime.config);
  const db = runtime.database.backgroundDb;
  const relay = createOutboxRelay({
    db,
    table: schema.outbox,
    log: runtime.log,
    deliver: orderEventDelivery(peers, runtime.log),
    intervalMs: settings.relayIntervalMs,
  });
  const sweeper = new OrderSweeper({ db, log: runtime.log, relay, settings });
  relay.start();
  sweeper.start();
  return { peers, relay, sweeper, settings };
}

export async function stopOrdersDeps(deps: OrdersDeps): Promise<void> {
  await deps.sweeper.stop();
  await deps.relay.stop();
}

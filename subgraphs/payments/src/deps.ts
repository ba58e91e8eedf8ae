import { createOutboxRelay, type OutboxRelay } from '@pharmacy/outbox';
import type { SubgraphRuntime } from '@pharmacy/subgraph';
import { ordersClient, type OrdersClient } from './clients/orders-client';
import * as schema from './db/schema';
import { paymentEventDelivery } from './events/payment-event-delivery';
import type { PaymentProvider } from './provider/payment-provider';
import { SandboxPaymentProvider } from './provider/sandbox-provider';
import { PaymentRecovery } from './services/payment-recovery.service';
import { loadPaymentsSettings } from './settings';

export interface PaymentsDeps {
  orders: OrdersClient;
  provider: PaymentProvider;
  relay: OutboxRelay;
  recovery: PaymentRecovery;
}

/** Made once per process: the relay and the recovery run until stopPaymentsDeps. */
export function createPaymentsDeps(
  runtime: Omit<SubgraphRuntime<typeof schema, PaymentsDeps>, 'deps'>,
): PaymentsDeps {
  const settings = loadPaymentsSettings();
  const orders = ordersClient(runtime.config);
  // settings.provider can only be 'sandbox' so far.
  const provider = new SandboxPaymentProvider();
  // Background work stays out of the statement counts of requests.
  const db = runtime.database.backgroundDb;
  const relay = createOutboxRelay({
    db,
    table: schema.outbox,
    log: runtime.log,
    deliver: paymentEventDelivery(orders),
    intervalMs: settings.relayIntervalMs,
  });
  const recovery = new PaymentRecovery({
    db,
    log: runtime.log,
    relay,
    provider,
    pendingTimeoutMs: settings.pendingTimeoutMs,
  });
  relay.start();
  recovery.start();
  return { orders, provider, relay, recovery };
}

export async function stopPaymentsDeps(deps: PaymentsDeps): Promise<void> {
  await deps.recovery.stop();
  await deps.relay.stop();
}

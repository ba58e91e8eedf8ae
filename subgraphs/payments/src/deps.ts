import { createOutboxRelay, type OutboxRelay } from '@pharmacy/outbox';
import type { SubgraphRuntime } from '@pharmacy/subgraph';
import { ordersClient, type OrdersClient } from './clients/orders-client';
import * as schema from './db/schema';
import { paymentEventDelivery } from './events/payment-event-delivery';
import type { PaymentProvider } from './provider/payment-provider';
import { createProviders, type Providers } from './provider/providers';
import { PaymentRecovery } from './services/payment-recovery.service';
import { loadPaymentsSettings, type PaymentsSettings } from './settings';

export interface PaymentsDeps {
  orders: OrdersClient;
  /** Who charges new payments (`providers.current`). */
  provider: PaymentProvider;
  providers: Providers;
  relay: OutboxRelay;
  recovery: PaymentRecovery;
  /** What Stripe's webhooks are checked against; null when payments does not use Stripe. */
  webhookSecret: string | null;
}

export type PaymentsRuntime = SubgraphRuntime<typeof schema, PaymentsDeps>;

/** Made once per process: the relay and the recovery run until stopPaymentsDeps. */
export function createPaymentsDeps(
  runtime: Omit<PaymentsRuntime, 'deps'>,
  settings: PaymentsSettings = loadPaymentsSettings(),
): PaymentsDeps {
  const orders = ordersClient(runtime.config);
  const providers = createProviders(settings.provider, runtime.log);
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
    providers,
    pendingTimeoutMs: settings.pendingTimeoutMs,
  });
  relay.start();
  recovery.start();
  const webhookSecret =
    settings.provider.name === 'stripe' ? settings.provider.webhookSecret : null;
  return { orders, provider: providers.current, providers, relay, recovery, webhookSecret };
}

export async function stopPaymentsDeps(deps: PaymentsDeps): Promise<void> {
  await deps.recovery.stop();
  await deps.relay.stop();
}

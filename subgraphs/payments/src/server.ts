import { fileURLToPath } from 'node:url';
import { loadTypeDefs, type SubgraphModule } from '@pharmacy/subgraph';
import { createPaymentsContext, type PaymentsContext } from './context';
import * as dbSchema from './db/schema';
import { createPaymentsDeps, stopPaymentsDeps, type PaymentsDeps } from './deps';
import { resolvers } from './resolvers';
import { seedPayments } from './seed';
import { loadPaymentsSettings } from './settings';
import { STRIPE_WEBHOOK_PATH, stripeWebhookRoute } from './webhooks/stripe-webhook-route';

export type PaymentsSubgraph = SubgraphModule<typeof dbSchema, PaymentsContext, PaymentsDeps>;

/**
 * The payments subgraph, its settings read from `env` when it starts (PAYMENT_PROVIDER,
 * STRIPE_*; see settings.ts).
 */
export function createPaymentsSubgraph(env: NodeJS.ProcessEnv = process.env): PaymentsSubgraph {
  return {
    name: 'payments',
    typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
    resolvers,
    dbSchema,
    migrationsFolder: fileURLToPath(new URL('../../../drizzle/payments', import.meta.url)),
    prepare: (runtime) => createPaymentsDeps(runtime, loadPaymentsSettings(env)),
    createContext: (runtime, caller) => createPaymentsContext(runtime, caller),
    seed: (runtime) => seedPayments(runtime.db),
    // Stripe's webhooks, which the gateway passes on as they came.
    routes: (runtime) => ({ [STRIPE_WEBHOOK_PATH]: stripeWebhookRoute(runtime) }),
    onStop: (runtime) => stopPaymentsDeps(runtime.deps),
  };
}

export const paymentsSubgraph = createPaymentsSubgraph();

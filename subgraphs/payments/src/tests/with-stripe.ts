import { afterAll, beforeAll } from 'vitest';
import { createPaymentsSubgraph } from '../server';
import { STRIPE_WEBHOOK_PATH } from '../webhooks/stripe-webhook-route';
import { startFakeStripeServer, type FakeStripeServer } from './fake-stripe-server';
import { usePaymentsWithOrders } from './with-orders';

/**
 * A payments subgraph with PAYMENT_PROVIDER=stripe, its client pointed at a local server that
 * speaks Stripe's API (started first, stopped after), beside a real orders subgraph.
 */
export function usePaymentsWithStripe() {
  const env: NodeJS.ProcessEnv = {};
  let stripe: FakeStripeServer | undefined;
  beforeAll(async () => {
    stripe = await startFakeStripeServer();
    Object.assign(env, {
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: stripe.secretKey,
      STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
      STRIPE_API_URL: stripe.url,
    });
  });
  afterAll(() => stripe?.stop());
  const running = usePaymentsWithOrders(createPaymentsSubgraph(env));
  return () => {
    if (!stripe) throw new Error('the local Stripe server has not started');
    const { payments, orders } = running();
    return {
      payments,
      orders,
      stripe,
      webhookUrl: new URL(STRIPE_WEBHOOK_PATH, payments.url).toString(),
    };
  };
}

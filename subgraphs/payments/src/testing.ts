/**
 * What tests and benchmarks outside payments may use of it (`@pharmacy/payments/testing`):
 * its tables, to write or check rows directly; the types of its long-lived dependencies, to
 * reach the sandbox provider of a running payments subgraph; and a local server that speaks
 * Stripe's API, to run payments with PAYMENT_PROVIDER=stripe without leaving the machine.
 */
import { v7 as uuidv7 } from 'uuid';
import type { PaymentsDatabase } from './db/queries';
import { paymentApprovals } from './db/schema';
export * as tables from './db/schema';
export type { SandboxPaymentProvider } from './provider/sandbox-provider';
export {
  startFakeStripeServer,
  type FakeStripeRequest,
  type FakeStripeServer,
  type FakeStripeServerOptions,
} from './tests/fake-stripe-server';
export type { FakeIntent, FakeStripeState } from './tests/fake-stripe-state';
export { STRIPE_WEBHOOK_PATH } from './webhooks/stripe-webhook-route';

/**
 * An approved card payment of an order, written straight into the payments database: for tests
 * and benchmarks that need many paid orders quickly. Give the order's pharmacy for its
 * pharmacists to see the payment.
 */
export async function writeApprovedPayment(
  db: PaymentsDatabase,
  payment: { orderId: string; payerId: string; amount: number; pharmacyId?: string },
): Promise<string> {
  const id = uuidv7();
  await db.insert(paymentApprovals).values({
    id,
    orderId: payment.orderId,
    payerId: payment.payerId,
    pharmacyId: payment.pharmacyId ?? null,
    amount: payment.amount,
    currency: 'EUR',
    status: 'APPROVED',
    method: 'visa •••• 4242',
    idempotencyKey: uuidv7(),
  });
  return id;
}

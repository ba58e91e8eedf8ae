import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPaymentsSubgraph } from '@pharmacy/payments';
import { startFakeStripeServer, type FakeStripeServer } from '@pharmacy/payments/testing';
import type { Session } from './helpers';
import {
  demoStaff,
  eventually,
  gql,
  newPatient,
  openShop,
  pay,
  place,
  type Shop,
} from './ordering-support';
import { startStack, type Stack } from './stack';

/**
 * Payments through the Stripe adapter, end to end: the stack's payments subgraph talks to a
 * local server speaking Stripe's API, and Stripe's webhooks arrive at the gateway's
 * /webhooks/stripe, as in a deployment. Nothing leaves this machine.
 */

const WEBHOOK_SECRET = `whsec_${randomBytes(24).toString('hex')}`;
const THREE_D_SECURE_CARD = 'pm_card_threeDSecure2Required';
const PAYMENT = `id status method failureReason clientSecret amount { amount currency }
  order { id status payment { id status } }`;

interface Payment {
  id: string;
  status: string;
  method: string | null;
  failureReason: string | null;
  clientSecret: string | null;
  amount: { amount: number; currency: string };
  order: { id: string; status: string; payment: { id: string; status: string } | null };
}

let fakeStripe: FakeStripeServer;
let stack: Stack;
let shop: Shop;
beforeAll(async () => {
  fakeStripe = await startFakeStripeServer({ webhookSecret: WEBHOOK_SECRET });
  const payments = createPaymentsSubgraph({
    ...process.env,
    PAYMENT_PROVIDER: 'stripe',
    STRIPE_SECRET_KEY: fakeStripe.secretKey,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_URL: fakeStripe.url,
  });
  stack = await startStack({ seed: true, modules: { payments } });
  shop = await openShop(stack, await demoStaff(stack));
});
afterAll(async () => {
  await stack?.stop();
  await fakeStripe?.stop();
});

/** A fresh patient's unpaid order of two packs over the counter (no prescription needed). */
async function unpaidOrder(): Promise<{ patient: Session; orderId: string }> {
  const patient = await newPatient(stack);
  const { body } = await place(stack, patient, {
    pharmacyId: shop.pharmacyId,
    lines: [{ medicationId: shop.otc, quantity: 2 }],
  });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { patient, orderId: body.data!.placeOrder.id };
}

async function payWithThreeDSecure(patient: Session, orderId: string): Promise<Payment> {
  const { payOrder } = await gql<{ payOrder: Payment }>(
    stack,
    patient,
    `mutation($o: ID!, $m: String!, $k: String!) { payOrder(orderId: $o, paymentMethod: $m, idempotencyKey: $k) { ${PAYMENT} } }`,
    { o: orderId, m: THREE_D_SECURE_CARD, k: `key-${randomBytes(8).toString('hex')}` },
  );
  return payOrder;
}

async function paymentOf(patient: Session, id: string): Promise<Payment> {
  const { paymentApproval } = await gql<{ paymentApproval: Payment }>(
    stack,
    patient,
    `query($id: ID!) { paymentApproval(id: $id) { ${PAYMENT} } }`,
    { id },
  );
  return paymentApproval;
}

/** An event as Stripe sends it, to the gateway's webhook URL, signed unless told otherwise. */
function deliver(event: object, options: { secret?: string; signature?: string | null } = {}) {
  const to = new URL('/webhooks/stripe', stack.gateway.url).toString();
  return fakeStripe.sendEvent(event as Parameters<FakeStripeServer['sendEvent']>[0], {
    to,
    ...options,
  });
}

/** Stripe gives each PaymentIntent's client secret as `<intent id>_secret_<random>`. */
const intentIdOf = (clientSecret: string) => clientSecret.split('_secret_')[0]!;

describe('Stripe payments through the gateway', () => {
  it('a 3-D Secure card waits for the bank, then its webhook approves it and the order is PAID', async () => {
    const { patient, orderId } = await unpaidOrder();
    const payment = await payWithThreeDSecure(patient, orderId);
    expect(payment.status).toBe('REQUIRES_ACTION');
    expect(payment.clientSecret).toMatch(/^pi_\w+_secret_\w+$/);
    expect(payment.order.status).toBe('PENDING_PAYMENT');
    const [intent] = fakeStripe.intentsOfOrder(orderId);
    expect(intent).toMatchObject({ status: 'requires_action', amount: payment.amount.amount });
    expect(intentIdOf(payment.clientSecret!)).toBe(intent!.id);

    // The patient confirms with the bank; Stripe then reports the intent succeeded.
    const event = fakeStripe.completeThreeDSecure(intent!.id);
    expect(event.type).toBe('payment_intent.succeeded');
    const response = await deliver(event);
    expect(response.status).toBe(200);

    const approved = await eventually(
      () => paymentOf(patient, payment.id),
      (p) => p.status === 'APPROVED' && p.order.status === 'PAID',
    );
    expect(approved.method).toBe('visa •••• 3220');
    expect(approved.clientSecret).toBeNull();
    expect(approved.order.payment).toEqual({ id: payment.id, status: 'APPROVED' });
  });

  it('a failed 3-D Secure check is declined with its reason, and another card pays', async () => {
    const { patient, orderId } = await unpaidOrder();
    const payment = await payWithThreeDSecure(patient, orderId);
    const event = fakeStripe.completeThreeDSecure(intentIdOf(payment.clientSecret!), 'failed');
    expect(event.type).toBe('payment_intent.payment_failed');
    expect((await deliver(event)).status).toBe(200);

    const declined = await eventually(
      () => paymentOf(patient, payment.id),
      (p) => p.status === 'DECLINED',
    );
    expect(declined.failureReason).toMatch(/authentication/);
    expect(declined.order.status).toBe('PENDING_PAYMENT');
    const again = await pay(stack, patient, orderId, 'pm_card_visa');
    expect(again.body.errors, JSON.stringify(again.body.errors)).toBeUndefined();
    expect(again.body.data!.payOrder.status).toBe('APPROVED');
    await eventually(
      () => paymentOf(patient, again.body.data!.payOrder.id),
      (p) => p.order.status === 'PAID',
    );
  });

  it('refuses a forged, unsigned or altered webhook with 400, and nothing changes', async () => {
    const { patient, orderId } = await unpaidOrder();
    const payment = await payWithThreeDSecure(patient, orderId);
    expect(payment.status).toBe('REQUIRES_ACTION');
    // What a forger would send: the event that would mark the order paid, without the secret.
    const event = {
      id: `evt_${randomBytes(12).toString('hex')}`,
      object: 'event',
      type: 'payment_intent.succeeded',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: {
        object: {
          id: intentIdOf(payment.clientSecret!),
          object: 'payment_intent',
          status: 'succeeded',
          amount: payment.amount.amount,
          currency: payment.amount.currency.toLowerCase(),
          metadata: { order_id: orderId },
        },
      },
    };

    const forged = await deliver(event, { secret: `whsec_${'0'.repeat(48)}` });
    expect(forged.status).toBe(400);
    expect((await deliver(event, { signature: null })).status).toBe(400);
    expect((await deliver(event, { signature: 'v1=not-a-signature' })).status).toBe(400);
    // A signature the endpoint's secret really made, over another body.
    const signed = fakeStripe.signatureOf(JSON.stringify({ ...event, type: 'ping' }, null, 2));
    expect((await deliver(event, { signature: signed })).status).toBe(400);

    const after = await paymentOf(patient, payment.id);
    expect(after.status).toBe('REQUIRES_ACTION');
    expect(after.order.status).toBe('PENDING_PAYMENT');
  });
});

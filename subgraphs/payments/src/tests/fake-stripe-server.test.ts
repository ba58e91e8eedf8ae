import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStripeClient } from '../provider/stripe-provider';
import { startFakeStripeServer, type FakeStripeServer } from './fake-stripe-server';

let fake: FakeStripeServer;
let stripe: Stripe;
beforeAll(async () => {
  fake = await startFakeStripeServer();
  stripe = createStripeClient({ secretKey: fake.secretKey, apiUrl: new URL(fake.url) });
});
afterAll(() => fake.stop());

const intent = (orderId: string, amount = 1000) => ({
  amount,
  currency: 'eur',
  payment_method: 'pm_card_visa',
  metadata: { order_id: orderId, payment_key: `key-${orderId}` },
});

describe('the local Stripe server, through the official client', () => {
  it('keeps Idempotency-Key as Stripe does: the first answer again, or a refusal for another body', async () => {
    const key = `k-${Date.now()}`;
    const first = await stripe.paymentIntents.create(intent('o1'), { idempotencyKey: key });
    const again = await stripe.paymentIntents.create(intent('o1'), { idempotencyKey: key });
    expect(again.id).toBe(first.id);
    expect(fake.requests.at(-1)).toMatchObject({ idempotencyKey: key, replayed: true });
    await expect(
      stripe.paymentIntents.create(intent('o1', 999), { idempotencyKey: key }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(fake.intentsOfOrder('o1')).toHaveLength(1);
  });

  it('confirms test cards, searches by metadata, refunds at most what is left', async () => {
    const created = await stripe.paymentIntents.create(intent('o2', 700));
    const paid = await stripe.paymentIntents.confirm(created.id, { expand: ['payment_method'] });
    expect(paid.status).toBe('succeeded');
    expect((paid.payment_method as Stripe.PaymentMethod).card?.last4).toBe('4242');
    const found = await stripe.paymentIntents.search({ query: "metadata['order_id']:'o2'" });
    expect(found.data.map((i) => i.id)).toEqual([created.id]);
    await stripe.refunds.create({ payment_intent: created.id, amount: 300 });
    await expect(
      stripe.refunds.create({ payment_intent: created.id, amount: 401 }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    const declined = await stripe.paymentIntents.create({
      ...intent('o3'),
      payment_method: 'pm_card_chargeDeclined',
    });
    await expect(stripe.paymentIntents.confirm(declined.id)).rejects.toBeInstanceOf(
      Stripe.errors.StripeCardError,
    );
  });

  it('refuses a key it does not take, and signs events as Stripe does', async () => {
    const stranger = createStripeClient({ secretKey: 'sk_live_nope', apiUrl: new URL(fake.url) });
    await expect(stranger.paymentIntents.create(intent('o4'))).rejects.toBeInstanceOf(
      Stripe.errors.StripeAuthenticationError,
    );
    const event = fake.state.events.at(-1)!;
    const payload = JSON.stringify(event);
    const verified = Stripe.webhooks.constructEvent(
      payload,
      fake.signatureOf(payload),
      fake.webhookSecret,
    );
    expect(verified.id).toBe(event.id);
    expect(() =>
      Stripe.webhooks.constructEvent(
        payload,
        fake.signatureOf(payload, 'whsec_other'),
        fake.webhookSecret,
      ),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });
});

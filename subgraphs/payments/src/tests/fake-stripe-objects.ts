/** The objects of the local Stripe server, with Stripe's field names, and its errors. */
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { testCards } from '../provider/test-cards';

/** An answer of Stripe's other than 200: its status and `error` object. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: Record<string, unknown>,
  ) {
    super(String(error.message));
  }
}

export const invalidRequest = (message: string, more: Record<string, unknown> = {}) =>
  new StripeApiError(400, { type: 'invalid_request_error', message, ...more });

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
export const now = () => Math.floor(Date.now() / 1000);
export type Params = Record<string, unknown>;
export const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A PaymentIntent as this server keeps it (Stripe's fields, those the adapter reads). */
export type FakeIntent = Pick<
  Stripe.PaymentIntent,
  'id' | 'object' | 'amount' | 'amount_received' | 'currency' | 'status' | 'client_secret'
> & {
  created: number;
  metadata: Record<string, string>;
  payment_method: string | null;
  latest_charge: string | null;
  last_payment_error: Record<string, unknown> | null;
  next_action: Record<string, unknown> | null;
  cancellation_reason: string | null;
  livemode: false;
};

export interface FakeCharge {
  id: string;
  object: 'charge';
  amount: number;
  amount_refunded: number;
  refunded: boolean;
  currency: string;
  payment_intent: string;
  status: 'succeeded';
  created: number;
  livemode: false;
}

/** The test card behind a payment method; any other is unknown, as at Stripe. */
export function cardOf(paymentMethod: string) {
  const card = testCards[paymentMethod];
  if (!card) {
    throw invalidRequest(`No such PaymentMethod: '${paymentMethod}'`, {
      code: 'resource_missing',
      param: 'payment_method',
    });
  }
  return card;
}

export function paymentMethodOf(id: string) {
  const { brand, last4 } = cardOf(id);
  return { id, object: 'payment_method', type: 'card', card: { brand, last4 } };
}

export const missingIntent = (id: string) =>
  new StripeApiError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such payment_intent: '${id}'`,
  });

/** A new PaymentIntent from the create request's parameters, checked as Stripe checks them. */
export function newIntent(params: Params): FakeIntent {
  const amount = Number(params.amount);
  const currency = text(params.currency) ?? '';
  if (!Number.isInteger(amount) || amount <= 0)
    throw invalidRequest('Invalid integer', { param: 'amount' });
  if (!/^[a-z]{3}$/.test(currency)) throw invalidRequest('Invalid currency', { param: 'currency' });
  const paymentMethod = text(params.payment_method) ?? null;
  if (paymentMethod) cardOf(paymentMethod);
  const id = newId('pi');
  return {
    id,
    object: 'payment_intent',
    amount,
    amount_received: 0,
    currency,
    status: paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
    client_secret: `${id}_secret_${randomBytes(12).toString('hex')}`,
    created: now(),
    metadata: { ...(params.metadata as Record<string, string> | undefined) },
    payment_method: paymentMethod,
    latest_charge: null,
    last_payment_error: null,
    next_action: null,
    cancellation_reason: null,
    livemode: false,
  };
}

/** The charge that took an intent's whole amount. */
export const newCharge = (intent: FakeIntent): FakeCharge => ({
  id: newId('ch'),
  object: 'charge',
  amount: intent.amount,
  amount_refunded: 0,
  refunded: false,
  currency: intent.currency,
  payment_intent: intent.id,
  status: 'succeeded',
  created: now(),
  livemode: false,
});

export const newRefund = (charge: FakeCharge, amount: number) => ({
  id: newId('re'),
  object: 'refund',
  amount,
  charge: charge.id,
  payment_intent: charge.payment_intent,
  currency: charge.currency,
  status: 'succeeded',
  created: now(),
});

/** An event as Stripe sends it to a webhook endpoint, with a copy of the object as it is now. */
export const eventOf = (type: string, object: object): Stripe.Event =>
  ({
    id: newId('evt'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: now(),
    data: { object: structuredClone(object) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  }) as unknown as Stripe.Event;

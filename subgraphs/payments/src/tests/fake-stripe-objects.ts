import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';

/** The objects of the local Stripe server, with Stripe's field names, and its errors. */
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

import Stripe from 'stripe';
import { interrupted, type ChargeResult } from './payment-provider';
import { methodLabel } from './test-cards';

/** `visa •••• 4242` when the payment method came expanded with its card, else null. */
export function methodOf(paymentMethod: string | Stripe.PaymentMethod | null | undefined) {
  if (!paymentMethod || typeof paymentMethod === 'string' || !paymentMethod.card) return null;
  return methodLabel(paymentMethod.card);
}

/** What a PaymentIntent's status means for its approval. */
export function resultOf(intent: Stripe.PaymentIntent): ChargeResult {
  const reference = intent.id;
  const method = methodOf(intent.payment_method);
  switch (intent.status) {
    case 'succeeded':
      return { status: 'APPROVED', reference, method };
    case 'requires_action':
      return intent.client_secret
        ? { status: 'REQUIRES_ACTION', reference, method, clientSecret: intent.client_secret }
        : { status: 'PENDING', reference, confirmed: true };
    case 'canceled':
      return interrupted(reference, method);
    case 'requires_payment_method':
      // Back here after a failed attempt (a decline, a failed 3-D Secure check), else never tried.
      return intent.last_payment_error
        ? {
            status: 'DECLINED',
            reference,
            method: method ?? methodOf(intent.last_payment_error.payment_method),
            reason: intent.last_payment_error.message ?? 'The payment failed.',
          }
        : { status: 'PENDING', reference, confirmed: false };
    case 'requires_confirmation':
      return { status: 'PENDING', reference, confirmed: false };
    default:
      // processing: the bank has not answered yet.
      return { status: 'PENDING', reference, confirmed: true };
  }
}

/** A card the bank refused: Stripe answers 402 with the PaymentIntent. */
export function declineOf(error: unknown, reference: string): ChargeResult | null {
  if (!(error instanceof Stripe.errors.StripeCardError)) return null;
  return {
    status: 'DECLINED',
    reference: error.payment_intent?.id ?? reference,
    method: methodOf(error.payment_method),
    reason: error.message,
  };
}

/** Stripe's answer that it did what it was asked and refuses to: not a network trouble. */
export const isRefusal = (error: unknown): error is Stripe.errors.StripeError =>
  error instanceof Stripe.errors.StripeInvalidRequestError ||
  error instanceof Stripe.errors.StripeIdempotencyError;

export const isNotFound = (error: unknown) =>
  error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404;

import type Stripe from 'stripe';
import type { ChargeOutcome } from './payment-provider';
import { resultOf } from './stripe-results';

/** Where a webhook's payment is found: the provider's id, else the metadata it was made with. */
export interface EventPayment {
  reference: string;
  orderId: string | null;
  paymentKey: string | null;
}

/** What a provider's webhook says happened, in the terms of an approval. */
export type ProviderEvent = { id: string; type: string; payment: EventPayment } & (
  { kind: 'outcome'; outcome: ChargeOutcome } | { kind: 'refunded'; refundedTotal: number }
);

const paymentOf = (intent: Stripe.PaymentIntent): EventPayment => ({
  reference: intent.id,
  orderId: intent.metadata?.order_id ?? null,
  paymentKey: intent.metadata?.payment_key ?? null,
});

/** The events payments acts on; null for any other. */
export function providerEventOf(event: Stripe.Event): ProviderEvent | null {
  const { id, type } = event;
  switch (event.type) {
    case 'payment_intent.succeeded':
    case 'payment_intent.payment_failed': {
      const intent = event.data.object;
      const said = resultOf(intent);
      // The event is the word: a failure is one even if the intent object says little more.
      const outcome: ChargeOutcome =
        event.type === 'payment_intent.succeeded'
          ? {
              status: 'APPROVED',
              reference: intent.id,
              method: said.status === 'APPROVED' ? said.method : null,
            }
          : said.status === 'DECLINED'
            ? said
            : {
                status: 'DECLINED',
                reference: intent.id,
                method: null,
                reason: 'The payment failed.',
              };
      return { id, type, kind: 'outcome', outcome, payment: paymentOf(intent) };
    }
    case 'charge.refunded': {
      const charge = event.data.object;
      const intent = charge.payment_intent;
      if (!intent) return null;
      const payment =
        typeof intent === 'string'
          ? { reference: intent, orderId: null, paymentKey: null }
          : paymentOf(intent);
      return { id, type, kind: 'refunded', refundedTotal: charge.amount_refunded, payment };
    }
    default:
      return null;
  }
}

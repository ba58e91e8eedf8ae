import type Stripe from 'stripe';
import { AUTHENTICATION_FAILED } from '../provider/test-cards';
import {
  cardOf,
  eventOf,
  invalidRequest,
  missingIntent,
  newCharge,
  newIntent,
  newRefund,
  paymentMethodOf,
  StripeApiError,
  text,
  type FakeCharge,
  type FakeIntent,
  type Params,
} from './fake-stripe-objects';

export { StripeApiError, type FakeCharge, type FakeIntent };

/** Stripe's objects, in memory, and the events their changes send. */
export class FakeStripeState {
  readonly intents = new Map<string, FakeIntent>();
  readonly charges = new Map<string, FakeCharge>();
  readonly refunds = new Map<string, Record<string, unknown>>();
  /** Every event, oldest first, as Stripe would send it to a webhook endpoint. */
  readonly events: Stripe.Event[] = [];

  intent(id: string): FakeIntent {
    const intent = this.intents.get(id);
    if (!intent) throw missingIntent(id);
    return intent;
  }

  createIntent(params: Params): FakeIntent {
    const intent = newIntent(params);
    this.intents.set(intent.id, intent);
    return intent;
  }

  /** Confirms with the intent's (or the given) test card: it succeeds, is declined, or asks 3-D Secure. */
  confirmIntent(id: string, params: Params): FakeIntent {
    const intent = this.intent(id);
    if (intent.status !== 'requires_confirmation' && intent.status !== 'requires_payment_method') {
      throw invalidRequest(
        `This PaymentIntent's status is ${intent.status}, so it cannot be confirmed.`,
        { code: 'payment_intent_unexpected_state' },
      );
    }
    const paymentMethod = text(params.payment_method) ?? intent.payment_method;
    if (!paymentMethod)
      throw invalidRequest('A payment method is required', { param: 'payment_method' });
    const card = cardOf(paymentMethod);
    Object.assign(intent, { payment_method: paymentMethod, last_payment_error: null });
    if (card.decline) {
      const { code, message } = card.decline;
      const error = { type: 'card_error', code: 'card_declined', decline_code: code, message };
      Object.assign(intent, { status: 'requires_payment_method', last_payment_error: error });
      this.emit('payment_intent.payment_failed', intent);
      throw new StripeApiError(402, {
        ...error,
        payment_intent: this.present(intent, ['payment_method']),
        payment_method: paymentMethodOf(paymentMethod),
      });
    }
    if (card.requiresAction) {
      const sdk = {
        type: 'three_d_secure_redirect',
        stripe_js: 'https://hooks.stripe.com/3d_secure',
      };
      Object.assign(intent, {
        status: 'requires_action',
        next_action: { type: 'use_stripe_sdk', use_stripe_sdk: sdk },
      });
      this.emit('payment_intent.requires_action', intent);
      return intent;
    }
    return this.succeed(intent);
  }

  /** The customer passes (or fails) the bank's 3-D Secure check; the event Stripe sends for it. */
  completeThreeDSecure(id: string, outcome: 'succeeded' | 'failed' = 'succeeded'): Stripe.Event {
    const intent = this.intent(id);
    if (intent.status !== 'requires_action') throw new Error(`${id} does not wait for 3-D Secure`);
    intent.next_action = null;
    if (outcome === 'succeeded') this.succeed(intent);
    else {
      const error = {
        type: 'invalid_request_error',
        code: 'payment_intent_authentication_failure',
        message: AUTHENTICATION_FAILED,
      };
      Object.assign(intent, { status: 'requires_payment_method', last_payment_error: error });
      this.emit('payment_intent.payment_failed', intent);
    }
    return this.events.at(-1)!;
  }

  cancelIntent(id: string): FakeIntent {
    const intent = this.intent(id);
    if (intent.status === 'succeeded' || intent.status === 'canceled') {
      throw invalidRequest(
        `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
        { code: 'payment_intent_unexpected_state' },
      );
    }
    Object.assign(intent, {
      status: 'canceled',
      cancellation_reason: 'requested_by_customer',
      next_action: null,
    });
    this.emit('payment_intent.canceled', intent);
    return intent;
  }

  /** Only `metadata['key']:'value'` and `status:'value'` clauses, joined by AND. */
  search(query: string): FakeIntent[] {
    const clauses = query.split(/\s+AND\s+/).map((clause) => {
      const match = /^(?:metadata\['([^']+)'\]|(status)):'((?:[^'\\]|\\.)*)'$/.exec(clause.trim());
      if (!match) throw invalidRequest(`Invalid search query: ${clause}`, { param: 'query' });
      const [, key, status, value] = match;
      const wanted = value!.replace(/\\(.)/g, '$1');
      return (i: FakeIntent) => (status ? i.status === wanted : i.metadata[key!] === wanted);
    });
    return [...this.intents.values()].filter((i) => clauses.every((c) => c(i))).reverse();
  }

  createRefund(params: Params): Record<string, unknown> {
    const intent = this.intent(text(params.payment_intent) ?? '');
    const charge = intent.latest_charge ? this.charges.get(intent.latest_charge) : undefined;
    if (!charge) throw invalidRequest('This PaymentIntent has no successful charge to refund.');
    const left = charge.amount - charge.amount_refunded;
    if (left === 0)
      throw invalidRequest(`Charge ${charge.id} has already been refunded.`, {
        code: 'charge_already_refunded',
      });
    const amount = params.amount === undefined ? left : Number(params.amount);
    if (!Number.isInteger(amount) || amount <= 0)
      throw invalidRequest('Invalid integer', { param: 'amount' });
    if (amount > left) {
      throw invalidRequest(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
        { code: 'amount_too_large', param: 'amount' },
      );
    }
    Object.assign(charge, { amount_refunded: charge.amount_refunded + amount });
    charge.refunded = charge.amount_refunded === charge.amount;
    const refund = newRefund(charge, amount);
    this.refunds.set(refund.id, refund);
    this.emit('charge.refunded', charge);
    return refund;
  }

  /** What the API answers for an intent: its payment method expanded when asked. */
  present(intent: FakeIntent, expand: string[]) {
    const expanded = expand.includes('payment_method') && intent.payment_method;
    return structuredClone({
      ...intent,
      payment_method: expanded ? paymentMethodOf(intent.payment_method!) : intent.payment_method,
    });
  }

  private succeed(intent: FakeIntent): FakeIntent {
    const charge = newCharge(intent);
    this.charges.set(charge.id, charge);
    Object.assign(intent, {
      status: 'succeeded',
      amount_received: intent.amount,
      latest_charge: charge.id,
    });
    this.emit('payment_intent.succeeded', intent);
    return intent;
  }

  private emit(type: string, object: object): void {
    this.events.push(eventOf(type, object));
  }
}

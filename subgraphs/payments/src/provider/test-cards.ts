/** A Stripe test payment method: the card behind it is known by brand and last four only. */
export interface TestCard {
  brand: string;
  last4: string;
  /** Refused by the bank: Stripe's decline code and message. */
  decline?: { code: string; message: string };
  /** The bank asks the customer (3-D Secure) before it takes the money. */
  requiresAction?: boolean;
}

/** Stripe's test payment methods, which the sandbox and the local Stripe server both take. */
export const testCards: Record<string, TestCard> = {
  pm_card_visa: { brand: 'visa', last4: '4242' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444' },
  pm_card_chargeDeclined: {
    brand: 'visa',
    last4: '0002',
    decline: { code: 'generic_decline', message: 'Your card was declined.' },
  },
  pm_card_insufficientFunds: {
    brand: 'visa',
    last4: '9995',
    decline: { code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  },
  pm_card_threeDSecure2Required: { brand: 'visa', last4: '3220', requiresAction: true },
};

/** How a payment method is shown: `visa •••• 4242`. */
export const methodLabel = (card: { brand: string; last4: string }) =>
  `${card.brand} •••• ${card.last4}`;

/** What a failed 3-D Secure check is reported as. */
export const AUTHENTICATION_FAILED =
  'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.';

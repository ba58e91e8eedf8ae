import { v7 as uuidv7 } from 'uuid';
import { BadUserInputError } from '@pharmacy/errors';
import type {
  ChargeRequest,
  ChargeResult,
  PaymentProvider,
  RefundRequest,
} from './payment-provider';

interface TestCard {
  brand: string;
  last4: string;
  decline?: string;
}

/** Stripe's test payment methods; the card behind each is known by brand and last four only. */
const testCards: Record<string, TestCard> = {
  pm_card_visa: { brand: 'visa', last4: '4242' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444' },
  pm_card_chargeDeclined: { brand: 'visa', last4: '0002', decline: 'Your card was declined.' },
  pm_card_insufficientFunds: {
    brand: 'visa',
    last4: '9995',
    decline: 'Your card has insufficient funds.',
  },
};

export interface SandboxCharge extends ChargeRequest {
  result: ChargeResult;
}

/** A provider that moves no money, kept in memory; the default outside production. */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';
  /** Every charge made, by idempotency key; tests count them. */
  readonly charges = new Map<string, SandboxCharge>();
  readonly refunds = new Map<string, RefundRequest & { refundId: string }>();

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const earlier = this.charges.get(request.idempotencyKey);
    if (earlier) return earlier.result;
    const card = testCards[request.paymentMethod];
    if (!card) {
      throw new BadUserInputError(
        `Unknown payment method; the sandbox takes ${Object.keys(testCards).join(', ')}`,
        { field: 'paymentMethod' },
      );
    }
    const method = `${card.brand} •••• ${card.last4}`;
    const result: ChargeResult = card.decline
      ? { status: 'DECLINED', method, reason: card.decline }
      : { status: 'APPROVED', chargeId: `ch_sandbox_${uuidv7()}`, method };
    this.charges.set(request.idempotencyKey, { ...request, result });
    return result;
  }

  async findCharge(idempotencyKey: string): Promise<ChargeResult | null> {
    return this.charges.get(idempotencyKey)?.result ?? null;
  }

  async refund(request: RefundRequest): Promise<{ refundId: string }> {
    const earlier = this.refunds.get(request.idempotencyKey);
    if (earlier) return { refundId: earlier.refundId };
    const refundId = `re_sandbox_${uuidv7()}`;
    this.refunds.set(request.idempotencyKey, { ...request, refundId });
    return { refundId };
  }
}

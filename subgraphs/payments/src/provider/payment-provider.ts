import type { PaymentStatus } from '../generated/enums';

/** A charge of an amount in minor units, by a tokenized payment method (never a card number). */
export interface ChargeRequest {
  amount: number;
  currency: string;
  paymentMethod: string;
  /** The same key charges once: a repeat returns the first result. */
  idempotencyKey: string;
}

/** Its status is the approval's: a charge that went through, or one that was refused. */
export type ChargeResult =
  | { status: Extract<PaymentStatus, 'APPROVED'>; chargeId: string; method: string }
  | { status: Extract<PaymentStatus, 'DECLINED'>; method: string | null; reason: string };

export interface RefundRequest {
  chargeId: string;
  amount: number;
  idempotencyKey: string;
}

/**
 * Where money moves. A declined card is a result, not an error; an unknown payment method is
 * BAD_USER_INPUT; anything else thrown means the outcome is unknown and must be asked again
 * with findCharge.
 */
export interface PaymentProvider {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /** The result of an earlier charge under this key, or null when none was made. */
  findCharge(idempotencyKey: string): Promise<ChargeResult | null>;
  refund(request: RefundRequest): Promise<{ refundId: string }>;
}

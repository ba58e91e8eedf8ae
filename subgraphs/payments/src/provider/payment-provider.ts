import type { PaymentStatus } from '../generated/enums';

export type ProviderName = 'sandbox' | 'stripe';

/** A charge of an order's total in minor units, by a tokenized payment method (never a card number). */
export interface ChargeRequest {
  orderId: string;
  amount: number;
  currency: string;
  paymentMethod: string;
  /** Derived from the order and the caller's key: the same key charges once, a repeat returns the first result. */
  idempotencyKey: string;
}

export interface ChargeHooks {
  /** Told the provider's id of the payment once it has one, before any money moves. */
  onReference?(reference: string): Promise<void>;
}

type Status<S extends PaymentStatus> = Extract<PaymentStatus, S>;

/**
 * What a charge came to; its status is the approval's. PENDING means the provider is still at
 * it (`confirmed`) or was never asked to take the money (not `confirmed`).
 */
export type ChargeResult =
  | { status: Status<'APPROVED'>; reference: string; method: string | null }
  | {
      status: Status<'REQUIRES_ACTION'>;
      reference: string;
      method: string | null;
      clientSecret: string;
    }
  | {
      status: Status<'DECLINED'>;
      reference: string | null;
      method: string | null;
      reason: string;
    }
  | { status: Status<'PENDING'>; reference: string; confirmed: boolean };

/** A settled outcome: what the provider said, once it is no longer at it. */
export type ChargeOutcome = Exclude<ChargeResult, { status: 'PENDING' }>;
type Declined = Extract<ChargeResult, { status: 'DECLINED' }>;

/** How the provider finds an earlier charge: by the reference recorded, else by key and order. */
export interface ChargeLookup {
  orderId: string;
  idempotencyKey: string;
  reference: string | null;
}

export interface RefundRequest {
  reference: string;
  /** Minor units, at most what is left of the charge. */
  amount: number;
  /** The same key refunds once: a repeat returns the first refund. */
  idempotencyKey: string;
}

export interface RefundResult {
  refundId: string;
  amount: number;
}

/**
 * Where money moves. A declined card is a result, not an error; an unknown payment method or a
 * refund of more than is left is BAD_USER_INPUT; another AppError means nothing happened; anything
 * else thrown means the outcome is unknown and must be asked again with findCharge.
 */
export interface PaymentProvider {
  readonly name: ProviderName;
  charge(request: ChargeRequest, hooks?: ChargeHooks): Promise<ChargeResult>;
  /** What became of an earlier charge, or null when none was made. */
  findCharge(lookup: ChargeLookup): Promise<ChargeResult | null>;
  /**
   * Stops a charge that was never confirmed, so nothing can take money through it later; what it
   * came to (it may have gone through meanwhile).
   */
  cancelCharge(reference: string): Promise<ChargeResult>;
  refund(request: RefundRequest): Promise<RefundResult>;
}

export const INTERRUPTED_REASON = 'The payment was interrupted; nothing was charged.';

/** A charge cancelled before it took money, or never made: DECLINED, nothing was charged. */
export const interrupted = (reference: string | null, method: string | null = null): Declined => ({
  status: 'DECLINED',
  reference,
  method,
  reason: INTERRUPTED_REASON,
});

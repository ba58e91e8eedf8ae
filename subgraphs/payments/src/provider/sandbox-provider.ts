import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { BadUserInputError } from '@pharmacy/errors';
import {
  interrupted,
  type ChargeHooks,
  type ChargeLookup,
  type ChargeRequest,
  type ChargeResult,
  type PaymentProvider,
  type RefundRequest,
  type RefundResult,
} from './payment-provider';
import { AUTHENTICATION_FAILED, methodLabel, testCards } from './test-cards';

export interface SandboxCharge extends ChargeRequest {
  reference: string;
  result: ChargeResult;
  refunded: number;
}

/**
 * A provider that moves no money, kept in memory (a restart forgets it); the default outside
 * production. It takes Stripe's test payment methods, `pm_card_threeDSecure2Required` included.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox';
  /** Every charge made, by idempotency key; tests count them. */
  readonly charges = new Map<string, SandboxCharge>();
  readonly refunds = new Map<string, RefundRequest & RefundResult>();
  private readonly byReference = new Map<string, SandboxCharge>();

  async charge(request: ChargeRequest, hooks: ChargeHooks = {}): Promise<ChargeResult> {
    const earlier = this.charges.get(request.idempotencyKey);
    if (earlier) return earlier.result;
    const card = testCards[request.paymentMethod];
    if (!card) {
      throw new BadUserInputError(
        `Unknown payment method; the sandbox takes ${Object.keys(testCards).join(', ')}`,
        { field: 'paymentMethod' },
      );
    }
    const reference = `pi_sandbox_${uuidv7().replaceAll('-', '')}`;
    await hooks.onReference?.(reference);
    const method = methodLabel(card);
    const result: ChargeResult = card.decline
      ? { status: 'DECLINED', reference, method, reason: card.decline.message }
      : card.requiresAction
        ? { status: 'REQUIRES_ACTION', reference, method, clientSecret: secretOf(reference) }
        : { status: 'APPROVED', reference, method };
    const charge = { ...request, reference, result, refunded: 0 };
    this.charges.set(request.idempotencyKey, charge);
    this.byReference.set(reference, charge);
    return result;
  }

  async findCharge(lookup: ChargeLookup): Promise<ChargeResult | null> {
    const byReference = lookup.reference ? this.byReference.get(lookup.reference) : undefined;
    return (byReference ?? this.charges.get(lookup.idempotencyKey))?.result ?? null;
  }

  async cancelCharge(reference: string): Promise<ChargeResult> {
    const charge = this.byReference.get(reference);
    if (!charge) return interrupted(reference);
    if (charge.result.status === 'REQUIRES_ACTION')
      charge.result = interrupted(reference, charge.result.method);
    return charge.result;
  }

  /** The customer passes (or fails) the 3-D Secure check of a charge waiting for it. */
  completeThreeDSecure(reference: string, outcome: 'succeeded' | 'failed' = 'succeeded') {
    const charge = this.byReference.get(reference);
    if (charge?.result.status !== 'REQUIRES_ACTION') {
      throw new Error(`No sandbox charge ${reference} waits for its customer`);
    }
    const { method } = charge.result;
    charge.result =
      outcome === 'succeeded'
        ? { status: 'APPROVED', reference, method }
        : { status: 'DECLINED', reference, method, reason: AUTHENTICATION_FAILED };
    return charge.result;
  }

  /** A charge it knows gives back at most what is left; one it does not (forgotten) is refunded as asked. */
  async refund(request: RefundRequest): Promise<RefundResult> {
    const earlier = this.refunds.get(request.idempotencyKey);
    if (earlier) return { refundId: earlier.refundId, amount: earlier.amount };
    const charge = this.byReference.get(request.reference);
    if (charge && charge.result.status !== 'APPROVED')
      throw new BadUserInputError('Only a charge that went through can be refunded');
    if (charge && charge.refunded + request.amount > charge.amount)
      throw new BadUserInputError('More than is left of the charge', { field: 'amount' });
    if (charge) charge.refunded += request.amount;
    const refund = {
      refundId: `re_sandbox_${uuidv7().replaceAll('-', '')}`,
      amount: request.amount,
    };
    this.refunds.set(request.idempotencyKey, { ...request, ...refund });
    return refund;
  }
}

const secretOf = (reference: string) => `${reference}_secret_${randomBytes(12).toString('hex')}`;

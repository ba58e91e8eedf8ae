import type { PaymentApprovalRow } from '../db/queries';
import type { PaymentProvider } from '../provider/payment-provider';

/**
 * Money that went through for an attempt recorded DECLINED (the recovery gave up on it while the
 * provider was still at it, or the card was declined and then passed on the customer's retry)
 * backs no order here: it goes back in full, once, whoever notices first.
 */
export async function refundUnrecordedCharge(
  provider: PaymentProvider,
  approval: Pick<PaymentApprovalRow, 'id' | 'amount'>,
  reference: string,
): Promise<void> {
  await provider.refund({
    reference,
    amount: approval.amount,
    idempotencyKey: `refund:${approval.id}:unrecorded`,
  });
}

import { createHash } from 'node:crypto';
import type { PaymentApprovalRow } from '../db/queries';
import type { ChargeLookup } from '../provider/payment-provider';

/**
 * The provider's idempotency key of a payment: derived from the order and the caller's key, so a
 * retry (even one after the attempt was forgotten here) never charges twice. The caller's key is
 * hashed: it may be long, and it is nobody else's business.
 */
export function chargeKeyOf(payment: { orderId: string; idempotencyKey: string }): string {
  const key = createHash('sha256').update(payment.idempotencyKey).digest('base64url');
  return `order_${payment.orderId}_${key.slice(0, 32)}`;
}

/** How the provider finds an approval's charge: by the id it gave, else by the order and key. */
export const chargeLookupOf = (
  approval: Pick<PaymentApprovalRow, 'orderId' | 'idempotencyKey' | 'providerRef'>,
): ChargeLookup => ({
  orderId: approval.orderId,
  idempotencyKey: chargeKeyOf(approval),
  reference: approval.providerRef,
});

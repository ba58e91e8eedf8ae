import { createHash } from 'node:crypto';

/**
 * The provider's idempotency key of a payment: derived from the order and the caller's key, so a
 * retry (even one after the attempt was forgotten here) never charges twice. The caller's key is
 * hashed: it may be long, and it is nobody else's business.
 */
export function chargeKeyOf(payment: { orderId: string; idempotencyKey: string }): string {
  const key = createHash('sha256').update(payment.idempotencyKey).digest('base64url');
  return `order_${payment.orderId}_${key.slice(0, 32)}`;
}

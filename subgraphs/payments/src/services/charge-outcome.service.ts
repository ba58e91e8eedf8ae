import type { OutboxRelay } from '@pharmacy/outbox';
import { updateApprovalFrom, type PaymentApprovalRow, type PaymentsDatabase } from '../db/queries';
import { enqueue } from '../events/outbox';
import type { ChargeResult } from '../provider/payment-provider';

/**
 * Records the outcome of a PENDING charge, once: an approval and the event that makes the order
 * PAID are written together, and the event is delivered right after, so the customer sees the
 * order PAID at once. Null when the charge was already settled by someone else.
 */
export async function recordChargeOutcome(
  deps: { db: PaymentsDatabase; relay: OutboxRelay },
  approvalId: string,
  result: ChargeResult,
): Promise<PaymentApprovalRow | null> {
  const outcome =
    result.status === 'APPROVED'
      ? { status: result.status, method: result.method, providerRef: result.chargeId }
      : { status: result.status, method: result.method, failureReason: result.reason };
  const { approval, eventId } = await deps.db.transaction(async (tx) => {
    const row = await updateApprovalFrom(tx, { id: approvalId, from: 'PENDING' }, outcome);
    if (!row || row.status !== 'APPROVED') return { approval: row ?? null, eventId: null };
    const payload = { orderId: row.orderId, paymentId: row.id };
    return {
      approval: row,
      eventId: await enqueue(tx, 'payment.approved', payload, { inline: true }),
    };
  });
  // Orders may be down: the relay then retries until it is back.
  if (eventId) await deps.relay.deliverNow([eventId]);
  return approval;
}

import { insertRefund, refundedTotal } from '../db/event-queries';
import {
  lockApproval,
  updateApprovalFrom,
  type PaymentApprovalRow,
  type PaymentsTransaction,
} from '../db/queries';
import { enqueue } from '../events/outbox';

export interface RefundRecorded {
  approval: PaymentApprovalRow | null;
  /** payment.refunded, when this made the payment refunded in full. */
  eventId: string | null;
}

/**
 * In the caller's transaction: the approval has had at least `total` given back. Refunds are
 * learnt twice, from the provider's answer and from its webhook, in either order, so the amount
 * only grows (to at most the whole): the larger of what is recorded and what is said wins. In
 * full, the payment is REFUNDED and orders is told (an order not yet dispatched is cancelled).
 */
export async function applyRefundedTotal(
  tx: PaymentsTransaction,
  approvalId: string,
  total: number,
): Promise<RefundRecorded> {
  const current = await lockApproval(tx, approvalId);
  if (current?.status !== 'APPROVED' && current?.status !== 'REFUNDED')
    return { approval: current ?? null, eventId: null };
  const refunded = Math.min(current.amount, Math.max(current.refundedAmount, total));
  if (refunded === current.refundedAmount) return { approval: current, eventId: null };
  const full = refunded === current.amount;
  // Locked above, so still in the status it was read in.
  const approval = await updateApprovalFrom(
    tx,
    { id: approvalId, from: current.status },
    { refundedAmount: refunded, status: full ? 'REFUNDED' : current.status },
  );
  if (!full || current.status === 'REFUNDED') return { approval: approval ?? null, eventId: null };
  const payload = { orderId: current.orderId, paymentId: current.id };
  return {
    approval: approval ?? null,
    eventId: await enqueue(tx, 'payment.refunded', payload, { inline: true }),
  };
}

/** In the caller's transaction: a refund the provider made, recorded once by its id. */
export async function recordProviderRefund(
  tx: PaymentsTransaction,
  approvalId: string,
  refund: { refundId: string; amount: number },
): Promise<RefundRecorded> {
  await insertRefund(tx, { approvalId, amount: refund.amount, providerRefundId: refund.refundId });
  return applyRefundedTotal(tx, approvalId, await refundedTotal(tx, approvalId));
}

import type { OutboxRelay } from '@pharmacy/outbox';
import {
  updateApprovalFrom,
  type ApprovalChange,
  type PaymentApprovalRow,
  type PaymentsDatabase,
  type PaymentsTransaction,
} from '../db/queries';
import { enqueue } from '../events/outbox';
import type { ChargeOutcome } from '../provider/payment-provider';

type Status = PaymentApprovalRow['status'];

/** What the approval records of an outcome; what the provider did not say is left as it was. */
function changeOf(result: ChargeOutcome): ApprovalChange {
  const known = { providerRef: result.reference ?? undefined, method: result.method ?? undefined };
  return result.status === 'DECLINED'
    ? { ...known, status: result.status, failureReason: result.reason }
    : { ...known, status: result.status };
}

/**
 * In the caller's transaction: moves an approval still in one of `from` to the outcome, and an
 * approval writes the event that makes the order PAID beside it. Null when it had moved on.
 */
export async function applyChargeOutcome(
  tx: PaymentsTransaction,
  approvalId: string,
  result: ChargeOutcome,
  from: readonly Status[],
): Promise<{ approval: PaymentApprovalRow | null; eventId: string | null }> {
  const row = await updateApprovalFrom(tx, { id: approvalId, from }, changeOf(result));
  if (!row || row.status !== 'APPROVED') return { approval: row ?? null, eventId: null };
  const payload = { orderId: row.orderId, paymentId: row.id };
  return {
    approval: row,
    eventId: await enqueue(tx, 'payment.approved', payload, { inline: true }),
  };
}

/**
 * Records the outcome of a charge once: an approval and the event that makes the order PAID
 * are written together, and the event is delivered right after, so the customer sees the order
 * PAID at once. Null when the charge was settled meanwhile by someone else.
 */
export async function recordChargeOutcome(
  deps: { db: PaymentsDatabase; relay: OutboxRelay },
  approvalId: string,
  result: ChargeOutcome,
  from: readonly Status[] = ['PENDING'],
): Promise<PaymentApprovalRow | null> {
  const { approval, eventId } = await deps.db.transaction((tx) =>
    applyChargeOutcome(tx, approvalId, result, from),
  );
  // Orders may be down: the relay then retries until it is back.
  if (eventId) await deps.relay.deliverNow([eventId]);
  return approval;
}

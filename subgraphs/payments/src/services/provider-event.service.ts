import type { OutboxRelay } from '@pharmacy/outbox';
import { isUuid } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import { isWebhookEventApplied, recordWebhookEvent } from '../db/event-queries';
import {
  approvalByReference,
  approvalsOfOrders,
  unsettledStatuses,
  type PaymentApprovalRow,
  type PaymentsDatabase,
  type PaymentsTransaction,
} from '../db/queries';
import type { ProviderName } from '../provider/payment-provider';
import { providerFor, type Providers } from '../provider/providers';
import type { EventPayment, ProviderEvent } from '../provider/stripe-events';
import { applyChargeOutcome } from './charge-outcome.service';
import { chargeKeyOf } from './charge-key';
import { applyRefundedTotal } from './refund-record.service';
import { refundUnrecordedCharge } from './unrecorded-charge.service';

export interface ProviderEventDeps {
  db: PaymentsDatabase;
  relay: OutboxRelay;
  log: Logger;
  providers: Providers;
}

export type EventApplied = 'applied' | 'duplicate' | 'unknown payment';

/**
 * Applies a provider's webhook event once, by its id, recorded in the same transaction as the
 * change and its outbox event. Events come in any order and any number of times, so each only
 * moves a payment forward: a success or a failure settles a charge still under way (a failure
 * never undoes a success), a refund only adds up (a late success never undoes it).
 */
export async function applyProviderEvent(
  deps: ProviderEventDeps,
  provider: ProviderName,
  event: ProviderEvent,
): Promise<EventApplied> {
  const approval = await findApproval(deps.db, provider, event.payment);
  if (isUnrecordedSuccess(approval, event) && !(await isWebhookEventApplied(deps.db, event.id))) {
    // Refunded before the event is recorded: a refund that fails is tried again on redelivery.
    const at = providerFor(deps.providers, provider);
    await refundUnrecordedCharge(at, approval, event.payment.reference);
    deps.log.warn('refunded a charge that succeeded after it was declined', {
      approvalId: approval.id,
    });
  }
  const { applied, eventIds } = await deps.db.transaction(async (tx) => {
    if (!(await recordWebhookEvent(tx, event)))
      return { applied: 'duplicate' as const, eventIds: [] };
    if (!approval) return { applied: 'unknown payment' as const, eventIds: [] };
    return { applied: 'applied' as const, eventIds: await applyTo(tx, approval, event) };
  });
  if (applied === 'unknown payment')
    deps.log.warn('webhook for a payment not made here', { eventId: event.id, type: event.type });
  if (eventIds.length > 0) await deps.relay.deliverNow(eventIds);
  return applied;
}

/** The outbox events written. */
async function applyTo(
  tx: PaymentsTransaction,
  approval: PaymentApprovalRow,
  event: ProviderEvent,
): Promise<string[]> {
  if (event.kind === 'outcome') {
    const { eventId } = await applyChargeOutcome(tx, approval.id, event.outcome, unsettledStatuses);
    return eventId ? [eventId] : [];
  }
  // A refunded charge went through, even if word of its success has not arrived yet.
  const success = { status: 'APPROVED' as const, reference: event.payment.reference, method: null };
  const approved = await applyChargeOutcome(tx, approval.id, success, unsettledStatuses);
  const refunded = await applyRefundedTotal(tx, approval.id, event.refundedTotal);
  return [approved.eventId, refunded.eventId].filter((id): id is string => id !== null);
}

const isUnrecordedSuccess = (
  approval: PaymentApprovalRow | undefined,
  event: ProviderEvent,
): approval is PaymentApprovalRow =>
  approval?.status === 'DECLINED' &&
  event.kind === 'outcome' &&
  event.outcome.status === 'APPROVED';

/** By the provider's id recorded before money moved; else by the order and key in its metadata. */
async function findApproval(db: PaymentsDatabase, provider: ProviderName, payment: EventPayment) {
  const byReference = await approvalByReference(db, { provider, reference: payment.reference });
  if (byReference || !payment.orderId || !isUuid(payment.orderId)) return byReference;
  const ofOrder = await approvalsOfOrders(db, [payment.orderId]);
  return ofOrder.find((a) => a.provider === provider && chargeKeyOf(a) === payment.paymentKey);
}

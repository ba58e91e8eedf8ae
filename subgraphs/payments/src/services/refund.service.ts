import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { requireRole, requireService } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { AppError, BadUserInputError, ErrorCode, NotFoundError } from '@pharmacy/errors';
import type { PaymentsContext } from '../context';
import type { PaymentApprovalRow } from '../db/queries';
import { paymentApprovals, processedEvents, refunds } from '../db/schema';
import { enqueue } from '../events/outbox';

/**
 * Gives an approved payment back in full, once: the provider refunds under a key derived from
 * the approval, then REFUNDED, the refund row and the event for orders are written together
 * (with the event id that asked for it, if any). A refunded payment is returned as it is.
 */
async function refundApproval(
  ctx: PaymentsContext,
  approval: PaymentApprovalRow,
  eventId: string | null,
): Promise<PaymentApprovalRow> {
  await ctx.deps.provider.refund({
    chargeId: approval.providerRef ?? approval.id,
    amount: approval.amount,
    idempotencyKey: `refund:${approval.id}`,
  });
  const { row, announced } = await ctx.db.transaction(async (tx) => {
    if (eventId) await tx.insert(processedEvents).values({ eventId }).onConflictDoNothing();
    const [refunded] = await tx
      .update(paymentApprovals)
      .set({ status: 'REFUNDED', updatedAt: new Date() })
      .where(and(eq(paymentApprovals.id, approval.id), eq(paymentApprovals.status, 'APPROVED')))
      .returning();
    if (!refunded) {
      const [current] = await tx
        .select()
        .from(paymentApprovals)
        .where(eq(paymentApprovals.id, approval.id));
      return { row: current ?? approval, announced: null };
    }
    await tx
      .insert(refunds)
      .values({ id: uuidv7(), approvalId: approval.id, amount: approval.amount });
    const payload = { orderId: refunded.orderId, paymentId: refunded.id };
    return {
      row: refunded,
      announced: await enqueue(tx, 'payment.refunded', payload, { inline: true }),
    };
  });
  if (announced) await ctx.deps.relay.deliverNow([announced]);
  return row;
}

/** Staff: APPROVED becomes REFUNDED; refunding again returns it unchanged. */
export async function refundPayment(ctx: PaymentsContext, id: string): Promise<PaymentApprovalRow> {
  requireRole(ctx.caller, 'PHARMACIST', 'ADMIN');
  const approval = isUuid(id) ? await ctx.loaders.approvalById.load(id) : null;
  if (!approval) throw new NotFoundError('Payment approval');
  if (approval.status === 'REFUNDED') return approval;
  if (approval.status !== 'APPROVED') {
    throw new AppError(
      ErrorCode.INVALID_STATUS_TRANSITION,
      `Only approved payments can be refunded, not ${approval.status} ones`,
      { from: approval.status, to: 'REFUNDED' },
    );
  }
  return refundApproval(ctx, approval, null);
}

/**
 * Services (orders, when an order is cancelled): refunds the order's approved payment, if it has
 * one, once per event id.
 */
export async function refundOrderPayment(
  ctx: PaymentsContext,
  eventId: string,
  orderId: string,
): Promise<boolean> {
  requireService(ctx.caller);
  if (!isUuid(eventId) || !isUuid(orderId))
    throw new BadUserInputError('Event and order ids must be UUIDs');
  const [seen] = await ctx.db
    .select()
    .from(processedEvents)
    .where(eq(processedEvents.eventId, eventId));
  if (seen) return true;
  const [approved] = await ctx.db
    .select()
    .from(paymentApprovals)
    .where(and(eq(paymentApprovals.orderId, orderId), eq(paymentApprovals.status, 'APPROVED')));
  if (approved) await refundApproval(ctx, approved, eventId);
  else await ctx.db.insert(processedEvents).values({ eventId }).onConflictDoNothing();
  return true;
}

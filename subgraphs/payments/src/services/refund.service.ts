import { z } from 'zod';
import { requireRole, requireService } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { AppError, ErrorCode, NotFoundError, parseInput } from '@pharmacy/errors';
import type { PaymentsContext } from '../context';
import {
  approvalById,
  approvedApprovalOfOrder,
  insertRefund,
  isEventProcessed,
  markEventProcessed,
  updateApprovalFrom,
  type PaymentApprovalRow,
} from '../db/queries';
import { enqueue } from '../events/outbox';
import { requireRefunder } from './payment-access';

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
    if (eventId) await markEventProcessed(tx, eventId);
    const refunded = await updateApprovalFrom(
      tx,
      { id: approval.id, from: 'APPROVED' },
      { status: 'REFUNDED' },
    );
    if (!refunded)
      return { row: (await approvalById(tx, approval.id)) ?? approval, announced: null };
    await insertRefund(tx, { approvalId: approval.id, amount: approval.amount });
    const payload = { orderId: refunded.orderId, paymentId: refunded.id };
    return {
      row: refunded,
      announced: await enqueue(tx, 'payment.refunded', payload, { inline: true }),
    };
  });
  if (announced) await ctx.deps.relay.deliverNow([announced]);
  return row;
}

/**
 * Admins and the order's pharmacists: APPROVED becomes REFUNDED; refunding again returns it
 * unchanged.
 */
export async function refundPayment(ctx: PaymentsContext, id: string): Promise<PaymentApprovalRow> {
  requireRole(ctx.caller, 'PHARMACIST', 'ADMIN');
  const approval = isUuid(id) ? await ctx.loaders.approvalById.load(id) : null;
  if (!approval) throw new NotFoundError('Payment approval');
  requireRefunder(ctx.caller, approval);
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

const uuid = z.string().refine(isUuid, 'Event and order ids must be UUIDs');
const orderRefundInput = z.object({ eventId: uuid, orderId: uuid });
export type OrderRefundInput = z.input<typeof orderRefundInput>;

/**
 * Services (orders, when an order is cancelled): refunds the order's approved payment, if it has
 * one, once per event id.
 */
export async function refundOrderPayment(
  ctx: PaymentsContext,
  input: OrderRefundInput,
): Promise<boolean> {
  requireService(ctx.caller);
  const { eventId, orderId } = parseInput(orderRefundInput, input);
  if (await isEventProcessed(ctx.db, eventId)) return true;
  const approved = await approvedApprovalOfOrder(ctx.db, orderId);
  if (approved) await refundApproval(ctx, approved, eventId);
  else await markEventProcessed(ctx.db, eventId);
  return true;
}

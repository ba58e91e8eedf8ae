import { z } from 'zod';
import { requireRole, requireService } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import {
  AppError,
  BadUserInputError,
  ErrorCode,
  NotFoundError,
  parseInput,
} from '@pharmacy/errors';
import type { PaymentsContext } from '../context';
import { isEventProcessed, markEventProcessed } from '../db/event-queries';
import { approvedApprovalOfOrder, type PaymentApprovalRow } from '../db/queries';
import { providerFor } from '../provider/providers';
import { requireRefunder } from './payment-access';
import { recordProviderRefund } from './refund-record.service';

/**
 * Gives `amount` of an approved payment back: the provider refunds first, under a key derived
 * from the payment and what was refunded before (a retry of the same refund, or a twin sent at
 * the same time, refunds once); then the refund, the amount added up and, in full, REFUNDED and
 * the event for orders are written together (with the event id that asked for it, if any).
 */
async function refundApproval(
  ctx: PaymentsContext,
  approval: PaymentApprovalRow,
  amount: number,
  eventId: string | null,
): Promise<PaymentApprovalRow> {
  const refund = await providerFor(ctx.deps.providers, approval.provider).refund({
    reference: approval.providerRef ?? approval.id,
    amount,
    idempotencyKey: `refund:${approval.id}:${approval.refundedAmount}:${amount}`,
  });
  const recorded = await ctx.db.transaction(async (tx) => {
    if (eventId) await markEventProcessed(tx, eventId);
    return recordProviderRefund(tx, approval.id, refund);
  });
  if (recorded.eventId) await ctx.deps.relay.deliverNow([recorded.eventId]);
  return recorded.approval ?? approval;
}

const refundInput = z.object({
  amount: z.int().positive('A refund is a positive amount in minor units').nullish(),
});
export type RefundPaymentInput = { id: string } & z.input<typeof refundInput>;

/**
 * Admins and the order's pharmacists: gives back `amount`, or all that is left. A refunded
 * payment asked for the rest again is returned unchanged; more than is left is BAD_USER_INPUT.
 */
export async function refundPayment(
  ctx: PaymentsContext,
  input: RefundPaymentInput,
): Promise<PaymentApprovalRow> {
  requireRole(ctx.caller, 'PHARMACIST', 'ADMIN');
  const { amount } = parseInput(refundInput, { amount: input.amount });
  const approval = isUuid(input.id) ? await ctx.loaders.approvalById.load(input.id) : null;
  if (!approval) throw new NotFoundError('Payment approval');
  requireRefunder(ctx.caller, approval);
  if (approval.status === 'REFUNDED' && amount == null) return approval;
  if (approval.status !== 'APPROVED' && approval.status !== 'REFUNDED') {
    throw new AppError(
      ErrorCode.INVALID_STATUS_TRANSITION,
      `Only approved payments can be refunded, not ${approval.status} ones`,
      { from: approval.status, to: 'REFUNDED' },
    );
  }
  const left = approval.amount - approval.refundedAmount;
  if ((amount ?? left) > left) {
    throw new BadUserInputError(`At most ${left} (minor units) is left to refund`, {
      field: 'amount',
    });
  }
  return refundApproval(ctx, approval, amount ?? left, null);
}

const uuid = z.string().refine(isUuid, 'Event and order ids must be UUIDs');
const orderRefundInput = z.object({ eventId: uuid, orderId: uuid });
export type OrderRefundInput = z.input<typeof orderRefundInput>;

/**
 * Services (orders, when an order is cancelled): refunds what is left of the order's approved
 * payment, if it has one, once per event id.
 */
export async function refundOrderPayment(
  ctx: PaymentsContext,
  input: OrderRefundInput,
): Promise<boolean> {
  requireService(ctx.caller);
  const { eventId, orderId } = parseInput(orderRefundInput, input);
  if (await isEventProcessed(ctx.db, eventId)) return true;
  const approved = await approvedApprovalOfOrder(ctx.db, orderId);
  if (approved)
    await refundApproval(ctx, approved, approved.amount - approved.refundedAmount, eventId);
  else await markEventProcessed(ctx.db, eventId);
  return true;
}

import { parsePage, toConnection, isUuid } from '@pharmacy/db';
import { ForbiddenError } from '@pharmacy/errors';
import type { PaymentsContext } from '../context';
import {
  pageOfApprovals,
  type PaymentApprovalConnection,
  type PaymentApprovalRow,
} from '../db/queries';
import {
  canSeeApproval,
  canSeePaymentsOf,
  requireKnownCaller,
  requireStaffOrService,
} from './payment-access';

function visibleOrForbidden(
  ctx: PaymentsContext,
  approval: PaymentApprovalRow,
): PaymentApprovalRow {
  if (!canSeeApproval(ctx.caller, approval))
    throw new ForbiddenError('You may not see this payment');
  return approval;
}

/** A payment approval by id, or null when there is none; another's is FORBIDDEN. */
export async function findVisibleApproval(
  ctx: PaymentsContext,
  id: string,
): Promise<PaymentApprovalRow | null> {
  requireKnownCaller(ctx.caller);
  if (!isUuid(id)) return null;
  const approval = await ctx.loaders.approvalById.load(id);
  return approval && visibleOrForbidden(ctx, approval);
}

export async function listApprovals(
  ctx: PaymentsContext,
  input: { first?: number | null; after?: string | null },
): Promise<PaymentApprovalConnection> {
  requireStaffOrService(ctx.caller);
  const page = parsePage(input.first, input.after);
  return toConnection(
    await pageOfApprovals(ctx.db, { afterId: page.afterId, limit: page.first + 1 }),
    page,
  );
}

export async function approvalsOfPayer(
  ctx: PaymentsContext,
  payerId: string,
): Promise<PaymentApprovalRow[]> {
  requireKnownCaller(ctx.caller);
  if (!canSeePaymentsOf(ctx.caller, payerId))
    throw new ForbiddenError("You may not see this user's payments");
  return ctx.loaders.approvalsByPayerId.load(payerId);
}

/**
 * The payment of an order: the one that went through (approved, perhaps refunded since), else the
 * latest attempt. No attempt at all is null for anyone signed in, as there is nothing to hide.
 */
export async function paymentOfOrder(
  ctx: PaymentsContext,
  orderId: string,
): Promise<PaymentApprovalRow | null> {
  requireKnownCaller(ctx.caller);
  const attempts = await ctx.loaders.approvalsByOrderId.load(orderId);
  const settled = attempts.find(
    (attempt) => attempt.status === 'APPROVED' || attempt.status === 'REFUNDED',
  );
  const payment = settled ?? attempts[0];
  return payment ? visibleOrForbidden(ctx, payment) : null;
}

import { parsePage, toConnection, isUuid } from '@pharmacy/db';
import { ForbiddenError } from '@pharmacy/errors';
import type { PaymentsContext } from '../context';
import {
  pageOfApprovals,
  type PaymentApprovalConnection,
  type PaymentApprovalRow,
} from '../db/queries';
import {
  approvalsVisibleOf,
  canSeeApproval,
  listablePharmacies,
  requireKnownCaller,
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

/** Every approval for admins and services, those of their pharmacies for a pharmacist. */
export async function listApprovals(
  ctx: PaymentsContext,
  input: { first?: number | null; after?: string | null },
): Promise<PaymentApprovalConnection> {
  const scope = listablePharmacies(ctx.caller);
  const page = parsePage(input.first, input.after);
  const pharmacyIds = scope === 'all' ? scope : scope.filter(isUuid);
  if (pharmacyIds !== 'all' && pharmacyIds.length === 0) return toConnection([], page);
  return toConnection(
    await pageOfApprovals(ctx.db, { afterId: page.afterId, limit: page.first + 1, pharmacyIds }),
    page,
  );
}

export async function approvalsOfPayer(
  ctx: PaymentsContext,
  payerId: string,
): Promise<PaymentApprovalRow[]> {
  requireKnownCaller(ctx.caller);
  const visible = approvalsVisibleOf(ctx.caller, payerId);
  return (await ctx.loaders.approvalsByPayerId.load(payerId)).filter(visible);
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

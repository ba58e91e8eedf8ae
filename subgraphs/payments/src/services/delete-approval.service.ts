import { requireRole } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { ConflictError, NotFoundError } from '@pharmacy/errors';
import type { PaymentsContext } from '../context';
import { deleteApprovalIn } from '../db/queries';

/**
 * Admins. Never a charge under way or waiting for its customer (its outcome would find nothing
 * to settle), nor an approved one whose order is not delivered: that money still backs a live
 * order (or is about to be refunded for a cancelled one).
 */
export async function deletePaymentApproval(ctx: PaymentsContext, id: string): Promise<boolean> {
  requireRole(ctx.caller, 'ADMIN');
  const approval = isUuid(id) ? await ctx.loaders.approvalById.load(id) : null;
  if (!approval) throw new NotFoundError('Payment approval');
  if (approval.status === 'PENDING' || approval.status === 'REQUIRES_ACTION')
    throw new ConflictError('This payment is still under way');
  if (approval.status === 'APPROVED') {
    const order = await ctx.deps.orders.findOrder(approval.orderId);
    if (order && order.status !== 'DELIVERED')
      throw new ConflictError(
        `The payment of a ${order.status} order cannot be deleted; refund it`,
      );
  }
  // Only if it is still as it was checked: a refund or a settlement meanwhile changes the rules.
  const deleted = await deleteApprovalIn(ctx.db, { id: approval.id, status: approval.status });
  if (!deleted) throw new ConflictError('The payment changed meanwhile; try again');
  return true;
}

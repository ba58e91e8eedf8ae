import { and, eq } from 'drizzle-orm';
import { requireRole } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { ConflictError, NotFoundError } from '@pharmacy/errors';
import type { PaymentsContext } from '../context';
import { paymentApprovals } from '../db/schema';

/**
 * Admins. Never a charge under way, nor an approved one whose order is not delivered: that money
 * still backs a live order (or is about to be refunded for a cancelled one).
 */
export async function deletePaymentApproval(ctx: PaymentsContext, id: string): Promise<boolean> {
  requireRole(ctx.caller, 'ADMIN');
  const approval = isUuid(id) ? await ctx.loaders.approvalById.load(id) : null;
  if (!approval) throw new NotFoundError('Payment approval');
  if (approval.status === 'PENDING') throw new ConflictError('This payment is still under way');
  if (approval.status === 'APPROVED') {
    const order = await ctx.deps.orders.findOrder(approval.orderId);
    if (order && order.status !== 'DELIVERED')
      throw new ConflictError(
        `The payment of a ${order.status} order cannot be deleted; refund it`,
      );
  }
  const deleted = await ctx.db
    .delete(paymentApprovals)
    .where(and(eq(paymentApprovals.id, approval.id), eq(paymentApprovals.status, approval.status)))
    .returning({ id: paymentApprovals.id });
  if (deleted.length === 0) throw new ConflictError('The payment changed meanwhile; try again');
  return true;
}

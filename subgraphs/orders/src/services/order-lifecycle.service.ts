import { eq } from 'drizzle-orm';
import { isStaff, requireRole, requireUser } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@pharmacy/errors';
import type { OrdersContext } from '../context';
import type { OrderRow } from '../db/queries';
import { orders, type OrderStatus } from '../db/schema';
import { actorOf } from './actor';
import { canSeeOrder } from './order-access';
import { cancelLockedOrder, lockPlacedOrder } from './order-cancellation';
import { recordStatusChange } from './order-status';
import { OrderStatusMachine } from './order-status-machine';

/**
 * Moves an order to `to` for the caller: FORBIDDEN unless they may ask for it, the order as it
 * is when it already has that status (a replay), INVALID_STATUS_TRANSITION when the machine
 * forbids it. Cancelling also gives back what the order holds, right after commit.
 */
async function changeStatus(
  ctx: OrdersContext,
  id: string,
  to: OrderStatus,
  reason: string | null,
): Promise<OrderRow> {
  const user = requireUser(ctx.caller);
  if (!isUuid(id)) throw new NotFoundError('Order');
  const { order, eventId } = await ctx.db.transaction(async (tx) => {
    const current = await lockPlacedOrder(tx, id);
    if (!canSeeOrder(user, current)) throw new ForbiddenError('You may not change this order');
    OrderStatusMachine.assertMayRequest(user, current, to);
    if (current.status === to) return { order: current, eventId: null };
    OrderStatusMachine.assertTransition(current, to);
    if (to !== 'CANCELLED')
      return { order: await recordStatusChange(tx, current, to, actorOf(user)), eventId: null };
    const why = reason ?? (isStaff(user) ? 'cancelled by staff' : 'cancelled by the customer');
    return cancelLockedOrder(tx, current, why, actorOf(user), { inline: true });
  });
  if (eventId) await ctx.deps.relay.deliverNow([eventId]);
  return order;
}

export function cancelOrder(ctx: OrdersContext, id: string, reason?: string | null) {
  const text = reason?.trim() || null;
  if (text && text.length > 500)
    throw new BadUserInputError('A reason has at most 500 characters', { field: 'reason' });
  return changeStatus(ctx, id, 'CANCELLED', text);
}

export function updateOrderStatus(ctx: OrdersContext, id: string, status: OrderStatus) {
  return changeStatus(ctx, id, status, null);
}

/** Pharmacists and admins, before dispatch; the courier must be a user with role COURIER. */
export async function assignCourier(
  ctx: OrdersContext,
  orderId: string,
  courierIdInput: string,
): Promise<OrderRow> {
  requireRole(ctx.caller, 'PHARMACIST', 'ADMIN');
  const courierId = courierIdInput.toLowerCase();
  if (!isUuid(orderId) || !(await ctx.loaders.orderById.load(orderId)))
    throw new NotFoundError('Order');
  if (!isUuid(courierId)) throw new NotFoundError('User');
  const role = await ctx.deps.peers.users.roleOf(courierId);
  if (!role) throw new NotFoundError('User');
  if (role !== 'COURIER')
    throw new BadUserInputError('Only a courier can deliver an order', { field: 'courierId' });
  return ctx.db.transaction(async (tx) => {
    const order = await lockPlacedOrder(tx, orderId);
    if (order.courierId === courierId) return order;
    OrderStatusMachine.assertCourierAssignable(order);
    const [assigned] = await tx
      .update(orders)
      .set({ courierId, updatedAt: new Date() })
      .where(eq(orders.id, orderId))
      .returning();
    return assigned!;
  });
}

/** Admins, and only orders that are over: DELIVERED or CANCELLED. */
export async function deleteOrder(ctx: OrdersContext, id: string): Promise<boolean> {
  requireRole(ctx.caller, 'ADMIN');
  if (!isUuid(id)) throw new NotFoundError('Order');
  return ctx.db.transaction(async (tx) => {
    const order = await lockPlacedOrder(tx, id);
    if (order.status !== 'DELIVERED' && order.status !== 'CANCELLED')
      throw new ConflictError(
        `Only delivered or cancelled orders can be deleted, not ${order.status}`,
      );
    await tx.delete(orders).where(eq(orders.id, id));
    return true;
  });
}

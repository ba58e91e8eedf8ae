import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { requireRole, requireUser } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  mustExist,
  parseInput,
} from '@pharmacy/errors';
import type { OrdersContext } from '../context';
import type { OrderRow } from '../db/queries';
import { orders } from '../db/schema';
import type { OrderStatus } from '../generated/enums';
import { actsForPharmacyOf, canSeeOrder } from './order-access';
import { cancelLockedOrder, lockPlacedOrder } from './order-cancellation';
import { historyActorOf, recordStatusChange } from './order-status';
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
    const actor = historyActorOf(user);
    if (to !== 'CANCELLED')
      return { order: await recordStatusChange(tx, current, to, actor), eventId: null };
    const byCustomer = current.customerId === user.userId;
    const why = reason ?? (byCustomer ? 'cancelled by the customer' : 'cancelled by staff');
    return cancelLockedOrder(tx, current, why, actor, { inline: true });
  });
  if (eventId) await ctx.deps.relay.deliverNow([eventId]);
  return order;
}

const cancelOrderInput = z.object({
  id: z.string(),
  // Blank is no reason: the default one is recorded instead.
  reason: z.string().trim().max(500, 'A reason has at most 500 characters').nullish(),
});

export function cancelOrder(ctx: OrdersContext, input: z.input<typeof cancelOrderInput>) {
  const { id, reason } = parseInput(cancelOrderInput, input);
  return changeStatus(ctx, id, 'CANCELLED', reason || null);
}

export function updateOrderStatus(ctx: OrdersContext, input: { id: string; status: OrderStatus }) {
  return changeStatus(ctx, input.id, input.status, null);
}

/**
 * The pharmacists of the order's pharmacy and admins, before dispatch. The courier must be a
 * user with role COURIER who works for the order's pharmacy now (users says, not a token).
 */
export async function assignCourier(
  ctx: OrdersContext,
  input: { orderId: string; courierId: string },
): Promise<OrderRow> {
  requireRole(ctx.caller, 'PHARMACIST', 'ADMIN');
  const { orderId } = input;
  const courierId = input.courierId.toLowerCase();
  const found = isUuid(orderId) ? await ctx.loaders.orderById.load(orderId) : null;
  if (!found) throw new NotFoundError('Order');
  if (!actsForPharmacyOf(ctx.caller, found))
    throw new ForbiddenError("Only the order's pharmacy may assign its courier");
  await assertCourierOf(ctx, courierId, found.pharmacyId);
  return ctx.db.transaction(async (tx) => {
    const order = await lockPlacedOrder(tx, orderId);
    if (order.courierId === courierId) return order;
    OrderStatusMachine.assertCourierAssignable(order);
    const [assigned] = await tx
      .update(orders)
      .set({ courierId, updatedAt: new Date() })
      .where(eq(orders.id, orderId))
      .returning();
    return mustExist(assigned, 'Order');
  });
}

/** NOT_FOUND for no such user; BAD_USER_INPUT for anyone but a courier of that pharmacy. */
async function assertCourierOf(ctx: OrdersContext, courierId: string, pharmacyId: string) {
  const access = isUuid(courierId) ? await ctx.deps.peers.users.accessOf(courierId) : null;
  if (!access) throw new NotFoundError('User');
  if (access.role !== 'COURIER')
    throw new BadUserInputError('Only a courier can deliver an order', { field: 'courierId' });
  if (!access.pharmacyIds.includes(pharmacyId))
    throw new BadUserInputError("The courier does not work for the order's pharmacy", {
      field: 'courierId',
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

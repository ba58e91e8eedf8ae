import { eq } from 'drizzle-orm';
import { NotFoundError, mustExist } from '@pharmacy/errors';
import { lockOrder, type OrderRow, type OrdersTransaction } from '../db/queries';
import { orders } from '../db/schema';
import { enqueue } from '../events/outbox';
import { recordStatusChange } from './order-status';

/** A placed order, locked until the transaction ends, or NOT_FOUND. */
export async function lockPlacedOrder(tx: OrdersTransaction, id: string): Promise<OrderRow> {
  const order = await lockOrder(tx, { id, onlyPlaced: true });
  if (!order) throw new NotFoundError('Order');
  return order;
}

/**
 * CANCELLED with its reason, and the event that gives back stock and prescription quantity and
 * refunds a payment. The caller has locked the order and checked the transition.
 */
export async function cancelLockedOrder(
  tx: OrdersTransaction,
  order: OrderRow,
  reason: string,
  actor: string,
  options: { inline: boolean },
): Promise<{ order: OrderRow; eventId: string }> {
  await recordStatusChange(tx, order, 'CANCELLED', actor);
  const [cancelled] = await tx
    .update(orders)
    .set({ cancelReason: reason, expiresAt: null })
    .where(eq(orders.id, order.id))
    .returning();
  const eventId = await enqueue(
    tx,
    'order.cancelled',
    { orderId: order.id, prescription: order.prescriptionId !== null },
    options,
  );
  return { order: mustExist(cancelled, 'Order'), eventId };
}

import { and, eq } from 'drizzle-orm';
import type { Transaction } from '@pharmacy/db';
import { NotFoundError } from '@pharmacy/errors';
import type { OrderRow } from '../db/queries';
import * as schema from '../db/schema';
import { enqueue } from '../events/outbox';
import { recordStatusChange } from './order-status';

type Tx = Transaction<typeof schema>;
const { orders } = schema;

/** A placed order, locked until the transaction ends, or NOT_FOUND. */
export async function lockPlacedOrder(tx: Tx, id: string): Promise<OrderRow> {
  const [order] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.id, id), eq(orders.placement, 'PLACED')))
    .for('update');
  if (!order) throw new NotFoundError('Order');
  return order;
}

/**
 * CANCELLED with its reason, and the event that gives back stock and prescription quantity and
 * refunds a payment. The caller has locked the order and checked the transition.
 */
export async function cancelLockedOrder(
  tx: Tx,
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
  return { order: cancelled!, eventId };
}

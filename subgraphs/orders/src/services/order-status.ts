import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Caller } from '@pharmacy/auth';
import type { OrderRow, OrdersTransaction } from '../db/queries';
import { orders, orderStatusHistory } from '../db/schema';
import type { OrderStatus } from '../generated/enums';

/** The channel live subscriptions listen on; one notification per status change. */
export const ORDER_STATUS_CHANNEL = 'order_status_changed';

export interface OrderStatusNotification {
  orderId: string;
  status: OrderStatus;
  customerId: string;
  pharmacyId: string;
  courierId: string | null;
  at: string;
}

/**
 * How the status history names who made a change: `user:<id>`, `service:<name>` or `system`.
 * Not @pharmacy/auth's actorOf, which names a user by the bare id: the history has always
 * prefixed it, and its rows should read one way.
 */
export function historyActorOf(caller: Caller): string {
  if (caller.kind === 'user') return `user:${caller.userId}`;
  if (caller.kind === 'service') return `service:${caller.service}`;
  return 'system';
}

/**
 * The one way an order's status changes, placement included: the new status, its history row
 * and the notification for live subscribers, all in the caller's transaction (PostgreSQL sends
 * the notification only if that transaction commits). `actor`: see historyActorOf.
 */
export async function recordStatusChange(
  tx: OrdersTransaction,
  order: Pick<OrderRow, 'id' | 'customerId' | 'pharmacyId' | 'courierId'>,
  status: OrderStatus,
  actor: string,
): Promise<OrderRow> {
  const at = new Date();
  const [updated] = await tx
    .update(orders)
    .set({ status, updatedAt: at })
    .where(eq(orders.id, order.id))
    .returning();
  if (!updated) throw new Error(`order ${order.id} vanished during a status change`);
  await tx
    .insert(orderStatusHistory)
    .values({ id: uuidv7(), orderId: order.id, status, at, actor });
  const payload: OrderStatusNotification = {
    orderId: order.id,
    status,
    customerId: order.customerId,
    pharmacyId: order.pharmacyId,
    courierId: order.courierId,
    at: at.toISOString(),
  };
  await tx.execute(sql`select pg_notify(${ORDER_STATUS_CHANNEL}, ${JSON.stringify(payload)})`);
  return updated;
}

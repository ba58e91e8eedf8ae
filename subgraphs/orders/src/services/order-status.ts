import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from '@pharmacy/db';
import type { OrderRow } from '../db/queries';
import * as schema from '../db/schema';
import type { OrderStatus } from '../db/schema';

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
 * The one way an order's status changes, placement included: the new status, its history row
 * and the notification for live subscribers, all in the caller's transaction (PostgreSQL sends
 * the notification only if that transaction commits). `actor`: `user:<id>`, `service:<name>` or
 * `system`.
 */
export async function recordStatusChange(
  tx: Transaction<typeof schema>,
  order: Pick<OrderRow, 'id' | 'customerId' | 'pharmacyId' | 'courierId'>,
  status: OrderStatus,
  actor: string,
): Promise<OrderRow> {
  const at = new Date();
  const [updated] = await tx
    .update(schema.orders)
    .set({ status, updatedAt: at })
    .where(eq(schema.orders.id, order.id))
    .returning();
  if (!updated) throw new Error(`order ${order.id} vanished during a status change`);
  await tx
    .insert(schema.orderStatusHistory)
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

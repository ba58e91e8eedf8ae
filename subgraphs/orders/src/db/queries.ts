import { and, asc, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { Queryable } from '@pharmacy/db';
import * as schema from './schema';

type Db = Queryable<typeof schema>;
const { orders, orderLines, orderStatusHistory } = schema;

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type StatusChangeRow = typeof orderStatusHistory.$inferSelect;

/** Orders still being placed (or whose placement failed) do not exist for readers. */
const placed = eq(orders.placement, 'PLACED');

export const ordersByIds = (db: Db, ids: string[]) =>
  db
    .select()
    .from(orders)
    .where(and(inArray(orders.id, ids), placed));

export const linesOfOrders = (db: Db, orderIds: string[]) =>
  db
    .select()
    .from(orderLines)
    .where(inArray(orderLines.orderId, orderIds))
    .orderBy(asc(orderLines.orderId), asc(orderLines.lineNo));

export const historyOfOrders = (db: Db, orderIds: string[]) =>
  db
    .select()
    .from(orderStatusHistory)
    .where(inArray(orderStatusHistory.orderId, orderIds))
    .orderBy(asc(orderStatusHistory.at), asc(orderStatusHistory.id));

/** Newest first, optionally of one status. */
export const ordersOfCustomers = (
  db: Db,
  customerIds: string[],
  status: schema.OrderStatus | null,
) =>
  db
    .select()
    .from(orders)
    .where(
      and(
        inArray(orders.customerId, customerIds),
        placed,
        status ? eq(orders.status, status) : undefined,
      ),
    )
    .orderBy(desc(orders.id));

/** `visible` narrows the rows to what the caller may see. */
export const ordersOfPrescriptions = (
  db: Db,
  prescriptionIds: string[],
  visible: SQL | undefined,
) =>
  db
    .select()
    .from(orders)
    .where(and(inArray(orders.prescriptionId, prescriptionIds), placed, visible))
    .orderBy(desc(orders.id));

/** One page, newest first; UUIDv7 ids sort by creation time. */
export const pageOfOrders = (
  db: Db,
  params: {
    visible: SQL | undefined;
    status: schema.OrderStatus | null;
    afterId: string | null;
    limit: number;
  },
) =>
  db
    .select()
    .from(orders)
    .where(
      and(
        placed,
        params.visible,
        params.status ? eq(orders.status, params.status) : undefined,
        params.afterId ? lt(orders.id, params.afterId) : undefined,
      ),
    )
    .orderBy(desc(orders.id))
    .limit(params.limit);

import { and, asc, desc, eq, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Connection, Database, Queryable, Transaction } from '@pharmacy/db';
import type { OrderStatus } from '../generated/enums';
import * as schema from './schema';

export type OrdersDatabase = Database<typeof schema>;
export type OrdersTransaction = Transaction<typeof schema>;
type Db = Queryable<typeof schema>;
const { orders, orderLines, orderStatusHistory } = schema;

export type OrderRow = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type StatusChangeRow = typeof orderStatusHistory.$inferSelect;
/** An order line as OrderLine's resolvers see it: its prices are in its order's currency. */
export type OrderLineInCurrency = OrderLineRow & { currency: string };
export type OrderConnection = Connection<OrderRow>;

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

/** Newest first, optionally of one status; `visible` narrows the rows to what the caller may see. */
export const ordersOfCustomers = (
  db: Db,
  customerIds: string[],
  params: { status: OrderStatus | null; visible: SQL | undefined },
) =>
  db
    .select()
    .from(orders)
    .where(
      and(
        inArray(orders.customerId, customerIds),
        placed,
        params.visible,
        params.status ? eq(orders.status, params.status) : undefined,
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
    status: OrderStatus | null;
    pharmacyId: string | null;
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
        params.pharmacyId ? eq(orders.pharmacyId, params.pharmacyId) : undefined,
        params.afterId ? lt(orders.id, params.afterId) : undefined,
      ),
    )
    .orderBy(desc(orders.id))
    .limit(params.limit);

/** The order of an earlier placeOrder with this key, in whatever placement state. */
export const orderByIdempotencyKey = async (
  db: Db,
  params: { customerId: string; idempotencyKey: string },
): Promise<OrderRow | undefined> =>
  (
    await db
      .select()
      .from(orders)
      .where(
        and(
          eq(orders.customerId, params.customerId),
          eq(orders.idempotencyKey, params.idempotencyKey),
        ),
      )
  )[0];

/** The order locked until the transaction ends; `onlyPlaced` skips one still being placed. */
export const lockOrder = async (
  tx: OrdersTransaction,
  params: { id: string; onlyPlaced: boolean },
): Promise<OrderRow | undefined> =>
  (
    await tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, params.id), params.onlyPlaced ? placed : undefined))
      .for('update')
  )[0];

/** Unpaid orders past their deadline, oldest deadline first, skipping those another sweep holds. */
export const lockDueUnpaidOrders = (tx: OrdersTransaction, params: { limit: number }) =>
  tx
    .select()
    .from(orders)
    .where(and(placed, eq(orders.status, 'PENDING_PAYMENT'), lte(orders.expiresAt, sql`now()`)))
    .orderBy(asc(orders.expiresAt))
    .limit(params.limit)
    .for('update', { skipLocked: true });

/** Placements still PLACING after `olderThanMs`: interrupted by a crash. */
export const lockInterruptedPlacements = (
  tx: OrdersTransaction,
  params: { olderThanMs: number; limit: number },
) =>
  tx
    .select({ id: orders.id, prescriptionId: orders.prescriptionId })
    .from(orders)
    .where(
      and(
        eq(orders.placement, 'PLACING'),
        lte(orders.createdAt, sql`now() - ${params.olderThanMs} * interval '1 millisecond'`),
      ),
    )
    .limit(params.limit)
    .for('update', { skipLocked: true });

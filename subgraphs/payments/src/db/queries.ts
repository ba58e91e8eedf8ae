import { desc, inArray, lt } from 'drizzle-orm';
import type { Queryable } from '@pharmacy/db';
import * as schema from './schema';

type Db = Queryable<typeof schema>;
const { paymentApprovals } = schema;

export type PaymentApprovalRow = typeof paymentApprovals.$inferSelect;

const newestFirst = [desc(paymentApprovals.createdAt), desc(paymentApprovals.id)];

export const approvalsByIds = (db: Db, ids: string[]) =>
  db.select().from(paymentApprovals).where(inArray(paymentApprovals.id, ids));

export const approvalsOfOrders = (db: Db, orderIds: string[]) =>
  db
    .select()
    .from(paymentApprovals)
    .where(inArray(paymentApprovals.orderId, orderIds))
    .orderBy(...newestFirst);

export const approvalsOfPayers = (db: Db, payerIds: string[]) =>
  db
    .select()
    .from(paymentApprovals)
    .where(inArray(paymentApprovals.payerId, payerIds))
    .orderBy(...newestFirst);

/** One page, newest first; UUIDv7 ids sort by creation time. */
export const pageOfApprovals = (db: Db, params: { afterId: string | null; limit: number }) =>
  db
    .select()
    .from(paymentApprovals)
    .where(params.afterId ? lt(paymentApprovals.id, params.afterId) : undefined)
    .orderBy(desc(paymentApprovals.id))
    .limit(params.limit);

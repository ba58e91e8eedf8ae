import { and, asc, desc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Connection, Database, Queryable } from '@pharmacy/db';
import * as schema from './schema';

export type PaymentsDatabase = Database<typeof schema>;
type Db = Queryable<typeof schema>;
const { paymentApprovals, processedEvents, refunds } = schema;

export type PaymentApprovalRow = typeof paymentApprovals.$inferSelect;
export type NewPaymentApproval = typeof paymentApprovals.$inferInsert;
export type PaymentApprovalConnection = Connection<PaymentApprovalRow>;
type Status = PaymentApprovalRow['status'];
/** What moving an approval on may set: its status and the provider's word on the charge. */
export type ApprovalChange = Pick<
  NewPaymentApproval,
  'status' | 'method' | 'providerRef' | 'failureReason'
>;

const newestFirst = [desc(paymentApprovals.createdAt), desc(paymentApprovals.id)];
const inStatus = (id: string, status: Status) =>
  and(eq(paymentApprovals.id, id), eq(paymentApprovals.status, status));
const first = <R>(rows: R[]): R | undefined => rows[0];

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

/**
 * One page, newest first (UUIDv7 ids sort by creation time), of every approval or of those of
 * the given pharmacies.
 */
export const pageOfApprovals = (
  db: Db,
  params: { afterId: string | null; limit: number; pharmacyIds: 'all' | string[] },
) =>
  db
    .select()
    .from(paymentApprovals)
    .where(
      and(
        params.afterId ? lt(paymentApprovals.id, params.afterId) : undefined,
        params.pharmacyIds === 'all'
          ? undefined
          : inArray(paymentApprovals.pharmacyId, params.pharmacyIds),
      ),
    )
    .orderBy(desc(paymentApprovals.id))
    .limit(params.limit);

export const approvalById = async (db: Db, id: string) =>
  first(await db.select().from(paymentApprovals).where(eq(paymentApprovals.id, id)));

/** The attempt a payer made under an idempotency key, if any. */
export const approvalByKey = async (db: Db, params: { payerId: string; idempotencyKey: string }) =>
  first(
    await db
      .select()
      .from(paymentApprovals)
      .where(
        and(
          eq(paymentApprovals.payerId, params.payerId),
          eq(paymentApprovals.idempotencyKey, params.idempotencyKey),
        ),
      ),
  );

export const approvedApprovalOfOrder = async (db: Db, orderId: string) =>
  first(
    await db
      .select()
      .from(paymentApprovals)
      .where(and(eq(paymentApprovals.orderId, orderId), eq(paymentApprovals.status, 'APPROVED'))),
  );

/** Charges still PENDING `olderThanMs` after they started, oldest first. */
export const stalePendingApprovals = (db: Db, params: { olderThanMs: number; limit: number }) =>
  db
    .select({ id: paymentApprovals.id })
    .from(paymentApprovals)
    .where(
      and(
        eq(paymentApprovals.status, 'PENDING'),
        lte(
          paymentApprovals.createdAt,
          sql`now() - ${params.olderThanMs} * interval '1 millisecond'`,
        ),
      ),
    )
    .orderBy(asc(paymentApprovals.createdAt))
    .limit(params.limit);

/** Undefined when the key, or the order's one live charge, is taken already. */
export const insertApproval = async (db: Db, values: NewPaymentApproval) =>
  first(await db.insert(paymentApprovals).values(values).onConflictDoNothing().returning());

/** Moves an approval on from `from`; undefined when it was no longer in that status. */
export const updateApprovalFrom = async (
  db: Db,
  params: { id: string; from: Status },
  values: ApprovalChange,
) =>
  first(
    await db
      .update(paymentApprovals)
      .set({ ...values, updatedAt: new Date() })
      .where(inStatus(params.id, params.from))
      .returning(),
  );

/** Deletes an approval only while it is in `status`; false when it changed meanwhile. */
export const deleteApprovalIn = async (db: Db, params: { id: string; status: Status }) =>
  (
    await db
      .delete(paymentApprovals)
      .where(inStatus(params.id, params.status))
      .returning({ id: paymentApprovals.id })
  ).length > 0;

export const insertRefund = (db: Db, params: { approvalId: string; amount: number }) =>
  db.insert(refunds).values({ id: uuidv7(), ...params });

export const isEventProcessed = async (db: Db, eventId: string) =>
  (await db.select().from(processedEvents).where(eq(processedEvents.eventId, eventId))).length > 0;

/** Records an event of another service as applied; a second time changes nothing. */
export const markEventProcessed = (db: Db, eventId: string) =>
  db.insert(processedEvents).values({ eventId }).onConflictDoNothing();

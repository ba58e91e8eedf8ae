import { and, asc, desc, eq, gt, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Connection, Database, Queryable, Transaction } from '@pharmacy/db';
import * as schema from './schema';

export type PaymentsDatabase = Database<typeof schema>;
export type PaymentsTransaction = Transaction<typeof schema>;
type Db = Queryable<typeof schema>;
const { paymentApprovals } = schema;

export type PaymentApprovalRow = typeof paymentApprovals.$inferSelect;
export type NewPaymentApproval = typeof paymentApprovals.$inferInsert;
export type PaymentApprovalConnection = Connection<PaymentApprovalRow>;
type Status = PaymentApprovalRow['status'];
/** What moving an approval on may set: its status and the provider's word on the charge. */
export type ApprovalChange = Pick<
  NewPaymentApproval,
  'status' | 'method' | 'providerRef' | 'failureReason' | 'refundedAmount'
>;
/** Charges whose outcome the provider still owes us. */
export const unsettledStatuses = ['PENDING', 'REQUIRES_ACTION'] as const satisfies Status[];

const newestFirst = [desc(paymentApprovals.createdAt), desc(paymentApprovals.id)];
const inStatus = (id: string, status: Status | readonly Status[]) =>
  and(
    eq(paymentApprovals.id, id),
    typeof status === 'string'
      ? eq(paymentApprovals.status, status)
      : inArray(paymentApprovals.status, [...status]),
  );
const first = <R>(rows: R[]): R | undefined => rows[0];
/** The one approval that matches, if any (each caller's condition names a unique one). */
const approvalWhere = async (db: Db, where: SQL | undefined) =>
  first(await db.select().from(paymentApprovals).where(where));

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

export const approvalById = (db: Db, id: string) => approvalWhere(db, eq(paymentApprovals.id, id));

/** The attempt a payer made under an idempotency key, if any. */
export const approvalByKey = (db: Db, params: { payerId: string; idempotencyKey: string }) =>
  approvalWhere(
    db,
    and(
      eq(paymentApprovals.payerId, params.payerId),
      eq(paymentApprovals.idempotencyKey, params.idempotencyKey),
    ),
  );

export const approvedApprovalOfOrder = (db: Db, orderId: string) =>
  approvalWhere(
    db,
    and(eq(paymentApprovals.orderId, orderId), eq(paymentApprovals.status, 'APPROVED')),
  );

/** The approval a payment at the provider belongs to (the id it gave, recorded before money moved). */
export const approvalByReference = (
  db: Db,
  params: { provider: PaymentApprovalRow['provider']; reference: string },
) =>
  approvalWhere(
    db,
    and(
      eq(paymentApprovals.provider, params.provider),
      eq(paymentApprovals.providerRef, params.reference),
    ),
  );

/** An approval, locked until the end of the transaction. */
export const lockApproval = async (db: Db, id: string) =>
  first(await db.select().from(paymentApprovals).where(eq(paymentApprovals.id, id)).for('update'));

/**
 * Charges PENDING, or REQUIRES_ACTION for less than a day (a customer who has not come back by
 * then will not; a webhook still settles it), with nothing heard of them for `olderThanMs`,
 * oldest first.
 */
export const staleUnsettledApprovals = (db: Db, params: { olderThanMs: number; limit: number }) =>
  db
    .select({ id: paymentApprovals.id })
    .from(paymentApprovals)
    .where(
      and(
        inArray(paymentApprovals.status, [...unsettledStatuses]),
        or(
          eq(paymentApprovals.status, 'PENDING'),
          gt(paymentApprovals.createdAt, sql`now() - interval '1 day'`),
        ),
        lte(
          paymentApprovals.updatedAt,
          sql`now() - ${params.olderThanMs} * interval '1 millisecond'`,
        ),
      ),
    )
    .orderBy(asc(paymentApprovals.updatedAt))
    .limit(params.limit);

/** Records the provider's id of a charge under way; nothing once it was settled. */
export const recordReference = (db: Db, params: { id: string; reference: string }) =>
  db
    .update(paymentApprovals)
    .set({ providerRef: params.reference })
    .where(inStatus(params.id, 'PENDING'));

/** Asked about just now: the recovery's oldest-first scan moves on to the others. */
export const touchApproval = (db: Db, id: string) =>
  db.update(paymentApprovals).set({ updatedAt: new Date() }).where(eq(paymentApprovals.id, id));

/** Undefined when the key, or the order's one live charge, is taken already. */
export const insertApproval = async (db: Db, values: NewPaymentApproval) =>
  first(await db.insert(paymentApprovals).values(values).onConflictDoNothing().returning());

/** Moves an approval on from `from`; undefined when it was no longer in that status. */
export const updateApprovalFrom = async (
  db: Db,
  params: { id: string; from: Status | readonly Status[] },
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

import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { PrescriptionsQueryable } from './queries';
import { prescriptionAccessLog } from './schema';

type Db = PrescriptionsQueryable;

export type AccessLogRow = typeof prescriptionAccessLog.$inferInsert;
export type AccessAction = AccessLogRow['action'];
export type AccessLogEntry = Awaited<ReturnType<typeof accessLogOf>>[number];

/** One entry of Prescription.accessLog: a user read or changed it (or it was changed for them). */
export interface UserAccessRow {
  prescriptionId: string;
  at: Date;
  action: AccessAction;
  actorUserId: string;
}

/** Writes all the entries in one statement. */
export async function insertAccessLog(db: Db, rows: AccessLogRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(prescriptionAccessLog).values(rows);
}

/**
 * Writes a request's reads in one statement, leaving out those an earlier call of the same
 * request (the same request id) recorded already.
 */
export async function insertReads(db: Db, rows: AccessLogRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(prescriptionAccessLog).values(rows).onConflictDoNothing();
}

/** The audit trail of one prescription, oldest first, services included. */
export const accessLogOf = (db: Db, prescriptionId: string) =>
  db
    .select({
      actorId: prescriptionAccessLog.actorId,
      actorRole: prescriptionAccessLog.actorRole,
      action: prescriptionAccessLog.action,
      at: prescriptionAccessLog.at,
    })
    .from(prescriptionAccessLog)
    .where(eq(prescriptionAccessLog.prescriptionId, prescriptionId))
    .orderBy(asc(prescriptionAccessLog.id));

/** The entries naming a user as actor, of each prescription, oldest first. */
export async function userAccessOf(db: Db, prescriptionIds: string[]): Promise<UserAccessRow[]> {
  const rows = await db
    .select({
      prescriptionId: prescriptionAccessLog.prescriptionId,
      at: prescriptionAccessLog.at,
      action: prescriptionAccessLog.action,
      actorUserId: prescriptionAccessLog.actorUserId,
    })
    .from(prescriptionAccessLog)
    .where(
      and(
        inArray(prescriptionAccessLog.prescriptionId, prescriptionIds),
        isNotNull(prescriptionAccessLog.actorUserId),
      ),
    )
    .orderBy(asc(prescriptionAccessLog.id));
  return rows.flatMap(({ actorUserId, ...row }) => (actorUserId ? [{ ...row, actorUserId }] : []));
}

import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './queries';
import { staffMemberships, users } from './schema';

export type StaffMembershipRow = typeof staffMemberships.$inferSelect;
export type NewStaffMembershipRow = typeof staffMemberships.$inferInsert;
/** A pharmacy as users knows it: an id (inventory owns the rest). */
export type PharmacyRef = { id: string };

/** Already there: no change (the first assignment keeps its time and admin). */
export async function insertStaffMemberships(db: Db, rows: NewStaffMembershipRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(staffMemberships).values(rows).onConflictDoNothing();
}

export async function deleteStaffMembership(
  db: Db,
  params: { userId: string; pharmacyId: string },
): Promise<void> {
  await db
    .delete(staffMemberships)
    .where(
      and(
        eq(staffMemberships.userId, params.userId),
        eq(staffMemberships.pharmacyId, params.pharmacyId),
      ),
    );
}

/** A user leaves every pharmacy (no longer staff, or the account is deleted). */
export async function deleteStaffMembershipsOf(db: Db, userId: string): Promise<void> {
  await db.delete(staffMemberships).where(eq(staffMemberships.userId, userId));
}

/** The memberships of these users, oldest assignment first. */
export const membershipsOfUsers = (db: Db, userIds: string[]) =>
  db
    .select({ userId: staffMemberships.userId, pharmacyId: staffMemberships.pharmacyId })
    .from(staffMemberships)
    .where(inArray(staffMemberships.userId, userIds))
    .orderBy(staffMemberships.assignedAt, staffMemberships.pharmacyId);

/** The staff of these pharmacies, each with the pharmacy it works for, by name. */
export const staffOfPharmacies = (db: Db, pharmacyIds: string[]) =>
  db
    .select({ pharmacyId: staffMemberships.pharmacyId, user: users })
    .from(staffMemberships)
    .innerJoin(users, eq(users.id, staffMemberships.userId))
    .where(inArray(staffMemberships.pharmacyId, pharmacyIds))
    .orderBy(users.name, users.id);

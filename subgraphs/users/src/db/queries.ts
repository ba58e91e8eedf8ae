import { and, asc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database, PageRequest, Queryable } from '@pharmacy/db';
import * as schema from './schema';

export type UsersDatabase = Database<typeof schema>;
export type Db = Queryable<typeof schema>;
const { users, refreshTokens, staffMemberships } = schema;

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
/** What a service checks a user's request against: the role and pharmacies held now. */
export type UserAccessRow = { userId: string; role: UserRow['role']; pharmacyIds: string[] };

export const usersByIds = (db: Db, ids: string[]) =>
  db.select().from(users).where(inArray(users.id, ids));

export async function userById(db: Db, id: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

/** An account not deleted, locked until the transaction ends (its role cannot change meanwhile). */
export async function liveUserForUpdate(db: Db, id: string): Promise<UserRow | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.deletedAt)))
    .for('update');
  return user;
}

/** `email` as stored: lowercase. */
export async function userByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user;
}

/**
 * The role and pharmacies of a user who still has an account, in one statement; with a
 * `sessionId`, only while that session (refresh token family) of theirs has a token not revoked.
 */
export async function userAccess(
  db: Db,
  params: { userId: string; sessionId: string | null },
): Promise<UserAccessRow | undefined> {
  const openSession = params.sessionId
    ? sql`exists (select 1 from ${refreshTokens} where ${and(
        eq(refreshTokens.familyId, params.sessionId),
        eq(refreshTokens.userId, users.id),
        isNull(refreshTokens.revokedAt),
      )})`
    : undefined;
  const [access] = await db
    .select({
      userId: users.id,
      role: users.role,
      pharmacyIds: sql<string[]>`coalesce(array_agg(${staffMemberships.pharmacyId}::text
        order by ${staffMemberships.pharmacyId}) filter (where ${staffMemberships.pharmacyId} is not null),
        '{}'::text[])`,
    })
    .from(users)
    .leftJoin(staffMemberships, eq(staffMemberships.userId, users.id))
    .where(and(eq(users.id, params.userId), isNull(users.deletedAt), openSession))
    .groupBy(users.id);
  return access;
}

/** Rows already there are left as they are: processes seeding at once each try the same ones. */
export async function insertUsers(db: Db, rows: NewUserRow[]): Promise<void> {
  await db.insert(users).values(rows).onConflictDoNothing();
}

/** The new user, or undefined when the email is taken (decided by the unique index, not a read). */
export async function insertUserUnlessEmailTaken(
  db: Db,
  row: NewUserRow,
): Promise<UserRow | undefined> {
  const [user] = await db
    .insert(users)
    .values(row)
    .onConflictDoNothing({ target: users.email })
    .returning();
  return user;
}

/** Changes the columns given of an account not deleted; undefined when there is none. */
export async function updateUser(
  db: Db,
  userId: string,
  values: Partial<Pick<UserRow, 'role' | 'name' | 'phone' | 'address' | 'passwordHash'>>,
): Promise<UserRow | undefined> {
  const [user] = await db
    .update(users)
    .set(values)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .returning();
  return user;
}

export const updateUserRole = (db: Db, params: { userId: string; role: UserRow['role'] }) =>
  updateUser(db, params.userId, { role: params.role });

/**
 * The ids of the admins with an account, locked until the transaction ends (in id order, so two
 * admins leaving at once wait for each other instead of each counting the other as staying).
 */
export async function lockAdmins(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'ADMIN'), isNull(users.deletedAt)))
    .orderBy(asc(users.id))
    .for('update');
  return rows.map((row) => row.id);
}

/** What stays of a deleted account: the id (orders and payments name it) and nothing personal. */
export async function eraseUser(db: Db, params: { userId: string; passwordHash: string }) {
  await db
    .update(users)
    .set({
      name: 'Deleted user',
      // Unique and lowercase like any email, and under a domain that can never receive mail.
      email: `deleted-${params.userId}@deleted.invalid`,
      phone: null,
      address: null,
      passwordHash: params.passwordHash,
      deletedAt: new Date(),
    })
    .where(eq(users.id, params.userId));
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One page of accounts not deleted, oldest first (created_at, then id): a page starts after
 * the row the cursor names, read in the same statement. Fetches `first + 1` rows.
 */
export function userPage(
  db: Db,
  params: PageRequest & { search: string | null; role: UserRow['role'] | null },
): Promise<UserRow[]> {
  const conditions: (SQL | undefined)[] = [isNull(users.deletedAt)];
  if (params.role) conditions.push(eq(users.role, params.role));
  if (params.search) {
    const pattern = `%${escapeLike(params.search)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern)));
  }
  if (params.afterId) {
    conditions.push(sql`(${users.createdAt}, ${users.id}) > (select ${users.createdAt}, ${users.id}
      from ${users} where ${users.id} = ${params.afterId})`);
  }
  return db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(params.first + 1);
}

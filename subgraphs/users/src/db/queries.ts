import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database, Queryable } from '@pharmacy/db';
import * as schema from './schema';

export type UsersDatabase = Database<typeof schema>;
type Db = Queryable<typeof schema>;
const { users, refreshTokens } = schema;

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
export type NewRefreshTokenRow = typeof refreshTokens.$inferInsert;
/** What a service checks a user's request against: the role held now. */
export type UserAccessRow = { userId: string; role: UserRow['role'] };

export const usersByIds = (db: Db, ids: string[]) =>
  db.select().from(users).where(inArray(users.id, ids));

export async function userById(db: Db, id: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

/** `email` as stored: lowercase. */
export async function userByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user;
}

export async function userAccessById(db: Db, userId: string): Promise<UserAccessRow | undefined> {
  const [access] = await db
    .select({ userId: users.id, role: users.role })
    .from(users)
    .where(eq(users.id, userId));
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

export async function updateUserRole(
  db: Db,
  params: { userId: string; role: UserRow['role'] },
): Promise<UserRow | undefined> {
  const [user] = await db
    .update(users)
    .set({ role: params.role })
    .where(eq(users.id, params.userId))
    .returning();
  return user;
}

export async function insertRefreshToken(db: Db, row: NewRefreshTokenRow): Promise<void> {
  await db.insert(refreshTokens).values(row);
}

/** Locked until the transaction ends, so two refreshes with one token cannot both rotate it. */
export async function refreshTokenForUpdate(
  db: Db,
  tokenHash: string,
): Promise<RefreshTokenRow | undefined> {
  const [row] = await db
    .select()
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, tokenHash))
    .for('update');
  return row;
}

/** The session (token family) a refresh token belongs to. */
export async function tokenFamilyOf(db: Db, tokenHash: string): Promise<string | undefined> {
  const [row] = await db
    .select({ familyId: refreshTokens.familyId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, tokenHash));
  return row?.familyId;
}

export async function markRefreshTokenRotated(db: Db, id: string): Promise<void> {
  await db.update(refreshTokens).set({ rotatedAt: new Date() }).where(eq(refreshTokens.id, id));
}

/** Revokes the tokens of a session not revoked yet (earlier revocations keep their time). */
export async function revokeTokenFamily(db: Db, familyId: string): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
}

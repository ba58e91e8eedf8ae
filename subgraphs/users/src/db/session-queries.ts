import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from './queries';
import { refreshTokens } from './schema';

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;
export type NewRefreshTokenRow = typeof refreshTokens.$inferInsert;

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

/** Revokes every session of a user, or every one but `exceptFamilyId`. */
export async function revokeUserSessions(
  db: Db,
  params: { userId: string; exceptFamilyId?: string },
): Promise<void> {
  await db
    .update(refreshTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(refreshTokens.userId, params.userId),
        isNull(refreshTokens.revokedAt),
        params.exceptFamilyId ? ne(refreshTokens.familyId, params.exceptFamilyId) : undefined,
      ),
    );
}

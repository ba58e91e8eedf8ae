import { createHash, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Queryable } from '@pharmacy/db';
import { UnauthenticatedError } from '@pharmacy/errors';
import type { UsersContext } from '../context';
import { userById, type UserRow } from '../db/queries';
import {
  insertRefreshToken,
  markRefreshTokenRotated,
  refreshTokenForUpdate,
  revokeTokenFamily,
  tokenFamilyOf,
} from '../db/session-queries';
import type * as schema from '../db/schema';
import { signAccessToken } from './access-token';

const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  user: UserRow;
}

/** Only the hash is stored: a copy of the table signs nobody in. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session, or continues `familyId` when rotating a refresh token. */
export async function issueSession(
  ctx: Pick<UsersContext, 'deps'>,
  tx: Queryable<typeof schema>,
  user: UserRow,
  familyId: string = uuidv7(),
): Promise<Session> {
  const refreshToken = randomBytes(32).toString('base64url');
  await insertRefreshToken(tx, {
    id: uuidv7(),
    familyId,
    userId: user.id,
    tokenHash: hashToken(refreshToken),
    expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
  });
  return { ...(await signAccessToken(ctx.deps.keys, user, familyId)), refreshToken, user };
}

/** The request has signed `session.user` in: the payload's user is then the caller's own. */
export function signedIn(ctx: UsersContext, session: Session): Session {
  ctx.signedInUserId = session.user.id;
  return session;
}

/**
 * Exchanges a refresh token for a new pair. A token is good once: presenting one that was
 * already rotated means it was copied, so the whole family, newest token included, is revoked.
 */
export async function refreshSession(ctx: UsersContext, refreshToken: string): Promise<Session> {
  const outcome = await ctx.db.transaction(async (tx) => {
    const row = await refreshTokenForUpdate(tx, hashToken(refreshToken));
    if (!row || row.revokedAt || row.expiresAt <= new Date()) return null;
    if (row.rotatedAt) {
      await revokeTokenFamily(tx, row.familyId);
      ctx.log.warn('refresh token reused; session revoked', {
        familyId: row.familyId,
        userId: row.userId,
      });
      return null;
    }
    await markRefreshTokenRotated(tx, row.id);
    const user = await userById(tx, row.userId);
    // Deleting an account revokes its tokens; this holds even for one that slipped past.
    if (!user || user.deletedAt) return null;
    return issueSession(ctx, tx, user, row.familyId);
  });
  if (!outcome) throw new UnauthenticatedError('Invalid or expired refresh token');
  return signedIn(ctx, outcome);
}

/** Ends the session the token belongs to. False when the token is unknown. */
export async function logout(ctx: UsersContext, refreshToken: string): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const familyId = await tokenFamilyOf(tx, hashToken(refreshToken));
    if (!familyId) return false;
    await revokeTokenFamily(tx, familyId);
    return true;
  });
}

import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { SignJWT } from 'jose';
import { v7 as uuidv7 } from 'uuid';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@pharmacy/auth';
import { UnauthenticatedError } from '@pharmacy/errors';
import type { Transaction } from '@pharmacy/db';
import type { UserRow, UsersContext } from '../context';
import * as schema from '../db/schema';
import type { SigningKeys } from './signing-keys';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  user: UserRow;
}

type Tx = Transaction<typeof schema>;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function signAccessToken(keys: SigningKeys, user: Pick<UserRow, 'id' | 'role'>) {
  const { kid, privateKey } = keys.current;
  const expiresAt = new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000);
  const accessToken = await new SignJWT({ role: user.role })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid, typ: 'JWT' })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setSubject(user.id)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(privateKey);
  return { accessToken, expiresAt };
}

/** Starts a session, or continues `familyId` when rotating a refresh token. */
export async function issueSession(
  ctx: Pick<UsersContext, 'deps'>,
  tx: Tx,
  user: UserRow,
  familyId: string = uuidv7(),
): Promise<Session> {
  const refreshToken = randomBytes(32).toString('base64url');
  await tx.insert(schema.refreshTokens).values({
    id: uuidv7(),
    familyId,
    userId: user.id,
    tokenHash: hashToken(refreshToken),
    expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
  });
  return { ...(await signAccessToken(ctx.deps.keys, user)), refreshToken, user };
}

async function revokeFamily(tx: Tx, familyId: string): Promise<void> {
  await tx
    .update(schema.refreshTokens)
    .set({ revokedAt: new Date() })
    .where(
      and(eq(schema.refreshTokens.familyId, familyId), isNull(schema.refreshTokens.revokedAt)),
    );
}

/**
 * Exchanges a refresh token for a new pair. A token is good once: presenting one that was
 * already rotated means it was copied, so the whole family, newest token included, is revoked.
 */
export async function refreshSession(ctx: UsersContext, refreshToken: string): Promise<Session> {
  const invalid = () => new UnauthenticatedError('Invalid or expired refresh token');
  const outcome = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(schema.refreshTokens)
      .where(eq(schema.refreshTokens.tokenHash, hashToken(refreshToken)))
      .for('update');
    if (!row || row.revokedAt || row.expiresAt <= new Date()) return null;
    if (row.rotatedAt) {
      await revokeFamily(tx, row.familyId);
      ctx.log.warn('refresh token reused; session revoked', {
        familyId: row.familyId,
        userId: row.userId,
      });
      return 'reused' as const;
    }
    await tx
      .update(schema.refreshTokens)
      .set({ rotatedAt: new Date() })
      .where(eq(schema.refreshTokens.id, row.id));
    const [user] = await tx.select().from(schema.users).where(eq(schema.users.id, row.userId));
    if (!user) return null;
    return issueSession(ctx, tx, user, row.familyId);
  });
  if (!outcome || outcome === 'reused') throw invalid();
  return outcome;
}

/** Ends the session the token belongs to. False when the token is unknown. */
export async function logout(ctx: UsersContext, refreshToken: string): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ familyId: schema.refreshTokens.familyId })
      .from(schema.refreshTokens)
      .where(eq(schema.refreshTokens.tokenHash, hashToken(refreshToken)));
    if (!row) return false;
    await revokeFamily(tx, row.familyId);
    return true;
  });
}

import { SignJWT } from 'jose';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  type Role as CallerRole,
} from '@pharmacy/auth';
import type { UserRow } from '../db/queries';
import type { Role } from '../generated/enums';
import type { SigningKeys } from './signing-keys';

const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/**
 * A token carries the SDL's role, and every service reads it back as @pharmacy/auth's: the two
 * must be one set, or a role would be issued that no service accepts (or accepted, never issued).
 */
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _rolesAgree: SameSet<Role, CallerRole> = true;

/**
 * `sid` names the session (refresh token family) the token was issued for, so the gateway can
 * refuse it once that session ends (logout, reuse detected, password changed, account deleted).
 */
export async function signAccessToken(
  keys: SigningKeys,
  user: Pick<UserRow, 'id' | 'role'>,
  sessionId?: string,
) {
  const { kid, privateKey } = keys.current;
  const expiresAt = new Date(Date.now() + ACCESS_TOKEN_TTL_SECONDS * 1000);
  const claims = sessionId ? { role: user.role, sid: sessionId } : { role: user.role };
  const accessToken = await new SignJWT(claims)
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, kid, typ: 'JWT' })
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setSubject(user.id)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(privateKey);
  return { accessToken, expiresAt };
}

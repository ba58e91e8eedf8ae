import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { isRole, type Role } from './caller';

/** Claims every access token carries; shared by the issuer (users) and the verifier (gateway). */
export const ACCESS_TOKEN_ISSUER = 'pharmacy-users';
export const ACCESS_TOKEN_AUDIENCE = 'pharmacy-api';
export const ACCESS_TOKEN_ALGORITHM = 'EdDSA';

/**
 * What an access token says. The role is the one it was issued with: the gateway asks users for
 * the role and pharmacies the user holds now, and whether the session is still open.
 */
export interface AccessTokenClaims {
  userId: string;
  role: Role;
  /** The session (refresh token family) it was issued for. */
  sessionId?: string;
  /** When it expires (ms since the epoch). */
  expiresAt: number;
}

export type AccessTokenVerifier = (token: string) => Promise<AccessTokenClaims>;

/**
 * Verifies access tokens against the public keys of the users service. Only EdDSA is accepted
 * and keys come only from the key set, never from the token's own header.
 */
export function createAccessTokenVerifier(keys: URL | JWTVerifyGetKey): AccessTokenVerifier {
  const getKey = keys instanceof URL ? createRemoteJWKSet(keys, { cooldownDuration: 5_000 }) : keys;
  return async (token) => {
    const { payload } = await jwtVerify(token, getKey, {
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      requiredClaims: ['exp', 'iat', 'sub'],
    });
    if (!payload.sub || !isRole(payload.role)) throw new Error('malformed access token');
    if (payload.sid !== undefined && typeof payload.sid !== 'string')
      throw new Error('malformed access token');
    return {
      userId: payload.sub,
      role: payload.role,
      sessionId: payload.sid,
      expiresAt: (payload.exp ?? 0) * 1000,
    };
  };
}

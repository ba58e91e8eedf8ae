import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import {
  internalCredentialKey,
  type AccessTokenClaims,
  type AccessTokenVerifier,
  type UserCaller,
} from '@pharmacy/auth';
import { ErrorCode } from '@pharmacy/errors';
import { createServiceClient } from '@pharmacy/service';
import { CurrentAccessDocument } from './generated/users';

/** What a signed-in user may do now; null once the account is gone or the session revoked. */
export type AccessLookup = (claims: AccessTokenClaims) => Promise<UserCaller | null>;

/**
 * Asks users for the role and pharmacies a user holds now, and whether the token's session is
 * still open: a token carries the role it was issued with, and lives 15 minutes. With `ttlMs`
 * an answer is reused that long (a burst of subscription events costs one call); without, every
 * request asks, so a change counts from the caller's next request.
 */
export function createAccessLookup(options: {
  usersUrl: string;
  internalSecret: string;
  ttlMs?: number;
}): AccessLookup {
  const client = createServiceClient({
    caller: 'gateway',
    url: options.usersUrl,
    key: internalCredentialKey(options.internalSecret),
  });
  const ask = async ({ userId, sessionId }: AccessTokenClaims): Promise<UserCaller | null> => {
    const { currentAccess } = await client.request(CurrentAccessDocument, { userId, sessionId });
    if (!currentAccess) return null;
    const { role, pharmacyIds } = currentAccess;
    return { kind: 'user', userId, role, pharmacyIds, ...(sessionId ? { sessionId } : {}) };
  };
  if (!options.ttlMs) return ask;
  const cache = new LRUCache<string, Promise<UserCaller | null>>({
    max: 10_000,
    ttl: options.ttlMs,
  });
  return (claims) => {
    const key = `${claims.userId}:${claims.sessionId ?? ''}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const access = ask(claims);
    cache.set(key, access);
    access.catch(() => cache.delete(key));
    return access;
  };
}

/** A verified access token and the caller it names now. */
export interface Authenticated {
  claims: AccessTokenClaims;
  caller: UserCaller;
}

export type Authenticator = (token: string) => Promise<Authenticated>;

const refused = (message: string) =>
  new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });

/**
 * Verifies an access token, then looks up what its user may do now. A forged or expired token,
 * a deleted account and a revoked session are UNAUTHENTICATED; users being unreachable is
 * SERVICE_UNAVAILABLE (nobody is let in on a role nobody could check).
 */
export function createAuthenticator(
  verify: AccessTokenVerifier,
  lookup: AccessLookup,
): Authenticator {
  return async (token) => {
    let claims: AccessTokenClaims;
    try {
      claims = await verify(token);
    } catch {
      throw refused('Invalid or expired access token');
    }
    let caller: UserCaller | null;
    try {
      caller = await lookup(claims);
    } catch {
      throw new GraphQLError('Sign-in cannot be checked right now; try again shortly', {
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } },
      });
    }
    if (!caller) throw refused('This session has ended; sign in again');
    return { claims, caller };
  };
}

/** The same access: role and pharmacies alike (in any order). */
export function sameAccess(a: UserCaller, b: UserCaller): boolean {
  if (a.role !== b.role || a.pharmacyIds.length !== b.pharmacyIds.length) return false;
  return a.pharmacyIds.every((id) => b.pharmacyIds.includes(id));
}

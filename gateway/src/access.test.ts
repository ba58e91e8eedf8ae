import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { AccessTokenClaims, UserCaller } from '@pharmacy/auth';
import { createAuthenticator, sameAccess, type AccessLookup } from './access';

const claims: AccessTokenClaims = {
  userId: 'u-1',
  role: 'PHARMACIST',
  sessionId: 's-1',
  expiresAt: Date.now() + 60_000,
};
const now: UserCaller = { kind: 'user', userId: 'u-1', role: 'PATIENT', pharmacyIds: [] };
const verified = async () => claims;

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return (error as GraphQLError).extensions;
}

describe('createAuthenticator', () => {
  it("names the caller with the access users holds now, not the token's", async () => {
    const asked: AccessTokenClaims[] = [];
    const lookup: AccessLookup = async (seen) => (asked.push(seen), now);
    const { caller } = await createAuthenticator(verified, lookup)('token');
    expect(caller).toEqual(now);
    expect(asked).toEqual([claims]);
  });

  it('refuses a token that does not verify with 401, without asking users', async () => {
    let asked = false;
    const authenticate = createAuthenticator(
      () => Promise.reject(new Error('bad signature')),
      async () => ((asked = true), now),
    );
    expect(await refusal(authenticate('forged'))).toMatchObject({
      code: 'UNAUTHENTICATED',
      http: { status: 401 },
    });
    expect(asked).toBe(false);
  });

  it('refuses a deleted account or a revoked session with 401', async () => {
    const authenticate = createAuthenticator(verified, async () => null);
    expect(await refusal(authenticate('token'))).toMatchObject({
      code: 'UNAUTHENTICATED',
      http: { status: 401 },
    });
  });

  it('answers SERVICE_UNAVAILABLE when users cannot say, rather than trusting the token', async () => {
    const authenticate = createAuthenticator(verified, () => Promise.reject(new Error('down')));
    expect(await refusal(authenticate('token'))).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503 },
    });
  });
});

describe('sameAccess', () => {
  const pharmacist: UserCaller = { ...now, role: 'PHARMACIST', pharmacyIds: ['a', 'b'] };
  it('is the same role and the same pharmacies in any order', () => {
    expect(sameAccess(pharmacist, { ...pharmacist, pharmacyIds: ['b', 'a'] })).toBe(true);
    expect(sameAccess(pharmacist, { ...pharmacist, role: 'COURIER' })).toBe(false);
    expect(sameAccess(pharmacist, { ...pharmacist, pharmacyIds: ['a'] })).toBe(false);
    expect(sameAccess(pharmacist, { ...pharmacist, pharmacyIds: ['a', 'c'] })).toBe(false);
  });
});

import { createLocalJWKSet, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { createAccessTokenVerifier } from '@pharmacy/auth';
import { signAccessToken } from '../services/access-token';
import { generateSigningJwk, toSigningKeys } from '../services/signing-keys';

const user = { id: '01900000-0000-7000-8000-000000000001', role: 'PATIENT' as const };

describe('signing key rotation', () => {
  it('signs with the newest key and still accepts tokens of the older one', async () => {
    const older = await generateSigningJwk();
    const before = await toSigningKeys([older]);
    const oldToken = (await signAccessToken(before, user)).accessToken;

    const rotated = await toSigningKeys([await generateSigningJwk(), older]);
    const newToken = (await signAccessToken(rotated, user)).accessToken;
    expect(decodeProtectedHeader(newToken).kid).toBe(rotated.current.kid);
    expect(rotated.jwks.keys.map((k) => k.kid)).toEqual([rotated.current.kid, older.kid]);
    expect(rotated.jwks.keys.every((k) => k.d === undefined)).toBe(true);

    const verify = createAccessTokenVerifier(createLocalJWKSet(rotated.jwks));
    await expect(verify(oldToken)).resolves.toMatchObject({ userId: user.id, role: 'PATIENT' });
    await expect(verify(newToken)).resolves.toMatchObject({ userId: user.id });

    const retired = createAccessTokenVerifier(
      createLocalJWKSet((await toSigningKeys([await generateSigningJwk()])).jwks),
    );
    await expect(retired(oldToken)).rejects.toThrow();
  });
});

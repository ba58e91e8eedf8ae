import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { base64url, createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  createAccessTokenVerifier,
  type AccessTokenVerifier,
} from './access-token';

type Key = CryptoKey | Uint8Array | KeyObject;

let signingKey: CryptoKey;
let otherKey: CryptoKey;
let verify: AccessTokenVerifier;

beforeAll(async () => {
  const pair = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, { extractable: true });
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair(ACCESS_TOKEN_ALGORITHM)).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'EdDSA', use: 'sig' };
  verify = createAccessTokenVerifier(createLocalJWKSet({ keys: [jwk] }));
});

/** A token as the users service issues it, with one thing changed at a time. */
function token(
  options: {
    claims?: Record<string, unknown>;
    issuer?: string;
    audience?: string;
    expires?: string | number | null;
    subject?: string | null;
    alg?: string;
    key?: Key;
  } = {},
) {
  const jwt = new SignJWT({ role: 'PATIENT', ...options.claims })
    .setProtectedHeader({ alg: options.alg ?? 'EdDSA', kid: 'k1' })
    .setIssuer(options.issuer ?? ACCESS_TOKEN_ISSUER)
    .setAudience(options.audience ?? ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt();
  if (options.subject !== null) jwt.setSubject(options.subject ?? 'user-1');
  if (options.expires !== null) jwt.setExpirationTime(options.expires ?? '15m');
  return jwt.sign(options.key ?? signingKey);
}

const encode = (value: unknown) => base64url.encode(JSON.stringify(value));

describe('createAccessTokenVerifier', () => {
  it('accepts a valid token and names the user, role, session and expiry', async () => {
    const claims = await verify(await token({ claims: { role: 'PATIENT', sid: 'session-1' } }));
    expect(claims).toMatchObject({ userId: 'user-1', role: 'PATIENT', sessionId: 'session-1' });
    expect(claims.expiresAt).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it.each([
    ['expired', () => token({ expires: Math.floor(Date.now() / 1000) - 120 })],
    ['from another issuer', () => token({ issuer: 'evil-issuer' })],
    ['for another audience', () => token({ audience: 'other-api' })],
    ['signed with another key', () => token({ key: otherKey })],
    ['with an unknown role', () => token({ claims: { role: 'ROOT' } })],
    ['without a role', () => token({ claims: { role: undefined } })],
    ['with a session id that is no string', () => token({ claims: { role: 'PATIENT', sid: 7 } })],
  ])('refuses a token %s', async (_, make) => {
    await expect(verify(await make())).rejects.toThrow();
  });

  it('refuses another algorithm, even with a valid signature for it', async () => {
    const hs = token({ alg: 'HS256', key: new TextEncoder().encode('x'.repeat(32)) });
    await expect(verify(await hs)).rejects.toThrow();
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await expect(verify(await token({ alg: 'ES256', key: privateKey }))).rejects.toThrow();
  });

  it('refuses alg none and a token without signature', async () => {
    const [, payload] = (await token()).split('.');
    await expect(verify(`${encode({ alg: 'none' })}.${payload}.`)).rejects.toThrow();
    await expect(verify(`${encode({ alg: 'EdDSA', kid: 'k1' })}.${payload}.`)).rejects.toThrow();
  });

  it('refuses a tampered payload', async () => {
    const [header, payload, signature] = (await token()).split('.');
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload!)));
    const forged = `${header}.${encode({ ...claims, role: 'ADMIN' })}.${signature}`;
    await expect(verify(forged)).rejects.toThrow();
  });

  it('refuses a token without expiry or subject', async () => {
    await expect(verify(await token({ expires: null }))).rejects.toThrow();
    await expect(verify(await token({ subject: null }))).rejects.toThrow();
  });

  it('refuses garbage', async () => {
    await expect(verify('not.a.token')).rejects.toThrow();
    await expect(verify('')).rejects.toThrow();
  });
});

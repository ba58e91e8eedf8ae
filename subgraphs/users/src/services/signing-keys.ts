import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { ACCESS_TOKEN_ALGORITHM } from '@pharmacy/auth';

export interface SigningKeys {
  /** The key new tokens are signed with. */
  current: { kid: string; privateKey: CryptoKey };
  /** Every key whose tokens are still accepted (current first), as published. */
  jwks: { keys: JWK[] };
}

/** Private JWKs as JWT_SIGNING_KEYS and the key file hold them: a JSON array, newest first. */
export const privateJwksJson = z
  .string()
  .transform((text, ctx) => {
    try {
      const value: unknown = JSON.parse(text);
      return value;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON array of private JWKs' });
      return z.NEVER;
    }
  })
  .pipe(z.array(z.looseObject({ kty: z.string(), kid: z.string().optional() })));

export async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: uuidv7(), alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' };
}

/**
 * The private keys of embedded mode, newest first, from a file that is created with one new key
 * the first time. Rotating adds a key in front; the older ones stay published until their tokens
 * have expired. (Deployments give JWT_SIGNING_KEYS instead.)
 */
export async function loadPrivateJwks(file: string): Promise<JWK[]> {
  try {
    return privateJwksJson.parse(await readFile(file, 'utf8'));
  } catch {
    const keys = [await generateSigningJwk()];
    await mkdir(dirname(file), { recursive: true });
    // `wx`: when two processes start at once, the first file written is the one both use.
    await writeFile(file, JSON.stringify(keys, null, 2), { mode: 0o600, flag: 'wx' }).catch(
      () => undefined,
    );
    return privateJwksJson.parse(await readFile(file, 'utf8'));
  }
}

export async function toSigningKeys(privateJwks: JWK[]): Promise<SigningKeys> {
  const [newest] = privateJwks;
  if (!newest?.kid || !newest.d) throw new Error('No usable signing key: each key needs kid and d');
  const privateKey = await importJWK(newest, ACCESS_TOKEN_ALGORITHM);
  // A secret (oct) key would come back as bytes: only an asymmetric private key signs EdDSA.
  if (!(privateKey instanceof CryptoKey)) throw new Error('The newest signing key is not private');
  const publicKeys = privateJwks.map(({ d: _private, ...publicPart }) => publicPart);
  return { current: { kid: newest.kid, privateKey }, jwks: { keys: publicKeys } };
}

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { v7 as uuidv7 } from 'uuid';
import { ACCESS_TOKEN_ALGORITHM } from '@pharmacy/auth';

export interface SigningKeys {
  /** The key new tokens are signed with. */
  current: { kid: string; privateKey: CryptoKey };
  /** Every key whose tokens are still accepted (current first), as published. */
  jwks: { keys: JWK[] };
}

export async function generateSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: uuidv7(), alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' };
}

/**
 * Private keys, newest first: from JWT_SIGNING_KEYS (a JSON array of JWKs) when set, otherwise
 * from a file that is created with one new key the first time (embedded mode). Rotating adds a
 * key in front; the older ones stay published until their tokens have expired.
 */
export async function loadPrivateJwks(file: string, fromEnv?: string): Promise<JWK[]> {
  if (fromEnv) return JSON.parse(fromEnv) as JWK[];
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JWK[];
  } catch {
    const keys = [await generateSigningJwk()];
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(keys, null, 2), { mode: 0o600, flag: 'wx' }).catch(
      () => undefined,
    );
    return JSON.parse(await readFile(file, 'utf8')) as JWK[];
  }
}

export async function toSigningKeys(privateJwks: JWK[]): Promise<SigningKeys> {
  const [newest] = privateJwks;
  if (!newest?.kid || !newest.d) throw new Error('No usable signing key: each key needs kid and d');
  const privateKey = (await importJWK(newest, ACCESS_TOKEN_ALGORITHM)) as CryptoKey;
  const publicKeys = privateJwks.map(({ d: _private, ...publicPart }) => publicPart);
  return { current: { kid: newest.kid, privateKey }, jwks: { keys: publicKeys } };
}

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { jwtVerify, SignJWT } from 'jose';
import { isRole, type Caller } from './caller';

/**
 * The credential the gateway and the services put on every call to a subgraph. It names the
 * caller and is signed with a secret only they hold, so a subgraph trusts nothing else.
 */
export const INTERNAL_CREDENTIAL_HEADER = 'x-internal-credential';
const ISSUER = 'pharmacy-internal';
const AUDIENCE = 'pharmacy-subgraphs';
const LIFETIME_SECONDS = 60;

export interface InternalCredentialKey {
  secret: Uint8Array;
}

export function internalCredentialKey(secret: string): InternalCredentialKey {
  if (secret.length < 32) throw new Error('INTERNAL_SECRET must be at least 32 characters');
  return { secret: new TextEncoder().encode(secret) };
}

/** Reads the secret kept in `file`, creating a random one the first time (embedded mode). */
export async function loadOrCreateInternalSecret(file: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('base64url');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, secret, { mode: 0o600, flag: 'wx' }).catch(() => undefined);
    return (await readFile(file, 'utf8')).trim();
  }
}

export async function signInternalCredential(
  key: InternalCredentialKey,
  caller: Caller,
  issuedBy: string,
): Promise<string> {
  const claims =
    caller.kind === 'user'
      ? {
          kind: 'user',
          role: caller.role,
          pharmacies: [...caller.pharmacyIds],
          ...(caller.sessionId ? { sid: caller.sessionId } : {}),
        }
      : caller.kind === 'service'
        ? { kind: 'service' }
        : { kind: 'anonymous' };
  const jwt = new SignJWT({ ...claims, by: issuedBy })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${LIFETIME_SECONDS}s`);
  if (caller.kind === 'user') jwt.setSubject(caller.userId);
  if (caller.kind === 'service') jwt.setSubject(caller.service);
  return jwt.sign(key.secret);
}

/** The caller named by a credential, or null when it is missing, forged or expired. */
export async function verifyInternalCredential(
  key: InternalCredentialKey,
  token: string | undefined,
): Promise<Caller | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, key.secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ['exp', 'iat'],
    });
    if (payload.kind === 'anonymous') return { kind: 'anonymous' };
    if (payload.kind === 'service' && payload.sub) return { kind: 'service', service: payload.sub };
    const { pharmacies, sid } = payload;
    if (payload.kind === 'user' && payload.sub && isRole(payload.role) && isIdList(pharmacies)) {
      const caller = {
        kind: 'user',
        userId: payload.sub,
        role: payload.role,
        pharmacyIds: pharmacies,
      } as const;
      return typeof sid === 'string' ? { ...caller, sessionId: sid } : caller;
    }
    return null;
  } catch {
    return null;
  }
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');

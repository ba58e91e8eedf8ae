import { join } from 'node:path';
import type { JWK } from 'jose';
import { z } from 'zod';
import { dataRoot, parseEnv } from '@pharmacy/service';
import { privateJwksJson } from './services/signing-keys';

/** Attempts allowed in one window before RATE_LIMITED. */
const attempts = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  LOGIN_LIMIT_PER_ADDRESS: attempts(30),
  LOGIN_LIMIT_PER_ACCOUNT: attempts(10),
  REGISTER_LIMIT_PER_ADDRESS: attempts(10),
  // Empty counts as unset, as it always has: embedded mode then generates its own key file.
  JWT_SIGNING_KEYS: z.preprocess((value) => value || undefined, privateJwksJson.optional()),
});

export interface UsersSettings {
  /** Logins per address per minute, per account per 15 minutes; registrations per minute. */
  limits: { loginPerAddress: number; loginPerAccount: number; registerPerAddress: number };
  /** Private keys from JWT_SIGNING_KEYS, newest first; when absent, `signingKeysFile` has them. */
  signingJwks: JWK[] | undefined;
  signingKeysFile: string;
}

/** Where embedded mode keeps its generated keys; `npm run keys:rotate` adds one in front. */
export const signingKeysFile = (env: NodeJS.ProcessEnv = process.env): string =>
  join(dataRoot(env), 'keys', 'signing-keys.json');

/** Read once at start; a bad value stops the service with a clear message. */
export function loadUsersSettings(env: NodeJS.ProcessEnv = process.env): UsersSettings {
  const values = parseEnv(envSchema, env, 'users');
  return {
    limits: {
      loginPerAddress: values.LOGIN_LIMIT_PER_ADDRESS,
      loginPerAccount: values.LOGIN_LIMIT_PER_ACCOUNT,
      registerPerAddress: values.REGISTER_LIMIT_PER_ADDRESS,
    },
    signingJwks: values.JWT_SIGNING_KEYS,
    signingKeysFile: signingKeysFile(env),
  };
}

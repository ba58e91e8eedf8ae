import { afterAll, beforeAll } from 'vitest';
import {
  INTERNAL_CREDENTIAL_HEADER,
  internalCredentialKey,
  signInternalCredential,
  type Caller,
} from '@pharmacy/auth';
import { startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@pharmacy/testing';
import type * as schema from '../db/schema';
import { createUsersDeps, type UsersDeps } from '../deps';
import { usersSubgraph } from '../server';
import { loadUsersSettings, type UsersSettings } from '../settings';

export type TestUsers = TestSubgraph<typeof schema, UsersDeps>;

export const anonymous: Caller = { kind: 'anonymous' };
export const gatewayService: Caller = { kind: 'service', service: 'gateway' };

/**
 * A users subgraph of this test file's own, on its own database: started before its tests and
 * stopped after them; `limits` override the environment's for this instance only.
 */
export function useUsers(limits: Partial<UsersSettings['limits']> = {}): () => TestUsers {
  let users: TestUsers | undefined;
  beforeAll(async () => {
    const settings = loadUsersSettings();
    users = await startTestSubgraph({
      ...usersSubgraph,
      prepare: (runtime) =>
        createUsersDeps(runtime, { ...settings, limits: { ...settings.limits, ...limits } }),
    });
  });
  afterAll(() => users?.stop());
  return () => {
    if (!users) throw new Error('the users subgraph has not started');
    return users;
  };
}

export const REGISTER = `mutation($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken user { id email role } }
}`;

/** A registration nobody has used yet. */
export const newPatient = (name = 'Test Patient') => ({
  email: `patient-${crypto.randomUUID()}@example.test`,
  password: 'a long test password',
  name,
});

/** Registers a new patient and returns its id. */
export async function registerPatient(users: TestUsers): Promise<string> {
  const result = await users.call<{ register: { user: { id: string } } }>(anonymous, REGISTER, {
    input: newPatient(),
  });
  if (!result.data) throw new Error(`register failed: ${JSON.stringify(result.errors)}`);
  return result.data.register.user.id;
}

/**
 * Sends a request as the gateway does for an anonymous client at `address`; the first error
 * code, or OK.
 */
export async function codeFromAddress(
  users: TestUsers,
  address: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<string> {
  const credential = await signInternalCredential(
    internalCredentialKey(TEST_INTERNAL_SECRET),
    anonymous,
    'gateway',
  );
  const response = await fetch(users.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [INTERNAL_CREDENTIAL_HEADER]: credential,
      'x-client-address': address,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return body.errors?.[0]?.extensions.code ?? 'OK';
}

import { decodeJwt } from 'jose';
import type { Role, UserCaller } from '@pharmacy/auth';
import { afterAll, beforeAll } from 'vitest';
import { throwawayDatabase } from '@pharmacy/db';
import {
  anonymous,
  serviceCaller,
  startTestSubgraph,
  useTestSubgraph,
  type TestSubgraph,
} from '@pharmacy/testing';
import { updateUserRole } from '../db/queries';
import type * as schema from '../db/schema';
import { createUsersDeps, type UsersDeps } from '../deps';
import { usersSubgraph } from '../server';
import { loadUsersSettings, type UsersSettings } from '../settings';

export type TestUsers = TestSubgraph<typeof schema, UsersDeps>;

export { anonymous, errorCodeOf } from '@pharmacy/testing';
export const gatewayService = serviceCaller('gateway');

/**
 * A users subgraph of this test file's own, on its own database: started before its tests and
 * stopped after them; `limits` override the environment's for this instance only, and `onQuery`
 * sees each SQL statement.
 */
export function useUsers(
  options: { limits?: Partial<UsersSettings['limits']>; onQuery?: (sql: string) => void } = {},
): () => TestUsers {
  const module = {
    ...usersSubgraph,
    // Read when the subgraph starts (in beforeAll), not when the test file is collected.
    prepare: (runtime: Parameters<typeof usersSubgraph.prepare>[0]) => {
      const settings = loadUsersSettings();
      const limits = { ...settings.limits, ...options.limits };
      return createUsersDeps(runtime, { ...settings, limits });
    },
  };
  return useTestSubgraph(module, options.onQuery ? { onQuery: options.onQuery } : {});
}

/**
 * A users subgraph on a database nobody else uses, also on PostgreSQL (where test files share
 * one database per subgraph): for tests about every row of a kind, such as the last admin.
 */
export function useUsersAlone(): () => TestUsers {
  const database = throwawayDatabase('users_alone');
  let users: TestUsers | undefined;
  beforeAll(async () => {
    users = await startTestSubgraph(usersSubgraph, { config: { database: database.location } });
  });
  afterAll(async () => {
    await users?.stop();
    await database.drop();
  });
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

/** A new account of `role` (registered as a patient, then given the role), with its first session. */
export async function signUpAs(users: TestUsers, role: Role): Promise<SignedUp> {
  const user = await signUp(users);
  if (role !== 'PATIENT') await updateUserRole(users.runtime.db, { userId: user.userId, role });
  return user;
}

/** Registers a new patient and returns its id. */
export async function registerPatient(users: TestUsers): Promise<string> {
  const result = await users.call<{ register: { user: { id: string } } }>(anonymous, REGISTER, {
    input: newPatient(),
  });
  if (!result.data) throw new Error(`register failed: ${JSON.stringify(result.errors)}`);
  return result.data.register.user.id;
}

export interface SignedUp {
  userId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** The session the access token names (its `sid`). */
  sessionId: string;
}

/** Registers a new patient and keeps what its first session holds. */
export async function signUp(users: TestUsers, name?: string): Promise<SignedUp> {
  const input = newPatient(name);
  const result = await users.call<{
    register: { accessToken: string; refreshToken: string; user: { id: string } };
  }>(anonymous, REGISTER, { input });
  if (!result.data) throw new Error(`register failed: ${JSON.stringify(result.errors)}`);
  const { accessToken, refreshToken, user } = result.data.register;
  const sessionId = String(decodeJwt(accessToken).sid);
  return {
    userId: user.id,
    email: input.email,
    password: input.password,
    accessToken,
    refreshToken,
    sessionId,
  };
}

export const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken user { id } }
}`;
export const REFRESH = `mutation($token: String!) {
  refreshSession(refreshToken: $token) { accessToken refreshToken }
}`;

/** The user as the gateway would name them, in the session they signed in with. */
export const callerOf = (
  user: SignedUp,
  role: Role = 'PATIENT',
  pharmacyIds: readonly string[] = [],
): UserCaller => ({
  kind: 'user',
  userId: user.userId,
  role,
  pharmacyIds,
  sessionId: user.sessionId,
});

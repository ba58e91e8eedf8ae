import { anonymous, serviceCaller, useTestSubgraph, type TestSubgraph } from '@pharmacy/testing';
import type * as schema from '../db/schema';
import { createUsersDeps, type UsersDeps } from '../deps';
import { usersSubgraph } from '../server';
import { loadUsersSettings, type UsersSettings } from '../settings';

export type TestUsers = TestSubgraph<typeof schema, UsersDeps>;

export { anonymous, errorCodeOf } from '@pharmacy/testing';
export const gatewayService = serviceCaller('gateway');

/**
 * A users subgraph of this test file's own, on its own database: started before its tests and
 * stopped after them; `limits` override the environment's for this instance only.
 */
export function useUsers(limits: Partial<UsersSettings['limits']> = {}): () => TestUsers {
  return useTestSubgraph({
    ...usersSubgraph,
    // Read when the subgraph starts (in beforeAll), not when the test file is collected.
    prepare: (runtime) => {
      const settings = loadUsersSettings();
      return createUsersDeps(runtime, { ...settings, limits: { ...settings.limits, ...limits } });
    },
  });
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

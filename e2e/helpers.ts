import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '@pharmacy/demo';
import type { GraphQLBody, Stack } from './stack';

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; role: string };
}

/** The password of every user the tests register. */
export const TEST_PASSWORD = 'a long test password';

const SESSION_FIELDS = 'accessToken refreshToken expiresAt user { id email role }';

/** Registers a fresh patient through the gateway. */
export async function registerPatient(stack: Stack, name = 'Test Patient'): Promise<Session> {
  const { body } = await stack.request<{ register: Session }>(
    `mutation($input: RegisterInput!) { register(input: $input) { ${SESSION_FIELDS} } }`,
    {
      input: {
        email: `patient-${randomUUID()}@example.test`,
        password: TEST_PASSWORD,
        name,
      },
    },
  );
  if (!body.data) throw new Error(`register failed: ${JSON.stringify(body.errors)}`);
  return body.data.register;
}

export async function login(
  stack: Stack,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Session> {
  const { body } = await stack.request<{ login: Session }>(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { ${SESSION_FIELDS} } }`,
    { email, password },
  );
  if (!body.data) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login;
}

/** A fresh user with the given role: registered as a patient, then promoted by the demo admin. */
export async function userWithRole(
  stack: Stack,
  role: 'PHARMACIST' | 'COURIER' | 'ADMIN',
): Promise<Session> {
  const created = await registerPatient(stack, `Test ${role}`);
  const admin = await login(stack, 'admin@demo.pharmacy');
  const { body } = await stack.request(
    'mutation($id: ID!, $role: Role!) { setUserRole(userId: $id, role: $role) { id role } }',
    { id: created.user.id, role },
    admin.accessToken,
  );
  if (body.errors) throw new Error(`setUserRole failed: ${JSON.stringify(body.errors)}`);
  return login(stack, created.user.email, TEST_PASSWORD);
}

/** Runs one operation and fails the test on any error. */
export async function gql<T>(
  stack: Stack,
  who: Session | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { body } = await stack.request<T>(query, variables, who?.accessToken);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

export const codes = (body: GraphQLBody<unknown>) =>
  (body.errors ?? []).map((e) => e.extensions?.code);

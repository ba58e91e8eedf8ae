import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INTERNAL_CREDENTIAL_HEADER,
  internalCredentialKey,
  signInternalCredential,
} from '@pharmacy/auth';
import { startTestSubgraph, TEST_INTERNAL_SECRET, type TestSubgraph } from '@pharmacy/testing';
import { usersSubgraph } from '../server';

let users: TestSubgraph<Record<string, unknown>, unknown>;
beforeAll(async () => {
  process.env.LOGIN_LIMIT_PER_ADDRESS = '5';
  process.env.REGISTER_LIMIT_PER_ADDRESS = '3';
  users = await startTestSubgraph(usersSubgraph);
});
afterAll(() => users?.stop());

/** A request as the gateway sends it for an anonymous client at `address`. */
async function fromAddress(address: string, query: string, variables: Record<string, unknown>) {
  const credential = await signInternalCredential(
    internalCredentialKey(TEST_INTERNAL_SECRET),
    { kind: 'anonymous' },
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

const LOGIN =
  'mutation($e: String!) { login(email: $e, password: "wrong password!") { accessToken } }';
const REGISTER = 'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }';

describe('rate limits per client address', () => {
  it('refuses logins past the limit from one address, whatever the accounts', async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const results = [];
    for (let i = 0; i < 7; i++)
      results.push(await fromAddress(address, LOGIN, { e: `nobody${i}@example.test` }));
    expect(results).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(await fromAddress('203.0.113.9', LOGIN, { e: 'nobody@example.test' })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses registrations past the limit from one address', async () => {
    const address = '192.0.2.77';
    const results = [];
    for (let i = 0; i < 4; i++) {
      const input = {
        email: `r${i}-${crypto.randomUUID()}@example.test`,
        password: 'a long test password',
        name: 'R',
      };
      results.push(await fromAddress(address, REGISTER, { i: input }));
    }
    expect(results).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
  });
});

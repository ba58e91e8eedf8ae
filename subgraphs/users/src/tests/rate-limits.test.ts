import { describe, expect, it } from 'vitest';
import { anonymous, errorCodeOf, useUsers } from './fixtures';

const users = useUsers({ loginPerAddress: 5, registerPerAddress: 3 });

/** Sends a request as the gateway does for an anonymous client at `address`; the first error code, or OK. */
const codeFromAddress = async (
  address: string,
  query: string,
  variables: Record<string, unknown>,
) =>
  errorCodeOf(await users().call(anonymous, query, variables, { 'x-client-address': address })) ??
  'OK';

const LOGIN =
  'mutation($e: String!) { login(email: $e, password: "wrong password!") { accessToken } }';
const REGISTER = 'mutation($i: RegisterInput!) { register(input: $i) { accessToken } }';

describe('rate limits per client address', () => {
  it('refuses logins past the limit from one address, whatever the accounts', async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const results = [];
    for (let i = 0; i < 7; i++)
      results.push(await codeFromAddress(address, LOGIN, { e: `nobody${i}@example.test` }));
    expect(results).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(await codeFromAddress('203.0.113.9', LOGIN, { e: 'nobody@example.test' })).toBe(
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
      results.push(await codeFromAddress(address, REGISTER, { i: input }));
    }
    expect(results).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
  });
});

import { describe, expect, it } from 'vitest';
import { anonymous, errorCodeOf, LOGIN as SIGN_IN, signUp, useUsers } from './fixtures';

const users = useUsers({ limits: { loginPerAddress: 5, registerPerAddress: 3 } });

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

describe('sign-in limits count failures only', () => {
  const login = (email: string, password: string, address: string) =>
    users().call(anonymous, SIGN_IN, { email, password }, { 'x-client-address': address });
  const retryAfterOf = (result: Awaited<ReturnType<typeof login>>) =>
    result.errors?.[0]?.extensions?.retryAfterSeconds;

  it('accepts 20 successful sign-ins in a row, from one address and to one account', async () => {
    const user = await signUp(users());
    const results = [];
    for (let i = 0; i < 20; i++)
      results.push(errorCodeOf(await login(user.email, user.password, '192.0.2.20')) ?? 'OK');
    expect(results).toEqual(Array(20).fill('OK'));
  });

  it('refuses the right password once the account had its failures, saying how long to wait', async () => {
    const user = await signUp(users());
    // From addresses of their own, so only the account's limit (10 per 15 minutes) is reached.
    for (let i = 0; i < 10; i++) {
      const failed = await login(user.email, 'not the password', `198.18.0.${i}`);
      expect(errorCodeOf(failed)).toBe('UNAUTHENTICATED');
      // A success in between does not count, and does not wipe the failures either.
      if (i === 4)
        expect(errorCodeOf(await login(user.email, user.password, '198.18.1.1'))).toBeUndefined();
    }
    const refused = await login(user.email, user.password, '198.18.1.2');
    expect(errorCodeOf(refused)).toBe('RATE_LIMITED');
    const retryAfter = retryAfterOf(refused);
    expect(retryAfter).toBeGreaterThan(10 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it('refuses every account from an address that had its failures', async () => {
    const address = '198.18.2.1';
    for (let i = 0; i < 5; i++) await login(`nobody${i}@example.test`, 'not the password', address);
    const user = await signUp(users());
    const refused = await login(user.email, user.password, address);
    expect(errorCodeOf(refused)).toBe('RATE_LIMITED');
    expect(retryAfterOf(refused)).toBeGreaterThan(0);
    expect(retryAfterOf(refused)).toBeLessThanOrEqual(60);
    expect(errorCodeOf(await login(user.email, user.password, '198.18.2.2'))).toBeUndefined();
  });
});

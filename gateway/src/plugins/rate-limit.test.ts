import { ApolloServer } from '@apollo/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import { createRequestRateLimiter, type RequestRateLimits } from '../request-rate-limiter';
import { rateLimitPlugin } from './rate-limit';

interface TestContext {
  caller: Caller;
  clientAddress: string;
}

let servers: ApolloServer<TestContext>[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

/** A real Apollo Server with only the rate limit plugin, and a count of executed operations. */
function serverWith(limits: RequestRateLimits) {
  const executed = { count: 0 };
  const server = new ApolloServer<TestContext>({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => (executed.count++, 'hi') } },
    plugins: [rateLimitPlugin(createRequestRateLimiter(limits))],
  });
  servers.push(server);
  const send = (context: TestContext, query = '{ hello }') =>
    server.executeOperation({ query }, { contextValue: context });
  return { send, executed };
}

const user = (userId: string): Caller => ({
  kind: 'user',
  userId,
  role: 'PATIENT',
  pharmacyIds: [],
});
const anonymous: Caller = { kind: 'anonymous' };

const errorsOf = (response: Awaited<ReturnType<ReturnType<typeof serverWith>['send']>>) =>
  response.body.kind === 'single' ? response.body.singleResult.errors : undefined;

describe('rateLimitPlugin', () => {
  it('refuses an address past its limit with RATE_LIMITED, 429 and Retry-After, unexecuted', async () => {
    const { send, executed } = serverWith({ perAddress: 2, perUser: 100 });
    const from = { caller: anonymous, clientAddress: '10.0.0.1' };
    expect(errorsOf(await send(from))).toBeUndefined();
    expect(errorsOf(await send(from))).toBeUndefined();
    const refused = await send(from);
    expect(refused.http.status).toBe(429);
    expect(Number(refused.http.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(errorsOf(refused)).toEqual([
      {
        message: 'Too many attempts, try again later',
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
      },
    ]);
    expect(executed.count).toBe(2);
    // Another address has its own count.
    expect(errorsOf(await send({ caller: anonymous, clientAddress: '10.0.0.2' }))).toBeUndefined();
  });

  it('counts a signed-in user from every address', async () => {
    const { send } = serverWith({ perAddress: 100, perUser: 2 });
    await send({ caller: user('u-1'), clientAddress: '10.0.0.1' });
    await send({ caller: user('u-1'), clientAddress: '10.0.0.2' });
    const refused = await send({ caller: user('u-1'), clientAddress: '10.0.0.3' });
    expect(errorsOf(refused)?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    const other = await send({ caller: user('u-2'), clientAddress: '10.0.0.3' });
    expect(errorsOf(other)).toBeUndefined();
  });

  it('counts requests that fail to parse or validate, too', async () => {
    const { send } = serverWith({ perAddress: 2, perUser: 100 });
    const from = { caller: anonymous, clientAddress: '10.0.0.1' };
    await send(from, '{ hello');
    await send(from, '{ nope }');
    expect(errorsOf(await send(from))?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
  });
});

import type { GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from './helpers';
import { startStack, type Stack } from './stack';

const limits = { maxDepth: 6, maxAliases: 30, maxDirectives: 20, maxTokens: 300, maxCost: 5_000 };
const PER_USER = 5;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    seed: true,
    gateway: { mode: 'production', limits, rateLimits: { perAddress: 100_000, perUser: PER_USER } },
  });
});
afterAll(() => stack?.stop());

interface SocketAnswer {
  /** `next` messages: results, or the errors of an operation that ran and failed. */
  results: { data?: unknown; errors?: GraphQLFormattedError[] }[];
  /** An `error` message: the operation was refused before it ran. */
  refused?: GraphQLFormattedError[];
}

/** Sends one operation over a graphql-ws connection of its own; resolves when it ends. */
function overSocket(query: string, token: string): Promise<SocketAnswer> {
  const client = createClient({
    url: stack.gateway.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  return new Promise<SocketAnswer>((resolve, reject) => {
    const results: SocketAnswer['results'] = [];
    client.subscribe(
      { query },
      {
        next: (result) => results.push(result as SocketAnswer['results'][number]),
        error: (error) =>
          Array.isArray(error) ? resolve({ results, refused: error }) : reject(error),
        complete: () => resolve({ results }),
      },
    );
  }).finally(() => client.dispose());
}

// Depth 7: me, orders, customer, orders, customer, orders, id.
const TOO_DEEP_QUERY = '{ me { orders { customer { orders { customer { orders { id } } } } } } }';
const TOO_DEEP_SUBSCRIPTION =
  'subscription { orderStatusChanged { customer { orders { customer { orders { customer { orders { id } } } } } } } }';

describe('a query over the WebSocket meets the rules of HTTP', () => {
  it('is refused for depth with the same errors as over HTTP', async () => {
    const { accessToken } = await registerPatient(stack);
    const http = await stack.request(TOO_DEEP_QUERY, {}, accessToken);
    const socket = await overSocket(TOO_DEEP_QUERY, accessToken);
    expect(http.body.errors).toEqual([
      {
        message: 'Query depth limit of 6 exceeded, found 7.',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(socket).toEqual({ results: [{ errors: http.body.errors }] });
  });

  it('counts against the same rate limit as HTTP and is refused the same way', async () => {
    const { accessToken, user } = await registerPatient(stack);
    for (let i = 0; i < PER_USER; i++) {
      const answer = await overSocket('{ me { id } }', accessToken);
      expect(answer.results).toEqual([{ data: { me: { id: user.id } } }]);
    }
    const socket = await overSocket('{ me { id } }', accessToken);
    const http = await stack.request('{ me { id } }', {}, accessToken);
    expect(http.status).toBe(429);
    const refusal = {
      message: 'Too many attempts, try again later',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    };
    expect(http.body.errors).toEqual([refusal]);
    expect(socket).toEqual({ results: [{ errors: [refusal] }] });
    // Starting a subscription counts, and is refused, too.
    const subscription = await overSocket(
      'subscription { orderStatusChanged { id } }',
      accessToken,
    );
    expect(subscription).toEqual({ results: [], refused: [refusal] });
  });
});

describe('a subscription meets the configured limits', () => {
  it('is refused when too deep, as the same operation is over HTTP', async () => {
    const { accessToken } = await registerPatient(stack);
    const socket = await overSocket(TOO_DEEP_SUBSCRIPTION, accessToken);
    expect(socket).toEqual({
      results: [],
      refused: [
        {
          message: 'Query depth limit of 6 exceeded, found 8.',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const http = await stack.request(TOO_DEEP_SUBSCRIPTION, {}, accessToken);
    expect(http.body.errors).toEqual(socket.refused);
    expect(stack.gateway.upstream.openCount).toBe(0);
  });

  it('is refused with more tokens than MAX_QUERY_TOKENS, as over HTTP', async () => {
    const { accessToken } = await registerPatient(stack);
    const fields = 'id '.repeat(limits.maxTokens);
    const tooLong = `subscription { orderStatusChanged { ${fields} } }`;
    const socket = await overSocket(tooLong, accessToken);
    const [error] = socket.results[0]?.errors ?? [];
    expect(error?.message).toMatch(/^Syntax Error: Document contains more tha. 300 tokens/);
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const http = await stack.request(tooLong, {}, accessToken);
    expect(socket).toEqual({ results: [{ errors: http.body.errors }] });
    // Within the limit, the same subscription is accepted and runs: by the time a query sent
    // after it is answered, it holds its subscription on the orders subgraph.
    const within = `subscription { orderStatusChanged { ${'id '.repeat(limits.maxTokens - 20)} } }`;
    const client = createClient({
      url: stack.gateway.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${accessToken}` },
    });
    const errors: unknown[] = [];
    const stop = client.subscribe(
      { query: within },
      { next: () => {}, error: (e) => errors.push(e), complete: () => {} },
    );
    const answered = await client.iterate({ query: '{ me { id } }' }).next();
    expect(answered.value).toMatchObject({ data: { me: { id: expect.any(String) } } });
    expect(errors).toEqual([]);
    expect(stack.gateway.upstream.openCount).toBe(1);
    stop();
    await client.dispose();
  });
});

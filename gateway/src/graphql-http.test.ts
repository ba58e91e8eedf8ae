import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, serveHttp } from '@pharmacy/service';
import type { GatewayContext } from './context';
import { createGraphQLHttpHandler } from './graphql-http';

const APP = 'https://app.example';
let apollo: ApolloServer<GatewayContext>;
const servers: Server[] = [];
let withOrigins: string;
let sameOriginOnly: string;

/** The real /graphql handler in front of a one-field Apollo Server, on port 0. */
async function serve(allowedOrigins: string[]): Promise<string> {
  const handler = createGraphQLHttpHandler({
    apollo,
    authenticate: () => Promise.reject(new Error('no tokens in this test')),
    allowedOrigins,
    bodyLimitBytes: 10_000,
  });
  const log = createLogger('gateway', 'silent');
  const { server, port } = await serveHttp(handler, { port: 0, host: '127.0.0.1', log });
  servers.push(server);
  return `http://127.0.0.1:${port}/graphql`;
}

beforeAll(async () => {
  apollo = new ApolloServer<GatewayContext>({
    typeDefs: 'type Query { requestId: String }',
    resolvers: {
      Query: { requestId: (_: unknown, __: unknown, ctx: GatewayContext) => ctx.requestId },
    },
  });
  await apollo.start();
  withOrigins = await serve([APP]);
  sameOriginOnly = await serve([]);
});
afterAll(async () => {
  await apollo.stop();
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });
const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ requestId }' }),
  });

describe('CORS on /graphql', () => {
  it('answers a preflight from an allowed origin, without credentials', async () => {
    const response = await preflight(withOrigins, APP);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows no other origin, and none at all when none is configured', async () => {
    for (const response of [
      await preflight(withOrigins, 'https://evil.example'),
      await preflight(sameOriginOnly, APP),
      await post(withOrigins, { origin: 'https://evil.example' }),
      await post(sameOriginOnly, { origin: APP }),
    ])
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets an allowed origin read the answer and its request id', async () => {
    const response = await post(withOrigins, { origin: APP });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('vary')).toMatch(/Origin/);
    expect(response.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  });
});

describe('request ids', () => {
  it('gives each request an id, in the response header and in its context', async () => {
    const response = await post(withOrigins);
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ data: { requestId: id } });
    expect((await post(withOrigins)).headers.get('x-request-id')).not.toBe(id);
  });

  it('keeps a well-formed incoming id and replaces anything else', async () => {
    const kept = await post(withOrigins, { 'x-request-id': 'edge-proxy:42' });
    expect(kept.headers.get('x-request-id')).toBe('edge-proxy:42');
    expect(await kept.json()).toEqual({ data: { requestId: 'edge-proxy:42' } });
    const replaced = await post(withOrigins, { 'x-request-id': 'x'.repeat(200) });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

import { request, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { handleGraphQLRequest, HttpError, readBody, sendJson, serveHttp } from './http';
import { recordingLogger } from './recording-logger';

const { log, errors } = recordingLogger();

const servers: Server[] = [];
afterEach(async () => {
  errors.length = 0;
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function serve(handle: Parameters<typeof serveHttp>[0]) {
  const { server, port } = await serveHttp(handle, { port: 0, host: '127.0.0.1', log });
  servers.push(server);
  return port;
}

/** POSTs `chunks` (chunked encoding unless `contentLength` is given) and reads a JSON answer. */
function post(port: number, chunks: string[], headers: Record<string, string | number> = {}) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const req = request(
      { port, host: '127.0.0.1', method: 'POST', path: '/graphql', headers },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, body: text ? JSON.parse(text) : null }),
        );
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

const errorBody = (message: string, code: string) => ({
  errors: [{ message, extensions: { code } }],
});

describe('readBody and serveHttp', () => {
  const echo = (limit: number) =>
    serve(async (req, res) => sendJson(res, 200, { read: await readBody(req, limit) }));

  it('reads a body up to the limit', async () => {
    const port = await echo(10);
    await expect(post(port, ['12345', '67890'])).resolves.toEqual({
      status: 200,
      body: { read: '1234567890' },
    });
    await expect(post(port, ['héllo'], { 'content-length': 6 })).resolves.toMatchObject({
      body: { read: 'héllo' },
    });
  });

  it('refuses a declared content-length over the limit with 413', async () => {
    const port = await echo(10);
    const body = 'x'.repeat(11);
    await expect(post(port, [body], { 'content-length': body.length })).resolves.toEqual({
      status: 413,
      body: errorBody('Request body too large', 'BAD_USER_INPUT'),
    });
  });

  it('refuses a chunked body that grows over the limit with 413', async () => {
    const port = await echo(10);
    await expect(post(port, ['x'.repeat(6), 'x'.repeat(6)])).resolves.toMatchObject({
      status: 413,
    });
  });

  it('answers a thrown HttpError with its status and code', async () => {
    const port = await serve(async () => {
      throw new HttpError(401, 'Missing credential');
    });
    await expect(post(port, [])).resolves.toEqual({
      status: 401,
      body: errorBody('Missing credential', 'UNAUTHENTICATED'),
    });
    expect(new HttpError(429, 'slow down', 'RATE_LIMITED').code).toBe('RATE_LIMITED');
  });

  it('answers any other failure 500 without details, and logs it', async () => {
    const port = await serve(async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.7:5432');
    });
    const { status, body } = await post(port, []);
    expect(status).toBe(500);
    expect(body).toEqual(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
    expect(errors).toEqual([
      ['request failed', { error: new Error('connect ECONNREFUSED 10.0.0.7:5432') }],
    ]);
  });

  it('keeps idle connections open longer than callers do', async () => {
    await serve(async () => {});
    expect(servers[0]!.keepAliveTimeout).toBeGreaterThan(5_000);
    expect(servers[0]!.headersTimeout).toBeGreaterThan(servers[0]!.keepAliveTimeout);
  });
});

describe('handleGraphQLRequest', () => {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { hello(name: String!): String }',
    resolvers: { Query: { hello: (_: unknown, args: { name: string }) => `hello ${args.name}` } },
  });
  let port: number;
  let server: Server;

  beforeAll(async () => {
    await apollo.start();
    ({ server, port } = await serveHttp(
      (req, res) => handleGraphQLRequest(apollo, req, res, async () => ({}), 200),
      { port: 0, host: '127.0.0.1', log },
    ));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await apollo.stop();
  });

  const json = { 'content-type': 'application/json' };

  it('answers a GraphQL request', async () => {
    const query = JSON.stringify({
      query: 'query($n: String!) { hello(name: $n) }',
      variables: { n: 'Pat' },
    });
    await expect(post(port, [query], json)).resolves.toEqual({
      status: 200,
      body: { data: { hello: 'hello Pat' } },
    });
  });

  it('refuses a body that is not JSON with 400 BAD_USER_INPUT', async () => {
    await expect(post(port, ['{"query": '], json)).resolves.toEqual({
      status: 400,
      body: errorBody('Request body is not valid JSON', 'BAD_USER_INPUT'),
    });
  });

  it('refuses a body over its limit with 413', async () => {
    const query = JSON.stringify({ query: `{ hello(name: "${'x'.repeat(300)}") }` });
    await expect(post(port, [query], json)).resolves.toMatchObject({ status: 413 });
  });
});

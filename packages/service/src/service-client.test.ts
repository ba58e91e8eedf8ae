import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  INTERNAL_CREDENTIAL_HEADER,
  internalCredentialKey,
  verifyInternalCredential,
  type Caller,
} from '@pharmacy/auth';
import { AppError } from '@pharmacy/errors';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServiceClient } from './service-client';

const key = internalCredentialKey('s'.repeat(32));

/** What the tiny subgraph saw, and how it answers the next request. */
let seen: { caller: Caller | null; body: unknown }[];
let answer: (res: ServerResponse) => void;
let server: Server;
let url: string;

const reply = (status: number, body: unknown) => (res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

beforeAll(async () => {
  server = createServer(async (req: IncomingMessage, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const credential = req.headers[INTERNAL_CREDENTIAL_HEADER];
    seen.push({
      caller: await verifyInternalCredential(
        key,
        typeof credential === 'string' ? credential : undefined,
      ),
      body: JSON.parse(text),
    });
    answer(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen = [];
});

const client = (timeoutMs?: number) =>
  createServiceClient({ caller: 'orders', url, key, ...(timeoutMs ? { timeoutMs } : {}) });

/** The error a request rejects with. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the request succeeded'),
    (error: unknown) => error as AppError,
  );

describe('createServiceClient', () => {
  it('sends the query with a credential naming the calling service, and returns data', async () => {
    answer = reply(200, { data: { reserveStock: { ok: true } } });
    const data = await client().request(
      'mutation($id: ID!) { reserveStock(orderId: $id) { ok } }',
      { id: 'o1' },
    );
    expect(data).toEqual({ reserveStock: { ok: true } });
    expect(seen).toEqual([
      {
        caller: { kind: 'service', service: 'orders' },
        body: {
          query: 'mutation($id: ID!) { reserveStock(orderId: $id) { ok } }',
          variables: { id: 'o1' },
        },
      },
    ]);
  });

  it('sends a typed document as its printed text', async () => {
    answer = reply(200, { data: { stock: 3 } });
    const document = parse('query Stock($id: ID!) { stock(id: $id) }') as TypedDocumentNode<
      { stock: number },
      { id: string }
    >;
    await expect(client().request(document, { id: 'm1' })).resolves.toEqual({ stock: 3 });
    expect(seen[0]!.body).toEqual({
      query: 'query Stock($id: ID!) {\n  stock(id: $id)\n}',
      variables: { id: 'm1' },
    });
  });

  it('passes an error with a public code through, with its message and details', async () => {
    answer = reply(200, {
      data: null,
      errors: [
        {
          message: 'Not enough Amoxicillin',
          extensions: { code: 'INSUFFICIENT_STOCK', medicationId: 'm1' },
        },
      ],
    });
    const error = await failure(client().request('{ x }'));
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe('Not enough Amoxicillin');
    expect(error.extensions).toEqual({ code: 'INSUFFICIENT_STOCK', medicationId: 'm1' });
  });

  it.each([
    [
      'an unknown code',
      {
        errors: [
          { message: 'relation "stock" does not exist at 10.0.0.9', extensions: { code: 'XX000' } },
        ],
      },
    ],
    [
      'no code',
      { errors: [{ message: 'TypeError: cannot read x of undefined at /srv/app.js:12' }] },
    ],
    ['neither data nor errors', {}],
  ])('masks an answer with %s as INTERNAL_SERVER_ERROR', async (_, body) => {
    answer = reply(200, body);
    const error = await failure(client().request('{ x }'));
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe('A service call failed');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('rejects an answer that is not JSON (a proxy error page) as INTERNAL_SERVER_ERROR', async () => {
    answer = reply(502, '<html>Bad gateway</html>');
    const error = await failure(client().request('{ x }'));
    expect(error).toBeInstanceOf(AppError);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect((error as Error & { cause?: unknown }).cause).toBeInstanceOf(SyntaxError);
  });

  it('gives up after timeoutMs, as INTERNAL_SERVER_ERROR', async () => {
    answer = () => {}; // never answers
    const error = await failure(client(50).request('{ x }'));
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(String((error as Error & { cause?: unknown }).cause)).toMatch(/timeout|aborted/i);
  });
});

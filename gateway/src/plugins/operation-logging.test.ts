import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { afterAll, describe, expect, it } from 'vitest';
import { ForbiddenError } from '@pharmacy/errors';
import { createLogger } from '@pharmacy/service';
import { operationLoggingPlugin } from './operation-logging';

const lines: Record<string, unknown>[] = [];
const log = createLogger(
  'gateway',
  'debug',
  {},
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  }),
);

const server = new ApolloServer<{ requestId: string }>({
  typeDefs: 'type Query { hello: String, broken: String, forbidden: String }',
  resolvers: {
    Query: {
      hello: () => 'hi',
      broken: () => {
        throw new TypeError('cannot read the stock table');
      },
      forbidden: () => {
        throw new ForbiddenError();
      },
    },
  },
  plugins: [operationLoggingPlugin(log)],
});
afterAll(() => server.stop());

const linesOf = (requestId: string) => lines.filter((line) => line.requestId === requestId);

describe('operationLoggingPlugin', () => {
  it('writes one line per operation under its request id', async () => {
    await server.executeOperation(
      { query: 'query Greeting { hello }' },
      { contextValue: { requestId: 'req-1' } },
    );
    expect(linesOf('req-1')).toEqual([
      expect.objectContaining({
        level: 'info',
        message: 'operation',
        operationName: 'Greeting',
        operationType: 'query',
        errorCodes: [],
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('logs the cause and stack of an error the client sees masked, not of a public one', async () => {
    await server.executeOperation(
      { query: '{ broken forbidden }' },
      { contextValue: { requestId: 'req-2' } },
    );
    const [masked, operation, ...rest] = linesOf('req-2');
    expect(rest).toEqual([]);
    expect(masked).toMatchObject({
      level: 'warn',
      message: 'masked error',
      path: ['broken'],
      error: { type: 'TypeError', message: 'cannot read the stock table' },
    });
    expect((masked!.error as { stack: string }).stack).toMatch(/operation-logging\.test\.ts/);
    expect(operation).toMatchObject({
      message: 'operation',
      errorCodes: ['INTERNAL_SERVER_ERROR', 'FORBIDDEN'],
    });
  });

  it('logs an operation that fails validation, without calling it masked', async () => {
    await server.executeOperation({ query: '{ nope }' }, { contextValue: { requestId: 'req-3' } });
    expect(linesOf('req-3')).toEqual([
      expect.objectContaining({ message: 'operation', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] }),
    ]);
  });
});

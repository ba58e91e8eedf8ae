import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INTERNAL_CREDENTIAL_HEADER,
  internalCredentialKey,
  signInternalCredential,
} from '@pharmacy/auth';
import { createLogger } from '@pharmacy/service';
import { startSubgraphServer, type RunningServer } from './subgraph-server';

const secret = 'before-response-test-secret-0123456789';

/** What each request's resolvers noted, as the hook found it at the end of the request. */
interface RequestContext {
  noted: string[];
}

/** Each test sets how the hook behaves; by default it records what the request noted. */
let hook: (context: RequestContext) => Promise<void> = async () => {};
let server: RunningServer;

beforeAll(async () => {
  const text = new GraphQLNonNull(GraphQLString);
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType<unknown, RequestContext>({
      name: 'Query',
      fields: {
        note: {
          type: text,
          args: { text: { type: text } },
          resolve: (_root, args: { text: string }, ctx) => {
            ctx.noted.push(args.text);
            return args.text;
          },
        },
      },
    }),
  });
  server = await startSubgraphServer<RequestContext>({
    name: 'before-response-test',
    schema,
    internalKey: internalCredentialKey(secret),
    log: createLogger('test', 'silent'),
    createContext: () => ({ noted: [] }),
    beforeResponse: (context) => hook(context),
  });
});
afterAll(() => server.stop());

async function ask(query: string) {
  const credential = await signInternalCredential(
    internalCredentialKey(secret),
    { kind: 'service', service: 'orders' },
    'test',
  );
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [INTERNAL_CREDENTIAL_HEADER]: credential },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Record<string, unknown>;
}

describe('beforeResponse', () => {
  it('gets each request its own context, as its resolvers left it', async () => {
    const finished: string[][] = [];
    hook = async (context) => void finished.push([...context.noted]);
    await ask('{ a: note(text: "a") b: note(text: "b") }');
    await ask('{ note(text: "c") }');
    expect(finished).toEqual([['a', 'b'], ['c']]);
  });

  it('is awaited before the response is sent', async () => {
    const finished: string[] = [];
    // Slower than the answer would be: had it not been awaited, the answer would come first.
    hook = async (context) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      finished.push(...context.noted);
    };
    expect(await ask('{ note(text: "x") }')).toEqual({ data: { note: 'x' } });
    expect(finished).toEqual(['x']);
  });

  it('answers INTERNAL_SERVER_ERROR without data when it fails', async () => {
    hook = async () => {
      throw new Error('the audit table is gone');
    };
    expect(await ask('{ note(text: "y") }')).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  });
});

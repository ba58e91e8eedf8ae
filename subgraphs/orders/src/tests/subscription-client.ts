import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { internalCredentialKey, signInternalCredential, type Caller } from '@pharmacy/auth';
import { TEST_INTERNAL_SECRET } from '@pharmacy/testing';
import type { TestOrders } from './fixtures';

/** One result of a subscription: an event, or the refusal's errors. */
export interface WatchResult<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export interface Watch<T> {
  /** The next result: an event, or (when the subscription is refused) its errors. */
  next(): Promise<WatchResult<T>>;
  close(): Promise<void>;
}

/** Resolves once `condition` holds; throws after a while instead of hanging the test. */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 1_000) throw new Error(`gave up waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A graphql-ws subscription on the orders subgraph itself, as the gateway opens it: the internal
 * credential naming `caller` in connection_init.
 */
export function watch<T>(
  orders: TestOrders,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Watch<T> {
  const key = internalCredentialKey(TEST_INTERNAL_SECRET);
  const client = createClient({
    url: orders.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: async () => ({
      credential: await signInternalCredential(key, caller, 'test'),
    }),
  });
  const events = client.iterate<T>({ query, variables });
  return {
    async next() {
      const { value, done } = await events.next();
      if (done) throw new Error('the subscription ended');
      return value as WatchResult<T>;
    },
    async close() {
      await events.return?.();
      await client.dispose();
    },
  };
}

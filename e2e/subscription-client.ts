import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Received {
  results: { data?: unknown; errors?: unknown[]; extensions?: Record<string, unknown> }[];
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves once `count` results have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<Received['results']>;
  dispose(): void;
}

/** A real graphql-ws client, as a browser app would use it. */
export function subscribe(
  gatewayUrl: string,
  query: string,
  options: { token?: string; variables?: Record<string, unknown>; origin?: string } = {},
): Received & { client: Client } {
  const results: Received['results'] = [];
  const waiters: (() => void)[] = [];
  let resolveClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>(
    (resolve) => (resolveClosed = resolve),
  );
  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, options.origin ? { headers: { origin: options.origin } } : {});
      }
    },
    retryAttempts: 0,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    on: { closed: (event) => resolveClosed(event as { code: number; reason: string }) },
  });
  const dispose = client.subscribe(
    { query, variables: options.variables ?? {} },
    {
      next: (result) => {
        results.push(result as Received['results'][number]);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: () => waiters.splice(0).forEach((wake) => wake()),
      complete: () => {},
    },
  );
  return {
    client,
    results,
    closed,
    dispose: () => {
      dispose();
      void client.dispose();
    },
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) {
        if (Date.now() > deadline)
          throw new Error(`expected ${count} events, got ${JSON.stringify(results)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return results;
    },
  };
}

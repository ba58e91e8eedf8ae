/**
 * Many graphql-ws subscribers in one process of their own, each on its own WebSocket, as many
 * browsers would be. Reads its plan as JSON from argv[2]; reports every event it receives to the
 * parent over IPC ({ client, at, tag, error }, `at` in epoch milliseconds; { client, connected }
 * once its socket is acknowledged), and disposes of every client when the parent sends 'stop'.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

interface Plan {
  url: string;
  /** Client i signs in with tokens[i % tokens.length]. */
  tokens: string[];
  query: string;
  variables: Record<string, unknown>;
  count: number;
}

const plan = JSON.parse(process.argv[2]!) as Plan;
const now = () => performance.timeOrigin + performance.now();
const disposers: (() => void)[] = [];

for (let client = 0; client < plan.count; client++) {
  const ws = createClient({
    url: plan.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: { authorization: `Bearer ${plan.tokens[client % plan.tokens.length]}` },
    on: {
      connected: () => process.send?.({ client, connected: true }),
      closed: (event) => {
        const { code } = event as { code: number };
        if (code !== 1000) process.send?.({ client, closed: code });
      },
    },
  });
  const unsubscribe = ws.subscribe(
    { query: plan.query, variables: plan.variables },
    {
      next: (result) => {
        const at = now();
        const data = result.data as
          { orderStatusChanged?: { deliveryAddress: string } } | undefined;
        process.send?.({
          client,
          at,
          // The benchmark tags each event in the order's delivery address.
          tag: data?.orderStatusChanged?.deliveryAddress ?? null,
          error: result.errors ? JSON.stringify(result.errors).slice(0, 200) : null,
        });
      },
      error: (error) => process.send?.({ client, error: String(error).slice(0, 200) }),
      complete: () => {},
    },
  );
  disposers.push(() => {
    unsubscribe();
    void ws.dispose();
  });
}

process.on('message', (message) => {
  if (message !== 'stop') return;
  disposers.forEach((dispose) => dispose());
  setTimeout(() => process.exit(0), 200);
});
process.on('disconnect', () => process.exit(0));

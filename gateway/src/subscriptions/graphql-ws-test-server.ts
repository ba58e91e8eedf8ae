import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

type Counted = 'connected' | 'subscribed' | 'completed' | 'closed';

/**
 * For tests: a real graphql-ws server on a free port, standing in for a subgraph. It counts
 * connections and subscriptions so a test can wait for them instead of sleeping.
 */
export async function startGraphQLWsTestServer(
  schema: GraphQLSchema,
  onConnect: (params: Record<string, unknown> | undefined) => Promise<boolean> | boolean = () =>
    true,
) {
  const wsServer = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await once(wsServer, 'listening');
  const counts: Record<Counted, number> = { connected: 0, subscribed: 0, completed: 0, closed: 0 };
  const changes = new EventEmitter();
  const count = (what: Counted) => {
    counts[what] += 1;
    changes.emit('change');
  };
  const cleanup = useServer(
    {
      schema,
      async onConnect(ctx) {
        const accepted = await onConnect(ctx.connectionParams);
        if (accepted) count('connected');
        return accepted;
      },
      // Once the operation runs, so an event published after this reaches it.
      onOperation: () => count('subscribed'),
      onComplete: () => count('completed'),
      onClose: () => count('closed'),
    },
    wsServer,
  );
  const { port } = wsServer.address() as AddressInfo;
  return {
    /** As the gateway configures a subgraph: its HTTP URL, the socket on the same path. */
    url: `http://127.0.0.1:${port}/graphql`,
    counts,
    /** Resolves once `what` has happened `times` times in all. */
    reached(what: Counted, times: number): Promise<void> {
      return new Promise((resolve) => {
        const check = () => {
          if (counts[what] < times) return;
          changes.off('change', check);
          resolve();
        };
        changes.on('change', check);
        check();
      });
    },
    /** Cuts every connection, as a crash or a network failure would. */
    dropConnections: () => wsServer.clients.forEach((socket) => socket.terminate()),
    async close() {
      await cleanup.dispose();
      await new Promise((resolve) => wsServer.close(resolve));
    },
  };
}

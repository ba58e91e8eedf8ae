import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { verifyInternalCredential, type Caller, type InternalCredentialKey } from '@pharmacy/auth';
import type { Logger } from '@pharmacy/service';

/**
 * graphql-ws on the subgraph's own /graphql path, for the gateway only: the connection must
 * carry the same internal credential as HTTP calls (in connection_init), naming the caller.
 */
export function startSubscriptionServer(options: {
  httpServer: Server;
  schema: GraphQLSchema;
  internalKey: InternalCredentialKey;
  createContext(caller: Caller): object;
  log: Logger;
}): () => Promise<void> {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const callers = new WeakMap<object, Caller>();
  const cleanup = useServer(
    {
      schema: options.schema,
      async onConnect(ctx) {
        const credential = ctx.connectionParams?.credential;
        const caller = await verifyInternalCredential(
          options.internalKey,
          typeof credential === 'string' ? credential : undefined,
        );
        if (!caller) return false;
        callers.set(ctx.extra, caller);
        return true;
      },
      context: (ctx) => options.createContext(callers.get(ctx.extra) ?? { kind: 'anonymous' }),
      onError: (_ctx, _id, _payload, errors) => {
        options.log.warn('subscription error', { errors: errors.map((e) => e.message) });
      },
    },
    wsServer,
  );
  return async () => {
    await cleanup.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}

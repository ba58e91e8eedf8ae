import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AccessLookup, Authenticator } from '../access';
import { clientAddressOf, type GatewayContext } from '../context';
import type { RequestRules } from '../request-rules';
import {
  authenticateConnection,
  checkStillAllowed,
  originAllowed,
  type Connection,
} from './connection-auth';
import type { FederatedSubscriptions } from './federated-subscriptions';
import {
  executeWithApollo,
  isSubscription,
  prepareSocketOperation,
  type SocketContext,
} from './socket-operation';
import { SubscriptionQuota } from './subscription-quota';

export interface SubscriptionServerOptions {
  httpServer: Server;
  apollo: ApolloServer<GatewayContext>;
  subscriptions: FederatedSubscriptions;
  /** The rules Apollo Server applies over HTTP, for the subscriptions run here. */
  rules: RequestRules;
  authenticate: Authenticator;
  /** The caller's access now, asked before each operation over the socket. */
  currentAccess: AccessLookup;
  /** The same, possibly a moment old, asked before each subscription event. */
  eventAccess: AccessLookup;
  allowedOrigins: string[];
  maxPerConnection: number;
  maxPerUser: number;
}

const asGraphQLError = (error: GraphQLError | GraphQLFormattedError) =>
  error instanceof GraphQLError
    ? error
    : new GraphQLError(error.message, { path: error.path, extensions: error.extensions });

/**
 * graphql-ws (graphql-transport-ws) on the gateway's /graphql path. The socket is accepted only
 * from allowed origins and with a valid access token in connection_init; each event is checked
 * again (token not expired, session open, access unchanged) before it is sent.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): () => Promise<void> {
  const { rules, subscriptions } = options;
  const wsServer = new WebSocketServer({ noServer: true });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/graphql')
      return socket.destroy();
    wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
  };
  options.httpServer.on('upgrade', onUpgrade);

  const connections = new WeakMap<object, Connection>();
  const quota = new SubscriptionQuota({
    perConnection: options.maxPerConnection,
    perUser: options.maxPerUser,
  });
  /** What the client sees of errors Apollo Server has not formatted; the causes are logged. */
  const masked = (errors: readonly GraphQLError[], requestId?: string) => {
    rules.logMaskedErrors(errors, requestId);
    return errors.map((error) => rules.maskError(error.toJSON()));
  };

  const cleanup = useServer<
    Record<string, unknown> | undefined,
    { request: IncomingMessage; socket: WebSocket }
  >(
    {
      schema: subscriptions.apiSchema,
      async onConnect(ctx) {
        const { request, socket } = ctx.extra;
        if (!originAllowed(request, options.allowedOrigins)) {
          socket.close(CloseCode.Forbidden, 'Origin not allowed');
          return false;
        }
        const connection = await authenticateConnection(
          ctx.connectionParams,
          socket,
          options.authenticate,
        );
        if ('code' in connection) {
          socket.close(connection.code, connection.reason);
          return false;
        }
        connections.set(ctx.extra, connection);
        return true;
      },
      async onSubscribe(ctx, id, payload) {
        const connection = connections.get(ctx.extra)!;
        try {
          // Each operation counts as a new request: a change of access counts from here.
          await checkStillAllowed(connection, options.currentAccess);
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return prepareSocketOperation({
          connection,
          clientAddress: clientAddressOf(ctx.extra.request),
          id,
          payload,
          schema: subscriptions.apiSchema,
          rules,
          quota,
        });
      },
      subscribe(args) {
        const { connection, payload: _payload, ...context } = args.contextValue as SocketContext;
        return subscriptions.subscribe({
          document: args.document,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          operationName: args.operationName,
          context,
          beforeEvent: () => checkStillAllowed(connection, options.eventAccess),
        });
      },
      // Queries and mutations run through Apollo Server, as over HTTP.
      execute: (args) => executeWithApollo(options.apollo, args.contextValue as SocketContext),
      onNext(_ctx, _id, _payload, args, result) {
        if (!result.errors) return;
        // Apollo Server's answers come formatted and logged already; subscription events do not.
        if (!isSubscription(args.document, args.operationName)) return result;
        const errors = (result.errors as readonly (GraphQLError | GraphQLFormattedError)[]).map(
          asGraphQLError,
        );
        return {
          ...result,
          errors: masked(errors, (args.contextValue as SocketContext).requestId),
        };
      },
      // A subscription refused or failed; graphql-ws gives no context here, so no request id.
      onError: (_ctx, _id, _payload, errors) => masked(errors),
      onComplete(ctx, id) {
        const connection = connections.get(ctx.extra);
        if (connection) quota.release(connection, id);
      },
      onClose(ctx) {
        const connection = connections.get(ctx.extra);
        if (connection) quota.releaseAll(connection);
      },
    },
    wsServer,
  );

  return async () => {
    options.httpServer.off('upgrade', onUpgrade);
    await cleanup.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}

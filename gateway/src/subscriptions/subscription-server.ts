import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type ExecutionResult,
  type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AccessTokenVerifier, UserCaller } from '@pharmacy/auth';
import { ErrorCode, maskFormattedError } from '@pharmacy/errors';
import type { Logger } from '@pharmacy/service';
import { clientAddressOf, type GatewayContext } from '../context';
import type { FederatedSubscriptions } from './federated-subscriptions';

export interface SubscriptionServerOptions {
  httpServer: Server;
  apollo: ApolloServer<GatewayContext>;
  subscriptions: FederatedSubscriptions;
  verifyAccessToken: AccessTokenVerifier;
  /** The caller's role now, to end subscriptions of a user whose role has changed. */
  currentRole(userId: string): Promise<string | null>;
  allowedOrigins: string[];
  validationRules: ValidationRule[];
  maxPerConnection: number;
  maxPerUser: number;
  log: Logger;
}

type SocketContext = GatewayContext & { connection: Connection };

interface Connection {
  caller: UserCaller;
  expiresAt: number;
  socket: WebSocket;
  operations: Set<string>;
}

function originAllowed(req: IncomingMessage, allowed: string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function bearer(params: Record<string, unknown> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  const match = typeof value === 'string' ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match?.[1];
}

const tooMany = (limit: number, per: string) =>
  new GraphQLError(`At most ${limit} subscriptions per ${per}`, {
    extensions: { code: ErrorCode.RATE_LIMITED },
  });

/**
 * graphql-ws (graphql-transport-ws) on the gateway's /graphql path. The socket is accepted only
 * from allowed origins and with a valid access token in connection_init; each event is checked
 * again (token not expired, role unchanged) before it is sent.
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): () => Promise<void> {
  const wsServer = new WebSocketServer({ noServer: true });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/graphql')
      return socket.destroy();
    wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
  };
  options.httpServer.on('upgrade', onUpgrade);

  const connections = new WeakMap<object, Connection>();
  const perUser = new Map<string, number>();
  const release = (connection: Connection, id: string) => {
    if (!connection.operations.delete(id)) return;
    const left = (perUser.get(connection.caller.userId) ?? 1) - 1;
    if (left > 0) perUser.set(connection.caller.userId, left);
    else perUser.delete(connection.caller.userId);
  };

  const cleanup = useServer<
    Record<string, unknown> | undefined,
    { request: IncomingMessage; socket: WebSocket }
  >(
    {
      schema: options.subscriptions.apiSchema,
      async onConnect(ctx) {
        const { request, socket } = ctx.extra;
        if (!originAllowed(request, options.allowedOrigins)) {
          socket.close(CloseCode.Forbidden, 'Origin not allowed');
          return false;
        }
        const token = bearer(ctx.connectionParams);
        if (!token) {
          socket.close(CloseCode.Unauthorized, 'Unauthorized: an access token is required');
          return false;
        }
        try {
          const caller = await options.verifyAccessToken(token);
          const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
            exp: number;
          };
          connections.set(ctx.extra, {
            caller,
            expiresAt: payload.exp * 1000,
            socket,
            operations: new Set(),
          });
          return true;
        } catch {
          socket.close(CloseCode.Forbidden, 'Forbidden: invalid or expired access token');
          return false;
        }
      },
      onSubscribe(ctx, id, payload) {
        const connection = connections.get(ctx.extra)!;
        if (connection.operations.size >= options.maxPerConnection)
          return [tooMany(options.maxPerConnection, 'connection')];
        if ((perUser.get(connection.caller.userId) ?? 0) >= options.maxPerUser)
          return [tooMany(options.maxPerUser, 'user')];
        let document;
        try {
          document = parse(payload.query, { maxTokens: 2_000 });
        } catch (error) {
          return [
            new GraphQLError((error as Error).message, {
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            }),
          ];
        }
        const errors = validate(options.subscriptions.apiSchema, document, [
          ...specifiedRules,
          ...options.validationRules,
        ]);
        if (errors.length > 0)
          return errors.map(
            (e) => new GraphQLError(e.message, { extensions: { code: ErrorCode.BAD_USER_INPUT } }),
          );
        connection.operations.add(id);
        perUser.set(connection.caller.userId, (perUser.get(connection.caller.userId) ?? 0) + 1);
        const contextValue: SocketContext = {
          caller: connection.caller,
          clientAddress: clientAddressOf(ctx.extra.request),
          connection,
        };
        return {
          schema: options.subscriptions.apiSchema,
          document,
          variableValues: payload.variables ?? {},
          operationName: payload.operationName ?? null,
          contextValue,
        } satisfies ExecutionArgs;
      },
      subscribe: (args) => {
        const context = args.contextValue as SocketContext;
        return options.subscriptions.subscribe({
          document: args.document,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          operationName: args.operationName,
          context,
          beforeEvent: () => checkStillAllowed(context.connection),
        });
      },
      async execute(args) {
        // Queries and mutations sent over the socket run like HTTP requests.
        const response = await options.apollo.executeOperation(
          {
            query: args.document,
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            operationName: args.operationName ?? undefined,
          },
          { contextValue: args.contextValue as GatewayContext },
        );
        return response.body.kind === 'single'
          ? (response.body.singleResult as ExecutionResult)
          : { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket')] };
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors) return result;
        const errors = result.errors.map((e) => maskFormattedError('toJSON' in e ? e.toJSON() : e));
        return { ...result, errors } as unknown as ExecutionResult;
      },
      onComplete(ctx, id) {
        const connection = connections.get(ctx.extra);
        if (connection) release(connection, id);
      },
      onClose(ctx) {
        const connection = connections.get(ctx.extra);
        if (connection) for (const id of [...connection.operations]) release(connection, id);
      },
    },
    wsServer,
  );

  /** A token that expired or a role that changed ends the connection before the next event. */
  async function checkStillAllowed(connection: Connection): Promise<void> {
    if (Date.now() >= connection.expiresAt) {
      connection.socket.close(CloseCode.Unauthorized, 'Unauthorized: the access token expired');
      throw new Error('access token expired');
    }
    const role = await options.currentRole(connection.caller.userId);
    if (role !== connection.caller.role) {
      connection.socket.close(CloseCode.Forbidden, 'Forbidden: your role changed; sign in again');
      throw new Error('role changed');
    }
  }

  return async () => {
    options.httpServer.off('upgrade', onUpgrade);
    await cleanup.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}

import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import {
  INTERNAL_CREDENTIAL_HEADER,
  verifyInternalCredential,
  type Caller,
  type InternalCredentialKey,
} from '@pharmacy/auth';
import { hasPublicCode, maskFormattedError } from '@pharmacy/errors';
import {
  handleGraphQLRequest,
  HttpError,
  sendJson,
  serveHttp,
  type Logger,
} from '@pharmacy/service';
import { beforeResponsePlugin, type BeforeResponse } from './before-response';

export interface SubgraphServerOptions<C extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  internalKey: InternalCredentialKey;
  log: Logger;
  /** Builds the per-request context (database, loaders) for a verified caller. */
  createContext(caller: Caller, req: IncomingMessage): Promise<C> | C;
  /** Awaited once per GraphQL request, after it ran and before its response is sent. */
  beforeResponse?: BeforeResponse<C>;
  /** Extra public routes, such as the users service's key set; each answers the methods it serves. */
  routes?: Record<string, RequestListener>;
  /** Lets another protocol (graphql-ws) share the HTTP server once it listens. */
  onListening?(server: Server): void | Promise<void>;
  onStop?(): Promise<void>;
}

export interface RunningServer {
  name: string;
  url: string;
  port: number;
  httpServer: Server;
  stop(): Promise<void>;
}

/**
 * Serves one subgraph at `/graphql`. Every GraphQL request must carry a valid internal
 * credential from the gateway or a service; anything else gets 401 before GraphQL runs.
 */
export async function startSubgraphServer<C extends BaseContext>(
  options: SubgraphServerOptions<C>,
  at: { port?: number; host?: string } = {},
): Promise<RunningServer> {
  const { log } = options;
  const httpServer = createServer();
  const apollo = new ApolloServer<C>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: false, // only the gateway and services can reach it, with a credential
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...(options.beforeResponse ? [beforeResponsePlugin(options.beforeResponse, log)] : []),
    ],
    formatError(formatted, error) {
      if (!hasPublicCode(formatted)) log.error('unexpected error', { error, path: formatted.path });
      return maskFormattedError(formatted);
    },
  });
  await apollo.start();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') return sendJson(res, 200, { status: 'ok', service: options.name });
    const route = options.routes?.[path];
    if (route) return route(req, res);
    if (path !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    const header = req.headers[INTERNAL_CREDENTIAL_HEADER];
    const caller = await verifyInternalCredential(
      options.internalKey,
      Array.isArray(header) ? header[0] : header,
    );
    if (!caller) throw new HttpError(401, 'This service is reachable only through the gateway');
    await handleGraphQLRequest(apollo, req, res, async () => options.createContext(caller, req));
  };

  const { port } = await serveHttp(handle, {
    port: at.port ?? 0,
    host: at.host ?? '127.0.0.1',
    log,
    server: httpServer,
  });
  await options.onListening?.(httpServer);
  const url = `http://${at.host ?? '127.0.0.1'}:${port}/graphql`;
  log.info('listening', { url });

  return {
    name: options.name,
    url,
    port,
    httpServer,
    async stop() {
      await apollo.stop();
      httpServer.closeAllConnections();
      await options.onStop?.();
    },
  };
}

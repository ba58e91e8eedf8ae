import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { fileURLToPath } from 'node:url';
import type { JWTVerifyGetKey } from 'jose';
import { createAccessTokenVerifier, internalCredentialKey } from '@pharmacy/auth';
import { hasPublicCode, maskFormattedError } from '@pharmacy/errors';
import {
  createLogger,
  handleGraphQLRequest,
  sendJson,
  serveHttp,
  type Logger,
} from '@pharmacy/service';
import type { GatewayConfig } from './config';
import { createIdeHandler, createStaticHandler } from './ide';
import { callerFromAuthorization, clientAddressOf, type GatewayContext } from './context';
import { queryLimitsRule } from './plugins/query-limits';
import { createRequestRateLimiter } from './plugins/request-rate-limits';
import { SubgraphDataSource } from './subgraph-data-source';
import { createCurrentRoleLookup } from './subscriptions/current-role';
import { FederatedSubscriptions } from './subscriptions/federated-subscriptions';
import { startSubscriptionServer } from './subscriptions/subscription-server';
import { UpstreamSubscriptions } from './subscriptions/upstream-subscriptions';

export interface RunningGateway {
  url: string;
  /** Subscriptions held on subgraphs. */
  upstream: UpstreamSubscriptions;
  port: number;
  httpServer: Server;
  stop(): Promise<void>;
}

export interface StartGatewayOptions {
  log?: Logger;
  /** Public keys to verify access tokens with; by default fetched from the users service. */
  keys?: JWTVerifyGetKey;
}

/** The one public endpoint: the supergraph at /graphql, plus /health and /ready. */
export async function startGateway(
  config: GatewayConfig,
  options: StartGatewayOptions = {},
): Promise<RunningGateway> {
  const log = options.log ?? createLogger('gateway');
  const production = config.mode === 'production';
  const key = internalCredentialKey(config.internalSecret);
  const verifyAccessToken = createAccessTokenVerifier(options.keys ?? new URL(config.jwksUrl));

  const dataSource = (name: string, url?: string) =>
    new SubgraphDataSource(
      config.subgraphUrls[name as keyof GatewayConfig['subgraphUrls']] ?? url ?? '',
      key,
      config.subgraphTimeoutMs,
    );
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) => dataSource(name, url),
  });
  const upstream = new UpstreamSubscriptions(config.subgraphUrls, key, log);
  const subscriptions = new FederatedSubscriptions(
    config.supergraphSdl,
    Object.fromEntries(Object.keys(config.subgraphUrls).map((name) => [name, dataSource(name)])),
    upstream,
  );

  const limitRequests = createRequestRateLimiter(config.rateLimits);
  const httpServer = createServer();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: [queryLimitsRule(config.limits)],
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ...(production ? [ApolloServerPluginDisableSuggestions()] : []),
    ],
    formatError(formatted, error) {
      if (!hasPublicCode(formatted))
        log.warn('masked error', { error: String(error), path: formatted.path });
      return maskFormattedError(formatted);
    },
  });
  await apollo.start();

  const ready = async () => {
    const results = await Promise.all(
      Object.entries(config.subgraphUrls).map(async ([name, url]) => {
        const ok = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2_000) })
          .then((r) => r.ok)
          .catch(() => false);
        return [name, ok] as const;
      }),
    );
    return Object.fromEntries(results);
  };

  // Development only: the IDE, bundled from node_modules on first use (no CDN).
  const ide = config.mode === 'development' ? createIdeHandler({ endpointPath: '/graphql' }) : null;
  ide?.catch((error: unknown) => log.error('IDE bundle failed', { error: String(error) }));
  const webApp = createStaticHandler(
    fileURLToPath(new URL('../../clients/web/dist/', import.meta.url)),
    '/app',
  );

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') {
      const subgraphs = await ready();
      const allUp = Object.values(subgraphs).every(Boolean);
      return sendJson(res, allUp ? 200 : 503, {
        status: allUp ? 'ready' : 'unavailable',
        subgraphs,
      });
    }
    if (path === '/app' || path.startsWith('/app/')) return webApp(req, res);
    if (ide && (path === '/' || path.startsWith('/ide/'))) return (await ide)(req, res);
    if (path !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    await handleGraphQLRequest(
      apollo,
      req,
      res,
      async () => {
        const caller = await callerFromAuthorization(req.headers.authorization, verifyAccessToken);
        const clientAddress = clientAddressOf(req);
        limitRequests(clientAddress, caller);
        return { caller, clientAddress };
      },
      config.bodyLimitBytes,
    );
  };

  const { port } = await serveHttp(handle, {
    port: config.port,
    host: config.host,
    log,
    server: httpServer,
  });
  const stopSubscriptions = startSubscriptionServer({
    httpServer,
    apollo,
    subscriptions,
    verifyAccessToken,
    currentRole: createCurrentRoleLookup({
      usersUrl: config.subgraphUrls.users,
      internalSecret: config.internalSecret,
    }),
    allowedOrigins: config.allowedOrigins,
    validationRules: [queryLimitsRule(config.limits)],
    maxPerConnection: config.subscriptionLimits.perConnection,
    maxPerUser: config.subscriptionLimits.perUser,
    log,
  });
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
  log.info('listening', { url, mode: config.mode });
  return {
    url,
    port,
    httpServer,
    upstream,
    async stop() {
      await stopSubscriptions();
      await upstream.close();
      await apollo.stop();
      httpServer.closeAllConnections();
    },
  };
}

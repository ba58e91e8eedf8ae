import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { JWTVerifyGetKey } from 'jose';
import { createAccessTokenVerifier, internalCredentialKey } from '@pharmacy/auth';
import { createLogger, sendJson, serveHttp, type Logger } from '@pharmacy/service';
import { createAccessLookup, createAuthenticator } from './access';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { createGraphQLHttpHandler } from './graphql-http';
import { createIdeHandler, createStaticHandler } from './ide';
import { createReadinessHandler } from './readiness';
import { requestRules } from './request-rules';
import { SubgraphDataSource } from './subgraph-data-source';
import { FederatedSubscriptions } from './subscriptions/federated-subscriptions';
import { startSubscriptionServer } from './subscriptions/subscription-server';
import { UpstreamSubscriptions } from './subscriptions/upstream-subscriptions';
import { createStripeWebhookHandler, STRIPE_WEBHOOK_PATH } from './webhooks';

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

/**
 * The one public endpoint: the supergraph at /graphql (HTTP and WebSocket), /health, /ready,
 * and Stripe's webhooks at /webhooks/stripe (passed to payments).
 */
export async function startGateway(
  config: GatewayConfig,
  options: StartGatewayOptions = {},
): Promise<RunningGateway> {
  const log = options.log ?? createLogger('gateway');
  const key = internalCredentialKey(config.internalSecret);
  const verifyAccessToken = createAccessTokenVerifier(options.keys ?? new URL(config.jwksUrl));
  const accessOptions = {
    usersUrl: config.subgraphUrls.users,
    internalSecret: config.internalSecret,
  };
  // Every request asks users what its caller may do now; subscription events may reuse an
  // answer for two seconds.
  const currentAccess = createAccessLookup(accessOptions);
  const authenticate = createAuthenticator(verifyAccessToken, currentAccess);
  const eventAccess = createAccessLookup({ ...accessOptions, ttlMs: 2_000 });
  const rules = requestRules(config, log);

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

  const httpServer = createServer();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.mode !== 'production',
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: rules.parseOptions,
    validationRules: rules.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ...rules.plugins,
    ],
    formatError: (formatted) => rules.maskError(formatted),
  });
  await apollo.start();

  const graphql = createGraphQLHttpHandler({
    apollo,
    authenticate,
    allowedOrigins: config.allowedOrigins,
    bodyLimitBytes: config.bodyLimitBytes,
  });
  const ready = createReadinessHandler(config.subgraphUrls);
  const stripeWebhook = createStripeWebhookHandler({
    paymentsUrl: config.subgraphUrls.payments,
    timeoutMs: config.subgraphTimeoutMs,
    log,
  });
  // Development only: the IDE, bundled from node_modules on first use (no CDN).
  const ide = config.mode === 'development' ? createIdeHandler({ endpointPath: '/graphql' }) : null;
  ide?.catch((error: unknown) => log.error('IDE bundle failed', { error }));
  const webApp = createStaticHandler(
    fileURLToPath(new URL('../../clients/web/dist/', import.meta.url)),
    '/app',
  );
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/graphql') return graphql(req, res);
    if (path === '/health') return sendJson(res, 200, { status: 'ok' });
    if (path === '/ready') return ready(req, res);
    if (path === STRIPE_WEBHOOK_PATH) return stripeWebhook(req, res);
    if (path === '/app' || path.startsWith('/app/')) return webApp(req, res);
    if (ide && (path === '/' || path.startsWith('/ide/'))) return (await ide)(req, res);
    return sendJson(res, 404, { error: 'not found' });
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
    rules,
    authenticate,
    currentAccess,
    eventAccess,
    allowedOrigins: config.allowedOrigins,
    maxPerConnection: config.subscriptionLimits.perConnection,
    maxPerUser: config.subscriptionLimits.perUser,
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

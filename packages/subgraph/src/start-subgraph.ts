import { readFileSync } from 'node:fs';
import type { IncomingMessage, RequestListener } from 'node:http';
import type { BaseContext } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { internalCredentialKey, type Caller } from '@pharmacy/auth';
import { openDatabase, type Database, type DatabaseHandle } from '@pharmacy/db';
import {
  createLogger,
  REQUEST_ID_HEADER,
  wellFormedRequestId,
  type Logger,
  type SubgraphName,
} from '@pharmacy/service';
import type { ServiceConfig } from './config';
import { startSubgraphServer, type RunningServer } from './subgraph-server';

/** Apollo's own resolver map type, as buildSubgraphSchema takes it. */
type ApolloResolverMap = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']
>;

export interface SubgraphRuntime<S extends Record<string, unknown>, D> {
  db: Database<S>;
  database: DatabaseHandle<S>;
  config: ServiceConfig;
  log: Logger;
  deps: D;
}

/** Everything that makes one subgraph; each subgraph's server.ts exports one of these. */
export interface SubgraphModule<
  S extends Record<string, unknown>,
  C extends BaseContext,
  D = object,
> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  /**
   * The subgraph's resolvers, typed where they are written by the types generated from its SDL
   * (src/generated/resolvers.ts). Apollo's map type describes __resolveReference as a field
   * resolver, which the generated types rightly do not, hence the one conversion below.
   */
  resolvers: object;
  dbSchema: S;
  migrationsFolder: string;
  /** Long-lived dependencies (keys, clients of other services), made once at start. */
  prepare?(runtime: Omit<SubgraphRuntime<S, D>, 'deps'>): Promise<D> | D;
  createContext(runtime: SubgraphRuntime<S, D>, caller: Caller, req?: IncomingMessage): C;
  /**
   * Once per GraphQL request over HTTP, after its operation ran and before its response is sent,
   * with the context its resolvers had: for what a request collects and writes once at its end
   * (a subgraph's audit rows in one statement). When it throws, the response is one
   * INTERNAL_SERVER_ERROR without data.
   */
  beforeResponse?(context: C): Promise<void>;
  /** Demo data, written only into an empty database. */
  seed?(runtime: SubgraphRuntime<S, D>): Promise<void>;
  /** Extra public routes by path (each answers the methods it serves, e.g. a webhook POST). */
  routes?(runtime: SubgraphRuntime<S, D>): Record<string, RequestListener>;
  /** Lets the subgraph serve more on its HTTP server (graphql-ws), with the built schema. */
  onListening?(
    runtime: SubgraphRuntime<S, D>,
    server: RunningServer['httpServer'],
    schema: GraphQLSchema,
  ): Promise<void> | void;
  onStop?(runtime: SubgraphRuntime<S, D>): Promise<void>;
}

export interface StartSubgraphOptions {
  /** Counts each SQL statement; used by the N+1 tests. */
  onQuery?: (sql: string) => void;
  /** PGlite: open a copy of this saved database instead of migrating an empty one. */
  template?: Blob;
  log?: Logger;
}

export interface RunningSubgraph<
  S extends Record<string, unknown>,
  D = object,
> extends RunningServer {
  runtime: SubgraphRuntime<S, D>;
}

export function loadTypeDefs(schemaFile: URL): DocumentNode {
  return parse(readFileSync(schemaFile, 'utf8'));
}

export async function startSubgraph<S extends Record<string, unknown>, C extends BaseContext, D>(
  module: SubgraphModule<S, C, D>,
  config: ServiceConfig,
  options: StartSubgraphOptions = {},
): Promise<RunningSubgraph<S, D>> {
  const log = options.log ?? createLogger(module.name);
  const database = await openDatabase({
    ...config.database,
    ...(options.template ? { template: options.template } : {}),
    schema: module.dbSchema,
    migrationsFolder: module.migrationsFolder,
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  const base = { db: database.db, database, config, log };
  const deps = module.prepare ? await module.prepare(base) : ({} as D);
  const runtime: SubgraphRuntime<S, D> = { ...base, deps };
  if (config.seedDemoData && module.seed) await module.seed(runtime);

  const schema = buildSubgraphSchema({
    typeDefs: module.typeDefs,
    resolvers: module.resolvers as ApolloResolverMap,
  });
  try {
    const server = await startSubgraphServer<C>(
      {
        name: module.name,
        schema,
        internalKey: internalCredentialKey(config.internalSecret),
        log,
        // Each request logs under the id the gateway gave it, so one request reads across services.
        createContext: (caller, req) => {
          const requestId = wellFormedRequestId(req.headers[REQUEST_ID_HEADER]);
          const requestLog = requestId ? runtime.log.child({ requestId }) : runtime.log;
          return module.createContext({ ...runtime, log: requestLog }, caller, req);
        },
        ...(module.beforeResponse ? { beforeResponse: module.beforeResponse.bind(module) } : {}),
        ...(module.routes ? { routes: module.routes(runtime) } : {}),
        ...(module.onListening
          ? { onListening: (httpServer) => module.onListening?.(runtime, httpServer, schema) }
          : {}),
        async onStop() {
          await module.onStop?.(runtime);
          await database.close();
        },
      },
      { port: config.port, host: config.host },
    );
    return { ...server, runtime };
  } catch (error) {
    await database.close();
    throw error;
  }
}

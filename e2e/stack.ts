import { jwksUrlOf, loadGatewayConfig, type GatewayConfig } from '@pharmacy/gateway/config';
import { startGateway, type RunningGateway } from '@pharmacy/gateway';
import { createLogger, type SubgraphName } from '@pharmacy/service';
import type { SubgraphModule } from '@pharmacy/subgraph';
import {
  freePorts,
  startTestSubgraph,
  TEST_INTERNAL_SECRET,
  type TestSubgraph,
} from '@pharmacy/testing';
import { modules } from './modules';

/** A running subgraph typed by its own module: its tables, its deps. */
type Running<M> = M extends SubgraphModule<infer S, infer _C, infer D> ? TestSubgraph<S, D> : never;
export type StackSubgraphs = { [K in SubgraphName]: Running<(typeof modules)[K]> };

export interface Stack {
  gateway: RunningGateway;
  subgraphs: StackSubgraphs;
  /** Every SQL statement run by any subgraph, in order. */
  statements: { service: SubgraphName; sql: string }[];
  /** Sends one request through the gateway; `token` is an access token. */
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; body: GraphQLBody<T> }>;
  /** Stops one subgraph, as a crash or deploy would; its data is kept for `startSubgraph`. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again on the same port with the same data. */
  startSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * The whole supergraph in this process: five subgraphs on fresh databases (in-memory PGlite, or
 * PostgreSQL with TEST_DATABASE_URL) and the gateway, all on real HTTP with free ports.
 */
export async function startStack(
  options: {
    seed?: boolean;
    gateway?: Partial<GatewayConfig>;
    /** Subgraphs made another way, such as payments set up for Stripe. */
    modules?: Partial<typeof modules>;
  } = {},
): Promise<Stack> {
  const chosen = { ...modules, ...options.modules };
  const statements: Stack['statements'] = [];
  const names = Object.keys(modules) as SubgraphName[];
  const ports = await freePorts(names.length);
  const peers = Object.fromEntries(
    names.map((name, i) => [name, `http://127.0.0.1:${ports[i]}/graphql`]),
  ) as Record<SubgraphName, string>;
  const start = async <K extends SubgraphName>(name: K, template?: Blob) => {
    // TypeScript cannot follow one name through a union of five module types: started
    // generically, each comes back typed by its own module.
    const module = chosen[name] as unknown as Parameters<typeof startTestSubgraph>[0];
    const running = await startTestSubgraph(module, {
      config: { seedDemoData: options.seed ?? false, port: ports[names.indexOf(name)]!, peers },
      onQuery: (sql) => statements.push({ service: name, sql }),
      ...(template ? { template } : {}),
    });
    return running as unknown as StackSubgraphs[K];
  };
  const entries = await Promise.all(names.map(async (name) => [name, await start(name)] as const));
  const subgraphs = Object.fromEntries(entries) as Stack['subgraphs'];
  const base = await loadGatewayConfig({ NODE_ENV: 'test', INTERNAL_SECRET: TEST_INTERNAL_SECRET });
  const gateway = await startGateway(
    {
      ...base,
      port: 0,
      subgraphUrls: peers,
      jwksUrl: jwksUrlOf(subgraphs.users.url),
      // Test files run side by side on two cores: a starved subgraph is slow, not down.
      subgraphTimeoutMs: 30_000,
      ...options.gateway,
    },
    { log: createLogger('gateway', 'silent') },
  );
  const saved = new Map<SubgraphName, Blob>();
  const stopped = new Set<SubgraphName>();
  return {
    gateway,
    subgraphs,
    statements,
    async request(query, variables, token) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    async stopSubgraph(name) {
      const running = subgraphs[name];
      if (running.runtime.database.driver === 'pglite')
        saved.set(name, await running.runtime.database.dumpTemplate());
      await running.stop();
      stopped.add(name);
    },
    async startSubgraph(name) {
      Object.assign(subgraphs, { [name]: await start(name, saved.get(name)) });
      stopped.delete(name);
    },
    async stop() {
      await gateway.stop();
      await Promise.all(names.filter((n) => !stopped.has(n)).map((n) => subgraphs[n].stop()));
    },
  };
}

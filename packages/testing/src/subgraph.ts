import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseContext } from '@apollo/server';
import { afterAll, beforeAll } from 'vitest';
import {
  INTERNAL_CREDENTIAL_HEADER,
  internalCredentialKey,
  signInternalCredential,
  type Caller,
} from '@pharmacy/auth';
import { openDatabase, resolveDatabaseUrl } from '@pharmacy/db';
import { createLogger, subgraphUrls, type SubgraphName } from '@pharmacy/service';
import {
  startSubgraph,
  type RunningSubgraph,
  type ServiceConfig,
  type SubgraphModule,
} from '@pharmacy/subgraph';

/** One secret shared by every service a test starts, as in a deployment. */
export const TEST_INTERNAL_SECRET = 'test-internal-secret-0123456789abcdef';

/**
 * Tests run on in-memory PGlite by default, or on PostgreSQL when TEST_DATABASE_URL is set
 * (one database per subgraph, named after it, as in production).
 */
export function testConfig(
  name: SubgraphName,
  overrides: Partial<ServiceConfig> = {},
): ServiceConfig {
  const url = resolveDatabaseUrl(name, { DATABASE_URL: process.env.TEST_DATABASE_URL });
  return {
    name,
    mode: 'test',
    host: '127.0.0.1',
    port: 0,
    database: url ? { url } : { dataDir: 'memory://' },
    internalSecret: TEST_INTERNAL_SECRET,
    seedDemoData: false,
    peers: subgraphUrls({}),
    ...overrides,
  };
}

/** A migrated empty PGlite database, saved once per set of migrations and reused by every test. */
async function pgliteTemplate(
  module: SubgraphModule<Record<string, unknown>, BaseContext, unknown>,
): Promise<Blob> {
  const files = (await readdir(module.migrationsFolder, { recursive: true })).sort();
  const hash = createHash('sha256');
  for (const file of files) {
    if (file.endsWith('.sql') || file.endsWith('.json'))
      hash.update(file).update(await readFile(join(module.migrationsFolder, file)));
  }
  const dir = join(tmpdir(), 'pharmacy-test-templates');
  const file = join(dir, `${module.name}-${hash.digest('hex').slice(0, 16)}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const handle = await openDatabase({
      dataDir: 'memory://',
      schema: module.dbSchema,
      migrationsFolder: module.migrationsFolder,
    });
    const blob = await handle.dumpTemplate();
    await handle.close();
    await mkdir(dir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, Buffer.from(await blob.arrayBuffer()));
    await rename(partial, file);
    return blob;
  }
}

export interface TestSubgraph<S extends Record<string, unknown>, D> extends RunningSubgraph<S, D> {
  /** Sends one GraphQL request with an internal credential naming `caller`. */
  call<T = Record<string, unknown>>(
    caller: Caller,
    query: string,
    variables?: Record<string, unknown>,
    /** Further request headers, e.g. those the gateway adds (`x-client-address`). */
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestSubgraphOptions {
  config?: Partial<ServiceConfig>;
  onQuery?: (sql: string) => void;
  /** PGlite: the saved database to start from (a restart); by default an empty migrated one. */
  template?: Blob;
}

export async function startTestSubgraph<
  S extends Record<string, unknown>,
  C extends BaseContext,
  D,
>(module: SubgraphModule<S, C, D>, options: TestSubgraphOptions = {}): Promise<TestSubgraph<S, D>> {
  const config = testConfig(module.name, options.config);
  const template = config.database.url
    ? undefined
    : (options.template ??
      (await pgliteTemplate(
        module as unknown as SubgraphModule<Record<string, unknown>, BaseContext, unknown>,
      )));
  const server = await startSubgraph(module, config, {
    log: createLogger(module.name, (process.env.LOG_LEVEL as 'silent') ?? 'silent'),
    ...(template ? { template } : {}),
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  const key = internalCredentialKey(config.internalSecret);
  return {
    ...server,
    async call(caller, query, variables, headers = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_CREDENTIAL_HEADER]: await signInternalCredential(key, caller, 'test'),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
  };
}

/**
 * A subgraph of this test file (or describe block) of its own: started before its tests (on
 * PGlite, a copy of the migrated template) and stopped after them. The getter throws if it has
 * not started.
 */
export function useTestSubgraph<S extends Record<string, unknown>, C extends BaseContext, D>(
  module: SubgraphModule<S, C, D>,
  options: TestSubgraphOptions = {},
): () => TestSubgraph<S, D> {
  let subgraph: TestSubgraph<S, D> | undefined;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(module, options);
  });
  afterAll(() => subgraph?.stop());
  return () => {
    if (!subgraph) throw new Error(`the ${module.name} subgraph has not started`);
    return subgraph;
  };
}

/** Ports the OS reports free now; taken before starting services that must know each other. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => {
      const server = createServer();
      return new Promise<Server>((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
    }),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

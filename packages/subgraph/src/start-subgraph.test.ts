import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INTERNAL_CREDENTIAL_HEADER,
  internalCredentialKey,
  signInternalCredential,
  type Caller,
} from '@pharmacy/auth';
import { createLogger, subgraphUrls } from '@pharmacy/service';
import type { ServiceConfig } from './config';
import { loadServiceConfig } from './config';
import { startSubgraph, type RunningSubgraph, type SubgraphModule } from './start-subgraph';

const secret = 'start-subgraph-test-secret-0123456789';
const events: string[] = [];
let migrations: string;
let running: RunningSubgraph<Record<string, never>, { made: number }>;

/** The smallest subgraph: one field that says who is asking, and hooks that record their calls. */
const module: SubgraphModule<Record<string, never>, { caller: Caller }, { made: number }> = {
  name: 'inventory',
  typeDefs: parse('type Query { whoAmI: String! }'),
  resolvers: {
    Query: {
      whoAmI: (_root: unknown, _args: unknown, ctx: { caller: Caller }) =>
        ctx.caller.kind === 'service' ? `service ${ctx.caller.service}` : ctx.caller.kind,
    },
  },
  dbSchema: {},
  get migrationsFolder() {
    return migrations;
  },
  prepare: () => (events.push('prepare'), { made: 1 }),
  createContext: (_runtime, caller) => ({ caller }),
  seed: async () => void events.push('seed'),
  routes: () => ({ '/hello': (_req, res) => res.end('hello') }),
  onStop: async () => void events.push('stop'),
};

const config = (seedDemoData: boolean): ServiceConfig => ({
  name: 'inventory',
  mode: 'test',
  host: '127.0.0.1',
  port: 0,
  database: { dataDir: 'memory://' },
  internalSecret: secret,
  seedDemoData,
  peers: subgraphUrls({}),
});

async function ask(credential?: string) {
  const response = await fetch(running.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credential ? { [INTERNAL_CREDENTIAL_HEADER]: credential } : {}),
    },
    body: JSON.stringify({ query: '{ whoAmI }' }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  migrations = await mkdtemp(join(tmpdir(), 'subgraph-test-migrations-'));
  await mkdir(join(migrations, 'meta'));
  await writeFile(
    join(migrations, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'postgresql', entries: [] }),
  );
  running = await startSubgraph(module, config(true), { log: createLogger('test', 'silent') });
});
afterAll(async () => {
  await rm(migrations, { recursive: true, force: true });
});

describe('startSubgraph', () => {
  it('prepares its dependencies once, then seeds, before it serves', () => {
    expect(events).toEqual(['prepare', 'seed']);
    expect(running.runtime.deps).toEqual({ made: 1 });
  });

  it('answers nothing at /graphql without a valid internal credential', async () => {
    expect((await ask()).status).toBe(401);
    const forged = await signInternalCredential(
      internalCredentialKey('another-secret-entirely-0123456789'),
      { kind: 'service', service: 'orders' },
      'test',
    );
    expect((await ask(forged)).status).toBe(401);
  });

  it('gives the verified caller to the context', async () => {
    const credential = await signInternalCredential(
      internalCredentialKey(secret),
      { kind: 'service', service: 'orders' },
      'test',
    );
    expect(await ask(credential)).toEqual({
      status: 200,
      body: { data: { whoAmI: 'service orders' } },
    });
  });

  it('serves /health and its own routes without a credential, and 404 elsewhere', async () => {
    const base = new URL(running.url);
    expect(await (await fetch(new URL('/health', base))).json()).toEqual({
      status: 'ok',
      service: 'inventory',
    });
    expect(await (await fetch(new URL('/hello', base))).text()).toBe('hello');
    expect((await fetch(new URL('/elsewhere', base))).status).toBe(404);
  });

  it('runs onStop when stopped', async () => {
    await running.stop();
    expect(events.at(-1)).toBe('stop');
  });
});

describe('loadServiceConfig', () => {
  it('refuses a port that is not a port', async () => {
    await expect(loadServiceConfig('orders', { ORDERS_PORT: 'eighty' })).rejects.toThrow(
      /port "eighty"/,
    );
  });

  it('requires INTERNAL_SECRET in production, and a long one', async () => {
    await expect(loadServiceConfig('orders', { NODE_ENV: 'production' })).rejects.toThrow(
      /INTERNAL_SECRET is required/,
    );
    await expect(
      loadServiceConfig('orders', { NODE_ENV: 'production', INTERNAL_SECRET: 'short' }),
    ).rejects.toThrow(/at least 32 characters/);
  });

  it('uses one database per subgraph under a base URL, and seeds only in development', async () => {
    const values = await loadServiceConfig('orders', {
      DATABASE_URL: 'postgres://db.example/pharmacy',
      INTERNAL_SECRET: secret,
      NODE_ENV: 'production',
    });
    expect(values.database.url).toMatch(/pharmacy_orders$/);
    expect(values.seedDemoData).toBe(false);
  });
});

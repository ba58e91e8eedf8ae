import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

export type Database<S extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, S>;
export type Transaction<S extends Record<string, unknown>> = Parameters<
  Parameters<Database<S>['transaction']>[0]
>[0];
/** What a query function may run on: the database itself or an open transaction. */
export type Queryable<S extends Record<string, unknown>> = Database<S> | Transaction<S>;

export type Driver = 'pglite' | 'postgres';

export interface DatabaseLocation {
  /** A PostgreSQL URL; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder, or `memory://` for an in-memory database. */
  dataDir?: string;
  /** PGlite: start from a saved data folder (see `dumpTemplate`) instead of an empty one. */
  template?: Blob;
}

export interface OpenDatabaseOptions<S extends Record<string, unknown>> extends DatabaseLocation {
  schema: S;
  migrationsFolder: string;
  /** Called with each SQL statement drizzle sends; used to count statements per request. */
  onQuery?: (sql: string) => void;
  migrate?: boolean;
}

export interface DatabaseHandle<S extends Record<string, unknown>> {
  db: Database<S>;
  driver: Driver;
  /** LISTEN on a channel; resolves to a function that stops listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Saves the whole PGlite data folder (PGlite only), to open copies quickly. */
  dumpTemplate(): Promise<Blob>;
  close(): Promise<void>;
}

/**
 * The PostgreSQL URL of one service: `<SERVICE>_DATABASE_URL` if set, otherwise `DATABASE_URL`
 * with the service appended to its database name (`.../pharmacy` becomes `.../pharmacy_orders`).
 */
export function resolveDatabaseUrl(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const own = env[`${service.toUpperCase()}_DATABASE_URL`];
  if (own) return own;
  const base = env.DATABASE_URL;
  if (!base) return undefined;
  const url = new URL(base);
  const name = url.pathname.replace(/^\//, '') || 'pharmacy';
  url.pathname = `/${name}_${service}`;
  return url.toString();
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    const found = await sql`select 1 from pg_database where datname = ${name}`;
    if (found.length === 0) {
      try {
        await sql.unsafe(`create database "${name.replaceAll('"', '""')}"`);
      } catch (error) {
        // Another process created it first.
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    }
  } finally {
    await sql.end();
  }
}

export async function openDatabase<S extends Record<string, unknown>>(
  options: OpenDatabaseOptions<S>,
): Promise<DatabaseHandle<S>> {
  const logger = options.onQuery
    ? { logQuery: (query: string) => options.onQuery?.(query) }
    : undefined;
  const shouldMigrate = options.migrate ?? true;

  if (options.url) {
    await ensurePostgresDatabase(options.url);
    const client = postgres(options.url, {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      onnotice: () => {},
    });
    const db = drizzlePostgres(client, { schema: options.schema, logger });
    if (shouldMigrate) {
      // Processes starting together (replicas, parallel test files) migrate one at a time.
      const lock = await client.reserve();
      try {
        await lock`select pg_advisory_lock(hashtext('drizzle-migrations'))`;
        await migratePostgres(db, { migrationsFolder: options.migrationsFolder });
      } finally {
        await lock`select pg_advisory_unlock(hashtext('drizzle-migrations'))`;
        lock.release();
      }
    }
    return {
      db: db as unknown as Database<S>,
      driver: 'postgres',
      async listen(channel, onPayload) {
        const { unlisten } = await client.listen(channel, onPayload);
        return unlisten;
      },
      async dumpTemplate() {
        throw new Error('dumpTemplate is only available on PGlite');
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) await mkdir(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, {
    ...(options.template ? { loadDataDir: options.template } : {}),
  });
  const db = drizzlePglite(client, { schema: options.schema, logger });
  if (shouldMigrate) await migratePglite(db, { migrationsFolder: options.migrationsFolder });
  return {
    db: db as unknown as Database<S>,
    driver: 'pglite',
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    dumpTemplate: () => client.dumpDataDir('none'),
    close: () => client.close(),
  };
}

import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { ensurePostgresDatabase } from './postgres-database';
import type { Database, DatabaseHandle, OpenDatabaseOptions } from './types';

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
      backgroundDb: drizzlePostgres(client, { schema: options.schema }) as unknown as Database<S>,
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
    backgroundDb: drizzlePglite(client, { schema: options.schema }) as unknown as Database<S>,
    driver: 'pglite',
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    dumpTemplate: () => client.dumpDataDir('none'),
    close: () => client.close(),
  };
}

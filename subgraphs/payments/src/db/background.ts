import type { PGlite } from '@electric-sql/pglite';
import type { DatabaseHandle } from '@pharmacy/db';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import type { PaymentsDatabase } from '../context';
import * as schema from './schema';

/**
 * The same connection (pool) as the request handle, without its per-statement hook: the relay and
 * the sweeper work in the background, outside any request, so they stay out of the statement
 * counts that show a request's cost.
 */
export function backgroundDatabase(handle: DatabaseHandle<typeof schema>): PaymentsDatabase {
  const client = (handle.db as unknown as { $client: unknown }).$client;
  const db =
    handle.driver === 'pglite'
      ? drizzlePglite(client as PGlite, { schema })
      : drizzlePostgres(client as Sql, { schema });
  return db as unknown as PaymentsDatabase;
}

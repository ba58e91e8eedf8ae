import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './types';

/** Whether `table` has no rows yet: seeds write demo data only into an empty database. */
export async function isTableEmpty<S extends Record<string, unknown>>(
  db: Database<S>,
  table: PgTable,
): Promise<boolean> {
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(table);
  return count === 0;
}

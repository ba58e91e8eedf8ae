import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

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
  /**
   * The same connection (pool) without the `onQuery` hook: relays and sweepers work in the
   * background, outside any request, so they stay out of the statement counts of requests.
   */
  backgroundDb: Database<S>;
  driver: Driver;
  /** LISTEN on a channel; resolves to a function that stops listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Saves the whole PGlite data folder (PGlite only), to open copies quickly. */
  dumpTemplate(): Promise<Blob>;
  close(): Promise<void>;
}

import postgres from 'postgres';

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

/** The database named in `url`, and a connection to the server's `postgres` database. */
function adminOf(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return { name, sql: postgres(admin.toString(), { max: 1, onnotice: () => {} }) };
}

/** Creates the database named in `url` when it does not exist yet. */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const { name, sql } = adminOf(url);
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

/** Drops the database named in `url`, closing its connections (tests' own databases). */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const { name, sql } = adminOf(url);
  try {
    await sql.unsafe(`drop database if exists "${name.replaceAll('"', '""')}" with (force)`);
  } finally {
    await sql.end();
  }
}

/**
 * Where a test keeps a database of its own: in memory on PGlite, or, when TEST_DATABASE_URL is
 * set, a new PostgreSQL database named from it with `label` and a random suffix. `drop` removes
 * it afterwards (nothing to do on PGlite).
 */
export function throwawayDatabase(
  label: string,
  env: NodeJS.ProcessEnv = process.env,
): { location: { url: string } | { dataDir: string }; drop(): Promise<void> } {
  if (!env.TEST_DATABASE_URL) return { location: { dataDir: 'memory://' }, drop: async () => {} };
  const url = new URL(env.TEST_DATABASE_URL);
  const suffix = Math.random().toString(16).slice(2, 10);
  url.pathname = `/${url.pathname.slice(1) || 'pharmacy'}_${label}_${suffix}`;
  const location = { url: url.toString() };
  return { location, drop: () => dropPostgresDatabase(location.url) };
}

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

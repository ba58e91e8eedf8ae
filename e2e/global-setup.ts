import { openDatabase, resolveDatabaseUrl } from '@pharmacy/db';

/**
 * On PostgreSQL, creates and migrates each subgraph's test database once, before test files run
 * side by side (they would otherwise race to create the same databases).
 */
export default async function setup(): Promise<void> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  const { modules } = await import('./modules');
  for (const module of Object.values(modules)) {
    const url = resolveDatabaseUrl(module.name, { DATABASE_URL: base });
    const handle = await openDatabase({
      url,
      schema: module.dbSchema,
      migrationsFolder: module.migrationsFolder,
    });
    await handle.close();
  }
}

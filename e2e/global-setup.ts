import { dropPostgresDatabase, openDatabase, resolveDatabaseUrl } from '@pharmacy/db';

/**
 * On PostgreSQL, gives every run fresh test databases: each subgraph's is dropped, created and
 * migrated once here, before the test files run side by side (they would otherwise race to
 * create them, and demo data is only seeded into empty databases).
 */
export default async function setup(): Promise<void> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  const { modules } = await import('./modules');
  for (const module of Object.values(modules)) {
    const url = resolveDatabaseUrl(module.name, { DATABASE_URL: base })!;
    await dropPostgresDatabase(url);
    const handle = await openDatabase({
      url,
      schema: module.dbSchema,
      migrationsFolder: module.migrationsFolder,
    });
    await handle.close();
  }
}

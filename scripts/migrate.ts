/** `npm run db:migrate`: applies every subgraph's migrations to its database, then exits. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, resolveDatabaseUrl } from '@pharmacy/db';
import { dataRoot, subgraphNames } from '@pharmacy/service';

for (const name of subgraphNames) {
  const url = resolveDatabaseUrl(name);
  const handle = await openDatabase({
    ...(url ? { url } : { dataDir: join(dataRoot(), name) }),
    schema: {},
    migrationsFolder: fileURLToPath(new URL(`../drizzle/${name}`, import.meta.url)),
  });
  await handle.close();
  console.log(`${name}: migrated (${url ? 'PostgreSQL' : 'embedded PGlite'})`);
}

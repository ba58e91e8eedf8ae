import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, throwawayDatabase } from '@pharmacy/db';
import * as schema from '../db/schema';
import { prescriptionsSubgraph } from '../server';

const database = throwawayDatabase('prescriptions_migration');
afterAll(() => database.drop());

/** The migrations folder as it was before the access log named actors and took DISPENSE. */
async function firstMigrationOnly(): Promise<string> {
  const from = prescriptionsSubgraph.migrationsFolder;
  const to = await mkdtemp(join(tmpdir(), 'prescriptions-migrations-'));
  await mkdir(join(to, 'meta'));
  const journal = JSON.parse(await readFile(join(from, 'meta', '_journal.json'), 'utf8'));
  const [first] = journal.entries;
  await writeFile(
    join(to, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: [first] }),
  );
  await copyFile(join(from, `${first.tag}.sql`), join(to, `${first.tag}.sql`));
  return to;
}

describe('migrating the access log', () => {
  it("names the patient on orders' takes and returns, calls takes DISPENSE, and keeps users' entries", async () => {
    const before = await firstMigrationOnly();
    const old = await openDatabase({ ...database.location, schema, migrationsFolder: before });
    const [prescription, patient, pharmacist] = [uuidv7(), uuidv7(), uuidv7()];
    await old.db.execute(sql`insert into prescriptions (id, patient_id, status, prescriber_name,
      prescriber_license, issued_at, expires_at) values (${prescription}, ${patient}, 'SUBMITTED',
      'Dr. Old', 'L-1', now() - interval '1 day', now() + interval '1 year')`);
    const entries = [
      [patient, 'PATIENT', 'CREATE'],
      [pharmacist, 'PHARMACIST', 'READ'],
      ['orders', 'SERVICE', 'TAKE'],
      ['orders', 'SERVICE', 'RETURN'],
      ['orders', 'SERVICE', 'READ'],
    ];
    for (const [actorId, actorRole, action] of entries) {
      await old.db.execute(sql`insert into prescription_access_log (id, prescription_id, actor_id,
        actor_role, action) values (${uuidv7()}, ${prescription}, ${actorId}, ${actorRole}, ${action})`);
    }
    // PGlite keeps the database in memory: carry it over as a template.
    const template = 'dataDir' in database.location ? await old.dumpTemplate() : undefined;
    await old.close();
    await rm(before, { recursive: true, force: true });

    const migrated = await openDatabase({
      ...database.location,
      ...(template ? { template } : {}),
      schema,
      migrationsFolder: prescriptionsSubgraph.migrationsFolder,
    });
    const log = schema.prescriptionAccessLog;
    const rows = await migrated.db
      .select({
        actorId: log.actorId,
        actorUserId: log.actorUserId,
        actorRole: log.actorRole,
        action: log.action,
      })
      .from(log)
      .orderBy(asc(log.id));
    await migrated.close();
    expect(rows).toEqual([
      { actorId: patient, actorUserId: patient, actorRole: 'PATIENT', action: 'CREATE' },
      { actorId: pharmacist, actorUserId: pharmacist, actorRole: 'PHARMACIST', action: 'READ' },
      { actorId: patient, actorUserId: patient, actorRole: 'SERVICE:orders', action: 'DISPENSE' },
      { actorId: patient, actorUserId: patient, actorRole: 'SERVICE:orders', action: 'RETURN' },
      { actorId: 'orders', actorUserId: null, actorRole: 'SERVICE', action: 'READ' },
    ]);
  });
});

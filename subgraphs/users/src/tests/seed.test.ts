import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, throwawayDatabase, type DatabaseHandle } from '@pharmacy/db';
import { demoStaffMemberships, demoUsers, userIdOf } from '@pharmacy/demo';
import * as schema from '../db/schema';
import { seedUsers } from '../seed';
import { usersSubgraph } from '../server';

/**
 * Processes that start together (test files, replicas) each seed an empty database: the demo
 * users end up there once, and none of the processes fails. On PostgreSQL the two seeds run on
 * two connection pools at the same time, as two processes would.
 */
describe('demo seed', () => {
  const database = throwawayDatabase('users_seed');
  const handles: DatabaseHandle<typeof schema>[] = [];
  const open = async () => {
    const handle = await openDatabase({
      ...database.location,
      schema,
      migrationsFolder: usersSubgraph.migrationsFolder,
    });
    handles.push(handle);
    return handle;
  };

  beforeAll(async () => {
    const first = await open();
    // PGlite serves one connection: the second "process" shares it.
    if ('dataDir' in database.location) handles.push(first);
    else await open();
  });
  afterAll(async () => {
    for (const handle of new Set(handles)) await handle.close();
    await database.drop();
  });

  it('writes each demo user once when two seed an empty database at once', async () => {
    await Promise.all(handles.map((handle) => seedUsers(handle.db)));
    const rows = await handles[0]!.db.select({ email: schema.users.email }).from(schema.users);
    expect(rows.map((row) => row.email).sort()).toEqual(demoUsers.map((u) => u.email).sort());
  });

  it('has the demo pharmacist and courier work for every demo pharmacy, once', async () => {
    const rows = await handles[0]!.db
      .select({
        userId: schema.staffMemberships.userId,
        pharmacyId: schema.staffMemberships.pharmacyId,
      })
      .from(schema.staffMemberships);
    const key = (row: { userId: string; pharmacyId: string }) => `${row.userId} ${row.pharmacyId}`;
    expect(rows.map(key).sort()).toEqual(demoStaffMemberships.map(key).sort());
    const staff = new Set(rows.map((row) => row.userId));
    expect(staff).toEqual(new Set([userIdOf('pharmacist'), userIdOf('courier')]));
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, throwawayDatabase, type DatabaseHandle } from '@pharmacy/db';
import { demoOrder, demoPrescription, userIdOf } from '@pharmacy/demo';
import { takenQuantities } from '../db/queries';
import * as schema from '../db/schema';
import { seedPrescriptions } from '../seed';
import { prescriptionsSubgraph } from '../server';

/**
 * The seed writes only into an empty database, so it gets one of its own. On PostgreSQL the two
 * seeds run on two connection pools at the same time, as two processes would.
 */
describe('demo seed', () => {
  const database = throwawayDatabase('prescriptions_seed');
  const handles: DatabaseHandle<typeof schema>[] = [];
  const open = async () => {
    const handle = await openDatabase({
      ...database.location,
      schema,
      migrationsFolder: prescriptionsSubgraph.migrationsFolder,
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

  it("writes the demo patient's verified prescription and the demo order's take, once", async () => {
    await Promise.all(handles.map((handle) => seedPrescriptions(handle.db)));
    const { db } = handles[0]!;
    await seedPrescriptions(db);

    const prescriptions = await db
      .select({ status: schema.prescriptions.status, verifiedBy: schema.prescriptions.verifiedBy })
      .from(schema.prescriptions)
      .where(eq(schema.prescriptions.id, demoPrescription.id));
    expect(prescriptions).toEqual([{ status: 'VERIFIED', verifiedBy: userIdOf('pharmacist') }]);

    const items = await db
      .select({
        id: schema.prescriptionItems.id,
        quantity: schema.prescriptionItems.quantity,
        refills: schema.prescriptionItems.refills,
      })
      .from(schema.prescriptionItems)
      .where(eq(schema.prescriptionItems.prescriptionId, demoPrescription.id));
    const held = await takenQuantities(
      db,
      items.map((item) => item.id),
    );
    const taken = new Map(demoOrder.lines.map((line) => [line.prescriptionItemId, line.quantity]));
    expect(
      items
        .map((item) => ({
          ...item,
          remainingQuantity: item.quantity * (1 + item.refills) - (held.get(item.id) ?? 0),
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    ).toEqual(
      demoPrescription.items
        .map((item) => ({
          id: item.id,
          quantity: item.quantity,
          refills: item.refills,
          remainingQuantity: item.quantity * (1 + item.refills) - (taken.get(item.id) ?? 0),
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});

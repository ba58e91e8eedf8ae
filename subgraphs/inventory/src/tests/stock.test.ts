import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import * as schema from '../db/schema';
import {
  anonymous,
  errorCodeOf,
  insertMedication,
  insertPharmacy,
  insertStock,
  pharmacistOf,
  user,
  useInventory,
} from './fixtures';

const SET_STOCK = `mutation($p: ID!, $m: ID!, $q: Int!) {
  setStock(pharmacyId: $p, medicationId: $m, quantity: $q) { quantityAvailable pharmacy { id } medication { id } }
}`;

const inventory = useInventory();

async function shelf(onHand?: number, reserved = 0) {
  const { db } = inventory();
  const [pharmacy, medication] = [await insertPharmacy(db), await insertMedication(db)];
  if (onHand !== undefined) await insertStock(db, pharmacy.id, medication.id, onHand, reserved);
  return { pharmacy, medication };
}

it('sets the quantity on hand and records who did it and why', async () => {
  const { db, subgraph } = inventory();
  const { pharmacy, medication } = await shelf();
  const pharmacist = pharmacistOf(pharmacy.id);
  const first = await subgraph.call(pharmacist, SET_STOCK, {
    p: pharmacy.id,
    m: medication.id,
    q: 12,
  });
  expect(first.data).toEqual({
    setStock: {
      quantityAvailable: 12,
      pharmacy: { id: pharmacy.id },
      medication: { id: medication.id },
    },
  });
  await subgraph.call(pharmacist, SET_STOCK, { p: pharmacy.id, m: medication.id, q: 5 });
  const changes = await db
    .select()
    .from(schema.stockChanges)
    .where(eq(schema.stockChanges.medicationId, medication.id))
    .orderBy(schema.stockChanges.id);
  expect(changes.map((c) => [c.deltaOnHand, c.deltaReserved, c.reason, c.actor])).toEqual([
    [12, 0, 'stock-take', pharmacist.userId],
    [-7, 0, 'stock-take', pharmacist.userId],
  ]);
});

it('refuses a negative quantity and one below what is reserved', async () => {
  const { subgraph } = inventory();
  const { pharmacy, medication } = await shelf(10, 4);
  const set = (q: number) =>
    subgraph.call(user('ADMIN'), SET_STOCK, { p: pharmacy.id, m: medication.id, q });
  expect(errorCodeOf(await set(-1))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await set(3))).toBe('BAD_USER_INPUT');
  expect((await set(4)).data).toMatchObject({ setStock: { quantityAvailable: 0 } });
});

it('never lets stock go negative, whoever writes to the table', async () => {
  const { db } = inventory();
  const { pharmacy, medication } = await shelf(3, 2);
  const row = and(
    eq(schema.stock.pharmacyId, pharmacy.id),
    eq(schema.stock.medicationId, medication.id),
  );
  const attempts = [
    sql`${schema.stock.onHand} - 4`, // on hand below zero
    sql`${schema.stock.onHand} - 2`, // on hand below reserved
  ];
  for (const onHand of attempts) {
    await expect(db.update(schema.stock).set({ onHand }).where(row)).rejects.toThrow();
  }
  await expect(db.update(schema.stock).set({ reserved: -1 }).where(row)).rejects.toThrow();
  const [after] = await db.select().from(schema.stock).where(row);
  expect(after).toMatchObject({ onHand: 3, reserved: 2 });
});

it("lists a pharmacy's stock, all of it or of given medications, and a medication's", async () => {
  const { db, subgraph } = inventory();
  const { pharmacy, medication } = await shelf(6, 1);
  const other = await insertMedication(db);
  const withdrawn = await insertMedication(db, { deletedAt: new Date() });
  await insertStock(db, pharmacy.id, other.id, 2);
  await insertStock(db, pharmacy.id, withdrawn.id, 9);
  const result = await subgraph.call<{
    pharmacy: { all: { medication: { id: string } }[]; some: { quantityAvailable: number }[] };
    medication: { stock: { pharmacy: { id: string }; quantityAvailable: number }[] };
  }>(
    anonymous,
    `query($p: ID!, $m: ID!) {
        pharmacy(id: $p) { all: stock { medication { id } } some: stock(medicationIds: [$m, "x"]) { quantityAvailable } }
        medication(id: $m) { stock { pharmacy { id } quantityAvailable } }
      }`,
    { p: pharmacy.id, m: medication.id },
  );
  expect(result.errors).toBeUndefined();
  const listed = result.data!.pharmacy.all.map((s) => s.medication.id).sort();
  expect(listed).toEqual([medication.id, other.id].sort());
  expect(result.data!.pharmacy.some).toEqual([{ quantityAvailable: 5 }]);
  expect(result.data!.medication.stock).toEqual([
    { pharmacy: { id: pharmacy.id }, quantityAvailable: 5 },
  ]);
});

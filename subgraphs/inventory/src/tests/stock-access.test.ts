import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
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
  setStock(pharmacyId: $p, medicationId: $m, quantity: $q) { quantityAvailable history { delta } }
}`;
/** A stock item's history by every path that reaches it. */
const HISTORY_PATHS = {
  pharmacy: `query($p: ID!) { pharmacy(id: $p) { stock { history { delta } } } }`,
  medication: `query($m: ID!) { medication(id: $m) { stock { history { delta } } } }`,
  entity: `query($p: ID!) { _entities(representations: [{ __typename: "Pharmacy", id: $p }]) {
    ... on Pharmacy { stock { history { delta } } } } }`,
};

const inventory = useInventory();

/** Pharmacies A and B, each holding 10 of a medication only they stock. */
async function twoPharmacies() {
  const { db } = inventory();
  const [a, b, medication] = [
    await insertPharmacy(db),
    await insertPharmacy(db),
    await insertMedication(db),
  ];
  for (const pharmacy of [a, b]) await insertStock(db, pharmacy.id, medication.id, 10);
  const stockAt = async (pharmacyId: string) => {
    const where = (t: typeof schema.stock | typeof schema.stockChanges) =>
      and(eq(t.pharmacyId, pharmacyId), eq(t.medicationId, medication.id));
    const [row] = await db.select().from(schema.stock).where(where(schema.stock));
    const changes = await db.select().from(schema.stockChanges).where(where(schema.stockChanges));
    return { onHand: row?.onHand, changes: changes.length };
  };
  return { a: a.id, b: b.id, m: medication.id, stockAt };
}

const setStock = (caller: Caller, p: string, m: string, q: number) =>
  inventory().subgraph.call(caller, SET_STOCK, { p, m, q });

it("refuses a pharmacist setting another pharmacy's stock, and changes nothing", async () => {
  const { a, b, m, stockAt } = await twoPharmacies();
  const ofA = pharmacistOf(a);
  const refused = await setStock(ofA, b, m, 3);
  expect(errorCodeOf(refused)).toBe('FORBIDDEN');
  expect(refused.data).toBeNull();
  expect(await stockAt(b)).toEqual({ onHand: 10, changes: 0 });
  // Ids are case-insensitive; membership is checked on the same id.
  expect(errorCodeOf(await setStock(ofA, b.toUpperCase(), m, 3))).toBe('FORBIDDEN');
  expect(errorCodeOf(await setStock(ofA, crypto.randomUUID(), m, 3))).toBe('FORBIDDEN');

  const allowed = await setStock(ofA, a.toUpperCase(), m, 3);
  expect(allowed).toEqual({
    data: { setStock: { quantityAvailable: 3, history: [{ delta: -7 }] } },
  });
  expect(await stockAt(a)).toEqual({ onHand: 3, changes: 1 });
  expect((await setStock(pharmacistOf(b, a), b, m, 4)).errors).toBeUndefined();
  expect((await setStock(user('ADMIN'), b, m, 5)).errors).toBeUndefined();
  expect(await stockAt(b)).toEqual({ onHand: 5, changes: 2 });
});

it('refuses patients, couriers and anonymous callers, whatever pharmacy they name', async () => {
  const { a, m, stockAt } = await twoPharmacies();
  const courierOfA = { ...pharmacistOf(a), role: 'COURIER' as const };
  const patientOfA = { ...pharmacistOf(a), role: 'PATIENT' as const };
  for (const caller of [courierOfA, patientOfA]) {
    expect(errorCodeOf(await setStock(caller, a, m, 1))).toBe('FORBIDDEN');
    const history = await inventory().subgraph.call(caller, HISTORY_PATHS.pharmacy, { p: a });
    expect(errorCodeOf(history)).toBe('FORBIDDEN');
  }
  expect(errorCodeOf(await setStock(anonymous, a, m, 1))).toBe('UNAUTHENTICATED');
  const history = await inventory().subgraph.call(anonymous, HISTORY_PATHS.pharmacy, { p: a });
  expect(errorCodeOf(history)).toBe('UNAUTHENTICATED');
  expect(await stockAt(a)).toEqual({ onHand: 10, changes: 0 });
});

it("refuses a pharmacist another pharmacy's history on every path, and shows their own", async () => {
  const { a, b, m } = await twoPharmacies();
  await setStock(user('ADMIN'), a, m, 8);
  await setStock(user('ADMIN'), b, m, 6);
  const ofA = pharmacistOf(a);
  for (const [path, query] of Object.entries(HISTORY_PATHS)) {
    const other = await inventory().subgraph.call(ofA, query, { p: b, m });
    expect(errorCodeOf(other), path).toBe('FORBIDDEN');
    expect(JSON.stringify(other.data), path).not.toContain('-4');
  }
  const own = await inventory().subgraph.call(ofA, HISTORY_PATHS.pharmacy, { p: a });
  expect(own).toEqual({ data: { pharmacy: { stock: [{ history: [{ delta: -2 }] }] } } });
  for (const caller of [pharmacistOf(a, b), user('ADMIN')]) {
    const both = await inventory().subgraph.call(caller, HISTORY_PATHS.medication, { m });
    expect(both.errors).toBeUndefined();
    const deltas = (
      both.data as { medication: { stock: { history: { delta: number }[] }[] } }
    ).medication.stock.flatMap((item) => item.history.map((change) => change.delta));
    expect(deltas.sort()).toEqual([-2, -4]);
  }
});

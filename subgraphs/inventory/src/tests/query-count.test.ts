import { v7 as uuidv7 } from 'uuid';
import { expect, it } from 'vitest';
import type { Caller } from '@pharmacy/auth';
import * as schema from '../db/schema';
import {
  insertMedication,
  insertPharmacy,
  insertStock,
  pharmacistOf,
  randomLongitude,
  service,
  uniqueWord,
  useInventory,
} from './fixtures';

const ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Pharmacy { name stock { quantityAvailable medication { name price { amount } stock { pharmacy { name } } } } }
  }
}`;
const NEARBY = `query($lat: Float!, $lng: Float!, $ids: [ID!]) {
  pharmaciesNearby(latitude: $lat, longitude: $lng, radiusKm: 5, medicationIds: $ids) {
    pharmacy { name stock { medication { name } } } stock { quantityAvailable medication { name } pharmacy { name } }
  }
}`;

const inventory = useInventory();

/** `pharmacies` pharmacies near one point, each stocking `medications` medications. */
async function stocked(pharmacies: number, medications: number) {
  const { db } = inventory();
  const lng = randomLongitude();
  const meds = [];
  for (let m = 0; m < medications; m++) meds.push(await insertMedication(db));
  const shops = [];
  for (let p = 0; p < pharmacies; p++) {
    const shop = await insertPharmacy(db, 30 + p * 0.001, lng);
    for (const med of meds) await insertStock(db, shop.id, med.id, 5 + p);
    shops.push(shop);
  }
  return { lng, shops, meds };
}

/** How many SQL statements one request takes. */
async function statementsFor(
  query: string,
  variables: Record<string, unknown>,
  caller: Caller = service,
) {
  const { subgraph, statements } = inventory();
  statements.length = 0;
  const result = await subgraph.call(caller, query, variables);
  expect(result.errors).toBeUndefined();
  return statements.length;
}

it('resolves pharmacies, their stock and its medications in a fixed number of statements', async () => {
  const counts = [];
  for (const [pharmacies, medications] of [
    [1, 1],
    [3, 4],
    [6, 8],
  ] as const) {
    const { shops } = await stocked(pharmacies, medications);
    const r = shops.map((shop) => ({ __typename: 'Pharmacy', id: shop.id }));
    counts.push(await statementsFor(ENTITIES, { r }));
  }
  expect(counts[0]).toBeLessThanOrEqual(5);
  expect(new Set(counts).size).toBe(1);
});

it('answers a nearby search with one query for pharmacies and one for stock', async () => {
  const counts = [];
  for (const [pharmacies, medications] of [
    [1, 1],
    [4, 3],
    [8, 6],
  ] as const) {
    const { lng, meds } = await stocked(pharmacies, medications);
    counts.push(await statementsFor(NEARBY, { lat: 30, lng, ids: meds.map((m) => m.id) }));
  }
  // Checking the requested medications, the pharmacies, their stock, each pharmacy's full stock.
  expect(counts).toEqual([4, 4, 4]);
});

it('lists the catalogue with stock per pharmacy in a fixed number of statements', async () => {
  const { db } = inventory();
  // Medications of this test's own, stocked, so other tests' rows cannot change what is listed.
  const word = uniqueWord();
  const shop = await insertPharmacy(db);
  for (let m = 0; m < 12; m++) {
    const medication = await insertMedication(db, { name: `Count ${word} ${m} tablets` });
    await insertStock(db, shop.id, medication.id, 3);
  }
  const counts = [];
  for (const first of [1, 5, 12]) {
    counts.push(
      await statementsFor(
        `{ medications(search: "${word}", first: ${first}) { nodes { name stock { pharmacy { name } } } } }`,
        {},
      ),
    );
  }
  expect(counts).toEqual([3, 3, 3]);
});

const HISTORIES = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Pharmacy { stock { latest: history(first: 2) { delta } history { delta reason at by { id } } } }
  }
}`;

it('reads the history of every stock item of a request in one statement per page size', async () => {
  const { db } = inventory();
  const counts = [];
  for (const [pharmacies, medications] of [
    [1, 1],
    [3, 4],
    [5, 6],
  ] as const) {
    const { shops, meds } = await stocked(pharmacies, medications);
    const changes = shops.flatMap((shop) =>
      meds.flatMap((med) =>
        [3, -1, 2].map((delta) => ({
          id: uuidv7(),
          pharmacyId: shop.id,
          medicationId: med.id,
          deltaOnHand: delta,
          deltaReserved: 0,
          reason: 'stock-take' as const,
          actor: uuidv7(),
        })),
      ),
    );
    await db.insert(schema.stockChanges).values(changes);
    const r = shops.map((shop) => ({ __typename: 'Pharmacy', id: shop.id }));
    counts.push(await statementsFor(HISTORIES, { r }, pharmacistOf(...shops.map((s) => s.id))));
  }
  // The pharmacies, their stock, and one history query for each of the two page sizes.
  expect(counts).toEqual([4, 4, 4]);
});

import { expect, it } from 'vitest';
import {
  insertMedication,
  insertPharmacy,
  insertStock,
  randomLongitude,
  service,
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
async function statementsFor(query: string, variables: Record<string, unknown>) {
  const { subgraph, statements } = inventory();
  statements.length = 0;
  const result = await subgraph.call(service, query, variables);
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
  const counts = [];
  for (const first of [1, 10, 40]) {
    counts.push(
      await statementsFor(
        `{ medications(first: ${first}) { nodes { name stock { pharmacy { name } } } } }`,
        {},
      ),
    );
  }
  expect(counts).toEqual([3, 3, 3]);
});

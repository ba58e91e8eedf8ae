import { expect, it } from 'vitest';
import {
  anonymous,
  errorCodeOf,
  insertMedication,
  insertPharmacy,
  insertStock,
  randomLongitude,
  useInventory,
} from './fixtures';

const NEARBY = `query($lat: Float!, $lng: Float!, $r: Float, $ids: [ID!]) {
  pharmaciesNearby(latitude: $lat, longitude: $lng, radiusKm: $r, medicationIds: $ids) {
    pharmacy { id } distanceKm hasAll stock { medication { id } quantityAvailable }
  }
}`;
interface Availability {
  pharmacy: { id: string };
  distanceKm: number;
  hasAll: boolean;
  stock: { medication: { id: string }; quantityAvailable: number }[];
}

const inventory = useInventory();

const nearby = (variables: Record<string, unknown>) =>
  inventory().subgraph.call<{ pharmaciesNearby: Availability[] }>(anonymous, NEARBY, variables);

it('finds pharmacies within the radius, nearest first, at haversine distances', async () => {
  const { db } = inventory();
  const lng = randomLongitude();
  // Distances from (48, lng), worked out by hand with the haversine formula, R = 6371.0088 km.
  const expected = [
    { at: [48.01, lng], km: 1.11195 }, // due north: R * 0.01° in radians
    { at: [48, lng + 0.03], km: 2.23212 },
    { at: [47.97, lng - 0.02], km: 3.65289 },
    { at: [48.03, lng + 0.03], km: 4.0134 },
  ];
  const outside = [
    [48.04, lng + 0.06], // inside the bounding box, 6.30 km away
    [48.1, lng], // 11.12 km
  ];
  const inside = [];
  for (const { at } of [...expected].reverse())
    inside.unshift(await insertPharmacy(db, at[0], at[1]));
  const excluded = [];
  for (const at of outside) excluded.push(await insertPharmacy(db, at[0], at[1]));

  const result = await nearby({ lat: 48, lng, r: 5 });
  expect(result.errors).toBeUndefined();
  const ours = new Set([...inside, ...excluded].map((p) => p.id));
  const found = result.data!.pharmaciesNearby.filter((a) => ours.has(a.pharmacy.id));
  expect(found.map((a) => a.pharmacy.id)).toEqual(inside.map((p) => p.id));
  found.forEach((a, i) => expect(a.distanceKm).toBeCloseTo(expected[i]!.km, 2));
  const all = result.data!.pharmaciesNearby.map((a) => a.distanceKm);
  expect(all).toEqual([...all].sort((a, b) => a - b));
  expect(found.every((a) => a.hasAll && a.stock.length === 0)).toBe(true);

  const wider = await nearby({ lat: 48, lng, r: 12 });
  const widerIds = wider.data!.pharmaciesNearby.map((a) => a.pharmacy.id);
  expect(excluded.every((p) => widerIds.includes(p.id))).toBe(true);
});

it('reports the requested medications at each pharmacy and whether it has them all', async () => {
  const { db } = inventory();
  const lng = randomLongitude();
  const [a, b] = [await insertMedication(db), await insertMedication(db)];
  const both = await insertPharmacy(db, 10, lng);
  const onlyA = await insertPharmacy(db, 10.001, lng);
  const allReserved = await insertPharmacy(db, 10.002, lng);
  await insertStock(db, both.id, a.id, 3);
  await insertStock(db, both.id, b.id, 1);
  await insertStock(db, onlyA.id, a.id, 7);
  await insertStock(db, allReserved.id, a.id, 2, 1);
  await insertStock(db, allReserved.id, b.id, 2, 2);

  const result = await nearby({ lat: 10, lng, r: 1, ids: [a.id, b.id] });
  expect(result.errors).toBeUndefined();
  const byId = new Map(result.data!.pharmaciesNearby.map((x) => [x.pharmacy.id, x]));
  const quantities = (id: string) =>
    byId.get(id)?.stock.map((s) => [s.medication.id, s.quantityAvailable]);
  expect(quantities(both.id)).toEqual([
    [a.id, 3],
    [b.id, 1],
  ]);
  expect(quantities(onlyA.id)).toEqual([
    [a.id, 7],
    [b.id, 0],
  ]);
  expect(quantities(allReserved.id)).toEqual([
    [a.id, 1],
    [b.id, 0],
  ]);
  expect([both, onlyA, allReserved].map((p) => byId.get(p.id)?.hasAll)).toEqual([
    true,
    false,
    false,
  ]);
});

it('refuses points and radii out of range, and unknown medications', async () => {
  const point = { lat: 48, lng: 13 };
  expect(errorCodeOf(await nearby({ ...point, lat: 90.5 }))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await nearby({ ...point, lng: -180.1 }))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await nearby({ ...point, r: 0 }))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await nearby({ ...point, r: 100.5 }))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await nearby({ ...point, ids: ['not-a-uuid'] }))).toBe('NOT_FOUND');
  expect(errorCodeOf(await nearby({ ...point, ids: [crypto.randomUUID()] }))).toBe('NOT_FOUND');
});

import { expect, it } from 'vitest';
import {
  errorCodeOf,
  insertShelf,
  pharmacistOf,
  reserveStock,
  service,
  user,
  useInventory,
} from './fixtures';

const SET_STOCK = `mutation($p: ID!, $m: ID!, $q: Int!) {
  setStock(pharmacyId: $p, medicationId: $m, quantity: $q) { quantityAvailable }
}`;
const HISTORY = `query($p: ID!, $first: Int) {
  pharmacy(id: $p) { stock { history(first: $first) { delta reservedDelta reason at by { id } } } }
}`;

interface Change {
  delta: number;
  reservedDelta: number;
  reason: string;
  at: string;
  by: { id: string } | null;
}

const inventory = useInventory();

async function historyOf(pharmacyId: string, first?: number) {
  const result = await inventory().subgraph.call<{
    pharmacy: { stock: { history: Change[] }[] };
  }>(user('ADMIN'), HISTORY, { p: pharmacyId, first });
  expect(result.errors).toBeUndefined();
  return result.data!.pharmacy.stock[0]!.history;
}

it("shows who changed a stock item and by how much, and an order's movements, newest first", async () => {
  const { subgraph } = inventory();
  const { pharmacy, medications } = await insertShelf(inventory().db, 0);
  const [p, m] = [pharmacy.id, medications[0]!.id];
  const [pharmacist, admin] = [pharmacistOf(p), user('ADMIN')];
  await subgraph.call(pharmacist, SET_STOCK, { p, m, q: 12 });
  await subgraph.call(admin, SET_STOCK, { p, m, q: 9 });
  const [sold, released] = [crypto.randomUUID(), crypto.randomUUID()];
  await reserveStock(inventory(), sold, p, [{ medicationId: m, quantity: 2 }]);
  await subgraph.call(service, `mutation { commitStock(orderId: "${sold}") { status } }`);
  await reserveStock(inventory(), released, p, [{ medicationId: m, quantity: 3 }]);
  await subgraph.call(service, `mutation { releaseStock(orderId: "${released}") { status } }`);

  const history = await historyOf(p);
  expect(history.map(({ at: _at, ...change }) => change)).toEqual([
    { delta: 0, reservedDelta: -3, reason: `released (order ${released})`, by: null },
    { delta: 0, reservedDelta: 3, reason: `reserved (order ${released})`, by: null },
    { delta: -2, reservedDelta: -2, reason: `sold (order ${sold})`, by: null },
    { delta: 0, reservedDelta: 2, reason: `reserved (order ${sold})`, by: null },
    { delta: -3, reservedDelta: 0, reason: 'stock-take', by: { id: admin.userId } },
    { delta: 12, reservedDelta: 0, reason: 'stock-take', by: { id: pharmacist.userId } },
  ]);
  const times = history.map((change) => Date.parse(change.at));
  expect(times.every(Number.isFinite)).toBe(true);
  expect([...times].sort((a, b) => b - a)).toEqual(times);

  expect(await historyOf(p, 2)).toEqual(history.slice(0, 2));
});

it('bounds the page size and shows an untouched item an empty history', async () => {
  const { pharmacy } = await insertShelf(inventory().db, 5);
  expect(await historyOf(pharmacy.id)).toEqual([]);
  for (const first of [0, -1, 101]) {
    const result = await inventory().subgraph.call(user('ADMIN'), HISTORY, {
      p: pharmacy.id,
      first,
    });
    expect(errorCodeOf(result), String(first)).toBe('BAD_USER_INPUT');
  }
});

it('shows twenty changes unless asked for more', async () => {
  const { subgraph } = inventory();
  const { pharmacy, medications } = await insertShelf(inventory().db, 0);
  const [p, m] = [pharmacy.id, medications[0]!.id];
  for (let q = 1; q <= 22; q++) await subgraph.call(user('ADMIN'), SET_STOCK, { p, m, q });
  const latest = await historyOf(p);
  expect(latest).toHaveLength(20);
  expect(latest.every((change) => change.delta === 1)).toBe(true);
  expect(await historyOf(p, 100)).toHaveLength(22);
});

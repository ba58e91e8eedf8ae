import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import * as schema from '../db/schema';
import type { StockLine } from '../services/stock-reservation';
import { errorCodeOf, insertShelf, reserveStock, service, useInventory } from './fixtures';

const RELEASE = `mutation($o: ID!) { releaseStock(orderId: $o) { status lines { quantity } } }`;
const COMMIT = `mutation($o: ID!) { commitStock(orderId: $o) { status } }`;

const inventory = useInventory();
const shelf = (...onHand: number[]) => insertShelf(inventory().db, ...onHand);
const reserve = (orderId: string, pharmacyId: string, lines: StockLine[]) =>
  reserveStock(inventory(), orderId, pharmacyId, lines);
const call = (query: string, variables: Record<string, unknown>) =>
  inventory().subgraph.call(service, query, variables);

it('releases once, and treats an unknown order as already released', async () => {
  const { pharmacy, medications, level } = await shelf(10);
  const orderId = crypto.randomUUID();
  await reserve(orderId, pharmacy.id, [{ medicationId: medications[0]!.id, quantity: 4 }]);
  for (let i = 0; i < 2; i++) {
    expect((await call(RELEASE, { o: orderId })).data).toEqual({
      releaseStock: { status: 'RELEASED', lines: [{ quantity: 4 }] },
    });
    expect(await level()).toEqual({ onHand: 10, reserved: 0 });
  }
  expect((await call(RELEASE, { o: crypto.randomUUID() })).data).toEqual({
    releaseStock: { status: 'RELEASED', lines: [] },
  });
  expect(errorCodeOf(await call(COMMIT, { o: orderId }))).toBe('CONFLICT');
  // A retried reserve of a released order does not take the stock again.
  const again = await reserve(orderId, pharmacy.id, [
    { medicationId: medications[0]!.id, quantity: 4 },
  ]);
  expect(again.data).toMatchObject({ reserveStock: { status: 'RELEASED' } });
  expect(await level()).toEqual({ onHand: 10, reserved: 0 });
});

it('commits a reservation as a sale once, and restocks it when released afterwards', async () => {
  const { pharmacy, medications, level } = await shelf(10);
  const orderId = crypto.randomUUID();
  await reserve(orderId, pharmacy.id, [{ medicationId: medications[0]!.id, quantity: 4 }]);
  for (let i = 0; i < 2; i++) {
    expect((await call(COMMIT, { o: orderId })).data).toEqual({
      commitStock: { status: 'COMMITTED' },
    });
    expect(await level()).toEqual({ onHand: 6, reserved: 0 });
  }
  expect(errorCodeOf(await call(COMMIT, { o: crypto.randomUUID() }))).toBe('NOT_FOUND');
  await call(RELEASE, { o: orderId });
  expect(await level()).toEqual({ onHand: 10, reserved: 0 });
  const reasons = await inventory()
    .db.select()
    .from(schema.stockChanges)
    .where(eq(schema.stockChanges.orderId, orderId))
    .orderBy(schema.stockChanges.id);
  expect(reasons.map((c) => [c.reason, c.deltaOnHand, c.deltaReserved, c.actor])).toEqual([
    ['reserved', 0, 4, 'service:orders'],
    ['sold', -4, -4, 'service:orders'],
    ['returned', 4, 0, 'service:orders'],
  ]);
});

it('refuses unknown pharmacies, unknown medications and bad quantities', async () => {
  const { pharmacy, medications } = await shelf(10);
  const line = { medicationId: medications[0]!.id, quantity: 1 };
  expect(errorCodeOf(await reserve(crypto.randomUUID(), crypto.randomUUID(), [line]))).toBe(
    'NOT_FOUND',
  );
  expect(
    errorCodeOf(await reserve(crypto.randomUUID(), pharmacy.id, [{ ...line, medicationId: 'x' }])),
  ).toBe('NOT_FOUND');
  expect(
    errorCodeOf(await reserve(crypto.randomUUID(), pharmacy.id, [{ ...line, quantity: 0 }])),
  ).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await reserve(crypto.randomUUID(), pharmacy.id, []))).toBe('BAD_USER_INPUT');
  expect(errorCodeOf(await reserve('not-a-uuid', pharmacy.id, [line]))).toBe('BAD_USER_INPUT');
});

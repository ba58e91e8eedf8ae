import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import * as schema from '../db/schema';
import type { StockLine } from '../services/stock-reservation';
import { errorCodeOf, insertShelf, reserveStock, useInventory } from './fixtures';

// On PGlite these run one at a time; CI runs them on PostgreSQL too (TEST_DATABASE_URL).
const inventory = useInventory();
const shelf = (...onHand: number[]) => insertShelf(inventory().db, ...onHand);
const reserve = (orderId: string, pharmacyId: string, lines: StockLine[]) =>
  reserveStock(inventory(), orderId, pharmacyId, lines);

it('never reserves more than is available, however many orders race for it', async () => {
  const { pharmacy, medications, level } = await shelf(5);
  const line = { medicationId: medications[0]!.id, quantity: 1 };
  const results = await Promise.all(
    Array.from({ length: 20 }, () => reserve(crypto.randomUUID(), pharmacy.id, [line])),
  );
  expect(results.filter((r) => r.data?.reserveStock).length).toBe(5);
  expect(results.filter((r) => errorCodeOf(r) === 'INSUFFICIENT_STOCK').length).toBe(15);
  expect(await level()).toEqual({ onHand: 5, reserved: 5 });
  const changes = await inventory()
    .db.select()
    .from(schema.stockChanges)
    .where(eq(schema.stockChanges.medicationId, line.medicationId));
  expect(changes.map((c) => c.deltaReserved)).toEqual([1, 1, 1, 1, 1]);
});

it('reserves all lines or none, naming what is short', async () => {
  const { pharmacy, medications, level } = await shelf(4, 1);
  const [a, b] = medications.map((m) => m.id);
  const result = await reserve(crypto.randomUUID(), pharmacy.id, [
    { medicationId: a!, quantity: 2 },
    { medicationId: b!, quantity: 2 },
  ]);
  expect(errorCodeOf(result)).toBe('INSUFFICIENT_STOCK');
  expect(result.errors?.[0]?.extensions?.medicationIds).toEqual([b]);
  expect(result.errors?.[0]?.message).toContain(medications[1]!.name);
  expect([await level(0), await level(1)]).toEqual([
    { onHand: 4, reserved: 0 },
    { onHand: 1, reserved: 0 },
  ]);
});

it('reserves once per order id, even when the same order is sent many times at once', async () => {
  const { pharmacy, medications, level } = await shelf(10);
  const orderId = crypto.randomUUID();
  const lines = [{ medicationId: medications[0]!.id, quantity: 3 }];
  const results = await Promise.all(
    Array.from({ length: 5 }, () => reserve(orderId, pharmacy.id, lines)),
  );
  for (const result of results) {
    expect(result.data).toEqual({
      reserveStock: { orderId, pharmacyId: pharmacy.id, status: 'RESERVED', lines },
    });
  }
  expect(await level()).toEqual({ onHand: 10, reserved: 3 });
  expect(errorCodeOf(await reserve(orderId, pharmacy.id, [{ ...lines[0]!, quantity: 4 }]))).toBe(
    'CONFLICT',
  );
});

import { afterAll, beforeAll } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { Caller, Role } from '@pharmacy/auth';
import { startTestSubgraph, type TestSubgraph } from '@pharmacy/testing';
import type { InventoryDatabase } from '../db/queries';
import * as schema from '../db/schema';
import { inventorySubgraph } from '../server';

/**
 * One inventory subgraph shared by every suite of this folder (see inventory.test.ts), so the
 * migrations run once even on PostgreSQL. Suites make their own rows with fresh ids and names.
 */
export interface Inventory {
  subgraph: TestSubgraph<typeof schema, object>;
  db: InventoryDatabase;
  /** Every SQL statement sent since the last `statements.length = 0`. */
  statements: string[];
}

export function useInventory(): () => Inventory {
  let inventory: Inventory | undefined;
  const statements: string[] = [];
  beforeAll(async () => {
    const subgraph = await startTestSubgraph(inventorySubgraph, {
      onQuery: (sql) => statements.push(sql),
    });
    inventory = { subgraph, db: subgraph.runtime.db, statements };
  });
  afterAll(() => inventory?.subgraph.stop());
  return () => {
    if (!inventory) throw new Error('the inventory subgraph has not started');
    return inventory;
  };
}

export const anonymous: Caller = { kind: 'anonymous' };
export const service: Caller = { kind: 'service', service: 'orders' };
export const user = (role: Role): Caller => ({ kind: 'user', userId: uuidv7(), role });

/** A short random lowercase word, to make names no other test (or earlier run) uses. */
export const uniqueWord = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (n) =>
    String.fromCharCode(97 + (n % 26)),
  ).join('');

export async function insertMedication(
  db: InventoryDatabase,
  values: Partial<typeof schema.medications.$inferInsert> = {},
) {
  const [row] = await db
    .insert(schema.medications)
    .values({
      id: uuidv7(),
      name: `Test ${uniqueWord()} 10 mg tablets`,
      form: 'tablet',
      strength: '10 mg',
      requiresPrescription: false,
      priceAmount: 499,
      currency: 'EUR',
      ...values,
    })
    .returning();
  return row!;
}

export async function insertPharmacy(db: InventoryDatabase, latitude = 48, longitude = 0) {
  const [row] = await db
    .insert(schema.pharmacies)
    .values({
      id: uuidv7(),
      name: `Pharmacy ${uniqueWord()}`,
      address: 'Test Street 1',
      latitude,
      longitude,
    })
    .returning();
  return row!;
}

export async function insertStock(
  db: InventoryDatabase,
  pharmacyId: string,
  medicationId: string,
  onHand: number,
  reserved = 0,
) {
  await db.insert(schema.stock).values({ pharmacyId, medicationId, onHand, reserved });
}

/** A longitude far from the demo data and, most likely, from other tests' pharmacies. */
export const randomLongitude = () => Math.round((Math.random() * 300 - 150) * 1e4) / 1e4;

export const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.code;

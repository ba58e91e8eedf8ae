import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Role } from '@pharmacy/auth';
import { serviceCaller, userCaller, useTestSubgraph, type TestSubgraph } from '@pharmacy/testing';
import type { InventoryDatabase } from '../db/queries';
import * as schema from '../db/schema';
import type { InventoryDeps } from '../deps';
import type { StockLine } from '../services/stock-reservation';
import { inventorySubgraph } from '../server';

export interface Inventory {
  subgraph: TestSubgraph<typeof schema, InventoryDeps>;
  db: InventoryDatabase;
  /** Every SQL statement sent since the last `statements.length = 0`. */
  statements: string[];
}

/**
 * An inventory subgraph of this test file's own: started before its tests (on PGlite, a copy of
 * the migrated template) and stopped after them. Tests make their own rows with fresh ids and
 * names, so they also share one PostgreSQL database safely.
 */
export function useInventory(): () => Inventory {
  const statements: string[] = [];
  const started = useTestSubgraph(inventorySubgraph, { onQuery: (sql) => statements.push(sql) });
  let inventory: Inventory | undefined;
  return () => {
    const subgraph = started();
    if (inventory?.subgraph !== subgraph)
      inventory = { subgraph, db: subgraph.runtime.db, statements };
    return inventory;
  };
}

export { anonymous, errorCodeOf } from '@pharmacy/testing';
export const service = serviceCaller('orders');
export const user = (role: Role) => userCaller(role);
/** A pharmacist (fresh id) who works for the given pharmacies. */
export const pharmacistOf = (...pharmacyIds: string[]) =>
  userCaller('PHARMACIST', uuidv7(), pharmacyIds);

/** A short random lowercase word, to make names no other test (or earlier run) uses. */
export const uniqueWord = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (n) =>
    String.fromCharCode(97 + (n % 26)),
  ).join('');

/** A longitude far from the demo data and, most likely, from other tests' pharmacies. */
export const randomLongitude = () => Math.round((Math.random() * 300 - 150) * 1e4) / 1e4;

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

/** A new pharmacy holding one new medication per quantity given, and its stock levels. */
export async function insertShelf(db: InventoryDatabase, ...onHand: number[]) {
  const pharmacy = await insertPharmacy(db);
  const medications: Awaited<ReturnType<typeof insertMedication>>[] = [];
  for (const quantity of onHand) {
    const medication = await insertMedication(db);
    await insertStock(db, pharmacy.id, medication.id, quantity);
    medications.push(medication);
  }
  const { stock } = schema;
  const level = async (i = 0) => {
    const [row] = await db
      .select({ onHand: stock.onHand, reserved: stock.reserved })
      .from(stock)
      .where(and(eq(stock.pharmacyId, pharmacy.id), eq(stock.medicationId, medications[i]!.id)));
    return row;
  };
  return { pharmacy, medications, level };
}

const RESERVE = `mutation($o: ID!, $p: ID!, $lines: [StockLineInput!]!) {
  reserveStock(orderId: $o, pharmacyId: $p, lines: $lines) { orderId pharmacyId status lines { medicationId quantity } }
}`;

/** reserveStock as the orders service calls it. */
export const reserveStock = (
  { subgraph }: Inventory,
  orderId: string,
  pharmacyId: string,
  lines: StockLine[],
) => subgraph.call(service, RESERVE, { o: orderId, p: pharmacyId, lines });

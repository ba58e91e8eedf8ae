import { isTableEmpty } from '@pharmacy/db';
import {
  demoMedications,
  demoPharmacies,
  demoStockQuantity,
  medicationIdOf,
  pharmacyIdOf,
} from '@pharmacy/demo';
import type { InventoryDatabase } from './db/queries';
import * as schema from './db/schema';

/** The demo catalogue, pharmacies and stock, only into an empty database. */
export async function seedInventory(db: InventoryDatabase): Promise<void> {
  if (!(await isTableEmpty(db, schema.medications))) return;
  await db
    .insert(schema.medications)
    .values(
      demoMedications.map(({ key, price, ...medication }) => ({
        ...medication,
        id: medicationIdOf(key),
        priceAmount: price,
        currency: 'EUR',
      })),
    )
    .onConflictDoNothing();
  await db
    .insert(schema.pharmacies)
    .values(demoPharmacies.map(({ key, ...pharmacy }) => ({ ...pharmacy, id: pharmacyIdOf(key) })))
    .onConflictDoNothing();
  // Pairs with no stock get no row: a missing row reads as zero everywhere.
  const stock = demoPharmacies.flatMap((pharmacy, p) =>
    demoMedications.map((medication, m) => ({
      pharmacyId: pharmacyIdOf(pharmacy.key),
      medicationId: medicationIdOf(medication.key),
      onHand: demoStockQuantity(p, m),
    })),
  );
  await db
    .insert(schema.stock)
    .values(stock.filter((row) => row.onHand > 0))
    .onConflictDoNothing();
}

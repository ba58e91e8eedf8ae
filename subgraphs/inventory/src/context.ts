import DataLoader from 'dataloader';
import { and, eq, getTableColumns, inArray, isNull } from 'drizzle-orm';
import type { Caller } from '@pharmacy/auth';
import { groupBy, matchById, type Database } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import * as schema from './db/schema';

export type InventoryDatabase = Database<typeof schema>;
export type MedicationRow = typeof schema.medications.$inferSelect;
export type PharmacyRow = typeof schema.pharmacies.$inferSelect;
export type StockRow = typeof schema.stock.$inferSelect;
/** What a StockItem is made of; quantityAvailable is onHand - reserved. */
export type StockLevel = Pick<StockRow, 'pharmacyId' | 'medicationId' | 'onHand' | 'reserved'>;

export interface InventoryLoaders {
  /** Soft-deleted medications too: orders and prescriptions still name them. */
  medicationById: DataLoader<string, MedicationRow | null>;
  pharmacyById: DataLoader<string, PharmacyRow | null>;
  stockByMedication: DataLoader<string, StockRow[]>;
  /** Stock of pharmacies, of the given medications or of every medication still sold. */
  stockByPharmacy(medicationIds?: readonly string[] | null): DataLoader<string, StockRow[]>;
}

export interface InventoryContext {
  caller: Caller;
  db: InventoryDatabase;
  log: Logger;
  loaders: InventoryLoaders;
}

function byId<R extends { id: string }>(load: (ids: string[]) => Promise<R[]>) {
  return new DataLoader<string, R | null>(async (ids) => matchById(ids, await load([...ids])));
}

/** Loaders are made per request, so nothing cached outlives the request that read it. */
export function createLoaders(db: InventoryDatabase): InventoryLoaders {
  const { medications, pharmacies, stock } = schema;
  const stockLoaders = new Map<string, DataLoader<string, StockRow[]>>();
  return {
    medicationById: byId((ids) =>
      db.select().from(medications).where(inArray(medications.id, ids)),
    ),
    pharmacyById: byId((ids) => db.select().from(pharmacies).where(inArray(pharmacies.id, ids))),
    stockByMedication: new DataLoader(async (ids) => {
      const rows = await db
        .select()
        .from(stock)
        .where(inArray(stock.medicationId, [...ids]));
      return groupBy(ids, rows, (row) => row.medicationId);
    }),
    stockByPharmacy(medicationIds) {
      // One loader per distinct filter: every pharmacy asking the same thing shares one query.
      const filter = medicationIds ? [...new Set(medicationIds)].sort() : null;
      const cacheKey = filter ? filter.join(',') : '*';
      let loader = stockLoaders.get(cacheKey);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rows = await db
            .select(getTableColumns(stock))
            .from(stock)
            .innerJoin(medications, eq(medications.id, stock.medicationId))
            .where(
              and(
                inArray(stock.pharmacyId, [...ids]),
                filter ? inArray(stock.medicationId, filter) : isNull(medications.deletedAt),
              ),
            )
            .orderBy(medications.name);
          return groupBy(ids, rows, (row) => row.pharmacyId);
        });
        stockLoaders.set(cacheKey, loader);
      }
      return loader;
    },
  };
}

export function createInventoryContext(
  base: { db: InventoryDatabase; log: Logger },
  caller: Caller,
): InventoryContext {
  return { db: base.db, log: base.log, caller, loaders: createLoaders(base.db) };
}

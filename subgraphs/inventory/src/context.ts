import DataLoader from 'dataloader';
import type { Caller } from '@pharmacy/auth';
import { groupBy, matchById } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import {
  medicationsByIds,
  pharmaciesByIds,
  stockOfMedications,
  stockOfPharmacies,
  type InventoryDatabase,
  type MedicationRow,
  type PharmacyRow,
  type StockRow,
} from './db/queries';
import type { InventoryDeps } from './deps';

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
  /** Settings, made once at start. */
  deps: InventoryDeps;
  loaders: InventoryLoaders;
}

function byId<R extends { id: string }>(load: (ids: string[]) => Promise<R[]>) {
  return new DataLoader<string, R | null>(async (ids) => matchById(ids, await load([...ids])));
}

/** Loaders are made per request, so nothing cached outlives the request that read it. */
function createLoaders(db: InventoryDatabase): InventoryLoaders {
  const stockLoaders = new Map<string, DataLoader<string, StockRow[]>>();
  return {
    medicationById: byId((ids) => medicationsByIds(db, ids)),
    pharmacyById: byId((ids) => pharmaciesByIds(db, ids)),
    stockByMedication: new DataLoader(async (ids) =>
      groupBy(ids, await stockOfMedications(db, [...ids]), (row) => row.medicationId),
    ),
    stockByPharmacy(medicationIds) {
      // One loader per distinct filter: every pharmacy asking the same thing shares one query.
      const filter = medicationIds ? [...new Set(medicationIds)].sort() : null;
      const cacheKey = filter ? filter.join(',') : '*';
      let loader = stockLoaders.get(cacheKey);
      if (!loader) {
        loader = new DataLoader(async (ids) =>
          groupBy(ids, await stockOfPharmacies(db, [...ids], filter), (row) => row.pharmacyId),
        );
        stockLoaders.set(cacheKey, loader);
      }
      return loader;
    },
  };
}

export function createInventoryContext(
  runtime: { db: InventoryDatabase; log: Logger; deps: InventoryDeps },
  caller: Caller,
): InventoryContext {
  const { db, log, deps } = runtime;
  return { caller, db, log, deps, loaders: createLoaders(db) };
}

import DataLoader from 'dataloader';
import type { Caller } from '@pharmacy/auth';
import { groupBy, matchById } from '@pharmacy/db';
import type { Logger } from '@pharmacy/service';
import {
  latestStockChanges,
  medicationsByIds,
  pharmaciesByIds,
  stockOfMedications,
  stockOfPharmacies,
  type InventoryDatabase,
  type MedicationRow,
  type PharmacyRow,
  type StockChangeRow,
  type StockKey,
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
  /** The latest `first` changes of stock items, newest first. */
  stockHistory(first: number): DataLoader<StockKey, StockChangeRow[], string>;
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

const stockKeyOf = (item: StockKey) => `${item.pharmacyId}/${item.medicationId}`;

/** One loader per distinct argument: every field asking the same thing shares one query. */
function perArgument<A, L>(make: (argument: A) => L): (argument: A, cacheKey: string) => L {
  const loaders = new Map<string, L>();
  return (argument, cacheKey) => {
    let loader = loaders.get(cacheKey);
    if (!loader) {
      loader = make(argument);
      loaders.set(cacheKey, loader);
    }
    return loader;
  };
}

/** Loaders are made per request, so nothing cached outlives the request that read it. */
function createLoaders(db: InventoryDatabase): InventoryLoaders {
  const stockOf = perArgument(
    (filter: string[] | null) =>
      new DataLoader<string, StockRow[]>(async (ids) =>
        groupBy(ids, await stockOfPharmacies(db, [...ids], filter), (row) => row.pharmacyId),
      ),
  );
  const historyOf = perArgument(
    (first: number) =>
      new DataLoader<StockKey, StockChangeRow[], string>(
        async (items) =>
          groupBy(items.map(stockKeyOf), await latestStockChanges(db, items, first), stockKeyOf),
        { cacheKeyFn: stockKeyOf },
      ),
  );
  return {
    medicationById: byId((ids) => medicationsByIds(db, ids)),
    pharmacyById: byId((ids) => pharmaciesByIds(db, ids)),
    stockByMedication: new DataLoader(async (ids) =>
      groupBy(ids, await stockOfMedications(db, [...ids]), (row) => row.medicationId),
    ),
    stockByPharmacy(medicationIds) {
      const filter = medicationIds ? [...new Set(medicationIds)].sort() : null;
      return stockOf(filter, filter ? filter.join(',') : '*');
    },
    stockHistory: (first) => historyOf(first, String(first)),
  };
}

export function createInventoryContext(
  runtime: { db: InventoryDatabase; log: Logger; deps: InventoryDeps },
  caller: Caller,
): InventoryContext {
  const { db, log, deps } = runtime;
  return { caller, db, log, deps, loaders: createLoaders(db) };
}

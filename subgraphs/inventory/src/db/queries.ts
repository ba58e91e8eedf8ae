import { and, eq, getTableColumns, inArray, isNull } from 'drizzle-orm';
import type { Database, Queryable } from '@pharmacy/db';
import * as schema from './schema';

export type InventoryDatabase = Database<typeof schema>;
type Db = Queryable<typeof schema>;
const { medications, pharmacies, stock } = schema;

export type MedicationRow = typeof medications.$inferSelect;
export type PharmacyRow = typeof pharmacies.$inferSelect;
export type StockRow = typeof stock.$inferSelect;
/** What a StockItem is made of; quantityAvailable is onHand - reserved. */
export type StockLevel = Pick<StockRow, 'pharmacyId' | 'medicationId' | 'onHand' | 'reserved'>;

/** Soft-deleted medications too: orders and prescriptions still name them. */
export const medicationsByIds = (db: Db, ids: string[]) =>
  db.select().from(medications).where(inArray(medications.id, ids));

export const pharmaciesByIds = (db: Db, ids: string[]) =>
  db.select().from(pharmacies).where(inArray(pharmacies.id, ids));

export const stockOfMedications = (db: Db, medicationIds: string[]) =>
  db.select().from(stock).where(inArray(stock.medicationId, medicationIds));

/** Stock of pharmacies, of the given medications or of every medication still sold, by name. */
export const stockOfPharmacies = (db: Db, pharmacyIds: string[], medicationIds: string[] | null) =>
  db
    .select(getTableColumns(stock))
    .from(stock)
    .innerJoin(medications, eq(medications.id, stock.medicationId))
    .where(
      and(
        inArray(stock.pharmacyId, pharmacyIds),
        medicationIds ? inArray(stock.medicationId, medicationIds) : isNull(medications.deletedAt),
      ),
    )
    .orderBy(medications.name);

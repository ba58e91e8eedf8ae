import { and, asc, desc, eq, getTableColumns, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Database, Queryable, Transaction } from '@pharmacy/db';
import * as schema from './schema';

export type InventoryDatabase = Database<typeof schema>;
export type InventoryTransaction = Transaction<typeof schema>;
type Db = Queryable<typeof schema>;
const { medications, pharmacies, stock, stockChanges, stockReservations } = schema;

export type MedicationRow = typeof medications.$inferSelect;
export type PharmacyRow = typeof pharmacies.$inferSelect;
export type StockRow = typeof stock.$inferSelect;
export type ReservationRow = typeof stockReservations.$inferSelect;
export type StockChangeRow = typeof stockChanges.$inferSelect;
/** What a StockItem is made of; quantityAvailable is onHand - reserved. */
export type StockLevel = Pick<StockRow, 'pharmacyId' | 'medicationId' | 'onHand' | 'reserved'>;

/** Soft-deleted medications too: orders and prescriptions still name them. */
export const medicationsByIds = (db: Db, ids: string[]) =>
  db.select().from(medications).where(inArray(medications.id, ids));

export const pharmaciesByIds = (db: Db, ids: string[]) =>
  db.select().from(pharmacies).where(inArray(pharmacies.id, ids));

export const stockOfMedications = (db: Db, medicationIds: string[]) =>
  db.select().from(stock).where(inArray(stock.medicationId, medicationIds));

/** Stock rows of these pharmacies for these medications; a pair with no row holds none. */
export const stockAt = (db: Db, pharmacyIds: string[], medicationIds: string[]) =>
  db
    .select()
    .from(stock)
    .where(and(inArray(stock.pharmacyId, pharmacyIds), inArray(stock.medicationId, medicationIds)));

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

/** What an order holds, one row per medication, in medication id order. */
export const reservationRowsOf = (db: Db, orderId: string): Promise<ReservationRow[]> =>
  db
    .select()
    .from(stockReservations)
    .where(eq(stockReservations.orderId, orderId))
    .orderBy(asc(stockReservations.medicationId));

/** One stock item: a pharmacy and a medication. */
export interface StockKey {
  pharmacyId: string;
  medicationId: string;
}

/**
 * The latest `first` changes of each stock item, newest first, in one statement: row_number()
 * ranks each item's history apart, so a long history of one item does not crowd out another.
 */
export function latestStockChanges(db: Db, items: readonly StockKey[], first: number) {
  const pairs = items.map((item) => sql`(${item.pharmacyId}::uuid, ${item.medicationId}::uuid)`);
  const newestFirst = [desc(stockChanges.createdAt), desc(stockChanges.id)];
  const ranked = db
    .select({
      ...getTableColumns(stockChanges),
      rank: sql<number>`row_number() over (partition by ${stockChanges.pharmacyId}, ${stockChanges.medicationId} order by ${sql.join(newestFirst, sql`, `)})`.as(
        'rank',
      ),
    })
    .from(stockChanges)
    .where(
      sql`(${stockChanges.pharmacyId}, ${stockChanges.medicationId}) in (${sql.join(pairs, sql`, `)})`,
    )
    .as('ranked');
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, first))
    .orderBy(asc(ranked.pharmacyId), asc(ranked.medicationId), asc(ranked.rank));
}

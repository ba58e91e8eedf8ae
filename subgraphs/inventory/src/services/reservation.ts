import { asc, eq, sql } from 'drizzle-orm';
import type { Transaction } from '@pharmacy/db';
import { BadUserInputError, NotFoundError, isUuid } from '@pharmacy/errors';
import type * as schema from '../db/schema';
import { stockReservations } from '../db/schema';
import type { StockReservationStatus } from '../generated/enums';

export type ReservationStatus = StockReservationStatus;
export type InventoryTransaction = Transaction<typeof schema>;

export interface StockLine {
  medicationId: string;
  quantity: number;
}

/** What inventory holds for one order; pharmacyId is null for an order it never saw. */
export interface StockReservation {
  orderId: string;
  pharmacyId: string | null;
  status: ReservationStatus;
  lines: StockLine[];
}

export type ReservationRow = typeof stockReservations.$inferSelect;

/**
 * Serializes every reserve, release and commit of one order, so two calls for the same order
 * (a retry racing its original) see each other's result instead of both acting.
 */
export async function lockOrder(tx: InventoryTransaction, orderId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`stock-order:${orderId.toLowerCase()}`}, 0))`,
  );
}

export function readReservation(
  tx: InventoryTransaction,
  orderId: string,
): Promise<ReservationRow[]> {
  return tx
    .select()
    .from(stockReservations)
    .where(eq(stockReservations.orderId, orderId))
    .orderBy(asc(stockReservations.medicationId));
}

export function toReservation(orderId: string, rows: ReservationRow[]): StockReservation {
  return {
    orderId,
    pharmacyId: rows[0]?.pharmacyId ?? null,
    // All rows of an order change status together; no rows means nothing is held.
    status: rows[0]?.status ?? 'RELEASED',
    lines: rows.map((row) => ({ medicationId: row.medicationId, quantity: row.quantity })),
  };
}

/**
 * One line per medication (repeated ones added up), in medication id order: every transaction
 * locks stock rows in that order, so two of them cannot deadlock.
 */
export function normalizeLines(lines: StockLine[]): StockLine[] {
  if (lines.length === 0)
    throw new BadUserInputError('At least one line is required', { field: 'lines' });
  const totals = new Map<string, number>();
  for (const { medicationId, quantity } of lines) {
    if (!Number.isInteger(quantity) || quantity < 1) {
      throw new BadUserInputError('Quantities must be whole numbers of at least 1', {
        field: 'lines',
      });
    }
    if (!isUuid(medicationId)) throw new NotFoundError(`Medication ${medicationId}`);
    // Lowercase, so the order matches the database's uuid order and duplicates are found.
    const id = medicationId.toLowerCase();
    totals.set(id, (totals.get(id) ?? 0) + quantity);
  }
  return [...totals]
    .map(([medicationId, quantity]) => ({ medicationId, quantity }))
    .sort((a, b) => (a.medicationId < b.medicationId ? -1 : 1));
}

/** A retry asks for what the order already holds; anything else is a different request. */
export const sameRequest = (held: StockReservation, pharmacyId: string, lines: StockLine[]) =>
  held.pharmacyId === pharmacyId &&
  held.lines.length === lines.length &&
  held.lines.every(
    (line, i) =>
      line.medicationId === lines[i]?.medicationId && line.quantity === lines[i]?.quantity,
  );

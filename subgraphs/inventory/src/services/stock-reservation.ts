import { sql } from 'drizzle-orm';
import { isUuid } from '@pharmacy/db';
import { NotFoundError } from '@pharmacy/errors';
import type { InventoryTransaction, ReservationRow } from '../db/queries';
import type { StockReservationStatus } from '../generated/enums';

// What reserve-stock and settle-stock share about an order's reservation: helpers they call
// inside their own transaction, not a service of its own (no context, no input to check).

export type ReservationStatus = StockReservationStatus;

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

/**
 * Serializes every reserve, release and commit of one order, so two calls for the same order
 * (a retry racing its original) see each other's result instead of both acting.
 */
export async function lockOrder(tx: InventoryTransaction, orderId: string): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`stock-order:${orderId.toLowerCase()}`}, 0))`,
  );
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
 * locks stock rows in that order, so two of them cannot deadlock. Quantities are already
 * checked; an id that is not a UUID names no medication.
 */
export function normalizeLines(lines: readonly StockLine[]): StockLine[] {
  const totals = new Map<string, number>();
  for (const { medicationId, quantity } of lines) {
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

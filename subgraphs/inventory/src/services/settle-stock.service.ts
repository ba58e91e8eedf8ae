import { and, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { requireService, actorOf } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { ConflictError, NotFoundError } from '@pharmacy/errors';
import type { InventoryContext } from '../context';
import { reservationRowsOf, type InventoryTransaction, type ReservationRow } from '../db/queries';
import { stock, stockChanges, stockReservations, type StockChangeReason } from '../db/schema';
import {
  lockOrder,
  toReservation,
  type ReservationStatus,
  type StockReservation,
} from './stock-reservation';

interface Movement {
  onHand: number;
  reserved: number;
  reason: StockChangeReason;
}

/** Applies one movement per reservation line (in medication id order) and audits each. */
async function moveStock(
  tx: InventoryTransaction,
  ctx: InventoryContext,
  rows: ReservationRow[],
  movementOf: (row: ReservationRow) => Movement,
  status: ReservationStatus,
): Promise<void> {
  for (const row of rows) {
    const move = movementOf(row);
    await tx
      .update(stock)
      .set({
        onHand: sql`${stock.onHand} + ${move.onHand}`,
        reserved: sql`${stock.reserved} + ${move.reserved}`,
        updatedAt: new Date(),
      })
      .where(and(eq(stock.pharmacyId, row.pharmacyId), eq(stock.medicationId, row.medicationId)));
  }
  await tx.insert(stockChanges).values(
    rows.map((row) => {
      const move = movementOf(row);
      return {
        id: uuidv7(),
        pharmacyId: row.pharmacyId,
        medicationId: row.medicationId,
        deltaOnHand: move.onHand,
        deltaReserved: move.reserved,
        reason: move.reason,
        actor: actorOf(ctx.caller),
        orderId: row.orderId,
      };
    }),
  );
  await tx
    .update(stockReservations)
    .set({ status, updatedAt: new Date() })
    .where(eq(stockReservations.orderId, rows[0]!.orderId));
}

/**
 * Gives back what an order holds. Releasing twice, or an order never reserved, changes nothing.
 * A committed (sold but not dispatched) order's quantity goes back on the shelf.
 */
export async function releaseStock(
  ctx: InventoryContext,
  orderId: string,
): Promise<StockReservation> {
  requireService(ctx.caller);
  if (!isUuid(orderId)) return toReservation(orderId, []);
  return ctx.db.transaction(async (tx) => {
    await lockOrder(tx, orderId);
    const rows = await reservationRowsOf(tx, orderId);
    const status = rows[0]?.status;
    if (!status || status === 'RELEASED') return toReservation(orderId, rows);
    await moveStock(
      tx,
      ctx,
      rows,
      (row) =>
        status === 'RESERVED'
          ? { onHand: 0, reserved: -row.quantity, reason: 'released' }
          : { onHand: row.quantity, reserved: 0, reason: 'returned' },
      'RELEASED',
    );
    return toReservation(orderId, await reservationRowsOf(tx, orderId));
  });
}

/** Turns a reservation into a sale: the quantity leaves both on hand and reserved. */
export async function commitStock(
  ctx: InventoryContext,
  orderId: string,
): Promise<StockReservation> {
  requireService(ctx.caller);
  if (!isUuid(orderId)) throw new NotFoundError('Stock reservation');
  return ctx.db.transaction(async (tx) => {
    await lockOrder(tx, orderId);
    const rows = await reservationRowsOf(tx, orderId);
    const status = rows[0]?.status;
    if (!status) throw new NotFoundError('Stock reservation');
    if (status === 'RELEASED')
      throw new ConflictError(`The stock of order ${orderId} was released`);
    if (status === 'COMMITTED') return toReservation(orderId, rows);
    await moveStock(
      tx,
      ctx,
      rows,
      (row) => ({ onHand: -row.quantity, reserved: -row.quantity, reason: 'sold' }),
      'COMMITTED',
    );
    return toReservation(orderId, await reservationRowsOf(tx, orderId));
  });
}

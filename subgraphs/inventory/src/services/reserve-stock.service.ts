import { and, eq, gte, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { requireService, actorOf } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { AppError, ConflictError, ErrorCode, NotFoundError, parseInput } from '@pharmacy/errors';
import type { InventoryContext } from '../context';
import { reservationRowsOf } from '../db/queries';
import { stock, stockChanges, stockReservations } from '../db/schema';
import {
  lockOrder,
  normalizeLines,
  sameRequest,
  toReservation,
  type StockReservation,
} from './stock-reservation';

const reserveStockInput = z.object({
  orderId: z.string().refine(isUuid, 'orderId must be a UUID'),
  // Any string: one that is not a UUID names no pharmacy (NOT_FOUND, below).
  pharmacyId: z.string(),
  lines: z
    .array(z.object({ medicationId: z.string(), quantity: z.number() }))
    .min(1, 'At least one line is required')
    // Checked on the list, so the error's field is `lines`, as callers have always seen it.
    .refine(
      (lines) => lines.every(({ quantity }) => Number.isInteger(quantity) && quantity >= 1),
      'Quantities must be whole numbers of at least 1',
    ),
});
export type ReserveStockInput = z.input<typeof reserveStockInput>;

/**
 * Holds stock for an order, all lines or none, once per order id: a repeated call returns the
 * reservation made the first time. Each line is one conditional UPDATE that succeeds only while
 * enough is available, so concurrent orders can never reserve more than is on hand; lines go in
 * medication id order so two orders locking the same rows cannot deadlock.
 */
export async function reserveStock(
  ctx: InventoryContext,
  input: ReserveStockInput,
): Promise<StockReservation> {
  requireService(ctx.caller);
  const request = parseInput(reserveStockInput, input);
  if (!isUuid(request.pharmacyId)) throw new NotFoundError('Pharmacy');
  const lines = normalizeLines(request.lines);
  // Lowercase ids compare equal to what the database returns.
  const orderId = request.orderId.toLowerCase();
  const pharmacyId = request.pharmacyId.toLowerCase();
  const [pharmacy, ...medications] = await Promise.all([
    ctx.loaders.pharmacyById.load(pharmacyId),
    ...lines.map((line) => ctx.loaders.medicationById.load(line.medicationId)),
  ]);
  if (!pharmacy) throw new NotFoundError('Pharmacy');
  const unknown = lines.filter((_, i) => !medications[i] || medications[i]?.deletedAt);
  if (unknown.length > 0) {
    const medicationIds = unknown.map((line) => line.medicationId);
    throw new AppError(
      ErrorCode.NOT_FOUND,
      `Medication not in the catalogue: ${medicationIds.join(', ')}`,
      { medicationIds },
    );
  }
  const actor = actorOf(ctx.caller);

  const held = await ctx.db.transaction(async (tx) => {
    await lockOrder(tx, orderId);
    const existing = await reservationRowsOf(tx, orderId);
    if (existing.length > 0) return toReservation(orderId, existing);

    const short: string[] = [];
    for (const { medicationId, quantity } of lines) {
      const [updated] = await tx
        .update(stock)
        .set({ reserved: sql`${stock.reserved} + ${quantity}`, updatedAt: new Date() })
        .where(
          and(
            eq(stock.pharmacyId, pharmacyId),
            eq(stock.medicationId, medicationId),
            gte(sql`${stock.onHand} - ${stock.reserved}`, quantity),
          ),
        )
        .returning({ medicationId: stock.medicationId });
      if (!updated) short.push(medicationId);
    }
    if (short.length > 0) {
      const names = short.map(
        (id) => medications[lines.findIndex((l) => l.medicationId === id)]?.name ?? id,
      );
      throw new AppError(
        ErrorCode.INSUFFICIENT_STOCK,
        `Not enough stock at this pharmacy: ${names.join(', ')}`,
        { medicationIds: short },
      );
    }
    await tx
      .insert(stockReservations)
      .values(lines.map((line) => ({ orderId, pharmacyId, ...line, status: 'RESERVED' as const })));
    await tx.insert(stockChanges).values(
      lines.map((line) => ({
        id: uuidv7(),
        pharmacyId,
        medicationId: line.medicationId,
        deltaOnHand: 0,
        deltaReserved: line.quantity,
        reason: 'reserved' as const,
        actor,
        orderId,
      })),
    );
    return { orderId, pharmacyId, status: 'RESERVED', lines } satisfies StockReservation;
  });
  // The same order id with other lines is a client bug, not a retry: refuse rather than guess.
  if (!sameRequest(held, pharmacyId, lines)) {
    throw new ConflictError(`Order ${orderId} already holds a different reservation`);
  }
  return held;
}

import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { actorOf, requireRole } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { BadUserInputError, NotFoundError, parseInput } from '@pharmacy/errors';
import type { InventoryContext } from '../context';
import type { StockRow } from '../db/queries';
import { stock, stockChanges } from '../db/schema';
import { requireStockKeeper } from './stock-history.service';

const wholeQuantity = 'Quantity must be a whole number of at least 0';
const setStockInput = z.object({
  // Any string: one that is not a UUID names nothing (NOT_FOUND, below). Lowercase ids compare
  // equal to the caller's pharmacies and to what the database returns.
  pharmacyId: z.string().transform((id) => id.toLowerCase()),
  medicationId: z.string().transform((id) => id.toLowerCase()),
  quantity: z.number(wholeQuantity).int(wholeQuantity).min(0, wholeQuantity),
});
export type SetStockInput = z.input<typeof setStockInput>;

/**
 * The pharmacy's own pharmacists and admins set the quantity on hand (after a count or a
 * delivery), recorded as a stock-take of the difference. It may not drop below what is reserved
 * for unpaid orders; the row is locked so a concurrent reservation cannot slip in.
 */
export async function setStock(ctx: InventoryContext, input: SetStockInput): Promise<StockRow> {
  requireRole(ctx.caller, 'PHARMACIST', 'ADMIN');
  const { pharmacyId, medicationId, quantity } = parseInput(setStockInput, input);
  requireStockKeeper(ctx.caller, pharmacyId);
  const [pharmacy, medication] = await Promise.all([
    isUuid(pharmacyId) ? ctx.loaders.pharmacyById.load(pharmacyId) : null,
    isUuid(medicationId) ? ctx.loaders.medicationById.load(medicationId) : null,
  ]);
  if (!pharmacy) throw new NotFoundError('Pharmacy');
  if (!medication) throw new NotFoundError('Medication');

  const where = and(eq(stock.pharmacyId, pharmacyId), eq(stock.medicationId, medicationId));
  return ctx.db.transaction(async (tx) => {
    await tx.insert(stock).values({ pharmacyId, medicationId }).onConflictDoNothing();
    const [current] = await tx.select().from(stock).where(where).for('update');
    if (!current) throw new NotFoundError('Stock');
    if (quantity < current.reserved) {
      throw new BadUserInputError(
        `Quantity ${quantity} is below the ${current.reserved} reserved for unpaid orders`,
        { field: 'quantity', reserved: current.reserved },
      );
    }
    const [updated] = await tx
      .update(stock)
      .set({ onHand: quantity, updatedAt: new Date() })
      .where(where)
      .returning();
    await tx.insert(stockChanges).values({
      id: uuidv7(),
      pharmacyId,
      medicationId,
      deltaOnHand: quantity - current.onHand,
      deltaReserved: 0,
      reason: 'stock-take',
      actor: actorOf(ctx.caller),
    });
    return updated!;
  });
}

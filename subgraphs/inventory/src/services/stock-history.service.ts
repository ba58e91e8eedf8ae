import { managesPharmacy, requireUser, type Caller } from '@pharmacy/auth';
import { isUuid, parseFirst } from '@pharmacy/db';
import { ForbiddenError } from '@pharmacy/errors';
import type { InventoryContext } from '../context';
import type { StockChangeRow, StockKey } from '../db/queries';

/** A pharmacy's stock history and stock-takes: its own pharmacists, admins (and services). */
export function requireStockKeeper(caller: Caller, pharmacyId: string): void {
  if (caller.kind !== 'service') requireUser(caller);
  if (!managesPharmacy(caller, pharmacyId)) {
    throw new ForbiddenError(
      "Only this pharmacy's pharmacists and admins may see or set its stock",
    );
  }
}

/** The latest changes of one stock item, newest first; items of one request share one query. */
export async function stockHistory(
  ctx: InventoryContext,
  item: StockKey,
  first: number | null | undefined,
): Promise<StockChangeRow[]> {
  requireStockKeeper(ctx.caller, item.pharmacyId);
  const size = parseFirst(first);
  const { pharmacyId, medicationId } = item;
  return ctx.loaders.stockHistory(size).load({ pharmacyId, medicationId });
}

/** Why stock moved, for people: 'stock-take', or 'sold (order <id>)' and the like. */
export const reasonOf = (change: Pick<StockChangeRow, 'reason' | 'orderId'>): string =>
  change.orderId ? `${change.reason} (order ${change.orderId})` : change.reason;

/** The user who made a change; none when a service did (an order's reservation or sale). */
export const changedBy = (change: Pick<StockChangeRow, 'actor'>): { id: string } | null =>
  isUuid(change.actor) ? { id: change.actor } : null;

import { and, eq, ne, sql } from 'drizzle-orm';
import { AppError, ErrorCode } from '@pharmacy/errors';
import type { OrdersContext } from '../context';
import type { OrderRow } from '../db/queries';
import { orderLines, orders } from '../db/schema';
import { enqueue } from '../events/outbox';
import type { PricedOrder } from './order-pricing';
import { historyActorOf, recordStatusChange } from './order-status';
import type { PlacementRequest } from './place-order-input';

type Step = 'prescription' | 'stock';

/** A refusal (any public code but INTERNAL) means the all-or-nothing step took nothing. */
const isRefusal = (error: unknown) =>
  error instanceof AppError && error.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR;

const undone = () => new Error('The placement was undone while it ran');

/**
 * Takes the prescription quantity, then reserves the stock, then publishes the order as
 * PENDING_PAYMENT. If a step fails, what the earlier steps took (and what the failed step may
 * have taken, when its answer never came) is given back through the outbox.
 */
export async function runPlacementSaga(
  ctx: OrdersContext,
  order: OrderRow,
  request: PlacementRequest,
  priced: PricedOrder,
): Promise<OrderRow> {
  const { peers } = ctx.deps;
  const maybeHeld = new Set<Step>();
  let step: Step | null = null;
  try {
    const itemIds = new Map<string, string>();
    if (priced.prescriptionLines.length > 0) {
      maybeHeld.add((step = 'prescription'));
      const take = await peers.prescriptions.take({
        orderId: order.id,
        prescriptionId: request.prescriptionId!,
        patientId: order.customerId,
        pharmacyId: order.pharmacyId,
        lines: priced.prescriptionLines,
      });
      // RETURNED: the sweeper undid this placement while it ran.
      if (take.status !== 'TAKEN') throw undone();
      for (const line of take.lines)
        itemIds.set(line.medicationId.toLowerCase(), line.prescriptionItemId);
    }
    maybeHeld.add((step = 'stock'));
    const stockLines = priced.lines.map(({ medicationId, quantity }) => ({
      medicationId,
      quantity,
    }));
    const reservation = await peers.inventory.reserveStock(order.id, order.pharmacyId, stockLines);
    if (reservation.status !== 'RESERVED') throw undone();
    step = null;
    const placed = await completePlacement(ctx, order, priced, itemIds);
    if (!placed) throw undone();
    return placed;
  } catch (error) {
    if (step && isRefusal(error)) maybeHeld.delete(step);
    await abandonPlacement(ctx, order, maybeHeld).catch((failure: unknown) =>
      // The row stays PLACING; the sweeper undoes it once the placement timeout has passed.
      ctx.log.error('could not record a failed placement', {
        orderId: order.id,
        error: String(failure),
      }),
    );
    throw error;
  }
}

/** PLACED and PENDING_PAYMENT in one transaction, unless the sweeper gave up on it first. */
function completePlacement(
  ctx: OrdersContext,
  order: OrderRow,
  priced: PricedOrder,
  itemIds: Map<string, string>,
): Promise<OrderRow | null> {
  const timeoutMs = ctx.deps.settings.paymentTimeoutMs;
  return ctx.db.transaction(async (tx) => {
    const [placing] = await tx
      .update(orders)
      .set({ placement: 'PLACED', expiresAt: sql`now() + ${timeoutMs} * interval '1 millisecond'` })
      .where(and(eq(orders.id, order.id), eq(orders.placement, 'PLACING')))
      .returning();
    if (!placing) return null;
    for (const line of priced.lines) {
      const itemId = itemIds.get(line.medicationId);
      if (!itemId) continue;
      await tx
        .update(orderLines)
        .set({ prescriptionItemId: itemId })
        .where(and(eq(orderLines.orderId, order.id), eq(orderLines.lineNo, line.lineNo)));
    }
    return recordStatusChange(tx, placing, 'PENDING_PAYMENT', historyActorOf(ctx.caller));
  });
}

/** FAILED frees the idempotency key; the outbox event gives back what may be held. */
async function abandonPlacement(
  ctx: OrdersContext,
  order: OrderRow,
  maybeHeld: Set<Step>,
): Promise<void> {
  const eventId = await ctx.db.transaction(async (tx) => {
    await tx
      .update(orders)
      .set({ placement: 'FAILED', idempotencyKey: null, requestHash: null, updatedAt: new Date() })
      .where(and(eq(orders.id, order.id), ne(orders.placement, 'PLACED')));
    if (maybeHeld.size === 0) return null;
    return enqueue(
      tx,
      'order.placement_failed',
      { orderId: order.id, prescription: maybeHeld.has('prescription') },
      { inline: true },
    );
  });
  if (eventId) await ctx.deps.relay.deliverNow([eventId]);
}

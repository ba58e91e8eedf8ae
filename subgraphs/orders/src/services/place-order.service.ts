import { v7 as uuidv7 } from 'uuid';
import { requireUser } from '@pharmacy/auth';
import { AppError, ConflictError, ErrorCode } from '@pharmacy/errors';
import type { OrdersContext } from '../context';
import { orderByIdempotencyKey, type OrderRow } from '../db/queries';
import { orderLines, orders } from '../db/schema';
import { priceOrder, type PricedOrder } from './order-pricing';
import { parsePlacement, type PlaceOrderArgs, type PlacementRequest } from './place-order-input';
import { runPlacementSaga } from './placement-saga.service';

/** How long a retry waits for the same request still being placed by another call. */
// Below the gateway's subgraph timeout, so the caller hears back from us first.
const WAIT_FOR_TWIN_MS = 8_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Places an order as PENDING_PAYMENT. With an idempotency key, the same request returns the
 * same order (also when both arrive at once: the database lets one of them in) and another
 * request under that key fails with IDEMPOTENCY_KEY_REUSED.
 */
export async function placeOrder(ctx: OrdersContext, args: PlaceOrderArgs): Promise<OrderRow> {
  const user = requireUser(ctx.caller);
  const request = parsePlacement(args);
  // A failed placement frees its key, so a twin that waited for it may place the order itself.
  for (let pass = 0; pass < 3; pass++) {
    const earlier = await earlierPlacement(ctx, user.userId, request);
    if (earlier) return earlier;
    const priced = await priceOrder(ctx.deps.peers.inventory, request);
    const order = await insertPlacing(ctx, user.userId, request, priced);
    if (order) return runPlacementSaga(ctx, order, request, priced);
  }
  throw new ConflictError('This order is being placed by another request; try again');
}

/** The placed order of an earlier request with this key; waits while that one is under way. */
async function earlierPlacement(
  ctx: OrdersContext,
  customerId: string,
  request: PlacementRequest,
): Promise<OrderRow | null> {
  const { idempotencyKey } = request;
  if (!idempotencyKey) return null;
  const deadline = Date.now() + WAIT_FOR_TWIN_MS;
  for (;;) {
    const earlier = await orderByIdempotencyKey(ctx.db, { customerId, idempotencyKey });
    if (!earlier) return null;
    if (earlier.requestHash !== request.requestHash) {
      throw new AppError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        'This idempotency key was used for a different order',
      );
    }
    if (earlier.placement === 'PLACED') return earlier;
    if (Date.now() > deadline)
      throw new ConflictError('This order is still being placed; try again');
    await sleep(50);
  }
}

/**
 * Writes the order as PLACING before anything is held elsewhere, so a crash at any later step
 * leaves a row the sweeper finds and undoes. Null: another request holds this key.
 */
async function insertPlacing(
  ctx: OrdersContext,
  customerId: string,
  request: PlacementRequest,
  priced: PricedOrder,
): Promise<OrderRow | null> {
  return ctx.db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({
        id: uuidv7(),
        customerId,
        pharmacyId: request.pharmacyId,
        prescriptionId: priced.prescriptionLines.length > 0 ? request.prescriptionId : null,
        status: 'PENDING_PAYMENT',
        placement: 'PLACING',
        deliveryAddress: request.deliveryAddress,
        currency: priced.currency,
        totalAmount: priced.total,
        idempotencyKey: request.idempotencyKey,
        requestHash: request.requestHash,
      })
      .onConflictDoNothing()
      .returning();
    if (!order) return null;
    await tx.insert(orderLines).values(
      priced.lines.map((line) => ({
        orderId: order.id,
        lineNo: line.lineNo,
        medicationId: line.medicationId,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        lineTotal: line.lineTotal,
      })),
    );
    return order;
  });
}

import { requireUser, worksFor } from '@pharmacy/auth';
import { parsePage, toConnection, isUuid } from '@pharmacy/db';
import { BadUserInputError, ForbiddenError } from '@pharmacy/errors';
import type { OrdersContext } from '../context';
import {
  pageOfOrders,
  type OrderConnection,
  type OrderLineRow,
  type OrderRow,
  type StatusChangeRow,
} from '../db/queries';
import type { OrderStatus } from '../generated/enums';
import { canListOrdersOfCustomer, canSeeOrder, visibleOrdersFilter } from './order-access';

/** Anyone but an anonymous caller: signed-in users and services. */
function requireKnownCaller(ctx: OrdersContext): void {
  if (ctx.caller.kind !== 'service') requireUser(ctx.caller);
}

/** An order by id, or null when there is none; another's order is FORBIDDEN. */
export async function findVisibleOrder(ctx: OrdersContext, id: string): Promise<OrderRow | null> {
  requireKnownCaller(ctx);
  if (!isUuid(id)) return null;
  const order = await ctx.loaders.orderById.load(id);
  if (!order) return null;
  if (!canSeeOrder(ctx.caller, order)) throw new ForbiddenError('You may not see this order');
  return order;
}

export interface ListOrdersInput {
  status?: OrderStatus | null;
  pharmacyId?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The orders the caller may see (canSeeOrder, as SQL), optionally of one pharmacy. A pharmacist
 * may name only a pharmacy they work for; anyone else narrows what they see anyway.
 */
export async function listVisibleOrders(
  ctx: OrdersContext,
  input: ListOrdersInput,
): Promise<OrderConnection> {
  const visible = visibleOrdersFilter(ctx.caller);
  const pharmacyId = pharmacyFilterOf(ctx, input.pharmacyId ?? null);
  const page = parsePage(input.first, input.after);
  const rows = await pageOfOrders(ctx.db, {
    visible,
    status: input.status ?? null,
    pharmacyId,
    afterId: page.afterId,
    limit: page.first + 1,
  });
  return toConnection(rows, page);
}

function pharmacyFilterOf(ctx: OrdersContext, pharmacyId: string | null): string | null {
  if (pharmacyId === null) return null;
  if (!isUuid(pharmacyId))
    throw new BadUserInputError('pharmacyId is not a pharmacy id', { field: 'pharmacyId' });
  const id = pharmacyId.toLowerCase();
  const { caller } = ctx;
  if (caller.kind === 'user' && caller.role === 'PHARMACIST' && !worksFor(caller, id))
    throw new ForbiddenError("You may not see this pharmacy's orders");
  return id;
}

/** A user's orders: all of them for the user, admins and services; a pharmacist's pharmacies' only. */
export async function ordersOfCustomer(
  ctx: OrdersContext,
  customerId: string,
  status: OrderStatus | null,
): Promise<OrderRow[]> {
  requireKnownCaller(ctx);
  if (!canListOrdersOfCustomer(ctx.caller, customerId))
    throw new ForbiddenError("You may not see this user's orders");
  return ctx.loaders.visibleOrdersByCustomer.load({ customerId, status });
}

/** Only the orders against this prescription that the caller may see. */
export async function ordersOfPrescription(
  ctx: OrdersContext,
  prescriptionId: string,
): Promise<OrderRow[]> {
  requireKnownCaller(ctx);
  return ctx.loaders.visibleOrdersByPrescriptionId.load(prescriptionId);
}

export const linesOfOrder = (ctx: OrdersContext, order: OrderRow): Promise<OrderLineRow[]> =>
  ctx.loaders.linesByOrderId.load(order.id);

export const statusHistoryOfOrder = (
  ctx: OrdersContext,
  order: OrderRow,
): Promise<StatusChangeRow[]> => ctx.loaders.historyByOrderId.load(order.id);

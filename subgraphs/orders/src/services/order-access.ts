import { eq, or, type SQL } from 'drizzle-orm';
import { isSelfOr, isStaff, requireUser, type Caller } from '@pharmacy/auth';
import type { OrderRow } from '../db/queries';
import { orders } from '../db/schema';

/**
 * Who may read an order: its customer, the courier assigned to it, pharmacists and admins, and
 * other services. Anonymous callers are turned away before any of this is asked.
 */
export function canSeeOrder(
  caller: Caller,
  order: Pick<OrderRow, 'customerId' | 'courierId'>,
): boolean {
  if (caller.kind === 'service' || isStaff(caller)) return true;
  if (caller.kind !== 'user') return false;
  return order.customerId === caller.userId || order.courierId === caller.userId;
}

/** The same rule as SQL, for lists: undefined means every order. Throws for anonymous callers. */
export function visibleOrdersFilter(caller: Caller): SQL | undefined {
  if (caller.kind === 'service' || isStaff(caller)) return undefined;
  const user = requireUser(caller);
  return or(eq(orders.customerId, user.userId), eq(orders.courierId, user.userId));
}

/** A user's orders as customer: the user, staff and services. */
export function canSeeOrdersOfCustomer(caller: Caller, customerId: string): boolean {
  return isSelfOr(caller, customerId, 'PHARMACIST', 'ADMIN');
}

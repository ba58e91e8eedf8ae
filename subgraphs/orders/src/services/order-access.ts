import { eq, inArray, or, type SQL } from 'drizzle-orm';
import {
  isSelfOr,
  managedPharmacies,
  managesPharmacy,
  requireUser,
  type Caller,
} from '@pharmacy/auth';
import type { OrderRow } from '../db/queries';
import { orders } from '../db/schema';

/** What the access rules look at; a live notification carries the same fields as a row. */
export type OrderParties = Pick<OrderRow, 'customerId' | 'courierId' | 'pharmacyId'>;

/**
 * Who may read an order: its customer, the courier assigned to it, the pharmacists who work for
 * its pharmacy, admins and other services. Anonymous callers are turned away before this.
 */
export function canSeeOrder(caller: Caller, order: OrderParties): boolean {
  if (managesPharmacy(caller, order.pharmacyId)) return true;
  if (caller.kind !== 'user') return false;
  return order.customerId === caller.userId || order.courierId === caller.userId;
}

/** The same rule as SQL, for lists: undefined means every order. Throws for anonymous callers. */
export function visibleOrdersFilter(caller: Caller): SQL | undefined {
  if (caller.kind === 'service') return undefined;
  const user = requireUser(caller);
  const pharmacies = managedPharmacies(user);
  if (pharmacies === 'all') return undefined;
  return or(
    eq(orders.customerId, user.userId),
    eq(orders.courierId, user.userId),
    pharmacies.length > 0 ? inArray(orders.pharmacyId, [...pharmacies]) : undefined,
  );
}

/**
 * Whether the caller may ask for a user's orders as customer at all: the user, staff and
 * services. Which of them a pharmacist then sees is visibleOrdersFilter's answer.
 */
export function canListOrdersOfCustomer(caller: Caller, customerId: string): boolean {
  return isSelfOr(caller, customerId, 'PHARMACIST', 'ADMIN');
}

/**
 * Pharmacists of the order's pharmacy and admins act for the pharmacy: they prepare the order,
 * cancel it as staff and assign its courier.
 */
export function actsForPharmacyOf(caller: Caller, order: Pick<OrderRow, 'pharmacyId'>): boolean {
  return caller.kind === 'user' && managesPharmacy(caller, order.pharmacyId);
}

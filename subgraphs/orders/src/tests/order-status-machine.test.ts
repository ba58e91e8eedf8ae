import { describe, expect, it } from 'vitest';
import type { Caller, Role } from '@pharmacy/auth';
import { OrderStatus } from '../generated/enums';
import { OrderStatusMachine } from '../services/order-status-machine';

const customerId = 'c0000000-0000-7000-8000-000000000001';
const courierId = 'c0000000-0000-7000-8000-000000000002';
const pharmacyId = 'c0000000-0000-7000-8000-00000000000a';
const otherPharmacyId = 'c0000000-0000-7000-8000-00000000000b';
const order = (status: OrderStatus, courier: string | null = courierId) => ({
  status,
  customerId,
  courierId: courier,
  pharmacyId,
});
const as = (role: Role, userId: string, pharmacyIds: string[] = []): Caller => ({
  kind: 'user',
  role,
  userId,
  pharmacyIds,
});
const codeOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('OrderStatusMachine', () => {
  it('allows exactly the forward steps and cancelling before dispatch', () => {
    const statuses = Object.values(OrderStatus);
    const allowed = statuses.flatMap((from) =>
      statuses
        .filter((to) => OrderStatusMachine.canTransition(from, to))
        .map((to) => `${from}>${to}`),
    );
    expect(allowed).toEqual([
      'PENDING_PAYMENT>PAID',
      'PENDING_PAYMENT>CANCELLED',
      'PAID>PREPARING',
      'PAID>CANCELLED',
      'PREPARING>OUT_FOR_DELIVERY',
      'PREPARING>CANCELLED',
      'OUT_FOR_DELIVERY>DELIVERED',
    ]);
    expect(codeOf(() => OrderStatusMachine.assertTransition(order('DELIVERED'), 'CANCELLED'))).toBe(
      'INVALID_STATUS_TRANSITION',
    );
    expect(
      codeOf(() =>
        OrderStatusMachine.assertTransition(order('PREPARING', null), 'OUT_FOR_DELIVERY'),
      ),
    ).toBe('INVALID_STATUS_TRANSITION');
    expect(
      codeOf(() => OrderStatusMachine.assertCourierAssignable(order('OUT_FOR_DELIVERY'))),
    ).toBe('INVALID_STATUS_TRANSITION');
  });

  it("lets the pharmacy's staff prepare, the assigned courier deliver, the customer or staff cancel", () => {
    const may = (caller: Caller, to: OrderStatus) =>
      codeOf(() => OrderStatusMachine.assertMayRequest(caller, order('PAID'), to)) === null;
    const pharmacist = as('PHARMACIST', 'c0000000-0000-7000-8000-000000000003', [pharmacyId]);
    const customer = as('PATIENT', customerId);
    const courier = as('COURIER', courierId, [pharmacyId]);
    const otherCourier = as('COURIER', 'c0000000-0000-7000-8000-000000000004');
    expect([may(pharmacist, 'PREPARING'), may(customer, 'PREPARING')]).toEqual([true, false]);
    expect([may(courier, 'OUT_FOR_DELIVERY'), may(otherCourier, 'DELIVERED')]).toEqual([
      true,
      false,
    ]);
    expect([may(pharmacist, 'DELIVERED'), may(courier, 'CANCELLED')]).toEqual([false, false]);
    expect([may(customer, 'CANCELLED'), may(as('ADMIN', courierId), 'CANCELLED')]).toEqual([
      true,
      true,
    ]);
    expect([may(pharmacist, 'PAID'), may(customer, 'PENDING_PAYMENT')]).toEqual([false, false]);
  });

  it("refuses a pharmacist of another pharmacy, and a courier of the pharmacy who is not the order's", () => {
    const may = (caller: Caller, to: OrderStatus) =>
      codeOf(() => OrderStatusMachine.assertMayRequest(caller, order('PAID'), to)) === null;
    const elsewhere = as('PHARMACIST', 'c0000000-0000-7000-8000-000000000005', [otherPharmacyId]);
    const unassigned = as('PHARMACIST', 'c0000000-0000-7000-8000-000000000006');
    const courierHere = as('COURIER', 'c0000000-0000-7000-8000-000000000007', [pharmacyId]);
    for (const caller of [elsewhere, unassigned])
      expect([may(caller, 'PREPARING'), may(caller, 'CANCELLED')]).toEqual([false, false]);
    expect([may(courierHere, 'PREPARING'), may(courierHere, 'CANCELLED')]).toEqual([false, false]);
    expect(may(courierHere, 'OUT_FOR_DELIVERY')).toBe(false);
  });
});

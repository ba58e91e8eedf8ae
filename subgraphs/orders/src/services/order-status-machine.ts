import type { Caller } from '@pharmacy/auth';
import { AppError, ErrorCode, ForbiddenError } from '@pharmacy/errors';
import type { OrderRow } from '../db/queries';
import type { OrderStatus } from '../generated/enums';
import { actsForPharmacyOf } from './order-access';

const transitions: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING_PAYMENT: ['PAID', 'CANCELLED'],
  PAID: ['PREPARING', 'CANCELLED'],
  PREPARING: ['OUT_FOR_DELIVERY', 'CANCELLED'],
  OUT_FOR_DELIVERY: ['DELIVERED'],
  DELIVERED: [],
  CANCELLED: [],
};

/**
 * Which status may follow which, and who may ask for it. Every status change goes through
 * here; staying in the same status is a replay, not a transition, and is for callers to
 * answer with the order unchanged.
 */
export const OrderStatusMachine = {
  canTransition: (from: OrderStatus, to: OrderStatus): boolean => transitions[from].includes(to),

  assertTransition(order: Pick<OrderRow, 'status' | 'courierId'>, to: OrderStatus): void {
    if (!transitions[order.status].includes(to)) {
      throw new AppError(
        ErrorCode.INVALID_STATUS_TRANSITION,
        `An order cannot go from ${order.status} to ${to}`,
        { from: order.status, to },
      );
    }
    if (to === 'OUT_FOR_DELIVERY' && !order.courierId) {
      throw new AppError(
        ErrorCode.INVALID_STATUS_TRANSITION,
        'Assign a courier before the order goes out for delivery',
        { from: order.status, to },
      );
    }
  },

  /** Before dispatch, which is also exactly where cancelling is allowed. */
  isBeforeDispatch: (status: OrderStatus): boolean => transitions[status].includes('CANCELLED'),

  assertCourierAssignable(order: Pick<OrderRow, 'status'>): void {
    if (!transitions[order.status].includes('CANCELLED')) {
      throw new AppError(
        ErrorCode.INVALID_STATUS_TRANSITION,
        `A courier can be assigned only before dispatch, not when ${order.status}`,
        { from: order.status },
      );
    }
  },

  /**
   * The pharmacists of the order's pharmacy and admins prepare; the assigned courier dispatches
   * and delivers; the customer and those staff cancel. PAID comes only from a payment,
   * PENDING_PAYMENT only from placement.
   */
  assertMayRequest(
    caller: Caller,
    order: Pick<OrderRow, 'customerId' | 'courierId' | 'pharmacyId'>,
    to: OrderStatus,
  ): void {
    const userId = caller.kind === 'user' ? caller.userId : null;
    const allowed =
      to === 'PREPARING'
        ? actsForPharmacyOf(caller, order)
        : to === 'OUT_FOR_DELIVERY' || to === 'DELIVERED'
          ? caller.kind === 'user' && caller.role === 'COURIER' && order.courierId === userId
          : to === 'CANCELLED'
            ? actsForPharmacyOf(caller, order) || order.customerId === userId
            : false;
    if (!allowed) throw new ForbiddenError(`You may not set this order to ${to}`);
  },
};

import { z } from 'zod';
import { requireUser } from '@pharmacy/auth';
import { ForbiddenError, NotFoundError } from '@pharmacy/errors';
import { transformIterator } from '@pharmacy/service';
import { createOrdersContext, type OrdersContext } from '../context';
import { canSeeOrder } from '../services/order-access';
import type { OrderEventHub, OrderStatusEvent } from './order-events';

export interface SubscriptionContext extends OrdersContext {
  orderEvents: OrderEventHub;
}

/**
 * `orderStatusChanged(orderId)`: with an id, that order's changes (if the caller may see it);
 * without, every change of an order the caller may see. Checked again for every event.
 */
export const orderStatusChanged = {
  async subscribe(_root: unknown, args: { orderId?: string | null }, ctx: SubscriptionContext) {
    if (ctx.caller.kind !== 'service') requireUser(ctx.caller);
    const { orderId } = args;
    // Subscribe before checking, so no change between the check and the first event is lost.
    const events = ctx.orderEvents.subscribe();
    if (orderId) {
      const order = z.uuid().safeParse(orderId).success
        ? await ctx.loaders.orderById.load(orderId)
        : null;
      const refusal = !order
        ? new NotFoundError('Order')
        : !canSeeOrder(ctx.caller, order)
          ? new ForbiddenError('You may not see this order')
          : null;
      if (refusal) {
        await events.return?.();
        throw refusal;
      }
    }
    return transformIterator(events, (event: OrderStatusEvent) =>
      (!orderId || event.orderId === orderId) && canSeeOrder(ctx.caller, event)
        ? { emit: event }
        : { skip: true as const },
    );
  },
  /** Each event reads the order afresh: nothing cached for an earlier event may leak into it. */
  async resolve(event: OrderStatusEvent, _args: unknown, ctx: SubscriptionContext) {
    ctx.loaders = createOrdersContext(ctx, ctx.caller).loaders;
    return ctx.loaders.orderById.load(event.orderId);
  },
};

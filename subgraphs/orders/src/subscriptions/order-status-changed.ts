import { requireUser } from '@pharmacy/auth';
import { ForbiddenError, NotFoundError, mustExist } from '@pharmacy/errors';
import { isUuid } from '@pharmacy/db';
import { transformIterator } from '@pharmacy/service';
import { createOrdersLoaders, type OrdersContext } from '../context';
import type { SubscriptionResolvers } from '../generated/resolvers';
import { canSeeOrder } from '../services/order-access';
import type { OrderEventHub, OrderStatusEvent } from './order-events';

export interface SubscriptionContext extends OrdersContext {
  orderEvents: OrderEventHub;
}

/**
 * `orderStatusChanged(orderId)`: with an id, that order's changes (if the caller may see it);
 * without, every change of an order the caller may see. Checked again for every event, with
 * the caller's pharmacies as they were when the subscription started (a membership change
 * closes the subscription at the gateway).
 */
export const subscriptionResolvers: SubscriptionResolvers<SubscriptionContext> = {
  orderStatusChanged: {
    async subscribe(_root, args, ctx) {
      if (ctx.caller.kind !== 'service') requireUser(ctx.caller);
      const { orderId } = args;
      // Subscribe before checking, so no change between the check and the first event is lost.
      const events = ctx.orderEvents.subscribe();
      if (orderId) {
        const order = isUuid(orderId) ? await ctx.loaders.orderById.load(orderId) : null;
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
      return transformIterator(events, (event) =>
        (!orderId || event.orderId === orderId) && canSeeOrder(ctx.caller, event)
          ? { emit: event }
          : { skip: true as const },
      );
    },
    /**
     * Each event reads the order afresh: nothing cached for an earlier event may leak into it.
     * Typed by hand: the generated type leaves the event (what subscribe yields) untyped.
     */
    async resolve(event: OrderStatusEvent, _args: unknown, ctx: SubscriptionContext) {
      ctx.loaders = createOrdersLoaders(ctx.db, ctx.caller);
      // Announced only for placed orders; one deleted since fails this event alone.
      const order = mustExist(await ctx.loaders.orderById.load(event.orderId), 'Order');
      // Its courier may have changed since the event was checked: the order as it is now decides.
      if (!canSeeOrder(ctx.caller, order)) throw new ForbiddenError('You may not see this order');
      // The status this event announces, though the order may have moved on since (a later
      // change has an event of its own): each event tells its own change.
      return { ...order, status: event.status };
    },
  },
};

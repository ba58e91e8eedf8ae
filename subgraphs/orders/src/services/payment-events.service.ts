import { eq } from 'drizzle-orm';
import { requireService } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { BadUserInputError } from '@pharmacy/errors';
import type { OrdersContext } from '../context';
import { orders, processedEvents } from '../db/schema';
import { enqueue } from '../events/outbox';
import { actorOf } from './actor';
import { cancelLockedOrder } from './order-cancellation';
import { recordStatusChange } from './order-status';
import { OrderStatusMachine } from './order-status-machine';

export interface PaymentEvent {
  eventId: string;
  kind: 'APPROVED' | 'REFUNDED';
  orderId: string;
  paymentId: string;
}

/**
 * Applies an event from payments once per event id: the event id is recorded in the same
 * transaction as its effect, so a redelivery finds it and changes nothing.
 * APPROVED: a PENDING_PAYMENT order becomes PAID and its stock is committed; an order that was
 * cancelled meanwhile has the payment refunded. REFUNDED: an order not yet dispatched is
 * cancelled (its stock and prescription quantity given back).
 */
export async function applyPaymentEvent(ctx: OrdersContext, event: PaymentEvent): Promise<boolean> {
  requireService(ctx.caller);
  if (![event.eventId, event.orderId, event.paymentId].every(isUuid))
    throw new BadUserInputError('Event, order and payment ids must be UUIDs');
  const actor = actorOf(ctx.caller);
  const followUps = await ctx.db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(processedEvents)
      .values({ eventId: event.eventId })
      .onConflictDoNothing()
      .returning();
    if (!fresh) return [];
    const [order] = await tx
      .select()
      .from(orders)
      .where(eq(orders.id, event.orderId))
      .for('update');
    if (!order) return [];
    const live = order.placement === 'PLACED';
    if (event.kind === 'APPROVED') {
      if (live && order.status === 'PENDING_PAYMENT') {
        await recordStatusChange(tx, order, 'PAID', actor);
        await tx.update(orders).set({ expiresAt: null }).where(eq(orders.id, order.id));
        return [await enqueue(tx, 'order.paid', { orderId: order.id }, { inline: true })];
      }
      if (live && order.status !== 'CANCELLED') return [];
      // Paid after it expired or was cancelled: the event refunds the payment.
      const payload = { orderId: order.id, prescription: order.prescriptionId !== null };
      return [await enqueue(tx, 'order.cancelled', payload, { inline: true })];
    }
    if (!live || !OrderStatusMachine.canTransition(order.status, 'CANCELLED')) return [];
    const { eventId } = await cancelLockedOrder(tx, order, 'payment refunded', actor, {
      inline: true,
    });
    return [eventId];
  });
  // Not awaited: the payment is recorded; committing stock need not hold up its caller.
  void ctx.deps.relay.deliverNow(followUps);
  return true;
}

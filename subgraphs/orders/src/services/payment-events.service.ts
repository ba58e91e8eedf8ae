import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { requireService } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { parseInput } from '@pharmacy/errors';
import type { OrdersContext } from '../context';
import { lockOrder } from '../db/queries';
import { orders, processedEvents } from '../db/schema';
import { enqueue } from '../events/outbox';
import { PaymentEventKind } from '../generated/enums';
import { cancelLockedOrder } from './order-cancellation';
import { historyActorOf, recordStatusChange } from './order-status';
import { OrderStatusMachine } from './order-status-machine';

const idsMessage = 'Event, order and payment ids must be UUIDs';
const paymentEvent = z.object({
  eventId: z.string().refine(isUuid, idsMessage),
  kind: z.enum(PaymentEventKind),
  orderId: z.string().refine(isUuid, idsMessage),
  paymentId: z.string().refine(isUuid, idsMessage),
});
export type PaymentEvent = z.input<typeof paymentEvent>;

/**
 * Applies an event from payments once per event id: the event id is recorded in the same
 * transaction as its effect, so a redelivery finds it and changes nothing.
 * APPROVED: a PENDING_PAYMENT order becomes PAID and its stock is committed; an order that was
 * cancelled meanwhile has the payment refunded. REFUNDED: an order not yet dispatched is
 * cancelled (its stock and prescription quantity given back).
 */
export async function applyPaymentEvent(ctx: OrdersContext, input: PaymentEvent): Promise<boolean> {
  requireService(ctx.caller);
  const event = parseInput(paymentEvent, input);
  const actor = historyActorOf(ctx.caller);
  const followUps = await ctx.db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(processedEvents)
      .values({ eventId: event.eventId })
      .onConflictDoNothing()
      .returning();
    if (!fresh) return [];
    // Also one not (or no longer) placed: a payment for it must still be refunded.
    const order = await lockOrder(tx, { id: event.orderId, onlyPlaced: false });
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

import { BadUserInputError } from '@pharmacy/errors';
import type { OutboxEvent } from '@pharmacy/outbox';
import type { OrdersClient } from '../clients/orders-client';
import type { PaymentEventKind } from '../generated/orders';
import type { PaymentEvents, PaymentTopic } from './outbox';

const kinds: Record<PaymentTopic, PaymentEventKind> = {
  'payment.approved': 'APPROVED',
  'payment.refunded': 'REFUNDED',
};

/** Every payments event goes to orders, which applies it once per event id. */
export function paymentEventDelivery(orders: OrdersClient) {
  return async (event: OutboxEvent): Promise<void> => {
    const kind = kinds[event.topic as PaymentTopic];
    if (!kind) throw new BadUserInputError(`Unknown event topic ${event.topic}`);
    const payload = event.payload as PaymentEvents[PaymentTopic];
    await orders.applyPaymentEvent({ eventId: event.id, kind, ...payload });
  };
}

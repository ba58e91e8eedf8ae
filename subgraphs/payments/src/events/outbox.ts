import { outboxWriter } from '@pharmacy/outbox';
import * as schema from '../db/schema';

/** What payments announces to orders. */
export interface PaymentEvents {
  /** The order is paid. */
  'payment.approved': { orderId: string; paymentId: string };
  /** The money went back: an order not yet dispatched is cancelled. */
  'payment.refunded': { orderId: string; paymentId: string };
}
export type PaymentTopic = keyof PaymentEvents;

/** Writes a payments event in the caller's transaction; `inline` when the writer delivers it. */
export const enqueue = outboxWriter<PaymentEvents, typeof schema>(schema.outbox);

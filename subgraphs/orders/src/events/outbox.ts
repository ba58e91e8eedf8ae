import { outboxWriter } from '@pharmacy/outbox';
import * as schema from '../db/schema';

/** What orders announces, and what each event carries. */
export interface OrderEvents {
  /** Paid: the reserved stock becomes a sale. */
  'order.paid': { orderId: string };
  /** Cancelled or expired: give back stock and prescription quantity, refund a payment. */
  'order.cancelled': { orderId: string; prescription: boolean };
  /** The placement saga gave up: give back whatever it may have taken. */
  'order.placement_failed': { orderId: string; prescription: boolean };
}
export type OrderTopic = keyof OrderEvents;

/** Writes an orders event in the caller's transaction; `inline` when the writer delivers it. */
export const enqueue = outboxWriter<OrderEvents, typeof schema>(schema.outbox);

import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from '@pharmacy/db';
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

/** An inline event waits this long for its writer to deliver it before the relay takes it. */
export const INLINE_GRACE_MS = 5_000;

/**
 * Writes an event in the caller's transaction, so it exists exactly when the change does.
 * `inline`: the writer delivers it right after commit (relay.deliverNow); the relay only takes
 * it over if that did not happen within the grace period.
 */
export async function enqueue<T extends OrderTopic>(
  tx: Transaction<typeof schema>,
  topic: T,
  payload: OrderEvents[T],
  options: { inline?: boolean } = {},
): Promise<string> {
  const id = uuidv7();
  await tx.insert(schema.outbox).values({
    id,
    topic,
    payload,
    availableAt: options.inline
      ? sql`now() + ${INLINE_GRACE_MS} * interval '1 millisecond'`
      : sql`now()`,
  });
  return id;
}

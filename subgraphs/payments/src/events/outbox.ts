import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from '@pharmacy/db';
import * as schema from '../db/schema';

/** What payments announces to orders. */
export interface PaymentEvents {
  /** The order is paid. */
  'payment.approved': { orderId: string; paymentId: string };
  /** The money went back: an order not yet dispatched is cancelled. */
  'payment.refunded': { orderId: string; paymentId: string };
}
export type PaymentTopic = keyof PaymentEvents;

/** An inline event waits this long for its writer to deliver it before the relay takes it. */
export const INLINE_GRACE_MS = 5_000;

/**
 * Writes an event in the caller's transaction, so it exists exactly when the change does.
 * `inline`: the writer delivers it right after commit (relay.deliverNow); the relay only takes
 * it over if that did not happen within the grace period.
 */
export async function enqueue<T extends PaymentTopic>(
  tx: Transaction<typeof schema>,
  topic: T,
  payload: PaymentEvents[T],
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

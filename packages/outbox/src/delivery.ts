import { eq, sql } from 'drizzle-orm';
import type { Database } from '@pharmacy/db';
import { AppError, ErrorCode } from '@pharmacy/errors';
import type { Logger } from '@pharmacy/service';
import type { OutboxTable } from './tables';

/** What a relay hands to a subgraph's delivery function: one row of its outbox. */
export interface OutboxEvent {
  id: string;
  topic: string;
  payload: unknown;
  attempts: number;
}

/** Refusals that no retry can change: the event is parked for an operator instead. */
const permanentCodes = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.FORBIDDEN,
  ErrorCode.UNAUTHENTICATED,
]);
const isPermanent = (error: unknown) =>
  error instanceof AppError && permanentCodes.has(String(error.extensions.code));
const after = (ms: number) => sql`now() + ${ms} * interval '1 millisecond'`;

/** The columns that lease a row to this relay for `leaseMs` and count one more attempt. */
export const claimColumns = (table: OutboxTable, leaseMs: number) => ({
  availableAt: after(leaseMs),
  attempts: sql`${table.attempts} + 1`,
});

/** Oldest first, so the events of one order arrive in the order they happened. */
export const oldestFirst = <E extends OutboxEvent>(events: E[]): E[] =>
  events.sort((a, b) => (a.id < b.id ? -1 : 1));

export interface DeliveryOptions<S extends Record<string, unknown>> {
  db: Database<S>;
  table: OutboxTable;
  log: Logger;
  deliver(event: OutboxEvent): Promise<void>;
  maxBackoffMs: number;
}

/**
 * Hands one claimed event to `deliver` and records the outcome: published; parked for good when
 * the consumer refused it; otherwise due again after an exponential backoff.
 */
export async function attemptDelivery<S extends Record<string, unknown>>(
  options: DeliveryOptions<S>,
  event: OutboxEvent,
): Promise<void> {
  const { db, table, log, maxBackoffMs } = options;
  try {
    await options.deliver(event);
    await db
      .update(table)
      .set({ publishedAt: sql`now()`, lastError: null })
      .where(eq(table.id, event.id));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isPermanent(error)) {
      log.error('outbox event refused, parked', {
        eventId: event.id,
        topic: event.topic,
        error: message,
      });
      await db
        .update(table)
        .set({ availableAt: sql`'infinity'::timestamptz`, lastError: message })
        .where(eq(table.id, event.id));
      return;
    }
    const backoff = Math.min(maxBackoffMs, 250 * 2 ** Math.max(0, event.attempts - 1));
    log.warn('outbox delivery failed, will retry', {
      eventId: event.id,
      topic: event.topic,
      backoff,
      error: message,
    });
    await db
      .update(table)
      .set({ availableAt: after(backoff), lastError: message })
      .where(eq(table.id, event.id));
  }
}

import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from '@pharmacy/db';
import type { OutboxTable } from './tables';

/** An inline event waits this long for its writer to deliver it before the relay takes it. */
export const INLINE_GRACE_MS = 5_000;

export interface EnqueueOptions {
  /**
   * The writer delivers the event right after commit (relay.deliverNow); the relay only takes
   * it over if that did not happen within the grace period.
   */
  inline?: boolean;
}

/**
 * The `enqueue` of one subgraph: `Events` maps each topic it announces to its payload, so a
 * topic and its payload are checked together where the event is written.
 */
export function outboxWriter<Events extends object, S extends Record<string, unknown>>(
  table: OutboxTable,
) {
  /** Writes an event in the caller's transaction, so it exists exactly when the change does. */
  return async function enqueue<T extends keyof Events & string>(
    tx: Transaction<S>,
    topic: T,
    payload: Events[T],
    options: EnqueueOptions = {},
  ): Promise<string> {
    const id = uuidv7();
    await tx.insert(table).values({
      id,
      topic,
      payload,
      availableAt: options.inline
        ? sql`now() + ${INLINE_GRACE_MS} * interval '1 millisecond'`
        : sql`now()`,
    });
    return id;
  };
}

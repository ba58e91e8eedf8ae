import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The tables of the transactional outbox, for a subgraph's own schema.ts to export (so its
 * migrations create them in its own database). A function, so each schema gets its own tables.
 */
export function outboxTables() {
  /** Events from other services applied here, so a redelivered event changes nothing. */
  const processedEvents = pgTable('processed_events', {
    eventId: uuid('event_id').primaryKey(),
    processedAt: timestamptz('processed_at').notNull().defaultNow(),
  });

  /** Events written in the same transaction as the change they announce; a relay publishes them. */
  const outbox = pgTable(
    'outbox',
    {
      id: uuid('id').primaryKey(),
      topic: text('topic').notNull(),
      payload: jsonb('payload').notNull(),
      createdAt: timestamptz('created_at').notNull().defaultNow(),
      publishedAt: timestamptz('published_at'),
      /** Not before this time: a relay's lease on the row, or the backoff after a failed attempt. */
      availableAt: timestamptz('available_at').notNull().defaultNow(),
      attempts: integer('attempts').notNull().default(0),
      lastError: text('last_error'),
    },
    (t) => [
      index('outbox_unpublished_idx')
        .on(t.id)
        .where(sql`published_at is null`),
      index('outbox_available_idx')
        .on(t.availableAt)
        .where(sql`published_at is null`),
    ],
  );

  return { processedEvents, outbox };
}

export type OutboxTable = ReturnType<typeof outboxTables>['outbox'];

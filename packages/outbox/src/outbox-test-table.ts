import { sql } from 'drizzle-orm';
import type { Database } from '@pharmacy/db';
import { outboxTables } from './tables';

/** An outbox table on its own, for the outbox's tests (a service's comes with its migrations). */
export const { outbox } = outboxTables();
export const outboxSchema = { outbox };
export type OutboxSchema = typeof outboxSchema;

export async function createOutboxTable(db: Database<OutboxSchema>): Promise<void> {
  await db.execute(
    sql.raw(`CREATE TABLE "outbox" (
      "id" uuid PRIMARY KEY NOT NULL, "topic" text NOT NULL, "payload" jsonb NOT NULL,
      "created_at" timestamptz DEFAULT now() NOT NULL, "published_at" timestamptz,
      "available_at" timestamptz DEFAULT now() NOT NULL, "attempts" integer DEFAULT 0 NOT NULL,
      "last_error" text)`),
  );
}

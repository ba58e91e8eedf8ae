import { eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Queryable } from '@pharmacy/db';
import * as schema from './schema';

/** Refunds, and the events of other services and of providers applied here. */
type Db = Queryable<typeof schema>;
const { processedEvents, refunds, webhookEvents } = schema;
const first = <R>(rows: R[]): R | undefined => rows[0];

/** A refund the provider made, once per provider refund id. */
export const insertRefund = (
  db: Db,
  params: { approvalId: string; amount: number; providerRefundId: string },
) =>
  db
    .insert(refunds)
    .values({ id: uuidv7(), ...params })
    .onConflictDoNothing();

/** What the refunds recorded here add up to. */
export const refundedTotal = async (db: Db, approvalId: string) =>
  Number(
    first(
      await db
        .select({ total: sql<string>`coalesce(sum(${refunds.amount}), 0)` })
        .from(refunds)
        .where(eq(refunds.approvalId, approvalId)),
    )?.total ?? 0,
  );

export const isWebhookEventApplied = async (db: Db, id: string) =>
  (await db.select().from(webhookEvents).where(eq(webhookEvents.id, id))).length > 0;

/** Records a provider's webhook event as applied; false when it was already. */
export const recordWebhookEvent = async (db: Db, event: { id: string; type: string }) =>
  (
    await db
      .insert(webhookEvents)
      .values(event)
      .onConflictDoNothing()
      .returning({ id: webhookEvents.id })
  ).length > 0;

export const isEventProcessed = async (db: Db, eventId: string) =>
  (await db.select().from(processedEvents).where(eq(processedEvents.eventId, eventId))).length > 0;

/** Records an event of another service as applied; a second time changes nothing. */
export const markEventProcessed = (db: Db, eventId: string) =>
  db.insert(processedEvents).values({ eventId }).onConflictDoNothing();

import { sql } from 'drizzle-orm';
import {
  char,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { enumValues, sqlList } from '@pharmacy/db';
import { outboxTables } from '@pharmacy/outbox';
import { PaymentStatus } from '../generated/enums';

const paymentStatuses = enumValues(PaymentStatus);
/** A charge in flight or one that took money: at most one per order. */
const liveStatuses = [PaymentStatus.APPROVED, PaymentStatus.REFUNDED, PaymentStatus.PENDING];

const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

export const paymentApprovals = pgTable(
  'payment_approvals',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    payerId: uuid('payer_id').notNull(),
    /** The order's pharmacy, whose pharmacists may see and refund it; null on older rows. */
    pharmacyId: uuid('pharmacy_id'),
    amount: integer('amount').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    status: text('status', { enum: paymentStatuses }).notNull(),
    /** Card brand and last four digits only; card numbers never reach this database. */
    method: text('method'),
    failureReason: text('failure_reason'),
    /** The provider's charge id, to refund or reconcile. */
    providerRef: text('provider_ref'),
    /** payOrder retries with the same key return this row; the hash spots a changed request. */
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('payment_approvals_status_check', sql`${t.status} in (${sqlList(paymentStatuses)})`),
    check('payment_approvals_amount_check', sql`${t.amount} > 0`),
    check('payment_approvals_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    unique('payment_approvals_payer_idempotency_key').on(t.payerId, t.idempotencyKey),
    // Exactly one charge per order may be in flight or have succeeded, whatever the retries.
    uniqueIndex('payment_approvals_one_live_per_order')
      .on(t.orderId)
      .where(sql`status in (${sqlList(liveStatuses)})`),
    index('payment_approvals_order_idx').on(t.orderId),
    // A pharmacist's list: the approvals of their pharmacies, newest first.
    index('payment_approvals_pharmacy_idx').on(t.pharmacyId, t.id),
    index('payment_approvals_pending_idx')
      .on(t.createdAt)
      .where(sql`status = 'PENDING'`),
  ],
);

export const refunds = pgTable(
  'refunds',
  {
    id: uuid('id').primaryKey(),
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => paymentApprovals.id, { onDelete: 'cascade' }),
    amount: integer('amount').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('refunds_amount_check', sql`${t.amount} > 0`),
    index('refunds_approval_idx').on(t.approvalId),
    // Refunds are of the whole amount, so one per approval: a replayed refund cannot add another.
    unique('refunds_one_per_approval').on(t.approvalId),
  ],
);

/**
 * The transactional outbox (events written with the change they announce, published by a relay)
 * and the ids of events from other services applied here, so a redelivery changes nothing.
 */
export const { outbox, processedEvents } = outboxTables();

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
/** A charge in flight (or waiting for the customer) or one that took money: at most one per order. */
const liveStatuses = [
  PaymentStatus.APPROVED,
  PaymentStatus.REFUNDED,
  PaymentStatus.PENDING,
  PaymentStatus.REQUIRES_ACTION,
];
/** Whose outcome the provider still owes us: the recovery asks about these. */
const unsettledStatuses = [PaymentStatus.PENDING, PaymentStatus.REQUIRES_ACTION];
export const paymentProviders = ['sandbox', 'stripe'] as const;

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
    /** Who moves the money; older rows were all the sandbox's. */
    provider: text('provider', { enum: paymentProviders }).notNull().default('sandbox'),
    /**
     * The provider's id of the payment (a Stripe PaymentIntent), recorded before any money moves,
     * to refund, reconcile and match webhooks. Its client secret is not stored: it is fetched
     * from the provider for the payer while the payment waits for them.
     */
    providerRef: text('provider_ref'),
    /** Partial refunds added up; REFUNDED once it reaches the amount. */
    refundedAmount: integer('refunded_amount').notNull().default(0),
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
    check(
      'payment_approvals_refunded_check',
      sql`${t.refundedAmount} >= 0 and ${t.refundedAmount} <= ${t.amount}`,
    ),
    check('payment_approvals_provider_check', sql`${t.provider} in (${sqlList(paymentProviders)})`),
    unique('payment_approvals_payer_idempotency_key').on(t.payerId, t.idempotencyKey),
    // Exactly one charge per order may be in flight or have succeeded, whatever the retries.
    uniqueIndex('payment_approvals_one_live_per_order')
      .on(t.orderId)
      .where(sql`status in (${sqlList(liveStatuses)})`),
    index('payment_approvals_order_idx').on(t.orderId),
    // A pharmacist's list: the approvals of their pharmacies, newest first.
    index('payment_approvals_pharmacy_idx').on(t.pharmacyId, t.id),
    // A webhook names the provider's payment id.
    uniqueIndex('payment_approvals_provider_ref_idx').on(t.provider, t.providerRef),
    index('payment_approvals_unsettled_idx')
      .on(t.updatedAt)
      .where(sql`status in (${sqlList(unsettledStatuses)})`),
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
    /** The provider's refund id: a replayed refund (same id) is recorded once. Null on older rows. */
    providerRefundId: text('provider_refund_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('refunds_amount_check', sql`${t.amount} > 0`),
    index('refunds_approval_idx').on(t.approvalId),
    unique('refunds_provider_refund_id').on(t.providerRefundId),
  ],
);

/**
 * The provider's webhook events applied here, by their id, written in the same transaction as
 * what they changed: a redelivered event finds its id and changes nothing.
 */
export const webhookEvents = pgTable('webhook_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  appliedAt: timestamptz('applied_at').notNull().defaultNow(),
});

/**
 * The transactional outbox (events written with the change they announce, published by a relay)
 * and the ids of events from other services applied here, so a redelivery changes nothing.
 */
export const { outbox, processedEvents } = outboxTables();

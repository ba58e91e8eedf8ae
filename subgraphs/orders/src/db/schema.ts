import { sql } from 'drizzle-orm';
import {
  char,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { enumValues, sqlList } from '@pharmacy/db';
import { outboxTables } from '@pharmacy/outbox';
import { OrderStatus } from '../generated/enums';

// The status type beside its column, for tests and benchmarks that write rows through `tables`.
export type { OrderStatus } from '../generated/enums';

const orderStatuses = enumValues(OrderStatus);
/**
 * Where the placement saga stands. PLACING: the row exists but prescription quantity and stock may
 * be only partly held; FAILED: the saga gave up and what it held is being given back. Only PLACED
 * orders exist for readers. Not in the SDL: readers never see an order that is not PLACED.
 */
const placementStates = ['PLACING', 'PLACED', 'FAILED'] as const;

const statusList = sqlList(orderStatuses);
const timestamptz = (name: string) => timestamp(name, { withTimezone: true });

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id').notNull(),
    pharmacyId: uuid('pharmacy_id').notNull(),
    prescriptionId: uuid('prescription_id'),
    status: text('status', { enum: orderStatuses }).notNull(),
    placement: text('placement', { enum: placementStates }).notNull().default('PLACED'),
    deliveryAddress: text('delivery_address').notNull(),
    courierId: uuid('courier_id'),
    currency: char('currency', { length: 3 }).notNull(),
    totalAmount: integer('total_amount').notNull(),
    /** placeOrder retries with the same key return the same order; the hash spots a changed request. */
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    cancelReason: text('cancel_reason'),
    /** Payment deadline of a PENDING_PAYMENT order; the expiry sweep releases what it holds. */
    expiresAt: timestamptz('expires_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('orders_status_check', sql`${t.status} in (${statusList})`),
    check('orders_placement_check', sql`${t.placement} in (${sqlList(placementStates)})`),
    check('orders_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('orders_total_amount_check', sql`${t.totalAmount} >= 0`),
    check(
      'orders_idempotency_check',
      sql`(${t.idempotencyKey} is null) = (${t.requestHash} is null)`,
    ),
    check(
      'orders_cancel_reason_check',
      sql`${t.cancelReason} is null or ${t.status} = 'CANCELLED'`,
    ),
    check(
      'orders_courier_check',
      sql`${t.status} not in ('OUT_FOR_DELIVERY', 'DELIVERED') or ${t.courierId} is not null`,
    ),
    unique('orders_customer_idempotency_key').on(t.customerId, t.idempotencyKey),
    index('orders_customer_idx').on(t.customerId),
    index('orders_courier_idx').on(t.courierId),
    index('orders_status_idx').on(t.status),
    index('orders_prescription_idx').on(t.prescriptionId),
    index('orders_pending_expiry_idx')
      .on(t.expiresAt)
      .where(sql`status = 'PENDING_PAYMENT'`),
    index('orders_unfinished_placement_idx')
      .on(t.createdAt)
      .where(sql`placement = 'PLACING'`),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    medicationId: uuid('medication_id').notNull(),
    quantity: integer('quantity').notNull(),
    /** Catalogue price when the order was placed, in the order's currency. */
    unitPrice: integer('unit_price').notNull(),
    lineTotal: integer('line_total').notNull(),
    /** The prescription item this line dispenses against, for prescription-only medicines. */
    prescriptionItemId: uuid('prescription_item_id'),
  },
  (t) => [
    primaryKey({ name: 'order_lines_pk', columns: [t.orderId, t.lineNo] }),
    check('order_lines_quantity_check', sql`${t.quantity} > 0`),
    check('order_lines_unit_price_check', sql`${t.unitPrice} >= 0`),
    check('order_lines_line_total_check', sql`${t.lineTotal} = ${t.unitPrice} * ${t.quantity}`),
  ],
);

export const orderStatusHistory = pgTable(
  'order_status_history',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    status: text('status', { enum: orderStatuses }).notNull(),
    at: timestamptz('at').notNull().defaultNow(),
    /** Who made the change: `user:<id>`, `service:<name>` or `system` (expiry). */
    actor: text('actor').notNull(),
  },
  (t) => [
    check('order_status_history_status_check', sql`${t.status} in (${statusList})`),
    index('order_status_history_order_idx').on(t.orderId, t.at),
  ],
);

/**
 * The transactional outbox (events written with the change they announce, published by a relay)
 * and the ids of events from other services applied here, so a redelivery changes nothing.
 */
export const { outbox, processedEvents } = outboxTables();

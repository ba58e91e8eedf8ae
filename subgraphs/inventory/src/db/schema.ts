import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { enumValues, sqlList } from '@pharmacy/db';
import { StockReservationStatus } from '../generated/enums';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** The catalogue. Deleted medications stay (soft delete): past orders and prescriptions name them. */
export const medications = pgTable(
  'medications',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    genericName: text('generic_name'),
    form: text('form').notNull(),
    strength: text('strength').notNull(),
    requiresPrescription: boolean('requires_prescription').notNull(),
    priceAmount: integer('price_amount').notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    description: text('description'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    check('medications_name_not_blank', sql`btrim(${t.name}) <> ''`),
    check('medications_price_amount_check', sql`${t.priceAmount} >= 0`),
    check('medications_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export const pharmacies = pgTable(
  'pharmacies',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    phone: text('phone'),
    createdAt: createdAt(),
  },
  (t) => [
    check('pharmacies_latitude_check', sql`${t.latitude} between -90 and 90`),
    check('pharmacies_longitude_check', sql`${t.longitude} between -180 and 180`),
    // Serves the bounding box of the nearby search.
    index('pharmacies_location_idx').on(t.latitude, t.longitude),
  ],
);

/** What each pharmacy holds; available = on_hand - reserved, never negative. */
export const stock = pgTable(
  'stock',
  {
    pharmacyId: uuid('pharmacy_id')
      .notNull()
      .references(() => pharmacies.id),
    medicationId: uuid('medication_id')
      .notNull()
      .references(() => medications.id),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.pharmacyId, t.medicationId] }),
    check('stock_on_hand_check', sql`${t.onHand} >= 0`),
    check('stock_reserved_check', sql`${t.reserved} >= 0`),
    check('stock_reserved_within_on_hand', sql`${t.reserved} <= ${t.onHand}`),
    index('stock_medication_idx').on(t.medicationId),
  ],
);

/**
 * Why stock moved: a stock-take by staff, or an order's reservation, its release, its sale, or
 * the return of a sold order's quantity when it is cancelled (the order id is on the row).
 */
export const stockChangeReasons = [
  'stock-take',
  'reserved',
  'released',
  'sold',
  'returned',
] as const;
export type StockChangeReason = (typeof stockChangeReasons)[number];

/** Audit trail and stock history: one row per change of a stock row, by whom and why. */
export const stockChanges = pgTable(
  'stock_changes',
  {
    id: uuid('id').primaryKey(),
    pharmacyId: uuid('pharmacy_id')
      .notNull()
      .references(() => pharmacies.id),
    medicationId: uuid('medication_id')
      .notNull()
      .references(() => medications.id),
    deltaOnHand: integer('delta_on_hand').notNull(),
    deltaReserved: integer('delta_reserved').notNull(),
    reason: text('reason', { enum: stockChangeReasons }).notNull(),
    /** A user id, or the name of the service that asked. */
    actor: text('actor').notNull(),
    orderId: uuid('order_id'),
    createdAt: createdAt(),
  },
  (t) => [
    check('stock_changes_reason_check', sql`${t.reason} in (${sqlList(stockChangeReasons)})`),
    // A stock item's history, newest first.
    index('stock_changes_history_idx').on(
      t.pharmacyId,
      t.medicationId,
      t.createdAt.desc(),
      t.id.desc(),
    ),
    index('stock_changes_order_idx').on(t.orderId),
  ],
);

/** Stock held for an order, one row per medication; all rows of an order share one status. */
const reservationStatuses = enumValues(StockReservationStatus);

export const stockReservations = pgTable(
  'stock_reservations',
  {
    orderId: uuid('order_id').notNull(),
    pharmacyId: uuid('pharmacy_id')
      .notNull()
      .references(() => pharmacies.id),
    medicationId: uuid('medication_id')
      .notNull()
      .references(() => medications.id),
    quantity: integer('quantity').notNull(),
    status: text('status', { enum: reservationStatuses }).notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orderId, t.medicationId] }),
    check('stock_reservations_quantity_check', sql`${t.quantity} > 0`),
    check('stock_reservations_status_check', sql`${t.status} in (${sqlList(reservationStatuses)})`),
  ],
);

import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { enumValues, sqlList } from '@pharmacy/db';
import { PrescriptionStatus } from '../generated/enums';

// EXPIRED is never stored: it is computed from expires_at when read.
const { EXPIRED: _computedWhenRead, ...StoredPrescriptionStatus } = PrescriptionStatus;
const storedStatuses = enumValues(StoredPrescriptionStatus);
const submitted = sqlList([StoredPrescriptionStatus.SUBMITTED]);
const rejected = sqlList([StoredPrescriptionStatus.REJECTED]);

// Not enums of the SDL (it shows them as strings), so their values are defined here.
const dispensationStatuses = ['TAKEN', 'RETURNED'] as const;
const accessActions = ['READ', 'CREATE', 'VERIFY', 'REJECT', 'DELETE', 'TAKE', 'RETURN'] as const;

export const prescriptions = pgTable(
  'prescriptions',
  {
    id: uuid('id').primaryKey(),
    patientId: uuid('patient_id').notNull(),
    status: text('status', { enum: storedStatuses }).notNull(),
    prescriberName: text('prescriber_name').notNull(),
    prescriberLicense: text('prescriber_license').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** The pharmacist who verified or rejected it. */
    verifiedBy: uuid('verified_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('prescriptions_status_check', sql`${t.status} in (${sqlList(storedStatuses)})`),
    check('prescriptions_validity_check', sql`${t.expiresAt} > ${t.issuedAt}`),
    check(
      'prescriptions_review_check',
      sql`(${t.status} = ${submitted}) = (${t.verifiedBy} is null and ${t.verifiedAt} is null)`,
    ),
    check(
      'prescriptions_rejection_reason_check',
      sql`(${t.status} = ${rejected}) = (${t.rejectionReason} is not null)`,
    ),
    index('prescriptions_patient_idx').on(t.patientId),
    index('prescriptions_status_idx').on(t.status),
  ],
);

export const prescriptionItems = pgTable(
  'prescription_items',
  {
    id: uuid('id').primaryKey(),
    prescriptionId: uuid('prescription_id')
      .notNull()
      .references(() => prescriptions.id, { onDelete: 'cascade' }),
    medicationId: uuid('medication_id').notNull(),
    quantity: integer('quantity').notNull(),
    refills: integer('refills').notNull().default(0),
    instructions: text('instructions'),
  },
  (t) => [
    check('prescription_items_quantity_check', sql`${t.quantity} > 0`),
    check('prescription_items_refills_check', sql`${t.refills} >= 0`),
    // One item per medication, so an order line maps to exactly one item.
    unique('prescription_items_medication_unique').on(t.prescriptionId, t.medicationId),
  ],
);

/** What an order took from an item; RETURNED when the order released it. */
export const dispensations = pgTable(
  'dispensations',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    // No cascade: a prescription an order used must not disappear under it.
    itemId: uuid('item_id')
      .notNull()
      .references(() => prescriptionItems.id),
    quantity: integer('quantity').notNull(),
    status: text('status', { enum: dispensationStatuses }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('dispensations_quantity_check', sql`${t.quantity} > 0`),
    check('dispensations_status_check', sql`${t.status} in (${sqlList(dispensationStatuses)})`),
    unique('dispensations_order_item_unique').on(t.orderId, t.itemId),
    index('dispensations_item_idx').on(t.itemId),
  ],
);

/** Who read or changed a prescription. No foreign key: entries outlive a deleted prescription. */
export const prescriptionAccessLog = pgTable(
  'prescription_access_log',
  {
    id: uuid('id').primaryKey(),
    prescriptionId: uuid('prescription_id').notNull(),
    /** A user id, or a service name for service callers. */
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action', { enum: accessActions }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('prescription_access_log_action_check', sql`${t.action} in (${sqlList(accessActions)})`),
    index('prescription_access_log_prescription_idx').on(t.prescriptionId),
  ],
);

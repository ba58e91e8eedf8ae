import { sql } from 'drizzle-orm';
import {
  check,
  customType,
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
import { PrescriptionStatus } from '../generated/enums';

// EXPIRED is never stored: it is computed from expires_at when read.
const { EXPIRED: _computedWhenRead, ...StoredPrescriptionStatus } = PrescriptionStatus;
const storedStatuses = enumValues(StoredPrescriptionStatus);
const submitted = sqlList([StoredPrescriptionStatus.SUBMITTED]);
const rejected = sqlList([StoredPrescriptionStatus.REJECTED]);

// Not enums of the SDL (it shows them as strings), so their values are defined here.
const dispensationStatuses = ['TAKEN', 'RETURNED'] as const;
const accessActions = [
  'READ',
  'CREATE',
  'VERIFY',
  'REJECT',
  'DISPENSE',
  'RETURN',
  'DELETE',
] as const;
/** What a document may be, as read from its first bytes. */
export const documentTypes = ['image/png', 'image/jpeg', 'application/pdf'] as const;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Binary data: PGlite reads it as a Uint8Array, postgres.js as a Buffer (a Uint8Array too). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

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
    /** Where the patient sent it for review (a pharmacy of inventory); null: any pharmacist. */
    pharmacyId: uuid('pharmacy_id'),
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
    index('prescriptions_pharmacy_idx').on(t.pharmacyId),
  ],
);

/** The photo or scan of the original, one per prescription, gone with it. */
export const prescriptionDocuments = pgTable(
  'prescription_documents',
  {
    prescriptionId: uuid('prescription_id')
      .primaryKey()
      .references(() => prescriptions.id, { onDelete: 'cascade' }),
    contentType: text('content_type', { enum: documentTypes }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [
    check(
      'prescription_documents_content_type_check',
      sql`${t.contentType} in (${sqlList(documentTypes)})`,
    ),
    check(
      'prescription_documents_size_check',
      sql`${t.sizeBytes} = octet_length(${t.bytes}) and ${t.sizeBytes} between 1 and ${sql.raw(String(MAX_DOCUMENT_BYTES))}`,
    ),
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
    /** The pharmacy of the order, whose pharmacists may then read the prescription. */
    pharmacyId: uuid('pharmacy_id'),
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
    /**
     * The user the entry names as actor: the caller, or the patient a service changed it for (an
     * order's take); null when a service read it for itself.
     */
    actorUserId: uuid('actor_user_id'),
    /** The user's role; SERVICE for a service's own read; SERVICE:<name> for its change. */
    actorRole: text('actor_role').notNull(),
    action: text('action', { enum: accessActions }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * For reads, the id the gateway gave the client's operation: it may call here several times
     * for one operation (a fetch per step of its plan), and the operation is recorded once.
     */
    operationId: text('operation_id'),
  },
  (t) => [
    check('prescription_access_log_action_check', sql`${t.action} in (${sqlList(accessActions)})`),
    index('prescription_access_log_prescription_idx').on(t.prescriptionId),
    uniqueIndex('prescription_access_log_read_once')
      .on(t.operationId, t.prescriptionId, t.actorId)
      .where(sql`${t.action} = 'READ'`),
  ],
);

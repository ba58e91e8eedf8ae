import { and, asc, desc, eq, gt, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Database, Queryable } from '@pharmacy/db';
import { PrescriptionStatus } from '../generated/enums';
import * as schema from './schema';
import { visibilityCondition, type Visibility } from './visibility';

export type PrescriptionsDatabase = Database<typeof schema>;
/** The database or a transaction: reads inside a transaction see its own writes. */
export type PrescriptionsQueryable = Queryable<typeof schema>;
type Db = PrescriptionsQueryable;
const { prescriptions, prescriptionItems, prescriptionDocuments, dispensations } = schema;

export type PrescriptionRow = typeof prescriptions.$inferSelect;
export type PrescriptionItemRow = typeof prescriptionItems.$inferSelect;
export type PrescriptionDocumentRow = typeof prescriptionDocuments.$inferSelect;

/** What one order took from one prescription item. */
export interface PrescriptionTakeLine {
  medicationId: string;
  prescriptionItemId: string;
  quantity: number;
}

/** The prescription quantity one order holds, as the orders service sees it. */
export interface PrescriptionTake {
  orderId: string;
  prescriptionId: string | null;
  status: (typeof dispensations.$inferSelect)['status'];
  lines: PrescriptionTakeLine[];
}

/** The SQL twin of effectiveStatus: prescriptions a caller would see with this status. */
export function statusCondition(status: PrescriptionStatus, now = new Date()): SQL {
  if (status === PrescriptionStatus.EXPIRED) return lte(prescriptions.expiresAt, now);
  return and(eq(prescriptions.status, status), gt(prescriptions.expiresAt, now)) as SQL;
}

export const prescriptionsByIds = (db: Db, ids: string[]) =>
  db.select().from(prescriptions).where(inArray(prescriptions.id, ids));

export const patientsOf = (db: Db, ids: string[]) =>
  db
    .select({ id: prescriptions.id, patientId: prescriptions.patientId })
    .from(prescriptions)
    .where(inArray(prescriptions.id, ids));

/** Newest first, of the given patients (or of everybody), with a status or any. */
export const prescriptionsOfPatients = (
  db: Db,
  params: {
    patientIds: string[] | null;
    status: PrescriptionStatus | null;
    visibility: Visibility;
  },
) =>
  db
    .select()
    .from(prescriptions)
    .where(
      and(
        params.patientIds ? inArray(prescriptions.patientId, params.patientIds) : undefined,
        params.status ? statusCondition(params.status) : undefined,
        visibilityCondition(db, params.visibility),
      ),
    )
    .orderBy(desc(prescriptions.id));

/** The pharmacies whose orders took from each prescription (any of its items). */
export const takePharmaciesOf = (db: Db, prescriptionIds: string[]) =>
  db
    .selectDistinct({
      prescriptionId: prescriptionItems.prescriptionId,
      pharmacyId: dispensations.pharmacyId,
    })
    .from(dispensations)
    .innerJoin(prescriptionItems, eq(prescriptionItems.id, dispensations.itemId))
    .where(
      and(
        inArray(prescriptionItems.prescriptionId, prescriptionIds),
        isNotNull(dispensations.pharmacyId),
      ),
    );

export const documentsOf = (db: Db, prescriptionIds: string[]) =>
  db
    .select()
    .from(prescriptionDocuments)
    .where(inArray(prescriptionDocuments.prescriptionId, prescriptionIds));

export const itemsOfPrescriptions = (db: Db, prescriptionIds: string[]) =>
  db
    .select()
    .from(prescriptionItems)
    .where(inArray(prescriptionItems.prescriptionId, prescriptionIds))
    .orderBy(prescriptionItems.id);

/** Quantity currently TAKEN per item id; items nothing was taken from are absent. */
export async function takenQuantities(db: Db, itemIds: string[]): Promise<Map<string, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .select({
      itemId: dispensations.itemId,
      taken: sql<number>`sum(${dispensations.quantity})::int`,
    })
    .from(dispensations)
    .where(and(inArray(dispensations.itemId, itemIds), eq(dispensations.status, 'TAKEN')))
    .groupBy(dispensations.itemId);
  return new Map(rows.map((row) => [row.itemId, Number(row.taken)]));
}

/** An order's dispensations, or null when it never took anything. */
export async function takeOfOrder(db: Db, orderId: string): Promise<PrescriptionTake | null> {
  const rows = await db
    .select({
      prescriptionId: prescriptionItems.prescriptionId,
      medicationId: prescriptionItems.medicationId,
      prescriptionItemId: dispensations.itemId,
      quantity: dispensations.quantity,
      status: dispensations.status,
    })
    .from(dispensations)
    .innerJoin(prescriptionItems, eq(prescriptionItems.id, dispensations.itemId))
    .where(eq(dispensations.orderId, orderId))
    .orderBy(asc(dispensations.itemId));
  const first = rows[0];
  if (!first) return null;
  return {
    orderId,
    prescriptionId: first.prescriptionId,
    // An order's dispensations are taken and returned together.
    status: rows.some((row) => row.status === 'TAKEN') ? 'TAKEN' : 'RETURNED',
    lines: rows.map(({ medicationId, prescriptionItemId, quantity }) => ({
      medicationId,
      prescriptionItemId,
      quantity,
    })),
  };
}

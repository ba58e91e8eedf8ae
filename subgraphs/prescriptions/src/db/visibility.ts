import { and, eq, exists, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '@pharmacy/db';
import * as schema from './schema';

const { prescriptions, prescriptionItems, dispensations } = schema;

/**
 * Which prescriptions a list may show: all of them, or those matching any of the parts given
 * (none given: nothing). The services decide it from the caller.
 */
export type Visibility =
  | 'all'
  | {
      /** The patient's own. */
      patientId?: string;
      /** Sent to one of these pharmacies, or to none. */
      sentTo?: readonly string[];
      /** Taken by an order at one of these pharmacies. */
      takenAt?: readonly string[];
    };

/** The SQL twin of the services' mayRead and review rules, for lists. */
export function visibilityCondition(
  db: Queryable<typeof schema>,
  visibility: Visibility,
): SQL | undefined {
  if (visibility === 'all') return undefined;
  const { patientId, sentTo, takenAt } = visibility;
  const takenThere = (pharmacyIds: readonly string[]) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(dispensations)
        .innerJoin(prescriptionItems, eq(prescriptionItems.id, dispensations.itemId))
        .where(
          and(
            eq(prescriptionItems.prescriptionId, prescriptions.id),
            inArray(dispensations.pharmacyId, [...pharmacyIds]),
          ),
        ),
    );
  const parts = [
    patientId ? eq(prescriptions.patientId, patientId) : undefined,
    sentTo ? isNull(prescriptions.pharmacyId) : undefined,
    sentTo?.length ? inArray(prescriptions.pharmacyId, [...sentTo]) : undefined,
    takenAt?.length ? takenThere(takenAt) : undefined,
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? or(...parts) : sql`false`;
}

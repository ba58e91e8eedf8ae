import { and, eq, gt, lte, type SQL } from 'drizzle-orm';
import * as schema from '../db/schema';

export const prescriptionStatuses = ['SUBMITTED', 'VERIFIED', 'REJECTED', 'EXPIRED'] as const;
export type PrescriptionStatus = (typeof prescriptionStatuses)[number];

/** What a caller sees: EXPIRED once past expiresAt, whatever was stored. */
export function effectiveStatus(
  row: { status: 'SUBMITTED' | 'VERIFIED' | 'REJECTED'; expiresAt: Date },
  now = new Date(),
): PrescriptionStatus {
  return row.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : row.status;
}

/** The SQL twin of effectiveStatus, for filtering by the status a caller would see. */
export function statusCondition(status: PrescriptionStatus, now = new Date()): SQL {
  const { prescriptions } = schema;
  if (status === 'EXPIRED') return lte(prescriptions.expiresAt, now);
  return and(eq(prescriptions.status, status), gt(prescriptions.expiresAt, now)) as SQL;
}

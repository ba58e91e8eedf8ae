import { eq } from 'drizzle-orm';
import { NotFoundError } from '@pharmacy/errors';
import type { PrescriptionRow, PrescriptionsQueryable } from '../db/queries';
import { prescriptions } from '../db/schema';

/**
 * The prescription, row-locked FOR UPDATE until the transaction `tx` ends (the caller says why
 * it needs the lock); NOT_FOUND when there is none.
 */
export async function lockedPrescription(
  tx: PrescriptionsQueryable,
  id: string,
): Promise<PrescriptionRow> {
  const [current] = await tx
    .select()
    .from(prescriptions)
    .where(eq(prescriptions.id, id))
    .for('update');
  if (!current) throw new NotFoundError('Prescription');
  return current;
}

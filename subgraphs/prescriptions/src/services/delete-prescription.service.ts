import { and, eq, exists } from 'drizzle-orm';
import { isUuid } from '@pharmacy/db';
import { ConflictError, ForbiddenError, NotFoundError } from '@pharmacy/errors';
import type { PrescriptionsContext } from '../context';
import { dispensations, prescriptionItems, prescriptions } from '../db/schema';
import { recordChange } from './access-log.service';
import { auditActor } from './audit-actor';
import { lockedPrescription } from './locked-prescription';
import { requirePerson } from './prescription-access';

/** The owner or an admin, while no order has used it (its dispensations keep it in place). */
export async function deletePrescription(ctx: PrescriptionsContext, id: string): Promise<boolean> {
  const caller = requirePerson(ctx.caller);
  if (!isUuid(id)) throw new NotFoundError('Prescription');
  return ctx.db.transaction(async (tx) => {
    // The row lock makes a concurrent take (which holds a share lock) finish first, or wait.
    const current = await lockedPrescription(tx, id);
    if (current.patientId !== caller.userId && caller.role !== 'ADMIN') {
      throw new ForbiddenError('Only its patient or an admin may delete a prescription');
    }
    const used = await tx
      .select({ id: prescriptionItems.id })
      .from(prescriptionItems)
      .where(
        and(
          eq(prescriptionItems.prescriptionId, id),
          exists(
            tx.select().from(dispensations).where(eq(dispensations.itemId, prescriptionItems.id)),
          ),
        ),
      )
      .limit(1);
    if (used.length > 0)
      throw new ConflictError('This prescription has been used by an order and cannot be deleted');
    await tx.delete(prescriptions).where(eq(prescriptions.id, id));
    await recordChange(tx, auditActor(ctx.caller), [id], 'DELETE');
    return true;
  });
}

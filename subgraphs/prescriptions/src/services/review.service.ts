import { and, eq, exists, gt } from 'drizzle-orm';
import {
  AppError,
  BadUserInputError,
  ConflictError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
} from '@pharmacy/errors';
import type { PrescriptionRow, PrescriptionsContext } from '../context';
import * as schema from '../db/schema';
import { isUuid, recordAccess, requirePerson } from './prescription-access';
import { effectiveStatus } from './prescription-status';

const { prescriptions, prescriptionItems, dispensations } = schema;

type Review = { status: 'VERIFIED' } | { status: 'REJECTED'; reason: string };

/**
 * SUBMITTED -> VERIFIED or REJECTED, by a pharmacist or admin. The update itself checks the
 * current status and validity, so two reviewers at once cannot both succeed.
 */
async function review(
  ctx: PrescriptionsContext,
  id: string,
  decision: Review,
): Promise<PrescriptionRow> {
  const reviewer = requirePerson(ctx.caller, 'PHARMACIST', 'ADMIN');
  if (!isUuid(id)) throw new NotFoundError('Prescription');
  const now = new Date();
  return ctx.db.transaction(async (tx) => {
    // Locked, so the status named in a refusal is the one that refused it.
    const [current] = await tx
      .select()
      .from(prescriptions)
      .where(eq(prescriptions.id, id))
      .for('update');
    if (!current) throw new NotFoundError('Prescription');
    // Nobody reviews their own prescription.
    if (current.patientId === reviewer.userId)
      throw new ForbiddenError('You may not review your own prescription');
    const [updated] = await tx
      .update(prescriptions)
      .set({
        status: decision.status,
        verifiedBy: reviewer.userId,
        verifiedAt: now,
        rejectionReason: decision.status === 'REJECTED' ? decision.reason : null,
      })
      .where(
        and(
          eq(prescriptions.id, id),
          eq(prescriptions.status, 'SUBMITTED'),
          gt(prescriptions.expiresAt, now),
        ),
      )
      .returning();
    if (!updated) {
      const status = effectiveStatus(current, now);
      throw new AppError(
        ErrorCode.INVALID_STATUS_TRANSITION,
        `A ${status} prescription cannot become ${decision.status}; only SUBMITTED ones can`,
        { from: status, to: decision.status },
      );
    }
    await recordAccess(tx, ctx.caller, [id], decision.status === 'VERIFIED' ? 'VERIFY' : 'REJECT');
    return updated;
  });
}

export const verifyPrescription = (ctx: PrescriptionsContext, id: string) =>
  review(ctx, id, { status: 'VERIFIED' });

export function rejectPrescription(
  ctx: PrescriptionsContext,
  id: string,
  reason: string,
): Promise<PrescriptionRow> {
  const trimmed = reason.trim();
  if (!trimmed)
    throw new BadUserInputError('reason: a rejection needs a reason', { field: 'reason' });
  if (trimmed.length > 1000)
    throw new BadUserInputError('reason: at most 1000 characters', { field: 'reason' });
  return review(ctx, id, { status: 'REJECTED', reason: trimmed });
}

/** The owner or an admin, while no order has used it (its dispensations keep it in place). */
export async function deletePrescription(ctx: PrescriptionsContext, id: string): Promise<boolean> {
  const caller = requirePerson(ctx.caller);
  if (!isUuid(id)) throw new NotFoundError('Prescription');
  return ctx.db.transaction(async (tx) => {
    // The row lock makes a concurrent take (which holds a share lock) finish first, or wait.
    const [current] = await tx
      .select()
      .from(prescriptions)
      .where(eq(prescriptions.id, id))
      .for('update');
    if (!current) throw new NotFoundError('Prescription');
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
    await recordAccess(tx, ctx.caller, [id], 'DELETE');
    return true;
  });
}

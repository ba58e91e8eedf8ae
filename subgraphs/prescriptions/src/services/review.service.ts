import { and, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { isUuid } from '@pharmacy/db';
import { AppError, ErrorCode, ForbiddenError, NotFoundError, parseInput } from '@pharmacy/errors';
import type { PrescriptionsContext } from '../context';
import type { PrescriptionRow } from '../db/queries';
import { prescriptions } from '../db/schema';
import { PrescriptionStatus } from '../generated/enums';
import { recordChange } from './access-log.service';
import { auditActor } from './audit-actor';
import { fieldMessage } from './field-message';
import { lockedPrescription } from './locked-prescription';
import { mayReview, requirePerson } from './prescription-access';
import { effectiveStatus } from './prescription-status';

type Review =
  | { status: typeof PrescriptionStatus.VERIFIED }
  | { status: typeof PrescriptionStatus.REJECTED; reason: string };

const rejection = z.object({
  reason: z
    .string()
    .trim()
    .min(1, fieldMessage('a rejection needs a reason'))
    .max(1000, fieldMessage('at most 1000 characters')),
});

/**
 * SUBMITTED -> VERIFIED or REJECTED, by an admin or a pharmacist of the pharmacy it was sent to
 * (any pharmacist when it was sent to none). The update itself checks the current status and
 * validity, so two reviewers at once cannot both succeed.
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
    const current = await lockedPrescription(tx, id);
    // Nobody reviews their own prescription.
    if (current.patientId === reviewer.userId)
      throw new ForbiddenError('You may not review your own prescription');
    if (!mayReview(reviewer, current))
      throw new ForbiddenError("This prescription was sent to another pharmacy's pharmacists");
    const [updated] = await tx
      .update(prescriptions)
      .set({
        status: decision.status,
        verifiedBy: reviewer.userId,
        verifiedAt: now,
        rejectionReason: decision.status === PrescriptionStatus.REJECTED ? decision.reason : null,
      })
      .where(
        and(
          eq(prescriptions.id, id),
          eq(prescriptions.status, PrescriptionStatus.SUBMITTED),
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
    const action = decision.status === PrescriptionStatus.VERIFIED ? 'VERIFY' : 'REJECT';
    await recordChange(tx, auditActor(ctx.caller), [id], action);
    return updated;
  });
}

export const verifyPrescription = (ctx: PrescriptionsContext, id: string) =>
  review(ctx, id, { status: PrescriptionStatus.VERIFIED });

/** The reason is checked first, whoever asks. */
export function rejectPrescription(
  ctx: PrescriptionsContext,
  id: string,
  reason: string,
): Promise<PrescriptionRow> {
  const input = parseInput(rejection, { reason });
  return review(ctx, id, { status: PrescriptionStatus.REJECTED, reason: input.reason });
}

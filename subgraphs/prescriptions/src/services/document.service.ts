import { ForbiddenError } from '@pharmacy/errors';
import type { PrescriptionsContext } from '../context';
import type { PrescriptionDocumentRow, PrescriptionRow } from '../db/queries';
import { mayReview } from './prescription-access';

/**
 * Prescription.document: for its patient and the staff who may review it (admins, pharmacists of
 * the pharmacy it was sent to, or any when sent to none); loaded only when asked, batched.
 */
export function documentOf(
  ctx: PrescriptionsContext,
  prescription: PrescriptionRow,
): Promise<PrescriptionDocumentRow | null> {
  const { caller } = ctx;
  const mine = caller.kind === 'user' && caller.userId === prescription.patientId;
  if (!mine && !mayReview(caller, prescription))
    throw new ForbiddenError('Only its patient and its reviewers may see the document');
  return ctx.loaders.documentByPrescriptionId.load(prescription.id);
}

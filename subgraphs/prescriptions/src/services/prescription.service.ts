import { requireRole, requireUser } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { ForbiddenError } from '@pharmacy/errors';
import type { PrescriptionsContext } from '../context';
import {
  prescriptionsOfPatients,
  type PrescriptionItemRow,
  type PrescriptionRow,
} from '../db/queries';
import type { PrescriptionStatus } from '../generated/enums';
import { assertCanListFor, mayRead, reviewQueueVisibility } from './prescription-access';

/** Every list of prescriptions returns through here: what it shows is noted for the access log. */
function readBy(ctx: PrescriptionsContext, rows: PrescriptionRow[]): PrescriptionRow[] {
  ctx.accessLog.read(rows.map((row) => row.id));
  return rows;
}

/**
 * Query.prescription and Prescription.__resolveReference (Order.prescription arrives that way):
 * null when there is none with that id, FORBIDDEN when the caller may not see it. Batched by the
 * loaders.
 */
export async function findPrescription(
  ctx: PrescriptionsContext,
  id: string,
): Promise<PrescriptionRow | null> {
  if (ctx.caller.kind !== 'service') requireUser(ctx.caller);
  if (!isUuid(id)) return null;
  const prescription = await ctx.loaders.prescriptionById.load(id.toLowerCase());
  if (!prescription) return null;
  const takenAt = () => ctx.loaders.takePharmaciesByPrescriptionId.load(prescription.id);
  if (!(await mayRead(ctx.caller, prescription, takenAt)))
    throw new ForbiddenError('You may not see this prescription');
  ctx.accessLog.read([prescription.id]);
  return prescription;
}

/**
 * Patients get their own; pharmacists those sent to their pharmacies or to none (the review
 * queue); admins and services all of them; couriers none.
 */
export async function listPrescriptions(
  ctx: PrescriptionsContext,
  status: PrescriptionStatus | null,
): Promise<PrescriptionRow[]> {
  const { caller } = ctx;
  if (caller.kind === 'user' && caller.role === 'PATIENT') {
    return readBy(
      ctx,
      await ctx.loaders.prescriptionsByPatient.load({ patientId: caller.userId, status }),
    );
  }
  if (caller.kind !== 'service') requireRole(caller, 'PHARMACIST', 'ADMIN');
  const visibility = reviewQueueVisibility(caller);
  return readBy(
    ctx,
    await prescriptionsOfPatients(ctx.db, { patientIds: null, status, visibility }),
  );
}

/**
 * User.prescriptions: the user's own, anyone's for admins and services; a pharmacist gets those
 * they may read (sent to their pharmacies or to none, or taken by an order at one).
 */
export async function listPrescriptionsOf(
  ctx: PrescriptionsContext,
  patientId: string,
  status: PrescriptionStatus | null,
): Promise<PrescriptionRow[]> {
  assertCanListFor(ctx.caller, patientId);
  if (!isUuid(patientId)) return [];
  const key = { patientId: patientId.toLowerCase(), status };
  return readBy(ctx, await ctx.loaders.prescriptionsByPatient.load(key));
}

export function itemsOf(
  ctx: PrescriptionsContext,
  prescription: PrescriptionRow,
): Promise<PrescriptionItemRow[]> {
  return ctx.loaders.itemsByPrescriptionId.load(prescription.id);
}

/** quantity x (1 + refills), minus what orders hold now. */
export async function remainingQuantity(
  ctx: PrescriptionsContext,
  item: PrescriptionItemRow,
): Promise<number> {
  const taken = await ctx.loaders.takenByItemId.load(item.id);
  return item.quantity * (1 + item.refills) - taken;
}

import { isUuid } from '@pharmacy/db';
import { requireRole, requireUser } from '@pharmacy/auth';
import type { PrescriptionsContext } from '../context';
import {
  prescriptionsOfPatients,
  type PrescriptionItemRow,
  type PrescriptionRow,
} from '../db/queries';
import type { PrescriptionStatus } from '../generated/enums';
import { recordAccess } from './access-log.service';
import { assertCanListFor, assertCanRead } from './prescription-access';

/** Loads a prescription the caller may see, or null when there is none with that id. */
async function loadVisible(ctx: PrescriptionsContext, id: string): Promise<PrescriptionRow | null> {
  if (ctx.caller.kind !== 'service') requireUser(ctx.caller);
  if (!isUuid(id)) return null;
  const prescription = await ctx.loaders.prescriptionById.load(id);
  if (!prescription) return null;
  assertCanRead(ctx.caller, prescription);
  return prescription;
}

/** Query.prescription: a direct read, so it is written to the audit trail. */
export async function findPrescription(
  ctx: PrescriptionsContext,
  id: string,
): Promise<PrescriptionRow | null> {
  const prescription = await loadVisible(ctx, id);
  if (prescription) await recordAccess(ctx.db, ctx.caller, [prescription.id], 'READ');
  return prescription;
}

/** Prescription.__resolveReference: the same rule as a direct read, batched by the loader. */
export const resolvePrescriptionReference = loadVisible;

/** Patients get their own; pharmacists, admins and services all of them; couriers none. */
export async function listPrescriptions(
  ctx: PrescriptionsContext,
  status: PrescriptionStatus | null,
): Promise<PrescriptionRow[]> {
  const { caller } = ctx;
  if (caller.kind === 'user' && caller.role === 'PATIENT') {
    return ctx.loaders.prescriptionsByPatient.load({ patientId: caller.userId, status });
  }
  if (caller.kind !== 'service') requireRole(caller, 'PHARMACIST', 'ADMIN');
  return prescriptionsOfPatients(ctx.db, null, status);
}

/** User.prescriptions: the user themselves, staff or a service. */
export async function listPrescriptionsOf(
  ctx: PrescriptionsContext,
  patientId: string,
  status: PrescriptionStatus | null,
): Promise<PrescriptionRow[]> {
  assertCanListFor(ctx.caller, patientId);
  if (!isUuid(patientId)) return [];
  return ctx.loaders.prescriptionsByPatient.load({ patientId, status });
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

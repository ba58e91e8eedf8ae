import { v7 as uuidv7 } from 'uuid';
import { isUuid } from '@pharmacy/db';
import { mustExist, NotFoundError, parseInput } from '@pharmacy/errors';
import type { PrescriptionsContext } from '../context';
import type { PrescriptionRow } from '../db/queries';
import * as schema from '../db/schema';
import { PrescriptionStatus } from '../generated/enums';
import { recordChange } from './access-log.service';
import { auditActor } from './audit-actor';
import { requirePerson } from './prescription-access';
import { decodeDocument } from './prescription-document';
import { prescriptionInput, type PrescriptionInput } from './prescription-input';

function oneYearAfter(date: Date): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

/** The pharmacy to review it, which inventory must know; NOT_FOUND otherwise. */
async function reviewingPharmacy(
  ctx: PrescriptionsContext,
  pharmacyId: string | null | undefined,
): Promise<string | null> {
  if (pharmacyId == null) return null;
  const id = pharmacyId.toLowerCase();
  if (!isUuid(id) || !(await ctx.deps.inventory.pharmacyExists(id)))
    throw new NotFoundError('Pharmacy');
  return id;
}

/**
 * Any signed-in user uploads a prescription for themselves, with its document and the pharmacy
 * to review it if they like; pharmacists review it later. All of it is written, or nothing.
 */
export async function uploadPrescription(
  ctx: PrescriptionsContext,
  input: PrescriptionInput,
): Promise<PrescriptionRow> {
  const caller = requirePerson(ctx.caller);
  const { items, documentBase64, ...fields } = parseInput(prescriptionInput, input);
  const document = documentBase64 == null ? null : decodeDocument(documentBase64);
  // Asked before the transaction, so nothing waits on another service with a transaction open.
  const pharmacyId = await reviewingPharmacy(ctx, fields.pharmacyId);
  // The catalogue lives in inventory; the pharmacist checks medications when verifying.
  return ctx.db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(schema.prescriptions)
      .values({
        id: uuidv7(),
        patientId: caller.userId,
        status: PrescriptionStatus.SUBMITTED,
        prescriberName: fields.prescriberName,
        prescriberLicense: fields.prescriberLicense,
        issuedAt: fields.issuedAt,
        expiresAt: fields.expiresAt ?? oneYearAfter(fields.issuedAt),
        pharmacyId,
      })
      .returning();
    const prescription = mustExist(inserted, 'The inserted prescription');
    await tx.insert(schema.prescriptionItems).values(
      items.map((i) => ({
        id: uuidv7(),
        prescriptionId: prescription.id,
        medicationId: i.medicationId.toLowerCase(),
        quantity: i.quantity,
        refills: i.refills ?? 0,
        instructions: i.instructions || null,
      })),
    );
    if (document) {
      await tx.insert(schema.prescriptionDocuments).values({
        prescriptionId: prescription.id,
        contentType: document.contentType,
        sizeBytes: document.bytes.length,
        bytes: document.bytes,
      });
    }
    await recordChange(tx, auditActor(ctx.caller), [prescription.id], 'CREATE');
    return prescription;
  });
}

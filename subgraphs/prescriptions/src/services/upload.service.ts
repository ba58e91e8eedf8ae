import { v7 as uuidv7 } from 'uuid';
import { mustExist, parseInput } from '@pharmacy/errors';
import type { PrescriptionsContext } from '../context';
import type { PrescriptionRow } from '../db/queries';
import * as schema from '../db/schema';
import { PrescriptionStatus } from '../generated/enums';
import { recordAccess } from './access-log.service';
import { requirePerson } from './prescription-access';
import { prescriptionInput, type PrescriptionInput } from './prescription-input';

function oneYearAfter(date: Date): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

/** Any signed-in user uploads a prescription for themselves; pharmacists review it later. */
export async function uploadPrescription(
  ctx: PrescriptionsContext,
  input: PrescriptionInput,
): Promise<PrescriptionRow> {
  const caller = requirePerson(ctx.caller);
  const { items, ...fields } = parseInput(prescriptionInput, input);
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
    await recordAccess(tx, ctx.caller, [prescription.id], 'CREATE');
    return prescription;
  });
}

import { and, asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { requireService } from '@pharmacy/auth';
import { isUuid } from '@pharmacy/db';
import { AppError, ErrorCode, mustExist, parseInput } from '@pharmacy/errors';
import type { PrescriptionsContext } from '../context';
import { patientsOf, takenQuantities, takeOfOrder, type PrescriptionTake } from '../db/queries';
import { dispensations, prescriptionItems, prescriptions } from '../db/schema';
import { recordChange } from './access-log.service';
import { actorForPatient } from './audit-actor';
import {
  assertTakeable,
  emptyTake,
  invalidPrescription,
  sameRequest,
  takeInput,
  wantedQuantities,
  type TakeInput,
} from './take-rules';

/**
 * Takes an order's prescription quantities in one transaction, once per order id. The items are
 * locked (in id order, so concurrent takes cannot deadlock) before what remains is counted, so
 * concurrent orders can never take more than the prescription allows.
 */
export async function takePrescriptionQuantity(
  ctx: PrescriptionsContext,
  input: TakeInput,
): Promise<PrescriptionTake> {
  requireService(ctx.caller);
  const { orderId, prescriptionId, patientId, pharmacyId, lines } = parseInput(takeInput, input);
  const wanted = wantedQuantities(lines);
  if (!isUuid(prescriptionId))
    throw invalidPrescription(`Prescription ${prescriptionId} not found`);
  return ctx.db.transaction(async (tx) => {
    // A share lock keeps it from being deleted underneath, without serializing readers.
    const [prescription] = await tx
      .select()
      .from(prescriptions)
      .where(eq(prescriptions.id, prescriptionId))
      .for('share');
    const items = prescription
      ? await tx
          .select()
          .from(prescriptionItems)
          .where(eq(prescriptionItems.prescriptionId, prescriptionId))
          .orderBy(asc(prescriptionItems.id))
          .for('update')
      : [];
    // Checked under the locks, so the same order sent twice at once still takes once.
    const existing = await takeOfOrder(tx, orderId);
    if (existing) {
      if (sameRequest(existing, prescriptionId, wanted)) return existing;
      throw new AppError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        `Order ${orderId} already took different prescription quantities`,
      );
    }
    if (!prescription) throw invalidPrescription(`Prescription ${prescriptionId} not found`);
    assertTakeable(prescription, patientId);

    const itemByMedication = new Map(items.map((item) => [item.medicationId, item]));
    const chosen = [...wanted].map(([medicationId, quantity]) => {
      const item = itemByMedication.get(medicationId);
      if (!item)
        throw invalidPrescription(`The prescription does not contain medication ${medicationId}`);
      return { item, quantity };
    });
    const taken = await takenQuantities(
      tx,
      chosen.map(({ item }) => item.id),
    );
    for (const { item, quantity } of chosen) {
      const remaining = item.quantity * (1 + item.refills) - (taken.get(item.id) ?? 0);
      if (remaining < quantity) {
        throw invalidPrescription(
          `Only ${remaining} of medication ${item.medicationId} remain on the prescription, ${quantity} requested`,
        );
      }
    }
    await tx.insert(dispensations).values(
      chosen.map(({ item, quantity }) => ({
        id: uuidv7(),
        orderId,
        itemId: item.id,
        quantity,
        status: 'TAKEN' as const,
        pharmacyId: pharmacyId ?? null,
      })),
    );
    // Done for the patient, so the patient is named (and the service as the role).
    const actor = actorForPatient(ctx.caller, prescription.patientId);
    await recordChange(tx, actor, [prescription.id], 'DISPENSE');
    return mustExist(await takeOfOrder(tx, orderId), 'The take just written');
  });
}

/** Gives back everything an order took. Returning twice, or an unknown order, changes nothing. */
export async function returnPrescriptionQuantity(
  ctx: PrescriptionsContext,
  orderId: string,
): Promise<PrescriptionTake> {
  requireService(ctx.caller);
  if (!isUuid(orderId)) return emptyTake(orderId);
  return ctx.db.transaction(async (tx) => {
    const returned = await tx
      .update(dispensations)
      .set({ status: 'RETURNED' })
      .where(and(eq(dispensations.orderId, orderId), eq(dispensations.status, 'TAKEN')))
      .returning({ itemId: dispensations.itemId });
    const take = await takeOfOrder(tx, orderId);
    if (!take) return emptyTake(orderId);
    if (returned.length > 0 && take.prescriptionId) {
      const [owner] = await patientsOf(tx, [take.prescriptionId]);
      const actor = actorForPatient(
        ctx.caller,
        mustExist(owner, 'The taken prescription').patientId,
      );
      await recordChange(tx, actor, [take.prescriptionId], 'RETURN');
    }
    return take;
  });
}

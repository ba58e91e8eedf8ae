import { and, asc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { requireService } from '@pharmacy/auth';
import { AppError, BadUserInputError, ErrorCode } from '@pharmacy/errors';
import type { PrescriptionRow, PrescriptionsContext } from '../context';
import * as schema from '../db/schema';
import { isUuid, recordAccess } from './prescription-access';
import { effectiveStatus } from './prescription-status';
import { emptyTake, loadTake, sameRequest, takenQuantities, type PrescriptionTake } from './take';

const { prescriptions, prescriptionItems, dispensations } = schema;

export interface TakeInput {
  orderId: string;
  prescriptionId: string;
  patientId: string;
  lines: { medicationId: string; quantity: number }[];
}

const invalid = (message: string) => new AppError(ErrorCode.PRESCRIPTION_INVALID, message);

/** Only the patient's own, verified and unexpired prescription gives out quantity. */
function assertTakeable(prescription: PrescriptionRow, patientId: string): void {
  if (prescription.patientId !== patientId)
    throw invalid("This prescription is not the patient's own");
  const status = effectiveStatus(prescription);
  if (status === 'EXPIRED') {
    throw invalid(`The prescription expired on ${prescription.expiresAt.toISOString()}`);
  }
  if (status !== 'VERIFIED') throw invalid(`The prescription is ${status}, not VERIFIED`);
}

/** Quantity wanted per medication id; repeated medications add up. */
function wantedQuantities(input: TakeInput): Map<string, number> {
  if (!isUuid(input.orderId))
    throw new BadUserInputError('orderId must be a UUID', { field: 'orderId' });
  if (input.lines.length === 0)
    throw new BadUserInputError('lines must not be empty', { field: 'lines' });
  const wanted = new Map<string, number>();
  for (const line of input.lines) {
    if (!isUuid(line.medicationId))
      throw invalid(`The prescription does not contain medication ${line.medicationId}`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      throw new BadUserInputError('Every line needs a quantity of at least 1', { field: 'lines' });
    }
    const id = line.medicationId.toLowerCase();
    wanted.set(id, (wanted.get(id) ?? 0) + line.quantity);
  }
  return wanted;
}

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
  const wanted = wantedQuantities(input);
  const { orderId, prescriptionId, patientId } = input;
  if (!isUuid(prescriptionId)) throw invalid(`Prescription ${prescriptionId} not found`);
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
    const existing = await loadTake(tx, orderId);
    if (existing) {
      if (sameRequest(existing, prescriptionId, wanted)) return existing;
      throw new AppError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        `Order ${orderId} already took different prescription quantities`,
      );
    }
    if (!prescription) throw invalid(`Prescription ${prescriptionId} not found`);
    assertTakeable(prescription, patientId);

    const itemByMedication = new Map(items.map((item) => [item.medicationId, item]));
    const chosen = [...wanted].map(([medicationId, quantity]) => {
      const item = itemByMedication.get(medicationId);
      if (!item) throw invalid(`The prescription does not contain medication ${medicationId}`);
      return { item, quantity };
    });
    const taken = await takenQuantities(
      tx,
      chosen.map(({ item }) => item.id),
    );
    for (const { item, quantity } of chosen) {
      const remaining = item.quantity * (1 + item.refills) - (taken.get(item.id) ?? 0);
      if (remaining < quantity) {
        throw invalid(
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
      })),
    );
    await recordAccess(tx, ctx.caller, [prescriptionId], 'TAKE');
    return (await loadTake(tx, orderId)) ?? emptyTake(orderId);
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
    const take = await loadTake(tx, orderId);
    if (!take) return emptyTake(orderId);
    if (returned.length > 0 && take.prescriptionId)
      await recordAccess(tx, ctx.caller, [take.prescriptionId], 'RETURN');
    return take;
  });
}

import { z } from 'zod';
import { isUuid } from '@pharmacy/db';
import { AppError, ErrorCode } from '@pharmacy/errors';
import type { PrescriptionRow, PrescriptionTake } from '../db/queries';
import { PrescriptionStatus } from '../generated/enums';
import { effectiveStatus } from './prescription-status';

/** What orders asks to take for one order. Quantities come as GraphQL Ints, checked here. */
export const takeInput = z.object({
  orderId: z.string().refine(isUuid, 'orderId must be a UUID'),
  prescriptionId: z.string(),
  patientId: z.string(),
  /** The order's pharmacy, whose pharmacists may then read the prescription. */
  pharmacyId: z
    .string()
    .refine(isUuid, 'pharmacyId must be a UUID')
    .transform((id) => id.toLowerCase())
    .nullish(),
  lines: z
    .array(z.object({ medicationId: z.string(), quantity: z.number() }))
    .min(1, 'lines must not be empty')
    .refine(
      (lines) => lines.every((line) => Number.isInteger(line.quantity) && line.quantity >= 1),
      'Every line needs a quantity of at least 1',
    ),
});
export type TakeInput = z.input<typeof takeInput>;

export const invalidPrescription = (message: string) =>
  new AppError(ErrorCode.PRESCRIPTION_INVALID, message);

/** Quantity wanted per medication id; repeated medications add up. */
export function wantedQuantities(lines: TakeInput['lines']): Map<string, number> {
  const wanted = new Map<string, number>();
  for (const line of lines) {
    // Not a UUID: no prescription contains it.
    if (!isUuid(line.medicationId))
      throw invalidPrescription(
        `The prescription does not contain medication ${line.medicationId}`,
      );
    const id = line.medicationId.toLowerCase();
    wanted.set(id, (wanted.get(id) ?? 0) + line.quantity);
  }
  return wanted;
}

/** Only the patient's own, verified and unexpired prescription gives out quantity. */
export function assertTakeable(prescription: PrescriptionRow, patientId: string): void {
  if (prescription.patientId !== patientId)
    throw invalidPrescription("This prescription is not the patient's own");
  const status = effectiveStatus(prescription);
  if (status === PrescriptionStatus.EXPIRED) {
    throw invalidPrescription(
      `The prescription expired on ${prescription.expiresAt.toISOString()}`,
    );
  }
  if (status !== PrescriptionStatus.VERIFIED)
    throw invalidPrescription(`The prescription is ${status}, not VERIFIED`);
}

/** Same prescription and same quantity per medication: a replay, not a different request. */
export function sameRequest(
  take: PrescriptionTake,
  prescriptionId: string,
  wanted: Map<string, number>,
): boolean {
  if (take.prescriptionId !== prescriptionId || take.lines.length !== wanted.size) return false;
  return take.lines.every((line) => wanted.get(line.medicationId) === line.quantity);
}

/** What an order holds when it never took anything. */
export const emptyTake = (orderId: string): PrescriptionTake => ({
  orderId,
  prescriptionId: null,
  status: 'RETURNED',
  lines: [],
});

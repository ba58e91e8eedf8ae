import type { PrescriptionFieldsFragment } from './gql/graphql';

/** What the patient is about to order, before a pharmacy is chosen. */
export interface OrderDraft {
  /** The prescription that prescription-only lines are dispensed against. */
  prescriptionId: string | null;
  lines: DraftLine[];
}

export interface DraftLine {
  medicationId: string;
  name: string;
  requiresPrescription: boolean;
  quantity: number;
  /** At most this many (what the prescription has left), when it comes from a prescription. */
  maxQuantity: number | null;
}

/** Every item of a prescription that still has quantity left, one prescribed pack each. */
export function draftFromPrescription(prescription: PrescriptionFieldsFragment): OrderDraft {
  return {
    prescriptionId: prescription.id,
    lines: prescription.items
      .filter((item) => item.remainingQuantity > 0)
      .map((item) => ({
        medicationId: item.medication.id,
        name: `${item.medication.name}`,
        requiresPrescription: item.medication.requiresPrescription,
        quantity: Math.min(item.quantity, item.remainingQuantity),
        maxQuantity: item.remainingQuantity,
      })),
  };
}

export function canOrderFrom(prescription: PrescriptionFieldsFragment): boolean {
  return (
    prescription.status === 'VERIFIED' && prescription.items.some((i) => i.remainingQuantity > 0)
  );
}

import { useEffect, useState } from 'react';
import { sumMoney, type Money } from './format';
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
  /** The catalogue price of one pack, shown before a pharmacy is chosen. */
  unitPrice: Money;
}

export const emptyDraft: OrderDraft = { prescriptionId: null, lines: [] };

/** Every item of a prescription that still has quantity left, one prescribed pack each. */
export function draftFromPrescription(prescription: PrescriptionFieldsFragment): OrderDraft {
  return {
    prescriptionId: prescription.id,
    lines: prescription.items
      .filter((item) => item.remainingQuantity > 0)
      .map((item) => ({
        medicationId: item.medication.id,
        name: item.medication.name,
        requiresPrescription: item.medication.requiresPrescription,
        quantity: Math.min(item.quantity, item.remainingQuantity),
        maxQuantity: item.remainingQuantity,
        unitPrice: item.medication.price,
      })),
  };
}

export function canOrderFrom(prescription: PrescriptionFieldsFragment): boolean {
  return (
    prescription.status === 'VERIFIED' && prescription.items.some((i) => i.remainingQuantity > 0)
  );
}

export const lineTotal = (line: DraftLine): Money => ({
  amount: line.unitPrice.amount * line.quantity,
  currency: line.unitPrice.currency,
});

/** The total at catalogue prices; the pharmacy's order states the one to pay. */
export const draftTotal = (draft: OrderDraft): Money | null => sumMoney(draft.lines.map(lineTotal));

// Kept for the tab and the user, so a reload on #/order still has what was being ordered.
const keyOf = (userId: string) => `pharmacy.order-draft.${userId}`;

function loadDraft(key: string): OrderDraft {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as OrderDraft | null;
    return saved && Array.isArray(saved.lines) && saved.lines.every((l) => l.unitPrice)
      ? saved
      : emptyDraft;
  } catch {
    return emptyDraft;
  }
}

/** The order draft, surviving reloads of the tab. */
export function useOrderDraft(userId: string): [OrderDraft, (draft: OrderDraft) => void] {
  const key = keyOf(userId);
  const [draft, setDraft] = useState(() => loadDraft(key));
  useEffect(() => {
    if (draft.lines.length > 0) sessionStorage.setItem(key, JSON.stringify(draft));
    else sessionStorage.removeItem(key);
  }, [key, draft]);
  return [draft, setDraft];
}

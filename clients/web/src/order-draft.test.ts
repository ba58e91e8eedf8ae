import { describe, expect, it } from 'vitest';
import type { PrescriptionFieldsFragment } from './gql/graphql';
import { draftFromPrescription, draftTotal } from './order-draft';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const prescription = {
  id: 'rx-1',
  status: 'VERIFIED',
  items: [
    {
      quantity: 2,
      remainingQuantity: 6,
      medication: { id: 'm-1', name: 'Amoxicillin', requiresPrescription: true, price: eur(850) },
    },
    {
      quantity: 1,
      remainingQuantity: 0,
      medication: { id: 'm-2', name: 'Atorvastatin', requiresPrescription: true, price: eur(1200) },
    },
  ],
} as unknown as PrescriptionFieldsFragment;

describe('an order draft', () => {
  it('takes what a prescription has left, at catalogue prices', () => {
    const draft = draftFromPrescription(prescription);
    expect(draft.lines).toEqual([
      {
        medicationId: 'm-1',
        name: 'Amoxicillin',
        requiresPrescription: true,
        quantity: 2,
        maxQuantity: 6,
        unitPrice: eur(850),
      },
    ]);
    expect(draftTotal(draft)).toEqual(eur(1700));
  });

  it('has no total without lines', () => {
    expect(draftTotal({ prescriptionId: null, lines: [] })).toBeNull();
  });
});

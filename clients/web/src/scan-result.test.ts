import { describe, expect, it } from 'vitest';
import { readScan, type ScanResult } from './scan-result';

const medication = (name: string, requiresPrescription: boolean) => ({
  id: name,
  name,
  strength: '',
  requiresPrescription,
  price: { amount: 500, currency: 'EUR' },
});
const item = (text: string, med: ReturnType<typeof medication> | null) => ({
  text,
  quantity: 1,
  refills: 0,
  instructions: null,
  medication: med,
});
const scan = (...items: ScanResult['items']): ScanResult => ({
  text: '',
  prescriberName: null,
  prescriberLicense: null,
  items,
});

describe('readScan', () => {
  it('keeps prescription-only medicines and says which OTC ones it left out', () => {
    const read = readScan(
      scan(
        item('Amoxicillin', medication('Amoxicillin 500 mg capsules', true)),
        item('Ibuprofen', medication('Ibuprofen 400 mg tablets', false)),
        item('smudge', null),
      ),
    );
    expect(read.items.map((i) => i.medication.name)).toEqual(['Amoxicillin 500 mg capsules']);
    expect(read.message).toBe(
      'Found 1 medication. Check the form before sending. Ibuprofen 400 mg tablets is over the counter and needs no prescription: add it to an order instead.',
    );
  });

  it('asks for the form by hand when nothing prescription-only was read', () => {
    expect(readScan(scan(item('smudge', null))).message).toMatch(/fill the form in by hand\.$/);
  });
});

import { describe, expect, it } from 'vitest';
import { parsePrescriptionText } from './parse';

const itemOf = (line: string) => {
  const { items } = parsePrescriptionText(line);
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('parsePrescriptionText: medication lines', () => {
  it.each([
    [
      'Amoxicillin 500 mg capsules qty 21 refills 0 - take one three times daily',
      {
        name: 'Amoxicillin',
        strength: '500 mg',
        quantity: 21,
        refills: 0,
        instructions: 'take one three times daily',
      },
    ],
    [
      'Atorvastatin 20mg tablet #30, 2 refills, one tablet every evening',
      {
        name: 'Atorvastatin',
        strength: '20 mg',
        quantity: 30,
        refills: 2,
        instructions: 'one tablet every evening',
      },
    ],
    [
      'Rx: Metformin 500 mg  Qty: 60  Refills: 3  Sig: one tablet twice daily',
      {
        name: 'Metformin',
        strength: '500 mg',
        quantity: 60,
        refills: 3,
        instructions: 'one tablet twice daily',
      },
    ],
    [
      '1. Insulin glargine 100 units/ml pre-filled pens #5 rf 1',
      {
        name: 'Insulin glargine',
        strength: '100 units/ml',
        quantity: 5,
        refills: 1,
        instructions: null,
      },
    ],
    [
      'Budesonide/Formoterol 160/4.5 mcg inhaler qty 1, no refills. Sig: 2 puffs twice daily',
      {
        name: 'Budesonide/Formoterol',
        strength: '160/4.5 mcg',
        quantity: 1,
        refills: 0,
        instructions: '2 puffs twice daily',
      },
    ],
    [
      'Amoxicillin/Clavulanic acid 875 mg/125 mg tablets disp 14, refills: none',
      {
        name: 'Amoxicillin/Clavulanic acid',
        strength: '875 mg/125 mg',
        quantity: 14,
        refills: 0,
        instructions: null,
      },
    ],
    [
      '- Fusidic acid 2% cream qty 1 apply thinly three times a day',
      {
        name: 'Fusidic acid',
        strength: '2%',
        quantity: 1,
        refills: null,
        instructions: 'apply thinly three times a day',
      },
    ],
    [
      'Paracetamol qty 20',
      { name: 'Paracetamol', strength: null, quantity: 20, refills: null, instructions: null },
    ],
    [
      'Ramipril 5 mg',
      { name: 'Ramipril', strength: '5 mg', quantity: null, refills: null, instructions: null },
    ],
  ])('%s', (line, expected) => {
    expect(itemOf(line)).toEqual({ text: line.replace(/\s+/g, ' '), ...expected });
  });
});

describe('parsePrescriptionText: OCR slips', () => {
  it.each([
    ['Amoxicillin 500 mg capsules gty 21 refills 0', 21, 0],
    ['Amoxicillin 500 mg capsules qtv 21 refills 0', 21, 0],
    ['Amoxicillin 500 mg capsules oty 2l refi1ls O', 21, 0],
    ['Atorvastatin 2O mg tablet #3O, 2 retills', 30, 2],
    ['Metformin 5OO rng tablets Qty; 6O Refills:  3', 60, 3],
    ['Metformin 500rng tablets qty 60 refills I', 60, 1],
    ['Metformin,  500mg tablets,, qty: 60 ,refills: 3.', 60, 3],
    ['| Metformin 500 mg tablets qty 60 refills 3 |', 60, 3],
  ])('%s', (line, quantity, refills) => {
    const item = itemOf(line);
    expect(item).toMatchObject({ quantity, refills });
    expect(item.strength).toMatch(/^(500|20) mg$/);
    expect(item.name).toMatch(/^(Amoxicillin|Atorvastatin|Metformin)$/);
  });

  it('reads digits inside a name as the letters they resemble', () => {
    expect(itemOf('Amoxici11in 500 mg caps qty 21').name).toBe('Amoxicillin');
    expect(itemOf('0meprazole 20 mg capsules qty 28').name).toBe('omeprazole');
  });

  it('keeps a dosage form written before the strength out of the name', () => {
    expect(itemOf('Amoxicillin caps 500 mg qty 21')).toMatchObject({
      name: 'Amoxicillin',
      strength: '500 mg',
    });
  });
});

describe('parsePrescriptionText: the rest of the page', () => {
  const page = [
    'Dr. Hanna Weber',
    'General Practice, Torstrasse 12, 10119 Berlin',
    'Phone: +49 30 1234 5001',
    'License: LANR-123456789',
    'Date: 05.01.2026',
    'Patient: Pat Patient, born 12.03.1980',
    'Weight: 72 kg   BP 120/80 mmHg',
    'Rx: Amoxicillin 500 mg capsules qty 21 refills 0',
    'Take one capsule three times a day for 7 days',
    'Ibuprofen 400 mg tablets oty 20',
    'Take 1 tablet (400 mg) with food when needed',
    'Signature: H. Weber',
  ].join('\n');

  it('finds the prescriber and the license and skips headers, dates and addresses', () => {
    const parsed = parsePrescriptionText(page);
    expect(parsed.prescriberName).toBe('Dr. Hanna Weber');
    expect(parsed.prescriberLicense).toBe('LANR-123456789');
    expect(parsed.items.map((item) => item.name)).toEqual(['Amoxicillin', 'Ibuprofen']);
  });

  it('attaches a directions line to the item above it', () => {
    const [amoxicillin, ibuprofen] = parsePrescriptionText(page).items;
    expect(amoxicillin!.instructions).toBe('Take one capsule three times a day for 7 days');
    expect(ibuprofen!.instructions).toBe('Take 1 tablet (400 mg) with food when needed');
  });

  it.each([
    ['Prescriber: Dr. Hanna Weber', 'Dr. Hanna Weber'],
    ['Physician: Hanna Weber, MD', 'Hanna Weber'],
    ['Dr, med. Hanna Weber - General Practitioner', 'Dr. Hanna Weber'],
    ['Prescribed by: Jonas Okafor', 'Jonas Okafor'],
    ['Dr Hanna Weber LANR 123456789', 'Dr. Hanna Weber'],
  ])('prescriber in %s', (line, name) => {
    expect(parsePrescriptionText(line).prescriberName).toBe(name);
  });

  it.each([
    ['License: LANR-123456789', 'LANR-123456789'],
    ['LANR 123456789', 'LANR-123456789'],
    ['LANR: 12345678O', 'LANR-123456780'],
    ['Lic. No 98765', '98765'],
    ['Licence #md-44821', 'MD-44821'],
    ['Dr Hanna Weber LANR 123456789', 'LANR-123456789'],
  ])('license in %s', (line, license) => {
    expect(parsePrescriptionText(line).prescriberLicense).toBe(license);
  });

  it('gives nulls and no items for text without a prescription', () => {
    expect(parsePrescriptionText('Thank you for your visit\n\n12.03.2026')).toEqual({
      prescriberName: null,
      prescriberLicense: null,
      items: [],
    });
  });
});

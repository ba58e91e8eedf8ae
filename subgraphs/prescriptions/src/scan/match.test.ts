import { demoMedications, medicationIdOf } from '@pharmacy/demo';
import { describe, expect, it } from 'vitest';
import { matchMedication, normalizeStrength } from './match';
import type { CatalogueEntry, ParsedItem } from './types';

const catalogue: CatalogueEntry[] = demoMedications.map((medication) => ({
  id: medicationIdOf(medication.key),
  name: medication.name,
  genericName: medication.genericName,
  strength: medication.strength,
}));

const item = (name: string, strength: string | null): ParsedItem => ({
  text: `${name} ${strength ?? ''}`,
  name,
  strength,
  quantity: null,
  refills: null,
  instructions: null,
});

const matchedKey = (name: string, strength: string | null) => {
  const found = matchMedication(item(name, strength), catalogue);
  return demoMedications.find((m) => found && medicationIdOf(m.key) === found.id)?.key ?? null;
};

describe('matchMedication with the demo catalogue', () => {
  it.each([
    ['Amoxicillin', '500 mg', 'amoxicillin-500mg-capsule'],
    ['Amoxicilin', '500 mg', 'amoxicillin-500mg-capsule'],
    ['Amox1cillin', '1000 mg', 'amoxicillin-1000mg-tablet'],
    ['Atorvastatln', '20 mg', 'atorvastatin-20mg-tablet'],
    ['Atorvastatim', '40mg', 'atorvastatin-40mg-tablet'],
    ['Metforrnin', '500 mg', 'metformin-500mg-tablet'],
    ['Metfonnin', '1000 MG', 'metformin-1000mg-tablet'],
    ['Ibuprofem', '400 mg', 'ibuprofen-400mg-tablet'],
    ['Levothyroxlne', '50 mcg', 'levothyroxine-50mcg-tablet'],
    [
      'Amoxicillin/Clavulanic acid',
      '875 mg/125 mg',
      'amoxicillin-clavulanic-acid-875mg-125mg-tablet',
    ],
    ['Insulin glargine', '100 units/ml', 'insulin-glargine-100u-ml-injection-pen'],
    ['Metoprolol succinate', '47.5 mg', 'metoprolol-succinate-47-5mg-tablet'],
    ['Amoxicillin Sandoz', '500 mg', 'amoxicillin-500mg-capsule'],
  ])('%s %s', (name, strength, key) => {
    expect(matchedKey(name, strength)).toBe(key);
  });

  it('prefers the prescribed strength among entries of the same name', () => {
    expect(matchedKey('Atorvastatin', '10 mg')).toBe('atorvastatin-10mg-tablet');
    expect(matchedKey('Atorvastatin', '20mg')).toBe('atorvastatin-20mg-tablet');
    expect(matchedKey('Atorvastatin', '40 MG')).toBe('atorvastatin-40mg-tablet');
  });

  it('still names the medication when the strength is missing or not stocked', () => {
    expect(matchedKey('Atorvastatin', null)).toMatch(/^atorvastatin-/);
    expect(matchedKey('Atorvastatin', '80 mg')).toMatch(/^atorvastatin-/);
  });

  it('does not confuse a name with a different medication', () => {
    expect(matchedKey('Simvastatin', '20 mg')).toBe('simvastatin-20mg-tablet');
    expect(matchedKey('Rosuvastatin', '10 mg')).toBe('rosuvastatin-10mg-tablet');
    expect(matchedKey('Levocetirizine', '5 mg')).toBe('levocetirizine-5mg-tablet');
    expect(matchedKey('Cetirizine', '10 mg')).toBe('cetirizine-10mg-tablet');
  });

  it.each([
    ['Pravastatin', '20 mg'],
    ['Warfarin', '5 mg'],
    ['Xyzzy', '500 mg'],
    ['General Practice', null],
    ['Torstrasse', '12 mg'],
  ])('finds nothing for %s', (name, strength) => {
    expect(matchMedication(item(name, strength), catalogue)).toBeNull();
  });

  it('does not take a near name for a medicine the catalogue lacks', () => {
    const withoutEscitalopram = catalogue.filter((entry) => entry.genericName !== 'escitalopram');
    const withoutFurosemide = catalogue.filter((entry) => entry.genericName !== 'furosemide');
    expect(matchMedication(item('Escitalopram', '10 mg'), withoutEscitalopram)).toBeNull();
    expect(matchMedication(item('Furosemide', '40 mg'), withoutFurosemide)).toBeNull();
  });

  it('finds nothing in an empty candidate list', () => {
    expect(matchMedication(item('Amoxicillin', '500 mg'), [])).toBeNull();
  });
});

describe('normalizeStrength', () => {
  it('ignores spacing and case, keeps thousands', () => {
    expect(normalizeStrength('500mg')).toBe(normalizeStrength('500 mg'));
    expect(normalizeStrength('500 MG')).toBe('500mg');
    expect(normalizeStrength('100,000 IU/ml')).toBe('100000iu/ml');
    expect(normalizeStrength('47,5 mg')).toBe('47.5mg');
    expect(normalizeStrength('50 µg')).toBe('50mcg');
  });
});

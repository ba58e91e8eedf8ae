import { demoMedications, demoPrescription, medicationIdOf } from '@pharmacy/demo';
import { ErrorCode } from '@pharmacy/errors';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOcrEngine } from './ocr';
import { scanPrescriptionImage, type ScanDependencies } from './scan-image';
import { renderPrescription } from './test-image';
import type { CatalogueEntry } from './types';

const catalogue: CatalogueEntry[] = demoMedications.map((medication) => ({
  id: medicationIdOf(medication.key),
  name: medication.name,
  genericName: medication.genericName,
  strength: medication.strength,
}));

const prescription = [
  'Dr. Hanna Weber',
  'General Practice, Torstrasse 12, 10119 Berlin',
  'License: LANR-123456789',
  'Date: 05.01.2026',
  'Patient: Pat Patient, born 12.03.1980',
  'Rx: Amoxicillin 500 mg capsules qty 21 refills 0 - take one three times daily',
  'Atorvastatin 20mg tablet #30, 2 refills, one tablet every evening',
  'Metformin 500 mg tablets  Qty: 60  Refills: 3  Sig: one tablet twice daily',
  'Signature: H. Weber',
];

const expectedItems = [
  { medicationId: medicationIdOf('amoxicillin-500mg-capsule'), quantity: 21, refills: 0 },
  { medicationId: medicationIdOf('atorvastatin-20mg-tablet'), quantity: 30, refills: 2 },
  { medicationId: medicationIdOf('metformin-500mg-tablet'), quantity: 60, refills: 3 },
];

// A fresh model cache, so the run proves the model is read from node_modules, not a cache.
const cachePath = mkdtempSync(join(tmpdir(), 'scan-ocr-test-'));
const ocr = createOcrEngine({ cachePath });
const lookups: string[][] = [];
const deps: ScanDependencies = {
  ocr,
  findCandidates: async (names) => {
    lookups.push(names);
    return catalogue;
  },
};

let png: Buffer;
let jpeg: Buffer;
beforeAll(async () => {
  png = await renderPrescription(prescription, 'png');
  jpeg = await renderPrescription(prescription, 'jpeg');
});
afterAll(async () => {
  await ocr.terminate();
  rmSync(cachePath, { recursive: true, force: true });
});

describe('scanPrescriptionImage with the real OCR', () => {
  it('reads prescriber, license and medication lines from a rendered prescription', async () => {
    const started = performance.now();
    const scan = await scanPrescriptionImage(deps, png.toString('base64'));
    console.log(
      `OCR scan, cold (worker start + recognition): ${Math.round(performance.now() - started)} ms`,
    );

    expect(scan.prescriberName).toBe(demoPrescription.prescriberName);
    expect(scan.prescriberLicense).toBe(demoPrescription.prescriberLicense);
    expect(scan.items).toMatchObject(expectedItems);
    expect(scan.items[1]!.instructions).toMatch(/one tablet every evening/i);
    expect(scan.text).toContain('Amoxicillin');
    // One catalogue lookup for the whole prescription, each name once.
    expect(lookups).toEqual([['Amoxicillin', 'Atorvastatin', 'Metformin']]);
  });

  it('reuses the worker for a JPEG data URL', async () => {
    const started = performance.now();
    const scan = await scanPrescriptionImage(
      deps,
      `data:image/jpeg;base64,${jpeg.toString('base64')}`,
    );
    console.log(`OCR scan, warm worker (JPEG): ${Math.round(performance.now() - started)} ms`);
    expect(scan.items).toMatchObject(expectedItems);
  });

  it('answers concurrent calls, queued on the one worker', async () => {
    const texts = await Promise.all([ocr.recognize(png), ocr.recognize(jpeg)]);
    for (const text of texts) expect(text).toContain('LANR-123456789');
  });

  it('answers BAD_USER_INPUT for an image the OCR cannot decode, and keeps working', async () => {
    const truncated = png.subarray(0, 200).toString('base64');
    await expect(scanPrescriptionImage(deps, truncated)).rejects.toMatchObject({
      extensions: { code: ErrorCode.BAD_USER_INPUT },
      message: expect.stringMatching(/could not be read/),
    });
    expect(await ocr.recognize(png)).toContain('Metformin');
  });

  it('does not look up the catalogue when no medication line was read', async () => {
    lookups.length = 0;
    const blank = await renderPrescription(['Thank you for your visit']);
    const scan = await scanPrescriptionImage(deps, blank.toString('base64'));
    expect(scan.items).toEqual([]);
    expect(lookups).toEqual([]);
  });
});

import { BadUserInputError } from '@pharmacy/errors';
import { decodeImageBase64 } from './image';
import { matchMedication } from './match';
import { UnreadableImageError } from './ocr';
import { parsePrescriptionText } from './parse';
import type { CatalogueEntry, OcrEngine, PrescriptionScan } from './types';

export interface ScanDependencies {
  ocr: OcrEngine;
  /**
   * Catalogue entries that may be meant by these prescribed names (as read, possibly misspelt),
   * fetched in one call for the whole prescription. Returning more entries than needed is fine.
   */
  findCandidates(names: string[]): Promise<CatalogueEntry[]>;
}

async function readText(ocr: OcrEngine, image: Buffer): Promise<string> {
  try {
    return await ocr.recognize(image);
  } catch (error) {
    if (error instanceof UnreadableImageError) throw new BadUserInputError(error.message);
    throw error;
  }
}

/**
 * Reads a photo of a paper prescription into a draft: the OCR text, the prescriber, and each
 * medication line matched to the catalogue where a match is close enough. The draft is for a
 * person to confirm; nothing here verifies the prescription.
 */
export async function scanPrescriptionImage(
  deps: ScanDependencies,
  imageBase64: string,
): Promise<PrescriptionScan> {
  const image = decodeImageBase64(imageBase64);
  const text = (await readText(deps.ocr, image)).trim();
  const parsed = parsePrescriptionText(text);

  const names = [...new Set(parsed.items.map((item) => item.name))];
  const candidates = names.length > 0 ? await deps.findCandidates(names) : [];

  return {
    text,
    prescriberName: parsed.prescriberName,
    prescriberLicense: parsed.prescriberLicense,
    items: parsed.items.map((item) => ({
      text: item.text,
      medicationId: matchMedication(item, candidates)?.id ?? null,
      quantity: item.quantity,
      refills: item.refills,
      instructions: item.instructions,
    })),
  };
}

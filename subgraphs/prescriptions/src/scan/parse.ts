import { normalizeOcrLine } from './ocr-text';
import { parseDirectionsLine, parseMedicationLine } from './parse-medication';
import { findLicense, findPrescriber } from './parse-prescriber';
import type { ParsedItem, ParsedPrescription } from './types';

/**
 * Reads OCR text of a prescription: the prescriber's name and license (first found wins) and one
 * item per medication line. Lines that are neither (headers, dates, addresses, signatures) are
 * skipped; a directions line right below an item without directions completes that item.
 */
export function parsePrescriptionText(text: string): ParsedPrescription {
  const result: ParsedPrescription = { prescriberName: null, prescriberLicense: null, items: [] };
  let previousItem: ParsedItem | null = null;

  for (const raw of text.split(/\r?\n/)) {
    const line = normalizeOcrLine(raw);
    if (!line) continue;
    const current: ParsedItem | null = previousItem;
    previousItem = null;

    const license = findLicense(line);
    if (license) result.prescriberLicense ??= license.value;
    const withoutLicense = license ? line.slice(0, license.start) + line.slice(license.end) : line;
    const prescriber = findPrescriber(withoutLicense.trim());
    if (prescriber) result.prescriberName ??= prescriber;
    if (license || prescriber) continue;

    const item = parseMedicationLine(line, raw.replace(/\s+/g, ' ').trim());
    if (item) {
      result.items.push(item);
      previousItem = item;
      continue;
    }
    const directions = current && !current.instructions ? parseDirectionsLine(line) : null;
    if (current && directions) current.instructions = directions;
  }
  return result;
}

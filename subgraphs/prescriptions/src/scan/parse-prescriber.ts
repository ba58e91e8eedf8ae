import { fixDigits } from './ocr-text';

export interface Found {
  value: string;
  start: number;
  end: number;
}

/** German physician number (Lebenslange Arztnummer): nine digits, written "LANR-123456789". */
const LANR = /\bLANR\b\s*(?:no\.?|nr\.?)?\s*[-:#.]?\s*([0-9OoIl|]{9})(?![0-9A-Za-z])/i;
/** "License: MD-44821", "Lic. No 98765", "Licence #A1234" ("1" often read as "l" or "i"). */
const LICENSE = /\bl[il1]cen[cs]e\b|\bl[il1]c\b\.?/i;
const LICENSE_VALUE =
  /^\s*(?:no\b\.?|nr\b\.?|number\b|#)?\s*[:.#-]?\s*([A-Z0-9][A-Z0-9/-]*[0-9][A-Z0-9/-]*)/i;

/** A prescriber's license number and where it sits in the line. */
export function findLicense(line: string): Found | null {
  const lanr = LANR.exec(line);
  if (lanr) {
    const end = lanr.index + lanr[0].length;
    return { value: `LANR-${fixDigits(lanr[1]!)}`, start: lanr.index, end };
  }
  const label = LICENSE.exec(line);
  if (!label) return null;
  const afterLabel = label.index + label[0].length;
  const value = LICENSE_VALUE.exec(line.slice(afterLabel));
  if (!value) return null;
  return { value: value[1]!.toUpperCase(), start: label.index, end: afterLabel + value[0].length };
}

const PRESCRIBER_LABEL =
  /^(?:prescriber|prescribed by|physician|doctor|practitioner|issued by)\b\s*[:.-]?\s*/i;
const TITLE = /^(dr|prof)\s*[.,]?\s+(?:(?:med|dent|dr)\s*[.,]?\s+)*/i;
/** Capitalised name parts: "Hanna", "H.", "O'Neill", "Müller-Lüdenscheidt". */
const NAME_PART = /^[A-ZÄÖÜ][\p{L}'’-]*\.?$/u;

/** Words that follow a name on a letterhead but are not part of it. */
const NOT_NAME = new Set([
  'md',
  'phd',
  'general',
  'family',
  'practice',
  'clinic',
  'hospital',
  'medical',
]);

/** "Dr. Hanna Weber", "Prescriber: Hanna Weber, MD", "Physician: Dr Hanna Weber". */
export function findPrescriber(line: string): string | null {
  const label = PRESCRIBER_LABEL.exec(line);
  const rest = label ? line.slice(label[0].length) : line;
  const title = TITLE.exec(rest);
  // Without a label, only a line that starts with a title names the prescriber.
  if (!label && !title) return null;
  const words = (title ? rest.slice(title[0].length) : rest).split(/\s+/);
  const name: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/[,;|]+$/, '');
    if (!NAME_PART.test(word) || NOT_NAME.has(word.toLowerCase()) || name.length === 4) break;
    name.push(word);
    if (word !== raw) break; // "Hanna Weber, MD": the comma ends the name
  }
  if (name.length === 0) return null;
  const honorific = title
    ? `${title[1]![0]!.toUpperCase()}${title[1]!.slice(1).toLowerCase()}. `
    : '';
  return `${honorific}${name.join(' ')}`;
}

import {
  DIRECTIONS_LINE,
  FORMS_AFTER,
  FORMS_AT_END,
  HAS_UNIT,
  LINE_PREFIX,
  NOT_A_MEDICATION,
  QUANTITY,
  REFILLS_AFTER_LABEL,
  REFILLS_BEFORE_LABEL,
  SIG_LABEL,
  STRENGTH,
} from './medication-patterns';
import { fixDigits, fixLettersInWords } from './ocr-text';
import type { ParsedItem } from './types';

interface Span {
  start: number;
  end: number;
}

const spanOf = (match: RegExpExecArray, offset = 0): Span => ({
  start: offset + match.index,
  end: offset + match.index + match[0].length,
});

const overlaps = (a: Span, b: Span | null) => b !== null && a.start < b.end && b.start < a.end;

function findFrom(pattern: RegExp, line: string, from: number): RegExpExecArray | null {
  const match = pattern.exec(line.slice(from));
  if (match) match.index += from;
  return match;
}

function findStrength(line: string, from: number): Span | null {
  for (const match of line.slice(from).matchAll(STRENGTH)) {
    if (HAS_UNIT.test(match[0])) return spanOf(match as RegExpExecArray, from);
  }
  return null;
}

const toCount = (text: string) => (/^(?:none|no|zero)$/i.test(text) ? 0 : Number(fixDigits(text)));

/** The medication's name: letters only, OCR's in-word digits undone, trailing dosage form dropped. */
function cleanName(raw: string): string | null {
  const name = fixLettersInWords(raw)
    .replace(/[^\p{L}\s/'+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s/'+-]+|[\s/'+-]+$/g, '')
    .replace(FORMS_AT_END, '');
  const firstWord = name.split(/[\s/-]/)[0]!.toLowerCase();
  if (!/\p{L}{3}/u.test(name) || NOT_A_MEDICATION.has(firstWord)) return null;
  return name;
}

/** What is left of the line once the recognised fields are cut out: the directions. */
function leftoverText(line: string, from: number, spans: Span[]): string | null {
  const pieces: string[] = [];
  let cursor = from;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start > cursor) pieces.push(line.slice(cursor, span.start));
    cursor = Math.max(cursor, span.end);
  }
  pieces.push(line.slice(cursor));
  const kept = pieces
    .map((piece) => piece.replace(/^[\s,;:.|/-]+|[\s,;:.|/-]+$/g, ''))
    .filter((piece) => /\p{L}{2}/u.test(piece));
  return kept.length > 0 ? kept.join(', ') : null;
}

/**
 * One line of a prescription read as a medication: a name followed by a strength, or by a
 * quantity when the strength is missing. Anything else (headers, dates, addresses) gives null.
 */
export function parseMedicationLine(line: string, text: string): ParsedItem | null {
  const start = LINE_PREFIX.exec(line)?.[0].length ?? 0;
  const strength = findStrength(line, start);
  const quantityMatch = findFrom(QUANTITY, line, strength?.end ?? start);
  const nameEnd = strength?.start ?? quantityMatch?.index;
  if (nameEnd === undefined) return null;
  const name = cleanName(line.slice(start, nameEnd));
  if (!name) return null;

  const bodyStart = strength?.end ?? nameEnd;
  const spans: Span[] = [];
  const forms = strength ? FORMS_AFTER.exec(line.slice(bodyStart)) : null;
  if (forms) spans.push(spanOf(forms, bodyStart));
  const quantity = quantityMatch ? spanOf(quantityMatch) : null;
  if (quantity) spans.push(quantity);
  const refillsMatch =
    findFrom(REFILLS_AFTER_LABEL, line, bodyStart) ??
    findFrom(REFILLS_BEFORE_LABEL, line, bodyStart);
  const refills = refillsMatch && !overlaps(spanOf(refillsMatch), quantity) ? refillsMatch : null;
  if (refills) spans.push(spanOf(refills));
  const sig = findFrom(SIG_LABEL, line, bodyStart);
  if (sig) spans.push(spanOf(sig));

  return {
    text,
    name,
    strength: strength ? line.slice(strength.start, strength.end) : null,
    quantity: quantityMatch ? toCount(quantityMatch[1]!) : null,
    refills: refills ? toCount(refills[1]!) : null,
    instructions: leftoverText(line, bodyStart, spans),
  };
}

/** A line like "Sig: one tablet daily" or "Take with food" that belongs to the item above it. */
export function parseDirectionsLine(line: string): string | null {
  const label = DIRECTIONS_LINE.exec(line);
  return label ? leftoverText(line, label[0].length, []) : null;
}

import { LOOSE_NUMBER } from './ocr-text';

// The patterns of a medication line. They run on lines already passed through normalizeOcrLine,
// so numbers hold digits and units are spelled and spaced normally.

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const UNIT = String.raw`(?:mcg|mg|µg|μg|ug|g|ml|iu|units?|%)`;

/** "500 mg", "250 mg/5 ml", "100 units/ml", "160/4.5 mcg", "2%", "21 mg/24 h". */
export const STRENGTH = new RegExp(
  String.raw`(?<![\w.,])${NUMBER}(?:\s*${UNIT}(?![A-Za-z]))?(?:\s*\/\s*(?:${NUMBER})?\s*(?:${UNIT}|h|dose)?(?![A-Za-z]))*`,
  'gi',
);
/** A strength candidate is only one when a number carries a unit ("21" alone is a count). */
export const HAS_UNIT = new RegExp(String.raw`\d\s*${UNIT}(?![A-Za-z])`, 'i');

const FORM_WORD = String.raw`(?:film-coated|coated|prolonged-release|modified-release|extended-release|gastro-resistant|effervescent|chewable|dispersible|oral|vaginal|eye|ear|nasal|pre-?filled|tablets?|tabs?|tbl|capsules?|caps?|suspension|solution|syrup|cream|gel|ointment|drops|spray|inhalers?|patch(?:es)?|pens?|injections?|lozenges?|sachets?|suppositor(?:y|ies)|powder|mouthwash|granules)`;
/** The dosage form right after the strength: "capsules", "film-coated tablets". */
export const FORMS_AFTER = new RegExp(String.raw`^(?:[\s,]*${FORM_WORD}\b\.?)+`, 'i');
/** A dosage form written before the strength ("Amoxicillin caps 500 mg") is not part of the name. */
export const FORMS_AT_END = new RegExp(String.raw`(?:\s+${FORM_WORD}\b\.?)+$`, 'i');

/** "qty 21", "Qty: 60", "#30", "disp 20", with OCR's "gty", "qtv", "oty", "q1y". */
export const QUANTITY = new RegExp(
  String.raw`(?:\b(?:[qgo0][tl1][yv]|qnty|quantity|disp(?:ense)?|supply)\b\.?\s*[:;=#]?\s*|#\s*)(${LOOSE_NUMBER})(?![A-Za-z0-9])`,
  'i',
);

const REFILL_WORD = String.raw`(?:re[ft][il1|]{2,3}s?|repeats?)`;
/** "refills 0", "Refills: 3", "refills: none", "rf 2", with "refi1ls" and "retills". */
export const REFILLS_AFTER_LABEL = new RegExp(
  String.raw`\b(?:${REFILL_WORD}|rf)\b\.?\s*[:;=#]?\s*(${LOOSE_NUMBER}|none|no|zero)(?![A-Za-z0-9])`,
  'i',
);
/** "2 refills", "no refills", "0 repeats". */
export const REFILLS_BEFORE_LABEL = new RegExp(
  String.raw`(?<![A-Za-z0-9])(${LOOSE_NUMBER}|no|zero)\s*(?:x\s*)?${REFILL_WORD}\b`,
  'i',
);

/** The label of written directions: "Sig:", "Directions -". */
export const SIG_LABEL = /\b(?:sig|directions?|instructions?|dosing)\b\.?\s*[:-]?\s*/i;
/** A line of its own that continues the previous item's directions. */
export const DIRECTIONS_LINE =
  /^(?:(?:sig|directions?|instructions?|dosing)\b\.?\s*[:-]?\s*|(?=(?:take|apply|use|inhale|instil|instill|insert|dissolve|chew|spray)\b))/i;

/** Numbering, bullets and the "Rx" mark before a medication name. */
export const LINE_PREFIX = /^(?:\s*(?:[-*•·>|]+|\(?\d{1,2}[.)]|rx\b\s*[:.;#]?|r\/|rp\b\.?:?))+\s*/i;

/** First words of lines that carry numbers and units but name no medication. */
export const NOT_A_MEDICATION = new Set([
  ...['date', 'patient', 'name', 'dob', 'born', 'birth', 'age', 'address', 'street', 'phone'],
  ...['tel', 'telephone', 'fax', 'email', 'weight', 'height', 'bp', 'blood', 'dose', 'signature'],
  ...['signed', 'license', 'licence', 'lanr', 'bsnr', 'insurance', 'insured', 'page', 'total'],
  ...['diagnosis', 'allergies', 'allergy', 'prescriber', 'physician', 'doctor', 'dr', 'clinic'],
  ...['practice', 'valid', 'expires', 'issued', 'take', 'apply', 'use', 'inhale', 'sig'],
]);

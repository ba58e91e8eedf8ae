/** Letters OCR commonly reads in place of digits. */
const DIGIT_LOOKALIKES: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', '|': '1' };

/** A number that OCR may have spelled with look-alike letters ("5O0", "2l", "I0"). */
export const LOOSE_NUMBER = '[0-9OoIl|]+';

/** "5O0" → "500". Only call on text already known to be a number. */
export function fixDigits(text: string): string {
  return text.replace(/[OoIl|]/g, (ch) => DIGIT_LOOKALIKES[ch]!);
}

/** Units a number may run into without a space ("500mg"), including OCR misreadings of them. */
const UNIT_SUFFIX = '(?:mcg|mg|ml|µg|μg|ug|g|iu|rncg|rng|rnl|mq|%)?';

/**
 * A token of digits and look-alikes holding at least one real digit, standing alone or followed
 * by a unit. Words never qualify: the token may not touch a letter or digit on either side.
 */
const MIXED_NUMBER = new RegExp(
  `(?<![A-Za-z0-9])[0-9OoIl|]*[0-9][0-9OoIl|]*(?=${UNIT_SUFFIX}(?![A-Za-z0-9]))`,
  'g',
);

/**
 * Undoes the usual OCR slips of one line so the parser can use plain patterns: look-alike letters
 * inside numbers, "rn" read for "m" in units ("500 rng"), "q" for "g" ("mq"), units glued to the
 * number ("500mg"), typographic dashes and quotes, runs of spaces.
 */
export function normalizeOcrLine(line: string): string {
  return line
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201a]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\t\u00a0]/g, ' ')
    .replace(MIXED_NUMBER, fixDigits)
    .replace(/(\d)\s*rn(cg|g|l)(?![A-Za-z])/gi, '$1 m$2')
    .replace(/(\d)\s*mq(?![A-Za-z])/gi, '$1 mg')
    .replace(/(\d)(mcg|mg|ml|µg|μg|ug|g|iu|units?)(?![A-Za-z])/gi, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
}

const LETTER_FOR_DIGIT: Record<string, string> = { '0': 'o', '1': 'l', '|': 'l' };

/**
 * Inside a word, "0" and "1" are the letters "o" and "l" misread ("Amoxici11in", "0meprazole").
 * Digits at the end of a word stay ("B12").
 */
export function fixLettersInWords(text: string): string {
  return text
    .replace(/(?<=[A-Za-z])[01|]+(?=[A-Za-z])/g, (run) =>
      run.replace(/./g, (d) => LETTER_FOR_DIGIT[d]!),
    )
    .replace(/(?<![A-Za-z0-9])[01|](?=[a-z]{2})/g, (d) => LETTER_FOR_DIGIT[d]!);
}

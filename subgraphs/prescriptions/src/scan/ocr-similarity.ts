/** Characters OCR confuses with each other; swapping two of a group costs half an edit. */
const CONFUSABLE_GROUPS = ['il1j', 'o0', 'ceo', 'ao', 'uv', 'gq', 's5', 'ft', 'hb', 'mn', 'nh'];
const confusable = new Set<string>();
for (const group of CONFUSABLE_GROUPS) {
  for (const a of group) for (const b of group) if (a !== b) confusable.add(a + b);
}

/**
 * Lower case without accents, punctuation as single spaces, and the multi-letter misreads
 * folded ("rn" → "m", "vv" → "w") on both sides so they compare equal.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w');
}

/**
 * Levenshtein distance where substituting look-alike characters costs 0.5, so "Amox1cillin"
 * is closer to "amoxicillin" than a real spelling difference would be.
 */
export function ocrDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const ca = a[i - 1]!;
      const cb = b[j - 1]!;
      const substitution = ca === cb ? 0 : confusable.has(ca + cb) ? 0.5 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * How far a name of this length may be from a catalogue name and still count as that name: two
 * look-alike slips, or one look-alike and one other. Not two real edits: "citalopram" and
 * "escitalopram", "furosemide" and "torasemide" are two edits apart and different medicines.
 */
export function allowedDistance(length: number): number {
  if (length <= 4) return 0.5;
  if (length <= 7) return 1;
  return 1.5;
}

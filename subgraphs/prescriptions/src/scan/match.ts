import { allowedDistance, normalizeForMatch, ocrDistance } from './ocr-similarity';
import type { CatalogueEntry, ParsedItem } from './types';

/** "500mg", "500 mg" and "500 MG" compare equal; "100,000 IU" keeps its thousands. */
export function normalizeStrength(strength: string): string {
  return strength
    .toLowerCase()
    .replace(/(\d),(\d{3})(?!\d)/g, '$1$2')
    .replace(/,/g, '.')
    .replace(/µg|μg|ug/g, 'mcg')
    .replace(/units?/g, 'unit')
    .replace(/\s+/g, '');
}

/** The names an entry is known by: its generic name and its product name without strength. */
function namesOf(entry: CatalogueEntry): string[] {
  const productName = entry.name.replace(/\s*\d.*$/, '');
  return [entry.genericName ?? '', productName].map(normalizeForMatch).filter(Boolean);
}

/** Entries of one medicine in different strengths or forms share this. */
const identityOf = (entry: CatalogueEntry) => namesOf(entry)[0]!;

/**
 * Distance from the prescribed name to the closest name of the entry. A prescription may add
 * words after the name (a maker, "retard"): comparing only the leading words counts too, a
 * little worse than a full match so "Amoxicillin/Clavulanic acid" prefers the combination.
 */
function nameDistance(prescribed: string, entry: CatalogueEntry): number {
  const words = prescribed.split(' ');
  let best = Infinity;
  for (const known of namesOf(entry)) {
    best = Math.min(best, ocrDistance(prescribed, known));
    const knownWords = known.split(' ').length;
    if (words.length > knownWords) {
      const leading = words.slice(0, knownWords).join(' ');
      best = Math.min(best, ocrDistance(leading, known) + 0.25);
    }
  }
  return best;
}

/**
 * The catalogue entry a prescription item means, or null when no name is close enough or two
 * medicines are equally close. Among the entries with the closest name, the one with the
 * prescribed strength wins.
 */
export function matchMedication(
  item: ParsedItem,
  catalogue: CatalogueEntry[],
): CatalogueEntry | null {
  const prescribed = normalizeForMatch(item.name);
  if (!prescribed) return null;
  const tolerance = allowedDistance(prescribed.length);
  const close = catalogue
    .map((entry) => ({ entry, distance: nameDistance(prescribed, entry) }))
    .filter((candidate) => candidate.distance <= tolerance);
  if (close.length === 0) return null;

  const best = Math.min(...close.map((candidate) => candidate.distance));
  const closest = close.filter((candidate) => candidate.distance === best);
  // Equally close to two different medicines: guessing could hand out the wrong one.
  if (new Set(closest.map(({ entry }) => identityOf(entry))).size > 1) return null;
  const strength = item.strength ? normalizeStrength(item.strength) : null;
  const sameStrength = closest.find(({ entry }) => normalizeStrength(entry.strength) === strength);
  return (sameStrength ?? closest[0]!).entry;
}

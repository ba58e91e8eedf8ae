import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatSize, formatTime, sumMoney } from './format';

describe('dates and times', () => {
  const iso = '2026-03-05T14:07:00Z';

  it.each(['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'])(
    'write the year in full in %s',
    (locale) => {
      expect(formatDate(iso, locale)).toContain('2026');
      expect(formatTime(iso, locale)).toContain('2026');
      expect(formatTime(iso, locale)).not.toMatch(/\b26\b/);
    },
  );

  it('names the month, so 5 March is never read as 3 May', () => {
    expect(formatDate(iso, 'en-GB')).toBe('5 Mar 2026');
    expect(formatDate(iso, 'en-US')).toBe('Mar 5, 2026');
  });
});

describe('money', () => {
  it('formats minor units', () => {
    expect(formatMoney({ amount: 1249, currency: 'EUR' }, 'en-GB')).toBe('€12.49');
  });

  it('sums amounts of one currency, and refuses to mix currencies', () => {
    const eur = (amount: number) => ({ amount, currency: 'EUR' });
    expect(sumMoney([eur(100), eur(250)])).toEqual(eur(350));
    expect(sumMoney([])).toBeNull();
    expect(sumMoney([eur(100), { amount: 1, currency: 'USD' }])).toBeNull();
  });
});

describe('formatSize', () => {
  it.each([
    [512, '512 B'],
    [48_200, '48 kB'],
    [2_340_000, '2.3 MB'],
  ])('writes %i bytes as %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});

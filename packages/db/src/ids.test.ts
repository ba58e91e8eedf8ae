import { describe, expect, it } from 'vitest';
import { isUuid } from './ids';

const a = '01890a5d-ac96-774b-bcce-b302099a8057';

describe('isUuid', () => {
  it('accepts UUIDs in either case and nothing else', () => {
    expect(isUuid(a)).toBe(true);
    expect(isUuid(a.toUpperCase())).toBe(true);
    for (const value of [
      undefined,
      null,
      1,
      '',
      'x',
      `${a} `,
      ` ${a}`,
      `${a}0`,
      a.slice(1),
      a.replaceAll('-', ''),
      `${a}\n`,
    ]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});

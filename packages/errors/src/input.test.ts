import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from './errors';
import { isUuid, parseInput } from './input';

describe('parseInput', () => {
  const schema = z.object({ items: z.array(z.object({ quantity: z.number().int().positive() })) });

  it('returns the parsed input', () => {
    expect(parseInput(schema, { items: [{ quantity: 2 }] })).toEqual({ items: [{ quantity: 2 }] });
  });

  it('turns the first problem into BAD_USER_INPUT naming the field', () => {
    let error: unknown;
    try {
      parseInput(schema, { items: [{ quantity: 2 }, { quantity: -1 }] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'items.1.quantity',
    });
  });
});

describe('isUuid', () => {
  it('accepts a UUID and nothing else', () => {
    expect(isUuid('01890a5d-ac96-774b-bcce-b302099a8057')).toBe(true);
    for (const id of ['', 'x', '01890a5d-ac96-774b-bcce-b302099a805', "1' or '1'='1"]) {
      expect(isUuid(id)).toBe(false);
    }
  });
});

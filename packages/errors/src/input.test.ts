import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from './errors';
import { parseInput } from './input';

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

import type { z } from 'zod';
import { BadUserInputError } from './errors';

/** Parses input with a zod schema, turning the first problem into BAD_USER_INPUT. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new BadUserInputError(issue?.message ?? 'Invalid input', { field: issue?.path.join('.') });
}

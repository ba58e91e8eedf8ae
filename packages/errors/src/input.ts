import { z } from 'zod';
import { BadUserInputError } from './errors';

const uuid = z.uuid();

/** Ids in arguments are opaque strings: anything that is not a UUID matches nothing. */
export const isUuid = (id: string): boolean => uuid.safeParse(id).success;

/** Parses input with a zod schema, turning the first problem into BAD_USER_INPUT. */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new BadUserInputError(issue?.message ?? 'Invalid input', { field: issue?.path.join('.') });
}

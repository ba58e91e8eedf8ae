import { sql, type SQL } from 'drizzle-orm';

/**
 * The values of a generated GraphQL enum (`{ PAID: 'PAID', ... } as const`) as the non-empty
 * tuple drizzle's `text(..., { enum })` wants, so a column and the SDL share one definition.
 */
export function enumValues<E extends Record<string, string>>(e: E): [E[keyof E], ...E[keyof E][]] {
  const values = Object.values(e) as E[keyof E][];
  if (values.length === 0) throw new Error('An enum needs at least one value');
  return values as [E[keyof E], ...E[keyof E][]];
}

/** `'A', 'B', 'C'` for a check constraint on an enum column. */
export function sqlList(values: readonly string[]): SQL {
  return sql.raw(values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', '));
}

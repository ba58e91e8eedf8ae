import { isUuid } from './services/pagination';

/** Runs `query` once for the keys that can be ids at all; a non-UUID key never reaches SQL. */
export async function batchById<R>(
  keys: readonly string[],
  query: (ids: string[]) => Promise<R[]>,
) {
  const ids = [...new Set(keys.filter(isUuid))];
  return ids.length > 0 ? query(ids) : [];
}

export function groupBy<R>(keys: readonly string[], rows: R[], keyOf: (row: R) => string): R[][] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
